"""`gurukul mastery fit | apply | fit-fsrs | evaluate | simulate` and `gurukul calibrate`: the
learner model on interaction logs and on the deployment's own answers.

Logs are CSV with the header ``student_id,skill_id,correct,timestamp``, each student's rows in
time order. `fit` writes a parameters file (BKT per skill, the logistic model, the two mean
baselines) and records which file it saw and, with ``--holdout-fraction``, which students it
held out, so that `evaluate --params` scores only students the fit never saw. `evaluate`
without ``--params`` splits by student itself. `simulate` writes a log drawn from known BKT
parameters, for documentation and tests. These touch no database.

`fit --from-db` fits on the deployment's scored answers instead of a file, and `--apply` (or
`apply PARAMS.json` later) writes the BKT parameters where the mastery update reads them.
`fit-fsrs` fits the review scheduler's parameters on the same answers, and `calibrate` (a
top-level command) the items' IRT parameters. The service side is `mastery/calibration.py`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar, cast

import numpy as np
import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.config import get_settings
from gurukul.core.db import run_unit_of_work
from gurukul.core.errors import GurukulError
from gurukul.core.time import utc_now
from gurukul.mastery import calibration, evaluation, scheduling
from gurukul.mastery.evaluation import CSV_HEADER
from gurukul.mastery.model import Interaction, ModelParams
from gurukul.mastery.tracing import BKTParams

PARAMS_FORMAT = "gurukul.mastery.params/1"
FSRS_FORMAT = "gurukul.mastery.fsrs/1"
MAX_REPORT_ROWS = 50  # the calibration table shows the largest changes; --json has them all
# Ground truth for `simulate`: ranges typical of fitted BKT (Baker et al. 2008; slip and guess
# under 0.3, so that a right answer is evidence of mastery).
SIMULATED_RANGES = {
    "prior": (0.1, 0.6),
    "learn": (0.05, 0.3),
    "slip": (0.05, 0.2),
    "guess": (0.1, 0.3),
}

T = TypeVar("T")

app = typer.Typer(
    name="mastery",
    help="Fit, apply, evaluate and simulate the learner model (logs or the database).",
    no_args_is_help=True,
    add_completion=False,
)
console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def _fail(message: str) -> typer.Exit:
    err_console.print(f"[red]✗[/] {message}")
    return typer.Exit(1)


@contextmanager
def _step(message: str, timings: dict[str, float], name: str) -> Iterator[None]:
    """A spinner while a step runs, its time kept for the summary."""
    start = time.perf_counter()
    with console.status(message):
        yield
    timings[name] = time.perf_counter() - start


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _first_problem(path: Path) -> str | None:
    """The first bad line of a log, in words, or None."""
    last: dict[str, float] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        for line, record in enumerate(reader, start=2):
            if len(record) != len(CSV_HEADER):
                return f"line {line}: {len(record)} fields, expected {len(CSV_HEADER)}"
            student, _, correct, stamp = record
            if correct not in ("0", "1"):
                return f"line {line}: correct must be 0 or 1, got {correct!r}"
            try:
                moment = float(stamp)
            except ValueError:
                return f"line {line}: timestamp must be a number, got {stamp!r}"
            if moment < last.get(student, -math.inf):
                return f"line {line}: the rows of student {student!r} are not in time order"
            last[student] = moment
    return None


def read_interactions(path: Path, max_students: int | None = None) -> list[Interaction]:
    """Load and check a log; a clear message and exit code 1 for any problem."""
    if not path.is_file():
        raise _fail(f"{path}: no such file")
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            header = next(csv.reader(handle), None)
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"Cannot read {path}: {exc}") from None
    expected = ",".join(CSV_HEADER)
    if header is None:
        raise _fail(f"{path} is empty: expected the header {expected}")
    if tuple(header) != CSV_HEADER:
        missing = [name for name in CSV_HEADER if name not in header]
        detail = f"missing column {', '.join(missing)}" if missing else "columns out of order"
        raise _fail(f"{path}: {detail}; expected the header {expected}, got {','.join(header)}")
    try:
        rows = evaluation.load_interactions(path)
    except UnicodeDecodeError as exc:
        raise _fail(f"Cannot read {path}: {exc}") from None
    except ValueError as exc:
        raise _fail(f"{path}: {_first_problem(path) or exc}") from None
    if not rows:
        raise _fail(f"{path} has a header but no interactions")
    if max_students is not None:
        keep = set(list(dict.fromkeys(row.student_id for row in rows))[:max_students])
        rows = [row for row in rows if row.student_id in keep]
    return rows


def _students(rows: Sequence[Interaction]) -> int:
    return len({row.student_id for row in rows})


def _source(path: Path, rows: Sequence[Interaction], max_students: int | None) -> dict[str, Any]:
    return {
        "file": path.name,
        "sha256": _sha256(path),
        "max_students": max_students,
        "rows": len(rows),
        "students": _students(rows),
    }


def _scores_table(result: dict[str, Any], title: str) -> Table:
    table = Table(title=title)
    for column in ("", "AUC", "RMSE", "log-loss"):
        table.add_column(column, justify="left" if not column else "right")
    named = [
        ("Model (logistic over BKT and counts)", result["model"]),
        ("BKT", result["baselines"]["bkt"]),
        ("Per-skill mean", result["baselines"]["per_skill_mean"]),
        ("Global mean", result["baselines"]["global_mean"]),
    ]
    for name, scores in named:
        table.add_row(
            name, f"{scores['auc']:.4f}", f"{scores['rmse']:.4f}", f"{scores['logloss']:.4f}"
        )
    return table


def _timings_line(timings: dict[str, float]) -> str:
    return ", ".join(f"{name} {seconds:.1f} s" for name, seconds in timings.items())


def _guard(action: Callable[[], T]) -> T:
    try:
        return action()
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _database(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `work` in one unit of work on the configured database (commit at the end, rollback
    if it raises); database trouble becomes a clear message and exit code 1."""
    try:
        settings = get_settings()
    except ValidationError as exc:
        raise _fail(f"Invalid settings: {exc.errors()[0]['msg']}") from None
    try:
        return cast(T, run_unit_of_work(settings, work))
    except (OSError, SQLAlchemyError) as exc:
        lines = str(exc).strip().splitlines()
        detail = lines[0] if lines else type(exc).__name__
        raise _fail(
            f"Database error: {detail} (is the database migrated? `gurukul migrate`)"
        ) from None
    except GurukulError as exc:
        raise _fail(exc.message) from None


