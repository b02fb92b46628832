"""`gurukul mastery fit | evaluate | simulate`: the learner model on interaction logs.

Logs are CSV with the header ``student_id,skill_id,correct,timestamp``, each student's rows in
time order. `fit` writes a parameters file (BKT per skill, the logistic model, the two mean
baselines) and records which file it saw and, with ``--holdout-fraction``, which students it
held out, so that `evaluate --params` scores only students the fit never saw. `evaluate`
without ``--params`` splits by student itself. `simulate` writes a log drawn from known BKT
parameters, for documentation and tests. These commands touch no database.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import numpy as np
import typer
from rich.console import Console
from rich.table import Table

from gurukul.mastery import evaluation
from gurukul.mastery.evaluation import CSV_HEADER
from gurukul.mastery.model import Interaction, ModelParams
from gurukul.mastery.tracing import BKTParams

PARAMS_FORMAT = "gurukul.mastery.params/1"
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
    help="Fit, evaluate and simulate the learner model on interaction logs.",
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


@app.command("fit")
def fit_command(
    interactions: Annotated[
        Path, typer.Option("--interactions", help="CSV: student_id,skill_id,correct,timestamp")
    ],
    out: Annotated[Path, typer.Option("--out", help="Parameters file to write (JSON)")],
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
    """Fit BKT (EM per skill), the logistic model and the baselines; write them as JSON."""
    timings: dict[str, float] = {}
    with _step(f"Loading {interactions}…", timings, "load"):
        rows = read_interactions(interactions, max_students)
    train, held_out = rows, list[Interaction]()
    if holdout_fraction > 0:
        train, held_out = _guard(lambda: evaluation.split_by_student(rows, holdout_fraction, seed))
        if not train:
            raise _fail("the hold-out leaves no students to fit on")
    with _step(f"Fitting on {len(train):,} answers…", timings, "fit"):
        params = _guard(lambda: evaluation.fit(train))
    params["format"] = PARAMS_FORMAT
    params["data"] = _source(interactions, rows, max_students)
    params["data"]["holdout"] = (
        {"fraction": holdout_fraction, "seed": seed, "students": _students(held_out)}
        if holdout_fraction > 0
        else None
    )
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
    console.print(f"[green]✓[/] Wrote {out} ({_timings_line(timings)})")


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
