"""`gurukul import questions FILE --format ...` and `gurukul export questions --format ...`.

`import_app` and `export_app` each carry a `questions` command, for mounting under the CLI's
`import` and `export` groups; the plain functions can be mounted directly too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.config import get_settings
from gurukul.core.db import run_unit_of_work
from gurukul.core.errors import GurukulError
from gurukul.core.time import utc_now
from gurukul.questions.formats import FORMATS
from gurukul.questions.importing import (
    ImportReport,
    export_questions,
    import_questions,
    load_concept_map,
)
from gurukul.questions.models import QuestionStatus
from gurukul.questions.repository import QuestionFilters

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

IMPORT_FORMATS = "|".join(FORMATS)
EXPORT_FORMATS = "|".join(name for name, f in FORMATS.items() if f.dump is not None)
MAX_REPORT_ROWS = 200  # a 10,000-item file with a systematic problem should not flood the screen

import_app = typer.Typer(help="Import content.", no_args_is_help=True)
export_app = typer.Typer(help="Export content.", no_args_is_help=True)


@import_app.callback()
def _import_group() -> None:
    """Import content."""


@export_app.callback()
def _export_group() -> None:
    """Export content."""


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        err_console.print(f"[red]✗[/] Cannot read {what} {path}: {exc}")
        raise typer.Exit(1) from None


def print_report(report: ImportReport) -> None:
    """The per-item table (everything but plain creations) and a summary line."""
    notable = [line for line in report.lines if line.outcome not in ("created", "would_create")]
    if notable:
        table = Table(title="Import report")
        for column in ("item", "line", "outcome", "reason"):
            table.add_column(column, overflow="fold")
        style = {"error": "red", "duplicate": "yellow", "warning": "cyan"}
        for line in notable[:MAX_REPORT_ROWS]:
            table.add_row(
                line.ref,
                "" if line.line is None else str(line.line),
                f"[{style[line.outcome]}]{line.outcome}[/]",
                line.reason,
            )
        console.print(table)
        if len(notable) > MAX_REPORT_ROWS:
            console.print(f"  … and {len(notable) - MAX_REPORT_ROWS} more lines")
    made = report.would_create if report.dry_run else report.created
    verb = "would create" if report.dry_run else "created"
    console.print(
        f"{report.items} item(s): {made} {verb}, {report.duplicates} duplicate(s) skipped, "
        f"{report.errors} error(s), {report.warnings} warning(s)"
    )


@import_app.command("questions")
def import_questions_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    fmt: Annotated[str, typer.Option("--format", help=IMPORT_FORMATS)],
    concept_map: Annotated[
        Path | None,
        typer.Option(
            "--concept-map",
            exists=True,
            dir_okay=False,
            help="YAML or JSON mapping of category or tag to concept id",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check and report; import nothing")
    ] = False,
) -> None:
    """Import questions as drafts, all or nothing; duplicates are skipped and reported."""
    if fmt not in FORMATS:
        err_console.print(f"[red]✗[/] --format must be one of {IMPORT_FORMATS}")
        raise typer.Exit(2)
    text = _read(file, "question file")
    mapping = None
    if concept_map is not None:
        try:
            mapping = load_concept_map(_read(concept_map, "concept map"))
        except ValueError as exc:
            err_console.print(f"[red]✗[/] {concept_map}: {exc}")
            raise typer.Exit(1) from None

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(f"Importing {file.name}", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        async def work(session: AsyncSession) -> ImportReport:
            return await import_questions(
                session,
                text,
                fmt=fmt,
                concept_map=mapping,
                dry_run=dry_run,
                now=utc_now(),
                progress=progress,
            )

        report: ImportReport = run_unit_of_work(get_settings(), work)
    print_report(report)
    if not report.ok:
        err_console.print("[red]✗[/] Nothing was imported: fix the items above and run again.")
        raise typer.Exit(1)
    if dry_run:
        console.print(f"[green]✓[/] Dry run of {file}: nothing was imported.")
    else:
        console.print(f"[green]✓[/] Imported {report.created} question(s) from {file} as drafts.")


@export_app.command("questions")
def export_questions_command(
    fmt: Annotated[str, typer.Option("--format", help=EXPORT_FORMATS)],
    out: Annotated[
        Path | None, typer.Option("--out", dir_okay=False, help="File to write (default stdout)")
    ] = None,
    status: Annotated[QuestionStatus | None, typer.Option(help="Only this status")] = None,
    subject: Annotated[str | None, typer.Option(help="Only this subject code")] = None,
    concept: Annotated[str | None, typer.Option(help="Only questions tagged so")] = None,
) -> None:
    """Export the latest version of every (matching) question."""
    filters = QuestionFilters(status=status, subject=subject, concept=concept)

    async def work(session: AsyncSession) -> str:
        return await export_questions(session, fmt=fmt, filters=filters)

    try:
        text: str = run_unit_of_work(get_settings(), work)
    except GurukulError as exc:
        err_console.print(f"[red]✗[/] {exc.message}")
        raise typer.Exit(1) from None
    if out is None:
        typer.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    console.print(f"[green]✓[/] Wrote {out}")
