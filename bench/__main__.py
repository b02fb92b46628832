"""`python -m bench content|learning|ranks|outbox [--postgres URL]`: run one, print figures."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from bench import content, learning, outbox, ranks
from bench.common import machine

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = Console()
RESULTS = Path(__file__).resolve().parent / "results"


@app.callback()
def main() -> None:
    """Gurukul's benchmarks; each prints a table and saves JSON under bench/results/."""


def _save(name: str, data: object) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2))


@app.command("content")
def content_bench(
    postgres: Annotated[str | None, typer.Option(help="PostgreSQL server URL")] = None,
    questions: int = 50_000,
    import_items: int = 10_000,
    searches: int = 500,
) -> None:
    """GIFT import of 10,000 items, search over 50,000 questions, concept list (issue 3)."""
    backends = ["sqlite"] + (["postgresql"] if postgres else [])
    results = []
    for backend in backends:
        results.append(
            asyncio.run(
                content.run(
                    backend,
                    postgres,
                    questions=questions,
                    import_items=import_items,
                    searches=searches,
                )
            )
        )
    table = Table(title=f"Content benchmark — {machine()}")
    for column in ("backend", "GIFT import", "search p50", "search p95", "list p50", "list p95"):
        table.add_column(column)
    for r in results:
        table.add_row(
            r["backend"],
            f"{r['import_s']} s ({r['imported']} items)",
            f"{r['search']['p50_ms']} ms",
            f"{r['search']['p95_ms']} ms",
            f"{r['concept_list']['p50_ms']} ms",
            f"{r['concept_list']['p95_ms']} ms",
        )
    console.print(table)
    _save("content", {"machine": machine(), "results": results})


@app.command("learning")
def learning_bench(
    postgres: Annotated[str | None, typer.Option(help="PostgreSQL server URL")] = None,
    ranked: Annotated[int, typer.Option(help="students already ranked on the test")] = 1_000,
    submits: Annotated[int, typer.Option(help="timed submits (fresh students)")] = 200,
    samples: Annotated[int, typer.Option(help="timed weekly forms and study plans")] = 200,
    students: Annotated[int, typer.Option(help="study plan: students generated")] = 100_000,
    concepts: Annotated[int, typer.Option(help="study plan: concepts per student")] = 250,
    sqlite: Annotated[bool, typer.Option(help="also run on SQLite")] = True,
    plan: Annotated[bool, typer.Option(help="run the study plan (PostgreSQL)")] = True,
    only: Annotated[
        str | None, typer.Option(help="run one part only: 'plan' (the study plan, PostgreSQL)")
    ] = None,
) -> None:
    """Submit with 1,000 ranked, weekly assembly, study plan at 100k x 250 (issue 4)."""
    if only not in (None, "plan"):
        raise typer.BadParameter("only 'plan' can run alone", param_hint="--only")
    backends = (["sqlite"] if sqlite and only is None else []) + (
        ["postgresql"] if postgres else []
    )
    results = []
    for backend in backends:
        results.append(
            asyncio.run(
                learning.run(
                    backend,
                    postgres,
                    ranked=ranked,
                    submits=submits,
                    samples=samples,
                    plan_students=students,
                    plan_concepts=concepts,
                    plan=plan,
                    only=only,
                )
            )
        )
    table = Table(title=f"Learning-engine benchmark — {machine()}")
    for column in ("backend", "benchmark", "size", "n", "p50", "p95", "p99"):
        table.add_column(column)
    for r in results:
        rows = (
            [
                (
                    "submit",
                    f"{r['submit']['questions']} questions, {r['submit']['ranked_before']} ranked",
                    r["submit"],
                ),
                ("weekly form", f"{r['weekly']['questions']} questions", r["weekly"]),
            ]
            if "submit" in r
            else []
        )
        if "study_plan" in r:
            p = r["study_plan"]
            rows.append(("study plan", f"{p['students']:,} students x {p['concepts']} concepts", p))
        for name, size, t in rows:
            table.add_row(
                r["backend"],
                name,
                size,
                str(t["n"]),
                f"{t['p50_ms']} ms",
                f"{t['p95_ms']} ms",
                f"{t['p99_ms']} ms",
            )
    console.print(table)
    _save(
        "learning" if only is None else f"learning-{only}",
        {"machine": machine(), "results": results},
    )