def _database_source(rows: Sequence[Interaction], max_students: int | None) -> dict[str, Any]:
    return {
        "source": "database",
        "max_students": max_students,
        "rows": len(rows),
        "students": _students(rows),
    }


def _load_db_interactions(max_students: int | None) -> list[Interaction]:
    rows = _database(calibration.load_interactions)
    if not rows:
        raise _fail("The database holds no scored answers on tagged questions yet")
    if max_students is not None:
        keep = set(list(dict.fromkeys(row.student_id for row in rows))[:max_students])
        rows = [row for row in rows if row.student_id in keep]
    return rows


def _apply_bkt(params: dict[str, Any], min_answers: int) -> calibration.BktPlan:
    """Check and write the BKT part of `params` in one transaction; nothing on a bad file."""

    async def work(session: AsyncSession) -> calibration.BktPlan:
        plan = await calibration.plan_bkt(session, params, min_answers=min_answers)
        await calibration.apply_bkt(session, plan, now=utc_now())
        return plan

    return _guard_async(work)


def _guard_async(work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    try:
        return _database(work)
    except ValueError as exc:
        raise _fail(f"{exc}; nothing was written") from None


def _print_bkt_plan(plan: calibration.BktPlan) -> None:
    console.print(
        f"[green]✓[/] Applied BKT parameters: the default and {len(plan.concepts)} concept(s) "
        "of their own; the mastery update uses them from its next answer."
    )
    if plan.rare:
        console.print(f"  {len(plan.rare)} concept(s) with too few answers keep the default")
    if plan.unknown:
        shown = ", ".join(plan.unknown[:5]) + (" …" if len(plan.unknown) > 5 else "")
        console.print(f"  {len(plan.unknown)} skill(s) are not concepts here, ignored: {shown}")


@app.command("fit")
def fit_command(
    interactions: Annotated[
        Path | None,
        typer.Option("--interactions", help="CSV: student_id,skill_id,correct,timestamp"),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Parameters file to write (JSON)")
    ] = None,
    from_db: Annotated[
        bool, typer.Option("--from-db", help="Fit on the deployment's scored answers")
    ] = False,
    apply: Annotated[
        bool,
        typer.Option("--apply", help="Write the fitted BKT parameters into the database"),
    ] = False,
    min_answers: Annotated[
        int,
        typer.Option(
            "--min-answers",
            min=1,
            help="With --apply: answers a concept needs for parameters of its own",
        ),
    ] = calibration.MIN_ANSWERS_PER_CONCEPT,
    holdout_fraction: Annotated[
        float,
        typer.Option(
            "--holdout-fraction",
            "--test-fraction",
            min=0.0,
            max=0.9,
            help="Share of students to hold out for `evaluate --params` (0: fit on all)",
        ),
    ] = 0.0,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the split by student")] = 0,
    max_students: Annotated[
        int | None, typer.Option("--max-students", min=1, help="Use the first N students only")
    ] = None,
) -> None:
    """Fit BKT (EM per skill), the logistic model and the baselines; write JSON and/or apply."""
    if (interactions is None) == (not from_db):
        raise _fail("Give one source: --interactions FILE or --from-db")
    if out is None and not apply:
        raise _fail("Nothing to do: give --out PARAMS.json, --apply, or both")
    timings: dict[str, float] = {}
    if interactions is not None:
        with _step(f"Loading {interactions}…", timings, "load"):
            rows = read_interactions(interactions, max_students)
    else:
        with _step("Reading the scored answers…", timings, "load"):
            rows = _load_db_interactions(max_students)
    train, held_out = rows, list[Interaction]()
    if holdout_fraction > 0:
        train, held_out = _guard(lambda: evaluation.split_by_student(rows, holdout_fraction, seed))
        if not train:
            raise _fail("the hold-out leaves no students to fit on")
    with _step(f"Fitting on {len(train):,} answers…", timings, "fit"):
        params = _guard(lambda: evaluation.fit(train))
    params["format"] = PARAMS_FORMAT
    params["bkt"]["answers"] = calibration.answer_counts(train)
    params["data"] = (
        _source(interactions, rows, max_students)
        if interactions is not None
        else _database_source(rows, max_students)
    )
    params["data"]["holdout"] = (
        {"fraction": holdout_fraction, "seed": seed, "students": _students(held_out)}
        if holdout_fraction > 0
        else None
    )
    if out is not None:
        out.write_text(json.dumps(params, indent=1, sort_keys=True), encoding="utf-8")
    pooled = params["bkt"]["default"]
    table = Table(title="Fitted")
    table.add_column("")
    table.add_column("value", justify="right")
    table.add_row("answers fitted", f"{len(train):,}")
    table.add_row("students fitted", f"{_students(train):,}")
    table.add_row("students held out", f"{_students(held_out):,}")
    table.add_row("skills", f"{len(params['bkt']['skills']):,}")
    for name in ("prior", "learn", "slip", "guess"):
        table.add_row(f"BKT {name} (all skills pooled)", f"{pooled[name]:.3f}")
    console.print(table)
    if out is not None:
        console.print(f"[green]✓[/] Wrote {out} ({_timings_line(timings)})")
    if apply:
        _print_bkt_plan(_apply_bkt(params, min_answers))


@app.command("apply")
def apply_command(
    params_path: Annotated[
        Path, typer.Argument(help="From `mastery fit --out` (BKT) or `mastery fit-fsrs --out`")
    ],
    min_answers: Annotated[
        int,
        typer.Option("--min-answers", min=1, help="Answers a concept needs for its own BKT"),
    ] = calibration.MIN_ANSWERS_PER_CONCEPT,
) -> None:
    """Write a parameters file into the database: all of it, or nothing if any part is bad."""
    try:
        params = json.loads(params_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"Cannot read {params_path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise _fail(f"{params_path} is not JSON: {exc}; nothing was written") from None
    if not isinstance(params, dict) or not ({"bkt", "fsrs"} & set(params)):
        raise _fail(
            f"{params_path} has neither a 'bkt' nor an 'fsrs' section: not a file from "
            "`gurukul mastery fit` or `fit-fsrs`; nothing was written"
        )

    async def work(session: AsyncSession) -> calibration.BktPlan | None:
        fsrs = None
        if "fsrs" in params:
            section = params["fsrs"]
            fsrs = calibration.check_fsrs(
                section.get("parameters") if isinstance(section, dict) else None
            )
        plan = None
        if "bkt" in params:
            plan = await calibration.plan_bkt(session, params, min_answers=min_answers)
            await calibration.apply_bkt(session, plan, now=utc_now())
        if fsrs is not None:
            await calibration.apply_fsrs(session, fsrs, now=utc_now())
        return plan

    try:
        plan = _database(work)
    except ValueError as exc:
        raise _fail(f"{params_path}: {exc}; nothing was written") from None
    if plan is not None:
        _print_bkt_plan(plan)
    if "fsrs" in params:
        console.print("[green]✓[/] Applied FSRS parameters: new reviews are scheduled with them.")


@app.command("fit-fsrs")
def fit_fsrs_command(
    from_db: Annotated[
        bool,
        typer.Option("--from-db", help="Fit on the deployment's answers (the only source)"),
    ] = True,
    apply: Annotated[
        bool, typer.Option("--apply", help="Write the fitted parameters into the database")
    ] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Also write them here (JSON)")] = None,
    min_reviews: Annotated[
        int,
        typer.Option("--min-reviews", min=1, help="Refuse to fit on fewer scored reviews"),
    ] = scheduling.MIN_REVIEWS_TO_OPTIMIZE,
    max_iter: Annotated[
        int, typer.Option("--max-iter", min=1, help="Optimiser iterations (SciPy fallback)")
    ] = 50,
) -> None:
    """Fit FSRS's parameters on review logs built from the answers; show, write, apply them."""
    if not from_db:
        raise _fail("The database is the only source of review logs: use --from-db")
    timings: dict[str, float] = {}
    with _step("Reading the scored answers…", timings, "load"):
        logs = _database(calibration.load_review_logs)
    with _step(f"Fitting FSRS on {len(logs):,} reviews…", timings, "fit"):
        try:
            fit = calibration.fit_fsrs(logs, min_reviews=min_reviews, max_iter=max_iter)
        except calibration.TooFewReviews as exc:
            raise _fail(f"{exc}; nothing was written") from None
    table = Table(title="FSRS fit")
    table.add_column("")
    table.add_column("value", justify="right")
    table.add_row("reviews scored", f"{fit.reviews:,}")
    table.add_row("optimiser", fit.optimizer)
    table.add_row("log-loss, default parameters", f"{fit.loss_before:.4f}")
    table.add_row("log-loss, fitted parameters", f"{fit.loss_after:.4f}")
    console.print(table)
    console.print(f"Fitted in {_timings_line(timings)}")
    if out is not None:
        body = {
            "format": FSRS_FORMAT,
            "fsrs": {"parameters": fit.parameters},
            "data": {"source": "database", "reviews": fit.reviews, "optimizer": fit.optimizer},
        }
        out.write_text(json.dumps(body, indent=1, sort_keys=True), encoding="utf-8")
        console.print(f"[green]✓[/] Wrote {out}")
    if apply:

        async def work(session: AsyncSession) -> None:
            await calibration.apply_fsrs(session, fit.parameters, now=utc_now())

        _guard_async(work)
        console.print("[green]✓[/] Applied FSRS parameters: new reviews are scheduled with them.")


class IrtModel(StrEnum):
    two_pl = "2pl"
    three_pl = "3pl"


def _calibration_table(report: calibration.CalibrationReport) -> Table:
    table = Table(title=f"Item calibration ({report.model.upper()})")
    for column in ("version", "subject", "answers", "outcome", "a", "b", "c"):
        table.add_column(column, justify="right" if column in "answers a b c" else "left")
    rows = sorted(report.items, key=lambda item: (-item.change, str(item.version_id)))
    for item in rows[:MAX_REPORT_ROWS]:
        cells = []
        for index in range(3):
            before = item.before[index]
            if item.after is None or item.after[index] == before:
                cells.append(f"{before:.3f}")
            else:
                cells.append(f"{before:.3f} → {item.after[index]:.3f}")
        table.add_row(
            str(item.version_id)[:8],
            item.subject or "–",
            f"{item.n_responses:,}",
            item.outcome,
            *cells,
        )
    return table


@contextmanager
def _progress_bar() -> Iterator[calibration.Progress]:
    labels = {"calibrate": "Calibrating subjects", "write": "Writing parameters"}
    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield progress


def calibrate_command(
    min_responses: Annotated[
        int,
        typer.Option("--min-responses", min=1, help="Answers (distinct students) an item needs"),
    ] = calibration.MIN_RESPONSES,
    model: Annotated[IrtModel, typer.Option("--model", help="IRT model")] = IrtModel.two_pl,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Calibrate and report; write nothing")
    ] = False,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the full report here (JSON)")
    ] = None,
) -> None:
    """Calibrate IRT parameters of published items from the scored answers (MML-EM)."""
    with console.status("Reading the scored answers…"):
        data = _database(calibration.load_item_data)
    with _progress_bar() as progress:
        report = _guard(
            lambda: calibration.calibrate(
                data,
                model=cast(Any, model.value),
                min_responses=min_responses,
                dry_run=dry_run,
                progress=progress,
            )
        )
        if not dry_run and report.count("calibrated"):
            now = utc_now()

            async def work(session: AsyncSession) -> int:
                return await calibration.write_calibration(
                    session, report, now=now, progress=progress
                )

            _database(work)
    if report.items:
        console.print(_calibration_table(report))
        if len(report.items) > MAX_REPORT_ROWS:
            console.print(f"  … and {len(report.items) - MAX_REPORT_ROWS} more (see --json)")
    for group in report.groups:
        state = "converged" if group.converged else "did NOT converge"
        console.print(
            f"{group.subject or 'no subject'}: {group.items} item(s), {group.students:,} "
            f"student(s), EM {state} after {group.iterations} iteration(s)"
        )
    calibrated, unchanged, skipped = (
        report.count(o) for o in ("calibrated", "unchanged", "skipped")
    )
    verb = "would calibrate" if dry_run else "calibrated"
    console.print(
        f"{len(report.items)} published item(s) with answers: {calibrated} {verb}, "
        f"{unchanged} unchanged, {skipped} skipped (fewer than {min_responses:,} answers)"
    )
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
        console.print(f"[green]✓[/] Wrote {json_out}")
    if dry_run:
        console.print("[green]✓[/] Dry run: nothing was written.")
    elif report.written:
        console.print(f"[green]✓[/] Stored the parameters of {report.written} item(s).")


