"""Issue 3's figures: GIFT import of 10,000 items, search over 50,000 questions, concept list."""

from __future__ import annotations

import random
import re
import time
from typing import Any

import sqlalchemy as sa
from rich.console import Console
from rich.progress import Progress

from bench.common import scratch_database, timed
from gurukul.core.db import create_sessionmaker, session_scope
from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.loader import DEMO_CURRICULUM, load_curriculum
from gurukul.questions import search as search_service
from gurukul.questions.importing import import_questions
from gurukul.questions.search import SearchFilters

console = Console()

# Question text drawn from the demo syllabus's own words with a Zipf law (a few very common
# words, a long tail), which is how words spread over a real question bank.
STOP = {"with", "from", "that", "this", "their", "into", "between", "using", "under", "each"}


def vocabulary() -> list[str]:
    curriculum = load_curriculum(DEMO_CURRICULUM)
    words: set[str] = set()
    for concept in curriculum.concepts:
        for word in re.findall(r"[a-z]{4,}", f"{concept.name} {concept.description}".lower()):
            if word not in STOP:
                words.add(word)
    ordered = sorted(words)
    random.Random(3).shuffle(ordered)
    return ordered


VOCABULARY = vocabulary()
WEIGHTS = [1 / (rank + 1) ** 1.07 for rank in range(len(VOCABULARY))]
# One very common word, mid-frequency words, pairs, and prefixes (as typed in a search box).
QUERIES = [
    VOCABULARY[0],
    VOCABULARY[5],
    VOCABULARY[20],
    VOCABULARY[60],
    VOCABULARY[150],
    f"{VOCABULARY[3]} {VOCABULARY[40]}",
    f"{VOCABULARY[10]} {VOCABULARY[25]}",
    f"{VOCABULARY[30]} {VOCABULARY[90]}",
    VOCABULARY[12][:4],
    VOCABULARY[45][:5],
]


def gift_items(n: int, rng: random.Random, start: int = 0) -> str:
    lines = []
    for i in range(start, start + n):
        stem = " ".join(rng.choices(VOCABULARY, WEIGHTS, k=rng.randint(12, 30))).capitalize()
        options = rng.choices(VOCABULARY, WEIGHTS, k=3)
        lines.append(
            f"$CATEGORY: bench/{i % 40}\n::Q{i}:: {stem} (item {i})? "
            f"{{={options[0]} {i} ~{options[1]} {i} ~{options[2]} {i} ~none of these {i}}}"
        )
    return "\n\n".join(lines)


async def run(
    backend: str, postgres_url: str | None, *, questions: int, import_items: int, searches: int
) -> dict[str, Any]:
    rng = random.Random(7)
    out: dict[str, Any] = {"backend": backend, "questions": questions}
    async with scratch_database(backend, postgres_url) as (_settings, engine):
        sessionmaker = create_sessionmaker(engine)
        async with session_scope(sessionmaker) as session:
            await curriculum_service.import_curriculum(
                session, load_curriculum(DEMO_CURRICULUM), dry_run=False, now=utc_now()
            )

        # 1. Import 10,000 GIFT items in one command (one transaction).
        text = gift_items(import_items, rng)
        started = time.perf_counter()
        async with session_scope(sessionmaker) as session:
            report = await import_questions(session, text, fmt="gift", now=utc_now())
        out["import_s"] = round(time.perf_counter() - started, 2)
        out["imported"] = report.created
        console.print(f"[{backend}] imported {report.created} GIFT items in {out['import_s']} s")

        # 2. Fill the bank to `questions` items, then publish them all.
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task(f"[{backend}] filling the bank", total=questions)
            progress.update(task, completed=import_items)
            done = import_items
            while done < questions:
                batch = min(10_000, questions - done)
                async with session_scope(sessionmaker) as session:
                    await import_questions(
                        session, gift_items(batch, rng, start=done), fmt="gift", now=utc_now()
                    )
                done += batch
                progress.update(task, completed=done)
        async with session_scope(sessionmaker) as session:
            await session.execute(sa.text("UPDATE question_versions SET status = 'published'"))
        # The bulk UPDATE leaves a dead copy of every row; a live bank publishes items one by
        # one and autovacuum keeps up, so measure the steady state, not the minute after.
        if backend == "postgresql":
            async with engine.connect() as conn:
                autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await autocommit.execute(sa.text("VACUUM ANALYZE"))

        # 3. Search p95 (student view: published items, text and options), first page of 20.
        async with sessionmaker() as session:

            async def one_search(i: int) -> None:
                await search_service.search(
                    session,
                    QUERIES[i % len(QUERIES)],
                    admin=False,
                    filters=SearchFilters(),
                    cursor=None,
                    limit=20,
                )

            await timed("warm-up", 20, one_search)
            search_t = await timed("search", searches, one_search)

            # 4. The concept list (first page of 50, filtered by subject as the API does).
            async def one_list(i: int) -> None:
                await curriculum_service.list_concepts(
                    session,
                    subject=["PHY", "CHEM", "MATH"][i % 3],
                    layer=None,
                    parent=None,
                    q=None,
                    cursor=None,
                    limit=50,
                )

            list_t = await timed("concept list", searches, one_list)
        out["search"] = search_t.row()
        out["concept_list"] = list_t.row()
    return out
