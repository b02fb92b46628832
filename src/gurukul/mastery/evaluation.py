import csv
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from gurukul.mastery import model, tracing
from gurukul.mastery.fitting import fit_bkt, fit_model, skill_sequences
from gurukul.mastery.model import Interaction, ModelParams, Tracker
from gurukul.mastery.tracing import BKTParams

CSV_HEADER = ("student_id", "skill_id", "correct", "timestamp")
LOGLOSS_EPS = 1e-15

ArrayLike = Sequence[float] | npt.NDArray[np.float64] | npt.NDArray[np.bool_]


def load_interactions(path: str | Path) -> list[Interaction]:
    """Read a ``student_id,skill_id,correct,timestamp`` CSV, keeping the file's row order."""
    rows: list[Interaction] = []
    last_seen: dict[str, float] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = tuple(next(reader, ()))
        if header != CSV_HEADER:
            raise ValueError(f"{path}: expected header {','.join(CSV_HEADER)}, got {header!r}")
        for line, record in enumerate(reader, start=2):
            if len(record) != len(CSV_HEADER) or record[2] not in ("0", "1"):
                raise ValueError(f"{path}:{line}: malformed row {record!r}")
            student_id, skill_id, correct, stamp = record
            timestamp = float(stamp)
            if timestamp < last_seen.get(student_id, -math.inf):
                raise ValueError(f"{path}:{line}: rows of {student_id} are not in time order")
            last_seen[student_id] = timestamp
            rows.append(Interaction(student_id, skill_id, correct == "1", timestamp))
    return rows


def split_by_student(
    rows: Sequence[Interaction], test_fraction: float = 0.2, seed: int = 0
) -> tuple[list[Interaction], list[Interaction]]:
    """Split into (train, test) with every student on one side only, reproducibly from ``seed``.

    The test side gets round(test_fraction * students) students, drawn uniformly; both sides
    keep the rows' order.
    """
    if not 0.0 < test_fraction < 1.0:
        raise ValueError(f"test_fraction must lie in (0, 1), got {test_fraction!r}")
    students = sorted({row.student_id for row in rows})
    n_test = round(test_fraction * len(students))
    order = np.random.default_rng(seed).permutation(len(students))
    test_students = {students[i] for i in order[:n_test]}
    train = [row for row in rows if row.student_id not in test_students]
    test = [row for row in rows if row.student_id in test_students]
    return train, test


