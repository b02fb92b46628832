"""Spaced review with FSRS, and review plans that aim at the exam day.

Each (student, concept) pair has an FSRS card (Ye et al., the `fsrs` package). A response
becomes a rating (`rating_for`), `review` moves the card and gives its next due date, and
`retrievability` is FSRS's forgetting curve R(t) = (1 + F t / S)^-d, the probability that the
student still recalls the concept t days after the last review, for the card's stability S.
Card states are plain JSON-ready dicts (the package's `Card.to_dict`), for a JSON column.

Exam-date awareness (`plan_reviews`, the method of docs/scheduling.md):

FSRS on its own keeps each card at a target retention and lets intervals grow past the exam.
A student cares about retention on one day, the exam day, and has a daily time budget. The
planner works on whole days, from today to the day before the exam (never later), over at
most ``horizon_days``:

1. No due date falls after the exam: a card FSRS would bring back after the exam is due on
   the exam's eve at the latest (`review` does the same with ``exam_date``).
2. Overdue cards come first: each takes the first day with room, and a day takes other
   reviews only once every overdue card has a day.
3. Before the final stretch (the last ``FINAL_STRETCH_DAYS`` days before the exam) cards
   keep FSRS's timing: a card is reviewed on its due day, or the next day with room.
4. In the final stretch any card may be reviewed on any day. A candidate review (card, day)
   is worth its marginal gain in expected exam-day retention, times the card's exam weight,
   per minute it costs. The expectation uses FSRS itself: a review on day d succeeds with
   probability R(d) (rated Good) or fails (rated Again), and both outcomes are carried to
   the exam, E[R_exam] = R(d) R_good(exam) + (1 - R(d)) R_again(exam), recursively over the
   card's other planned reviews. Candidates are taken greedily, best value per minute
   first, while the day's minutes last; a review that adds less than ``MIN_GAIN`` (one
   point of retention) is never planned.
5. The daily budget is filled a minute at a time: the plan for b + 1 minutes a day extends
   the plan for b minutes and never drops a review. As every review added raises expected
   exam-day retention, more budget never lowers it, and a student who raises the budget
   keeps the reviews already planned. (Filling each day to the brim by value per minute
   would not have this property: a knapsack greedy is not monotone in its capacity.)

New concepts (no card yet) are not reviews: the study plan brings them in as new learning.
Reviews are whole days apart (no learning steps of minutes, no fuzz), which keeps every
function here deterministic.

FSRS parameters: fsrs 6.x ships an `Optimizer`, but it needs torch, pandas and tqdm (the
`fsrs[optimizer]` extra), which Gurukul does not install. `optimize_parameters` minimises
the same loss (log-loss of R at each review more than a day after the previous one) with
SciPy's L-BFGS-B instead, and returns None when the logs are too few to move the defaults.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

import numpy as np
import numpy.typing as npt
from fsrs import Card, Rating, ReviewLog, Scheduler
from fsrs.card import CardDict
from fsrs.review_log import ReviewLogDict
from fsrs.scheduler import (
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)
from scipy import optimize  # type: ignore[import-untyped]

CardState = dict[str, Any]
"""A card as a JSON-ready dict: `fsrs.Card.to_dict()`."""

SLOW_FACTOR = 1.5
"""A right answer slower than 1.5 x the item's typical time is rated Hard: it was recalled
with effort (FSRS's own guidance rates a hesitant recall Hard)."""
FAST_FACTOR = 0.6
"""A right answer faster than 0.6 x the typical time is rated Easy: fluent recall."""

DESIRED_RETENTION = 0.9  # FSRS's default target; the per-deployment setting overrides it
FINAL_STRETCH_DAYS = 14
"""Days before the exam in which reviews are chosen for exam-day retention rather than at
FSRS's due dates: about two of FSRS's early intervals, so a concept can be reviewed twice."""
MAX_REVIEWS_PER_CARD = 4  # per plan; also bounds the 2^k outcome tree of a card's reviews
MIN_GAIN = 0.01
"""A review is planned only if it raises the concept's expected exam-day retention by at least
one percentage point: below that it costs the student minutes for nothing they would notice."""
_ROOM_EPS = 1e-9  # minutes: float sums of review times must not lose a fitting review
_BRANCH_CUTOFF = 1e-4  # outcome paths less likely than this skip their later reviews

MIN_REVIEWS_TO_OPTIMIZE = 512
"""Below this many reviews (more than a day after the previous one) the fit is noise; the
package's own Optimizer keeps the defaults below the same number (its mini-batch size)."""
MAX_REVIEWS_PER_SEQUENCE = 64  # as the package's Optimizer: a card's first 64 reviews
OPTIMIZER_L2 = 1.0
"""Pull towards the defaults, per parameter in units of its allowed range: keeps parameters
the logs say little about where twenty years of Anki data put them."""
_EPS = 1e-6


def rating_for(
    correct: bool, response_time_ms: int | None, typical_time_ms: float | None
) -> Rating:
    """The FSRS rating of one answer.

    Wrong: Again. Right: Hard when slower than ``SLOW_FACTOR`` x the typical time, Easy when
    faster than ``FAST_FACTOR`` x, Good otherwise or when either time is unknown.
    """
    if not correct:
        return Rating.Again
    if response_time_ms is None or typical_time_ms is None or typical_time_ms <= 0:
        return Rating.Good
    ratio = response_time_ms / typical_time_ms
    if ratio > SLOW_FACTOR:
        return Rating.Hard
    if ratio < FAST_FACTOR:
        return Rating.Easy
    return Rating.Good


def scheduler(
    parameters: Sequence[float] | None = None, desired_retention: float = DESIRED_RETENTION
) -> Scheduler:
    """The FSRS scheduler Gurukul uses: whole-day intervals, no learning steps, no fuzz.

    A concept is reviewed through test and practice items, not drilled like a flashcard, so a
    review never comes back within minutes; and fuzz would draw from a global random state.
    """
    if not 0.0 < desired_retention < 1.0:
        raise ValueError(f"desired_retention must lie in (0, 1), got {desired_retention!r}")
    return Scheduler(
        parameters=DEFAULT_PARAMETERS if parameters is None else tuple(parameters),
        desired_retention=desired_retention,
        learning_steps=(),
        relearning_steps=(),
        enable_fuzzing=False,
    )


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected a timezone-aware datetime, got {moment!r}")
    return moment.astimezone(UTC)


def load_card(card_state: Mapping[str, Any] | None, now: datetime) -> Card:
    """The card of a stored state, or a new card due at ``now``."""
    if card_state is None:
        return Card(card_id=0, due=_utc(now))
    return Card.from_dict(cast(CardDict, dict(card_state)))


def _eve_start(exam_date: date, tz: Any) -> datetime:
    return datetime.combine(exam_date - timedelta(days=1), time(), tzinfo=tz)


def review(
    card_state: Mapping[str, Any] | None,
    rating: Rating | int,
    now: datetime,
    *,
    parameters: Sequence[float] | None = None,
    desired_retention: float = DESIRED_RETENTION,
    exam_date: date | None = None,
) -> tuple[CardState, datetime, float]:
    """Review a card at ``now``: (new card state, due date, retrievability before the review).

    ``card_state`` None starts a new card. The retrievability is FSRS's prediction for this
    answer (0 for a new card). With ``exam_date``, a due date after the exam moves to the
    start of the exam's eve (in ``now``'s timezone), unless the review itself is on the eve
    or later, when no day is left before the exam.
    """
    at = _utc(now)
    fsrs = scheduler(parameters, desired_retention)
    card = load_card(card_state, at)
    before = float(fsrs.get_card_retrievability(card, at))
    card, _ = fsrs.review_card(card, Rating(rating), at)
    if exam_date is not None:
        eve = _eve_start(exam_date, now.tzinfo)
        if eve > now and card.due > eve:
            card.due = eve.astimezone(UTC)
    return dict(card.to_dict()), card.due, before


def retrievability(
    card_state: Mapping[str, Any] | None,
    at: datetime,
    parameters: Sequence[float] | None = None,
) -> float:
    """P(recall) at ``at`` from FSRS's forgetting curve; 0 for a card never reviewed."""
    if card_state is None:
        return 0.0
    at = _utc(at)
    return float(scheduler(parameters).get_card_retrievability(load_card(card_state, at), at))


# Exam-aware planning ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardView:
    """What the planner needs of one concept's card."""

    concept_id: str
    card_state: CardState | None
    exam_weight: float  # share of the marks, any non-negative scale
    minutes_per_review: float


@dataclass(frozen=True, slots=True)
class PlannedReview:
    concept_id: str
    day: date
    reason: str
    gain: float  # exam weight x rise in expected exam-day retention


@dataclass(slots=True)
class _Track:
    view: CardView
    card: Card
    due: int  # FSRS's due day as an offset from today (negative: overdue), clamped to the eve
    fsrs_due: date  # unclamped, for the reasons
    retrievability: float  # now
    days: list[int] = field(default_factory=list)  # planned offsets, ascending
    expected: float = 0.0  # E[R on the exam day | planned reviews]
    gains: dict[int, float] = field(default_factory=dict)  # cache: offset -> unweighted gain
    next_due: int | None = None  # cache: due offset after the planned reviews
    options: tuple[str, list[int], list[int]] | None = None  # cache: see _Planner.options


@dataclass(slots=True)
class _Planner:
    fsrs: Scheduler
    now: datetime  # UTC
    tz: Any  # now's timezone: days are calendar days there
    today: date
    target: datetime  # the exam (or the horizon's end), UTC
    last: int  # last day offset that may hold a review
    stretch: int  # first offset of the final stretch (last + 1 when there is none)

    def moment(self, offset: int) -> datetime:
        return self.now + timedelta(days=offset)

    def offset(self, moment: datetime) -> int:
        return (moment.astimezone(self.tz).date() - self.today).days

    def expected(self, card: Card, offsets: Sequence[int], probability: float = 1.0) -> float:
        """E[R at target] over the Good/Again outcomes of reviews at ``offsets``."""
        if not offsets or probability < _BRANCH_CUTOFF:
            return probability * self.fsrs.get_card_retrievability(card, self.target)
        at = self.moment(offsets[0])
        recall = self.fsrs.get_card_retrievability(card, at)
        good, _ = self.fsrs.review_card(card, Rating.Good, at)
        again, _ = self.fsrs.review_card(card, Rating.Again, at)
        return self.expected(good, offsets[1:], probability * recall) + self.expected(
            again, offsets[1:], probability * (1.0 - recall)
        )

    def gain(self, track: _Track, offset: int) -> float:
        if offset not in track.gains:
            with_review = self.expected(track.card, sorted([*track.days, offset]))
            track.gains[offset] = with_review - track.expected
        return track.gains[offset]

    def due_after_plan(self, track: _Track) -> int:
        """The due offset after the card's planned reviews, each assumed to succeed."""
        if track.next_due is None:
            card = track.card
            for offset in track.days:
                card, _ = self.fsrs.review_card(card, Rating.Good, self.moment(offset))
            track.next_due = self.offset(card.due) if track.days else track.due
        return track.next_due

    def options(self, track: _Track) -> tuple[str, list[int], list[int]]:
        """Where the card's next review may go, ignoring room: (first kind, its days in the
        order tried, final-stretch days by falling value).

        An overdue card takes the first day with room. Otherwise the card takes the first day
        with room from its FSRS due day up to the final stretch, or failing that the stretch
        day with room where the review gains most.
        """
        if track.options is None:
            if len(track.days) >= MAX_REVIEWS_PER_CARD:
                track.options = ("", [], [])
            elif track.due < 0 and not track.days:
                track.options = ("overdue", list(range(self.last + 1)), [])
            else:
                due = self.due_after_plan(track)
                if track.days:
                    due = max(due, track.days[-1] + 1)
                early = list(range(max(due, 0), min(self.stretch, self.last + 1)))
                stretch = [
                    d for d in range(max(self.stretch, 0), self.last + 1) if d not in track.days
                ]
                stretch.sort(key=lambda d: (-self.gain(track, d), d))
                track.options = ("due", early, stretch)
        return track.options

    def best(
        self, track: _Track, used: Sequence[float], capacity: int
    ) -> tuple[str, int, float] | None:
        """The card's next review at this capacity: (kind, day, weighted gain), or None."""
        first_kind, first, stretch = self.options(track)
        cost = track.view.minutes_per_review
        weight = track.view.exam_weight
        for kind, days in ((first_kind, first), ("exam", stretch)):
            for d in days:
                if used[d] + cost <= capacity + _ROOM_EPS:
                    gain = self.gain(track, d)
                    return (kind, d, weight * gain) if gain >= MIN_GAIN and weight > 0 else None
        return None

    def room_needed(self, track: _Track, used: Sequence[float], capacity: int) -> float:
        """The least capacity above ``capacity`` at which the card's next review fits a day
        it does not fit now."""
        _, first, stretch = self.options(track)
        cost = track.view.minutes_per_review
        levels = (math.ceil(used[d] + cost - _ROOM_EPS) for d in (*first, *stretch))
        return min((level for level in levels if level > capacity), default=math.inf)


def plan_reviews(
    cards: Sequence[CardView],
    *,
    now: datetime,
    exam_date: date | None,
    daily_minutes: int,
    horizon_days: int = 14,
    parameters: Sequence[float] | None = None,
    desired_retention: float = DESIRED_RETENTION,
) -> list[PlannedReview]:
    """Reviews for the next ``horizon_days`` days (today included) within a daily budget.

    The method is in this module's docstring and docs/scheduling.md. Days are calendar days in
    ``now``'s timezone. Without an exam date there is no final stretch and gains are measured
    at the end of the horizon. Deterministic: ties go to the concept id, then the earlier day.
    Ordered by day, then by gain (largest first), then by concept id.
    """
    if isinstance(daily_minutes, bool) or not isinstance(daily_minutes, int) or daily_minutes < 0:
        raise ValueError(f"daily_minutes must be a non-negative int, got {daily_minutes!r}")
    if horizon_days < 1:
        raise ValueError(f"horizon_days must be at least 1, got {horizon_days!r}")
    ids = [view.concept_id for view in cards]
    if len(set(ids)) != len(ids):
        raise ValueError("each concept may have one card only")
    for view in cards:
        if not view.minutes_per_review > 0 or not view.exam_weight >= 0:
            raise ValueError(f"{view.concept_id}: minutes must be positive, weight non-negative")
    utc_now = _utc(now)
    today = now.date()
    last = horizon_days - 1
    stretch = horizon_days
    eve = math.inf
    target = utc_now + timedelta(days=horizon_days)
    if exam_date is not None:
        days_to_exam = (exam_date - today).days
        eve = days_to_exam - 1
        last = min(last, days_to_exam - 1)
        stretch = days_to_exam - FINAL_STRETCH_DAYS
        target = utc_now + timedelta(days=days_to_exam)
    if last < 0:
        return []
    planner = _Planner(
        fsrs=scheduler(parameters, desired_retention),
        now=utc_now,
        tz=now.tzinfo,
        today=today,
        target=target,
        last=last,
        stretch=min(stretch, last + 1),
    )
    tracks: list[_Track] = []
    for view in sorted(cards, key=lambda v: v.concept_id):
        card = load_card(view.card_state, utc_now)
        if card.last_review is None:
            continue  # never reviewed: new learning for the study plan, not a review
        due = planner.offset(card.due)
        tracks.append(
            _Track(
                view=view,
                card=card,
                due=int(min(due, eve)),
                fsrs_due=card.due.astimezone(now.tzinfo).date(),
                retrievability=planner.fsrs.get_card_retrievability(card, utc_now),
                expected=planner.expected(card, []),
            )
        )
    used = [0.0] * (last + 1)
    chosen: list[tuple[_Track, date, str, float, date]] = []
    capacity = 0
    while True:
        best: tuple[tuple[int, float, str, int], _Track, str] | None = None
        for track in tracks:
            found = planner.best(track, used, capacity)
            if found is None:
                continue
            kind, d, value = found
            cost = track.view.minutes_per_review
            key = (0 if kind == "overdue" else 1, -value / cost, track.view.concept_id, d)
            if best is None or key < best[0]:
                best = (key, track, kind)
        if best is None:
            # Nothing fits at this capacity: grow it to the next level where something does.
            needed = min((planner.room_needed(t, used, capacity) for t in tracks), default=math.inf)
            if needed > daily_minutes:
                break
            capacity = int(needed)
            continue
        (_, _, _, d), track, kind = best
        gain = planner.gain(track, d)
        due_day = today + timedelta(days=planner.due_after_plan(track))
        chosen.append((track, today + timedelta(days=d), kind, gain, due_day))
        track.expected += gain
        track.days = sorted([*track.days, d])
        track.gains.clear()
        track.next_due = None
        track.options = None
        used[d] += track.view.minutes_per_review
    plan = [
        PlannedReview(
            concept_id=track.view.concept_id,
            day=day,
            reason=_reason(track, day, due_day, kind, gain, exam_date),
            gain=track.view.exam_weight * gain,
        )
        for track, day, kind, gain, due_day in chosen
    ]
    return sorted(plan, key=lambda r: (r.day, -r.gain, r.concept_id))


def _reason(
    track: _Track, day: date, due: date, kind: str, gain: float, exam_date: date | None
) -> str:
    if kind == "overdue":
        return (
            f"Overdue since {track.fsrs_due.isoformat()} (retention now "
            f"~{track.retrievability:.0%}): overdue reviews come first"
        )
    if kind == "due":
        if day > due:
            return f"Due on {due.isoformat()} (FSRS), moved to {day.isoformat()} by the budget"
        return f"Due on {day.isoformat()} (FSRS)"
    assert exam_date is not None  # the final stretch exists only with an exam date
    days = (exam_date - day).days
    text = (
        f"Exam in {days} day{'' if days == 1 else 's'}: adds {100 * gain:.0f} points to "
        f"predicted exam-day retention ({track.expected:.0%} with the planned reviews)"
    )
    if track.fsrs_due >= exam_date:
        text += f"; FSRS alone would wait until {track.fsrs_due.isoformat()}, after the exam"
    return text


def predicted_exam_retention(
    cards: Sequence[CardView],
    plan: Iterable[PlannedReview],
    *,
    now: datetime,
    exam_date: date,
    parameters: Sequence[float] | None = None,
) -> dict[str, float]:
    """Expected retention of each reviewed card on the exam day if ``plan`` is followed."""
    utc_now = _utc(now)
    today = now.date()
    planner = _Planner(
        fsrs=scheduler(parameters),
        now=utc_now,
        tz=now.tzinfo,
        today=today,
        target=utc_now + timedelta(days=(exam_date - today).days),
        last=0,
        stretch=0,
    )
    days: dict[str, list[int]] = {}
    for item in plan:
        days.setdefault(item.concept_id, []).append((item.day - today).days)
    result = {}
    for view in cards:
        if view.card_state is None:
            continue
        card = load_card(view.card_state, utc_now)
        result[view.concept_id] = planner.expected(card, sorted(days.get(view.concept_id, [])))
    return result


# Parameter optimisation ---------------------------------------------------------------------


def _sequences(
    review_logs: Iterable[ReviewLog | Mapping[str, Any]],
) -> list[list[tuple[datetime, Rating]]]:
    by_card: dict[int, list[tuple[datetime, Rating]]] = {}
    for log in review_logs:
        if not isinstance(log, ReviewLog):
            log = ReviewLog.from_dict(cast(ReviewLogDict, dict(log)))
        by_card.setdefault(log.card_id, []).append((_utc(log.review_datetime), Rating(log.rating)))
    return [sorted(by_card[card])[:MAX_REVIEWS_PER_SEQUENCE] for card in sorted(by_card)]


def _log_loss(fsrs: Scheduler, sequences: list[list[tuple[datetime, Rating]]]) -> tuple[float, int]:
    total, count = 0.0, 0
    for sequence in sequences:
        card = Card(card_id=0, due=sequence[0][0])
        for at, rating in sequence:
            if card.last_review is not None and (at - card.last_review).days > 0:
                recall = min(max(fsrs.get_card_retrievability(card, at), _EPS), 1.0 - _EPS)
                total -= math.log1p(-recall) if rating == Rating.Again else math.log(recall)
                count += 1
            card, _ = fsrs.review_card(card, rating, at)
    return total, count


def review_log_loss(
    review_logs: Iterable[ReviewLog | Mapping[str, Any]],
    parameters: Sequence[float] | None = None,
) -> tuple[float, int]:
    """(mean log-loss, count) of FSRS's recall predictions over the logs, the optimiser's loss.

    Each card's reviews are replayed in time order; a review more than a day after the
    previous one is scored as recalled unless rated Again.
    """
    total, count = _log_loss(scheduler(parameters), _sequences(review_logs))
    return (total / count if count else 0.0), count


def optimize_parameters(
    review_logs: Iterable[ReviewLog | Mapping[str, Any]],
    *,
    min_reviews: int = MIN_REVIEWS_TO_OPTIMIZE,
    max_iter: int = 50,
    l2: float = OPTIMIZER_L2,
) -> list[float] | None:
    """FSRS parameters fitted to review logs, or None when there are too few to fit.

    fsrs's Optimizer needs torch; this minimises the same loss (``review_log_loss``) plus an
    L2 pull towards the defaults (``l2``, per parameter in units of its range) with SciPy's
    L-BFGS-B within the package's bounds, from the defaults, for at most ``max_iter``
    iterations. Logs may be `fsrs.ReviewLog` objects or their dicts.
    """
    sequences = _sequences(review_logs)
    _, count = _log_loss(scheduler(), sequences)
    if count < min_reviews:
        return None
    lower = np.array(LOWER_BOUNDS_PARAMETERS, dtype=np.float64)
    upper = np.array(UPPER_BOUNDS_PARAMETERS, dtype=np.float64)
    start = np.array(DEFAULT_PARAMETERS, dtype=np.float64)
    span = upper - lower

    def objective(x: npt.NDArray[np.float64]) -> float:
        x = np.clip(x, lower, upper)
        total, _ = _log_loss(scheduler(x.tolist()), sequences)
        return total / count + l2 * float(np.sum(((x - start) / span) ** 2))

    result = optimize.minimize(
        objective,
        start,
        method="L-BFGS-B",
        bounds=list(zip(lower, upper, strict=True)),
        options={"maxiter": max_iter},
    )
    return [float(v) for v in np.clip(result.x, lower, upper)]
