"""Test form assembly over plain data: weekly adaptive forms, diagnostics, practice sets.

Weekly form (`assemble_form`), per subject of the blueprint, in the blueprint's order:

1. Eligible items: never one reserved for monthly forms (they must not leak), never one the
   student saw in the last ``recent_weeks_exclusion`` weeks, each item once.
2. Due reviews first: one item for each due concept, in the order given, up to
   ``REVIEW_SHARE`` of the subject's items.
3. Frontier concepts next, up to ``FRONTIER_SHARE``: concepts are drawn without replacement
   with probability proportional to exam weight x ``FRONTIER_RANK_DECAY`` ^ rank (the caller
   ranks the frontier), one item each, in rounds while slots remain.
4. The rest: the items with the most Fisher information (3PL) at the student's ability in
   the subject.

Each pick takes the best ``TOP_K`` items by information (for a concept: among the items
tagged with it) and draws one with probability proportional to 1 / (1 + exposure count):
"randomesque" selection (Kingsbury & Zara 1989) tilted towards less-used items, a cheap
Sympson-Hetter-like exposure control. Items at or over ``max_exposure`` are skipped unless
nothing else can fill the subject; then the least exposed of them fill it, and their reason
says so. When even that falls short the form holds what exists and ``shortfall`` reports
the missing count per subject. The draws use ``seed`` alone (the caller derives it from the
student and the ISO week), so a form is reproducible whatever the candidates' order.

A diagnostic (`assemble_diagnostic`) spreads each subject's items over its foundation
concepts (layers 1-2), one per concept in a seeded order, at medium difficulty (b closest to
``target_difficulty``). A practice set (`assemble_practice`) cycles over the chosen concepts,
most informative item first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

import numpy as np

from gurukul.mastery import irt

REVIEW_SHARE = 0.4  # of a subject's items at most; the rest teaches and measures
FRONTIER_SHARE = 0.4
FRONTIER_RANK_DECAY = 0.8  # the caller's 5th frontier concept weighs 0.8^4 = 0.41 of its 1st
TOP_K = 5  # randomesque: pick among the five best items
PRACTICE = "practice"  # the shortfall key of a practice set


@dataclass(frozen=True, slots=True)
class Blueprint:
    items_per_subject: Mapping[str, int]
    time_limit_s: int | None = None
    marking_scheme: str | None = None

    def __post_init__(self) -> None:
        for subject, count in self.items_per_subject.items():
            if count < 0:
                raise ValueError(f"{subject}: a blueprint count cannot be negative")


class Candidate(NamedTuple):
    """One bank item as assembly sees it. A named tuple, not a frozen dataclass: a weekly
    assembly builds one per published item (1,350 in the demo bank), and a tuple is built
    three times faster while staying immutable (`_replace` derives a changed copy)."""

    item_id: str
    subject: str
    concepts: tuple[str, ...]
    a: float
    b: float
    c: float
    exposure_count: int  # forms across the cohort that used it
    last_seen_by_student: date | None
    reserved_for_monthly: bool


@dataclass(frozen=True, slots=True)
class Form:
    item_ids: tuple[str, ...]
    reasons: Mapping[str, str]  # item id -> why it is on the form
    shortfall: Mapping[str, int] = field(default_factory=dict)  # subject -> items missing

    @property
    def complete(self) -> bool:
        return not self.shortfall


def _share(n: int, share: float) -> int:
    return math.floor(n * share + 0.5)


class _Pool:
    """One subject's eligible items with their information at an ability."""

    def __init__(
        self,
        items: Sequence[Candidate],
        theta: Mapping[str, float] | float,
        rng: np.random.Generator,
    ) -> None:
        self.items = list(items)
        self.rng = rng
        thetas = np.array(
            [
                theta if isinstance(theta, float) else float(theta.get(i.subject, 0.0))
                for i in self.items
            ]
        )
        self.info = irt.information(
            thetas,
            np.array([i.a for i in self.items]),
            np.array([i.b for i in self.items]),
            np.array([i.c for i in self.items]),
        )
        self.used: set[int] = set()
        self.order = self.ranked(self.info.tolist())
        """All items, most informative first (ties by item id)."""
        position = {index: rank for rank, index in enumerate(self.order)}
        self.by_concept: dict[str, list[int]] = {}
        for index, item in enumerate(self.items):
            for concept in dict.fromkeys(item.concepts):
                self.by_concept.setdefault(concept, []).append(index)
        for indices in self.by_concept.values():
            indices.sort(key=position.__getitem__)

    def ranked(self, key: Sequence[float]) -> list[int]:
        """Item indices by ``key``, largest first, ties by item id."""
        return sorted(range(len(self.items)), key=lambda i: (-key[i], self.items[i].item_id))

    def pick(self, ranked: Iterable[int], max_exposure: int) -> int | None:
        """Randomesque: take one of the first TOP_K free items under the cap in ``ranked``,
        drawn with weight 1 / (1 + exposure)."""
        top = []
        for i in ranked:
            if i not in self.used and self.items[i].exposure_count < max_exposure:
                top.append(i)
                if len(top) == TOP_K:
                    break
        if not top:
            return None
        weights = np.array([1.0 / (1.0 + self.items[i].exposure_count) for i in top])
        index = top[int(self.rng.choice(len(top), p=weights / weights.sum()))]
        self.used.add(index)
        return index

    def pick_for(self, concept: str, max_exposure: int) -> int | None:
        """The randomesque pick by information among the items tagged with ``concept``."""
        return self.pick(self.by_concept.get(concept, []), max_exposure)