def _average_ranks(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Ranks 1..n, tied values sharing the mean of their ranks."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], ordered.size]  # exclusive
    group_rank = (starts + 1 + ends) / 2.0  # mean of starts + 1 .. ends
    ranks = np.empty(values.size)
    ranks[order] = np.repeat(group_rank, ends - starts)
    return ranks


def auc(y_true: ArrayLike, y_score: ArrayLike) -> float:
    """Area under the ROC curve by the rank-sum (Mann-Whitney) formula; ties count one half."""
    truth = np.asarray(y_true, dtype=bool)
    positives = int(truth.sum())
    negatives = truth.size - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs at least one positive and one negative answer")
    ranks = _average_ranks(np.asarray(y_score, dtype=np.float64))
    return float((ranks[truth].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def rmse(y_true: ArrayLike, y_pred: ArrayLike) -> float:
    """Root mean squared error of probabilities against 0/1 outcomes."""
    diff = np.asarray(y_pred, dtype=np.float64) - np.asarray(y_true, dtype=np.float64)
    return float(np.sqrt(np.mean(diff * diff)))


def log_loss(y_true: ArrayLike, y_pred: ArrayLike, eps: float = LOGLOSS_EPS) -> float:
    """Mean negative log-likelihood, probabilities clipped to [eps, 1 - eps]."""
    truth = np.asarray(y_true, dtype=np.float64)
    p = np.clip(np.asarray(y_pred, dtype=np.float64), eps, 1.0 - eps)
    return float(-np.mean(truth * np.log(p) + (1.0 - truth) * np.log1p(-p)))


def scores(y_true: ArrayLike, y_pred: ArrayLike) -> dict[str, float]:
    return {
        "auc": auc(y_true, y_pred),
        "rmse": rmse(y_true, y_pred),
        "logloss": log_loss(y_true, y_pred),
    }


def fit(rows: Sequence[Interaction]) -> dict[str, Any]:
    """Fit BKT, the logistic model and the two mean baselines; returns a JSON-ready dict."""
    if not rows:
        raise ValueError("no interactions to fit")
    sequences = skill_sequences(rows)
    bkt = fit_bkt(sequences)
    # Skills first seen after the fit get BKT parameters fitted on all skills pooled.
    pooled = fit_bkt({"*": [seq for seqs in sequences.values() for seq in seqs]})["*"]
    params = fit_model(rows, bkt, pooled)
    totals: dict[str, list[int]] = {}
    for row in rows:
        counts = totals.setdefault(row.skill_id, [0, 0])
        counts[0] += row.correct
        counts[1] += 1
    return {
        "bkt": {
            "default": pooled.to_dict(),
            "skills": {skill: p.to_dict() for skill, p in bkt.items()},
        },
        "model": params.to_dict(),
        "baselines": {
            "global_mean": sum(row.correct for row in rows) / len(rows),
            "per_skill_mean": {skill: right / n for skill, (right, n) in totals.items()},
        },
    }


def evaluate(rows: Sequence[Interaction], params: Mapping[str, Any]) -> dict[str, Any]:
    """Replay ``rows`` in order, predicting each answer before it is seen; score all models."""
    if not rows:
        raise ValueError("no interactions to evaluate")
    bkt = {skill: BKTParams.from_dict(p) for skill, p in params["bkt"]["skills"].items()}
    tracker = Tracker(bkt, BKTParams.from_dict(params["bkt"]["default"]))
    weights = ModelParams.from_dict(params["model"])
    global_mean = float(params["baselines"]["global_mean"])
    skill_means: Mapping[str, float] = params["baselines"]["per_skill_mean"]
    predictions = np.empty((len(rows), 4))
    for i, row in enumerate(rows):
        student, skill, skill_bkt = tracker.state(row.student_id, row.skill_id)
        predictions[i] = (
            model.predict(weights, student, skill, row.skill_id, skill_bkt),
            tracing.predict_correct(model.mastery(skill, skill_bkt), skill_bkt),
            global_mean,
            skill_means.get(row.skill_id, global_mean),
        )
        tracker.observe(row)
    truth = np.fromiter((row.correct for row in rows), dtype=bool, count=len(rows))
    return {
        "model": scores(truth, predictions[:, 0]),
        "baselines": {
            "global_mean": scores(truth, predictions[:, 2]),
            "per_skill_mean": scores(truth, predictions[:, 3]),
            "bkt": scores(truth, predictions[:, 1]),
        },
        "n": len(rows),
    }


def evaluate_file(path: str | Path, *, test_fraction: float = 0.2, seed: int = 0) -> dict[str, Any]:
    """Load a log, fit on one side of a split by student and evaluate on the other."""
    train, test = split_by_student(load_interactions(path), test_fraction, seed)
    return evaluate(test, fit(train))


def simulate_bkt(
    params_by_skill: Mapping[str, BKTParams],
    n_students: int,
    n_items_per_skill: int,
    rng: np.random.Generator,
) -> list[Interaction]:
    """Interaction rows drawn from BKT ground truth.

    Each student answers ``n_items_per_skill`` items on every skill, the skills interleaved
    in a random order; timestamps are positions in the student's sequence.
    """
    skills = list(params_by_skill)
    rows: list[Interaction] = []
    width = len(str(max(n_students - 1, 0)))
    for s in range(n_students):
        student_id = f"sim{s:0{width}d}"
        mastered = {k: bool(rng.random() < params_by_skill[k].prior) for k in skills}
        order = rng.permutation(np.repeat(np.arange(len(skills)), n_items_per_skill))
        for t, k in enumerate(order):
            skill_id = skills[int(k)]
            p = params_by_skill[skill_id]
            correct = bool(rng.random() < (1.0 - p.slip if mastered[skill_id] else p.guess))
            rows.append(Interaction(student_id, skill_id, correct, float(t)))
            if not mastered[skill_id]:
                mastered[skill_id] = bool(rng.random() < p.learn)
    return rows
