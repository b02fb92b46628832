"""`python -m bench content|learning [--postgres URL]`: run a benchmark and print its figures."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from bench import content, learning
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
) -> None:
    """Submit with 1,000 ranked, weekly assembly, study plan at 100k x 250 (issue 4)."""
    backends = (["sqlite"] if sqlite else []) + (["postgresql"] if postgres else [])
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
                )
            )
        )
    table = Table(title=f"Learning-engine benchmark — {machine()}")
    for column in ("backend", "benchmark", "size", "n", "p50", "p95", "p99"):
        table.add_column(column)
    for r in results:
        rows = [
            (
                "submit",
                f"{r['submit']['questions']} questions, {r['submit']['ranked_before']} ranked",
                r["submit"],
            ),
            ("weekly form", f"{r['weekly']['questions']} questions", r["weekly"]),
        ]
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
    _save("learning", {"machine": machine(), "results": results})


if __name__ == "__main__":
    app()