def _eligible(
    candidates: Iterable[Candidate], today: date | None, recent_weeks_exclusion: int
) -> list[Candidate]:
    """Not reserved, not seen in the window; sorted by id so input order does not matter."""
    seen: set[str] = set()
    cutoff = None if today is None else today - timedelta(weeks=recent_weeks_exclusion)
    eligible = []
    for item in candidates:
        if item.item_id in seen:
            raise ValueError(f"item {item.item_id!r} is listed twice")
        seen.add(item.item_id)
        if item.reserved_for_monthly:
            continue
        last = item.last_seen_by_student
        if cutoff is not None and last is not None and last > cutoff:
            continue
        eligible.append(item)
    return sorted(eligible, key=lambda item: item.item_id)


def _by_subject(items: Iterable[Candidate]) -> dict[str, list[Candidate]]:
    grouped: dict[str, list[Candidate]] = {}
    for item in items:
        grouped.setdefault(item.subject, []).append(item)
    return grouped


def _fill_over_cap(
    pool: _Pool,
    needed: int,
    max_exposure: int,
    picked: list[tuple[Candidate, str]],
    reason: str,
    among: Iterable[int] | None = None,
) -> None:
    """Fill the last slots from items at or over the exposure cap, least exposed first."""
    indices = range(len(pool.items)) if among is None else among
    over = [i for i in indices if i not in pool.used]
    over.sort(key=lambda i: (pool.items[i].exposure_count, -pool.info[i], pool.items[i].item_id))
    for index in over[: max(needed, 0)]:
        pool.used.add(index)
        item = pool.items[index]
        cap = f" (used {item.exposure_count} times, cap {max_exposure}: nothing else fits)"
        picked.append((item, reason + cap))


def _check(recent_weeks_exclusion: int, max_exposure: int) -> None:
    if recent_weeks_exclusion < 0:
        raise ValueError("recent_weeks_exclusion cannot be negative")
    if max_exposure < 1:
        raise ValueError("max_exposure must be at least 1")


def _finish(picked: list[tuple[Candidate, str]], shortfall: dict[str, int]) -> Form:
    return Form(
        item_ids=tuple(item.item_id for item, _ in picked),
        reasons={item.item_id: reason for item, reason in picked},
        shortfall={subject: n for subject, n in shortfall.items() if n > 0},
    )


def _frontier_order(
    frontier: Sequence[str],
    available: Mapping[str, list[int]],
    exam_weights: Mapping[str, float],
    rng: np.random.Generator,
) -> list[str]:
    """Frontier concepts with items, in a seeded order weighted by exam weight and rank
    (Efraimidis-Spirakis: sort by u^(1/w), u uniform)."""
    concepts = [c for c in dict.fromkeys(frontier) if available.get(c)]
    keys = []
    for rank, concept in enumerate(concepts):
        weight = max(exam_weights.get(concept, 0.0), 1e-9) * FRONTIER_RANK_DECAY**rank
        keys.append(math.log(float(rng.random()) + 1e-300) / weight)
    order = sorted(range(len(concepts)), key=lambda i: (-keys[i], concepts[i]))
    return [concepts[i] for i in order]