def _load_params(path: Path) -> dict[str, Any]:
    try:
        params = json.loads(path.read_text(encoding="utf-8"))
        ModelParams.from_dict(params["model"])
        for part in params["bkt"]["skills"].values():
            BKTParams.from_dict(part)
        BKTParams.from_dict(params["bkt"]["default"])
        float(params["baselines"]["global_mean"])
        dict(params["baselines"]["per_skill_mean"])
    except OSError as exc:
        raise _fail(f"Cannot read {path}: {exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _fail(f"{path} is not a parameters file from `gurukul mastery fit`: {exc}") from None
    return dict(params)


@app.command("evaluate")
def evaluate_command(
    interactions: Annotated[
        Path, typer.Option("--interactions", help="CSV: student_id,skill_id,correct,timestamp")
    ],
    params_path: Annotated[
        Path | None, typer.Option("--params", help="Parameters from `gurukul mastery fit`")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the scores here")] = None,
    test_fraction: Annotated[
        float,
        typer.Option("--test-fraction", min=0.05, max=0.9, help="Without --params: share tested"),
    ] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Without --params: split seed")] = 0,
    max_students: Annotated[
        int | None, typer.Option("--max-students", min=1, help="Use the first N students only")
    ] = None,
) -> None:
    """Replay a log, predicting each answer before it is seen; score model and baselines."""
    timings: dict[str, float] = {}
    params = _load_params(params_path) if params_path is not None else None
    if params is not None and max_students is None:
        max_students = (params.get("data") or {}).get("max_students")
    with _step(f"Loading {interactions}…", timings, "load"):
        rows = read_interactions(interactions, max_students)
    if params is None:
        train, test = _guard(lambda: evaluation.split_by_student(rows, test_fraction, seed))
        if not train or not test:
            raise _fail("too few students to split into a training and a test side")
        with _step(f"Fitting on {_students(train):,} students…", timings, "fit"):
            params = _guard(lambda: evaluation.fit(train))
        protocol = {
            "split": "by student",
            "test_fraction": test_fraction,
            "seed": seed,
            "train_students": _students(train),
            "test_students": _students(test),
        }
    else:
        data = params.get("data") or {}
        holdout = data.get("holdout")
        same_file = data.get("sha256") == _sha256(interactions)
        if same_file and holdout:
            train, test = evaluation.split_by_student(rows, holdout["fraction"], holdout["seed"])
            protocol = {
                "split": "students held out by `fit`",
                "test_fraction": holdout["fraction"],
                "seed": holdout["seed"],
                "train_students": _students(train),
                "test_students": _students(test),
            }
        else:
            test = rows
            protocol = {"split": "none: every row of the file", "test_students": _students(test)}
            if same_file:
                err_console.print(
                    "[yellow]![/] These parameters were fitted on this very file without a "
                    "hold-out: the scores are in-sample and optimistic."
                )
    with _step(f"Replaying {len(test):,} answers…", timings, "evaluate"):
        result = _guard(lambda: evaluation.evaluate(test, params))
    result["protocol"] = protocol
    console.print(
        _scores_table(result, f"{result['n']:,} answers of {protocol['test_students']:,} students")
    )
    console.print(f"Protocol: {protocol['split']} ({_timings_line(timings)})")
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=1, sort_keys=True), encoding="utf-8")
        console.print(f"[green]✓[/] Wrote {json_out}")


