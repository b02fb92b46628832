"""Classical item analysis over plain response records (no I/O).

Facility is the share of attempts answered correctly. Discrimination is the upper-lower index:
the facility in the strongest 27 % of attempts (by total test score) minus that in the weakest
27 %; the point-biserial correlation between correctness and total score is given as well.
Per option: how often it was chosen overall and within the two groups, so an admin sees a key
that strong students avoid, or a distractor that nobody believes.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

GROUP_FRACTION = 0.27  # Kelley's 27 %: maximises the difference between the groups
# Below this many attempts the flags are noise: a lone student who never picks option D
# does not make D a dead distractor.
MIN_ATTEMPTS_FOR_FLAGS = 20

FLAG_KEY_SUSPECT = "key_suspect"
FLAG_UNUSED_DISTRACTOR = "unused_distractor"
FLAG_NEGATIVE_DISCRIMINATION = "negative_discrimination"


@dataclass(frozen=True)
class ItemResponse:
    """One attempt at the item: who, which options were selected, whether it was right, and
    the attempt's total score on the whole test (what "strong" and "weak" are measured by)."""

    student_id: uuid.UUID | str
    selected_option_ids: tuple[str, ...]
    correct: bool
    total_score: float


@dataclass(frozen=True)
class OptionStatistics:
    option_id: str
    is_key: bool
    count: int
    share: float | None  # of all attempts; None without attempts
    upper_count: int
    lower_count: int
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemStatistics:
    attempts: int
    facility: float | None
    discrimination: float | None
    point_biserial: float | None
    upper_group_size: int
    lower_group_size: int
    options: list[OptionStatistics] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # "key_suspect: B", "unused_distractor: D"


def _groups(
    responses: Sequence[ItemResponse], fraction: float
) -> tuple[list[ItemResponse], list[ItemResponse]]:
    """The strongest and weakest `fraction` of attempts; ties broken by student id so the
    split is the same on every run."""
    if len(responses) < 2:
        return [], []
    size = max(1, round(len(responses) * fraction))
    size = min(size, len(responses) // 2)
    ranked = sorted(responses, key=lambda r: (-r.total_score, str(r.student_id)))
    return ranked[:size], ranked[-size:]


def _point_biserial(responses: Sequence[ItemResponse]) -> float | None:
    n = len(responses)
    right = [r.total_score for r in responses if r.correct]
    wrong = [r.total_score for r in responses if not r.correct]
    if not right or not wrong:
        return None
    scores = [r.total_score for r in responses]
    mean = sum(scores) / n
    sd = math.sqrt(sum((s - mean) ** 2 for s in scores) / n)
    if sd == 0:
        return None
    p = len(right) / n
    return (sum(right) / len(right) - sum(wrong) / len(wrong)) / sd * math.sqrt(p * (1 - p))


def _count(responses: Sequence[ItemResponse], option_id: str) -> int:
    return sum(option_id in r.selected_option_ids for r in responses)


def item_statistics(
    responses: Sequence[ItemResponse],
    *,
    option_ids: Sequence[str] = (),
    key_ids: Collection[str] = (),
    group_fraction: float = GROUP_FRACTION,
    min_attempts_for_flags: int = MIN_ATTEMPTS_FOR_FLAGS,
) -> ItemStatistics:
    """Facility, discrimination and distractor analysis of one item.

    `option_ids` are the item's options in display order (empty for number questions) and
    `key_ids` the correct ones. Flags are raised only from `min_attempts_for_flags` attempts:
    "key_suspect: X" when distractor X is chosen by more of the strong group than any key,
    "unused_distractor: X" when nobody chose X, and "negative_discrimination" when weak
    students get the item right more often than strong ones.
    """
    if not 0 < group_fraction <= 0.5:
        raise ValueError("group_fraction must be in (0, 0.5]")
    n = len(responses)
    upper, lower = _groups(responses, group_fraction)
    facility = sum(r.correct for r in responses) / n if n else None
    discrimination = None
    if upper and lower:
        discrimination = sum(r.correct for r in upper) / len(upper) - sum(
            r.correct for r in lower
        ) / len(lower)
    keys = set(key_ids)
    flag = n > 0 and n >= min_attempts_for_flags
    key_upper = max((_count(upper, k) for k in keys if k in option_ids), default=0)
    options: list[OptionStatistics] = []
    flags: list[str] = []
    for option_id in option_ids:
        count = _count(responses, option_id)
        upper_count = _count(upper, option_id)
        option_flags: list[str] = []
        if flag and option_id not in keys:
            if upper_count > key_upper:
                option_flags.append(FLAG_KEY_SUSPECT)
            if count == 0:
                option_flags.append(FLAG_UNUSED_DISTRACTOR)
        flags += [f"{name}: {option_id}" for name in option_flags]
        options.append(
            OptionStatistics(
                option_id=option_id,
                is_key=option_id in keys,
                count=count,
                share=count / n if n else None,
                upper_count=upper_count,
                lower_count=_count(lower, option_id),
                flags=tuple(option_flags),
            )
        )
    if flag and discrimination is not None and discrimination < 0:
        flags.append(FLAG_NEGATIVE_DISCRIMINATION)
    return ItemStatistics(
        attempts=n,
        facility=facility,
        discrimination=discrimination,
        point_biserial=_point_biserial(responses),
        upper_group_size=len(upper),
        lower_group_size=len(lower),
        options=options,
        flags=flags,
    )