def assemble_form(
    *,
    blueprint: Blueprint,
    candidates: Sequence[Candidate],
    due_reviews: Sequence[str],
    frontier: Sequence[str],
    exam_weights: Mapping[str, float],
    ability_by_subject: Mapping[str, float],
    seed: int,
    recent_weeks_exclusion: int,
    today: date,
    max_exposure: int,
) -> Form:
    """A student's weekly adaptive form (method in the module docstring)."""
    _check(recent_weeks_exclusion, max_exposure)
    rng = np.random.default_rng(seed)
    grouped = _by_subject(_eligible(candidates, today, recent_weeks_exclusion))
    picked: list[tuple[Candidate, str]] = []
    shortfall: dict[str, int] = {}
    for subject, n in blueprint.items_per_subject.items():
        theta = float(ability_by_subject.get(subject, 0.0))
        pool = _Pool(grouped.get(subject, []), theta, rng)
        chosen: list[tuple[Candidate, str]] = []
        review_slots = min(_share(n, REVIEW_SHARE), n)
        for concept in dict.fromkeys(due_reviews):
            if len(chosen) >= review_slots:
                break
            if (index := pool.pick_for(concept, max_exposure)) is not None:
                chosen.append((pool.items[index], f"Review: {concept} is due"))
        frontier_slots = min(len(chosen) + _share(n, FRONTIER_SHARE), n)
        order = _frontier_order(frontier, pool.by_concept, exam_weights, rng)
        progress = True
        while order and progress and len(chosen) < frontier_slots:
            progress = False
            for concept in order:
                if len(chosen) >= frontier_slots:
                    break
                if (index := pool.pick_for(concept, max_exposure)) is not None:
                    share = f"{exam_weights.get(concept, 0.0):.1%} of {subject} marks"
                    chosen.append((pool.items[index], f"Frontier: {concept} ({share})"))
                    progress = True
        while len(chosen) < n:
            if (index := pool.pick(pool.order, max_exposure)) is None:
                break
            info = float(pool.info[index])
            chosen.append(
                (
                    pool.items[index],
                    f"Most informative at your level (ability {theta:+.2f}, "
                    f"information {info:.2f})",
                )
            )
        _fill_over_cap(
            pool,
            n - len(chosen),
            max_exposure,
            chosen,
            f"Most informative left at your level (ability {theta:+.2f})",
        )
        shortfall[subject] = n - len(chosen)
        picked.extend(chosen)
    return _finish(picked, shortfall)


def assemble_diagnostic(
    *,
    blueprint: Blueprint,
    candidates: Sequence[Candidate],
    concept_layers: Mapping[str, int],
    seed: int,
    max_exposure: int,
    foundation_layers: int = 2,
    target_difficulty: float = 0.0,
    today: date | None = None,
    recent_weeks_exclusion: int = 0,
) -> Form:
    """A diagnostic for a new student: each subject's items spread over its foundation
    concepts (layer <= ``foundation_layers``), one per concept per round in a seeded order,
    each the item with b closest to ``target_difficulty`` (randomesque); remaining slots
    from the subject's other items, also by medium difficulty."""
    _check(recent_weeks_exclusion, max_exposure)
    rng = np.random.default_rng(seed)
    grouped = _by_subject(_eligible(candidates, today, recent_weeks_exclusion))
    picked: list[tuple[Candidate, str]] = []
    shortfall: dict[str, int] = {}
    for subject, n in blueprint.items_per_subject.items():
        pool = _Pool(grouped.get(subject, []), 0.0, rng)
        medium = pool.ranked([-abs(item.b - target_difficulty) for item in pool.items])
        position = {index: rank for rank, index in enumerate(medium)}
        foundation = sorted(
            c
            for c in pool.by_concept
            if concept_layers.get(c) is not None and concept_layers[c] <= foundation_layers
        )
        order = [foundation[i] for i in rng.permutation(len(foundation))]
        chosen: list[tuple[Candidate, str]] = []
        progress = True
        while order and progress and len(chosen) < n:
            progress = False
            for concept in order:
                if len(chosen) >= n:
                    break
                ranked = sorted(pool.by_concept[concept], key=position.__getitem__)
                if (index := pool.pick(ranked, max_exposure)) is not None:
                    layer = concept_layers[concept]
                    chosen.append((pool.items[index], f"Foundation: {concept} (layer {layer})"))
                    progress = True
        while len(chosen) < n:
            if (index := pool.pick(medium, max_exposure)) is None:
                break
            chosen.append((pool.items[index], f"Medium difficulty in {subject}"))
        _fill_over_cap(pool, n - len(chosen), max_exposure, chosen, f"Left in {subject}")
        shortfall[subject] = n - len(chosen)
        picked.extend(chosen)
    return _finish(picked, shortfall)


def assemble_practice(
    concept_ids: Sequence[str],
    *,
    candidates: Sequence[Candidate],
    n_items: int,
    ability_by_subject: Mapping[str, float],
    seed: int,
    today: date,
    recent_weeks_exclusion: int,
    max_exposure: int,
) -> Form:
    """A practice set on chosen concepts: one item per concept in turn, each the most
    informative at the student's ability in its subject (randomesque). The shortfall, if
    any, is under the key "practice"."""
    _check(recent_weeks_exclusion, max_exposure)
    if n_items < 0:
        raise ValueError("n_items cannot be negative")
    rng = np.random.default_rng(seed)
    pool = _Pool(_eligible(candidates, today, recent_weeks_exclusion), ability_by_subject, rng)
    concepts = list(dict.fromkeys(concept_ids))
    picked: list[tuple[Candidate, str]] = []
    progress = True
    while concepts and progress and len(picked) < n_items:
        progress = False
        for concept in concepts:
            if len(picked) >= n_items:
                break
            if (index := pool.pick_for(concept, max_exposure)) is not None:
                picked.append((pool.items[index], f"Practice: {concept}"))
                progress = True
    on_topic = sorted({i for c in concepts for i in pool.by_concept.get(c, [])})
    _fill_over_cap(pool, n_items - len(picked), max_exposure, picked, "Practice", on_topic)
    return _finish(picked, {PRACTICE: n_items - len(picked)})