@app.command("simulate")
def simulate_command(
    out: Annotated[Path, typer.Option("--out", help="CSV file to write")],
    students: Annotated[int, typer.Option("--students", min=1)] = 200,
    skills: Annotated[int, typer.Option("--skills", min=1)] = 5,
    items_per_skill: Annotated[int, typer.Option("--items-per-skill", min=1)] = 10,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    truth: Annotated[
        Path | None, typer.Option("--truth", help="Also write the true BKT parameters (JSON)")
    ] = None,
) -> None:
    """Write a log drawn from known BKT parameters (drawn per skill from typical ranges)."""
    rng = np.random.default_rng(seed)
    width = len(str(skills))
    params = {
        f"skill{k + 1:0{width}d}": BKTParams(
            **{
                name: float(rng.uniform(low, high))
                for name, (low, high) in SIMULATED_RANGES.items()
            }
        )
        for k in range(skills)
    }
    rows = evaluation.simulate_bkt(params, students, items_per_skill, rng)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for row in rows:
            writer.writerow((row.student_id, row.skill_id, int(row.correct), f"{row.timestamp:g}"))
    if truth is not None:
        truth.write_text(
            json.dumps({skill: p.to_dict() for skill, p in params.items()}, indent=1),
            encoding="utf-8",
        )
    console.print(
        f"[green]✓[/] Wrote {len(rows):,} answers of {students:,} students on {skills} skills "
        f"to {out}"
    )
