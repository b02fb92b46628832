"""`gurukul import curriculum`, `gurukul export curriculum` and `gurukul graph`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.config import get_settings
from gurukul.core.db import run_unit_of_work
from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.errors import ConceptNotFound
from gurukul.curriculum.loader import dump_curriculum, load_curriculum
from gurukul.curriculum.service import ImportReport
from gurukul.curriculum.svg import prerequisite_tree_svg

console = Console(highlight=False)


class DryRunRollback(Exception):
    """Raised after a dry run so its unit of work is rolled back, whatever it touched."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report


def print_report(report: ImportReport, *, dry_run: bool) -> None:
    if report.problems:
        table = Table(title="Problems", show_lines=False)
        for column in ("severity", "section", "row", "id", "reason"):
            table.add_column(column)
        for problem in report.problems:
            table.add_row(
                problem.severity,
                problem.section,
                "" if problem.row is None else str(problem.row),
                problem.id or "",
                problem.reason,
            )
        console.print(table)
    if dry_run:
        for line in report.changes:
            console.print(f"  {line}")
    summary = Table(title="Would change" if dry_run else "Changes")
    for column in ("", "created", "updated", "unchanged"):
        summary.add_column(column)
    for kind in ("subjects", "concepts", "prerequisites"):
        summary.add_row(
            kind, str(report.created[kind]), str(report.updated[kind]), str(report.unchanged[kind])
        )
    console.print(summary)


def import_curriculum(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change")] = False,
) -> None:
    """Import a curriculum (YAML or JSON): idempotent by id, all or nothing."""
    try:
        curriculum = load_curriculum(file)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        console.print(f"[red]✗[/] Cannot read {file}: {exc}")
        raise typer.Exit(1) from None

    async def work(session: AsyncSession) -> ImportReport:
        report = await curriculum_service.import_curriculum(
            session, curriculum, dry_run=dry_run, now=utc_now()
        )
        if not report.applied:
            raise DryRunRollback(report)
        return report

    try:
        report = run_unit_of_work(get_settings(), work)
    except DryRunRollback as rolled_back:
        report = rolled_back.report
    print_report(report, dry_run=dry_run or not report.ok)
    if not report.ok:
        console.print("[red]✗[/] Nothing was imported: fix the rows above and run again.")
        raise typer.Exit(1)
    verb = "Would import" if dry_run else "Imported"
    console.print(f"[green]✓[/] {verb} {file}")


def export_curriculum(
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default stdout)")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="yaml or json")] = "yaml",
) -> None:
    """Export the whole curriculum in the import format."""
    if fmt not in {"yaml", "json"}:
        console.print("[red]✗[/] --format must be yaml or json")
        raise typer.Exit(2)
    curriculum = run_unit_of_work(get_settings(), curriculum_service.export_curriculum)
    data = dump_curriculum(curriculum)
    text = (
        json.dumps(data, indent=2, ensure_ascii=False)
        if fmt == "json"
        else yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    )
    if out is None:
        typer.echo(text)
    else:
        out.write_text(text, encoding="utf-8")
        console.print(f"[green]✓[/] Wrote {len(data['concepts'])} concepts to {out}")


def graph(
    concept: Annotated[str, typer.Argument(help="Concept id, e.g. MATH.CALC.DERIVATIVE")],
    svg: Annotated[Path, typer.Option("--svg", help="SVG file to write")],
) -> None:
    """Draw a concept's prerequisite tree as SVG."""

    async def work(session: AsyncSession) -> str:
        await curriculum_service.get_concept(session, concept)
        concept_graph = await curriculum_service.graph(session)
        names = await curriculum_service.concept_names(session)
        return prerequisite_tree_svg(concept_graph, concept, names)

    try:
        drawing = run_unit_of_work(get_settings(), work)
    except ConceptNotFound:
        console.print(f"[red]✗[/] No concept {concept!r}")
        raise typer.Exit(1) from None
    svg.write_text(drawing, encoding="utf-8")
    console.print(f"[green]✓[/] Wrote the prerequisite tree of {concept} to {svg}")
