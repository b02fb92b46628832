"""`python -m bench content [--postgres URL]`: run a benchmark and print its figures."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from bench import content
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


if __name__ == "__main__":
    app()