@app.command("ranks")
def ranks_bench(
    postgres: Annotated[str | None, typer.Option(help="PostgreSQL server URL")] = None,
    fields: Annotated[str, typer.Option(help="field sizes, comma-separated")] = (
        "1000,100000,1000000"
    ),
    lookups: Annotated[int, typer.Option(help="timed rank lookups per field")] = 1_000,
    baseline: Annotated[int, typer.Option(help="timed old-style counts per field")] = 50,
    submits: Annotated[int, typer.Option(help="timed record_score + commit per field")] = 200,
    writers: Annotated[int, typer.Option(help="concurrent writers (contention)")] = 16,
    per_writer: Annotated[int, typer.Option(help="submissions per writer")] = 25,
) -> None:
    """Rank lookup p50/p95 at fields of 1k / 100k / 1M: flat with the score histogram."""
    sizes = [int(size) for size in fields.split(",")]
    backends = ["sqlite"] + (["postgresql"] if postgres else [])
    results = [
        asyncio.run(
            ranks.run(
                backend,
                postgres,
                fields=sizes,
                lookups=lookups,
                baseline=baseline,
                submits=submits,
                writers=writers,
                per_writer=per_writer,
            )
        )
        for backend in backends
    ]
    table = Table(title=f"Rank benchmark — {machine()}")
    for column in ("backend", "field", "measure", "n", "p50", "p95", "p99"):
        table.add_column(column)
    for r in results:
        for field in r["fields"]:
            for t in field["timings"]:
                table.add_row(
                    r["backend"],
                    f"{field['candidates']:,} ({field['distinct_scores']} scores)",
                    t["name"],
                    str(t["n"]),
                    f"{t['p50_ms']} ms",
                    f"{t['p95_ms']} ms",
                    f"{t['p99_ms']} ms",
                )
        for t in r["contention"]:
            table.add_row(
                r["backend"],
                f"{t['writers']} writers, {t['per_second']}/s",
                f"concurrent: {t['name']}",
                str(t["n"]),
                f"{t['p50_ms']} ms",
                f"{t['p95_ms']} ms",
                f"{t['p99_ms']} ms",
            )
    Console(width=120).print(table)
    _save("ranks", {"machine": machine(), "results": results})


@app.command("outbox")
def outbox_bench(
    postgres: Annotated[str | None, typer.Option(help="PostgreSQL server URL")] = None,
    history: Annotated[int, typer.Option(help="processed rows already in the table")] = 100_000,
    pending: Annotated[int, typer.Option(help="due rows to deliver")] = 2_000,
    relays: Annotated[str, typer.Option(help="concurrent relays, comma-separated")] = "1,4",
) -> None:
    """Outbox relay: claim and delivery p50/p95/p99 beside 100k processed rows; drain rate."""
    counts = [int(n) for n in relays.split(",")]
    backends = ["sqlite"] + (["postgresql"] if postgres else [])
    results = [
        asyncio.run(outbox.run(backend, postgres, history=history, pending=pending, relays=counts))
        for backend in backends
    ]
    table = Table(title=f"Outbox relay benchmark — {machine()}")
    for column in ("backend", "measure", "n", "p50", "p95", "p99"):
        table.add_column(column)
    for r in results:
        for t in r["timings"]:
            table.add_row(
                r["backend"],
                f"{t['name']} ({r['history']:,} processed rows)",
                str(t["n"]),
                f"{t['p50_ms']} ms",
                f"{t['p95_ms']} ms",
                f"{t['p99_ms']} ms",
            )
        for d in r["drains"]:
            table.add_row(
                r["backend"],
                f"drain, {d['relays']} relay(s)",
                str(d["rows"]),
                f"{d['per_second']} rows/s",
                "",
                "",
            )
    Console(width=120).print(table)
    _save("outbox", {"machine": machine(), "results": results})


if __name__ == "__main__":
    app()
