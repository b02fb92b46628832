from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections.abc import Iterable, Sequence
from typing import NamedTuple

# Scores are compared at this many decimals. Totals are float sums of marks (partial credit
# of 4/3, custom schemes with 0.1 marks), so one mark total reached in a different order can
# differ in the last bit (0.1 + 0.2 != 0.3); distinct totals of any marking scheme differ by
# far more than 1e-6, so rounding makes equal totals one key without merging unequal ones.
SCORE_DECIMALS = 6


def _finite(score: float) -> float:
    value = float(score)
    if not math.isfinite(value):
        raise ValueError("scores must be finite numbers")
    return value


def score_key(score: float) -> float:
    """The score as ranks compare it: finite, rounded to SCORE_DECIMALS, and never -0.0.

    Equal scores must share one histogram row; `+ 0.0` turns -0.0 into 0.0 so the two zeros
    are one key on every database, not only where the comparison happens to treat them alike.
    """
    return round(_finite(score), SCORE_DECIMALS) + 0.0


def competition_rank(score: float, scores: Iterable[float]) -> int:
    """Standard competition rank ("1224"): one more than the number of higher scores.

    Tied scores share the best rank and the next score skips as many places as were tied.
    `score` need not be among `scores`. A linear scan; use RankIndex for repeated lookups.
    """
    return 1 + sum(1 for s in scores if s > score)


def competition_ranks(scores: Sequence[float]) -> list[int]:
    """The competition rank of every score, in the order given."""
    ordered = sorted(scores)
    return [1 + len(ordered) - bisect.bisect_right(ordered, s) for s in scores]


def nta_percentile(score: float, scores: Sequence[float]) -> float:
    """NTA percentile: 100 × (candidates scoring at most `score`) / (all candidates).

    The top scorer gets 100. NTA publishes it to seven decimals; rounding is the caller's.
    """
    if not scores:
        raise ValueError("percentile of an empty field")
    return 100.0 * sum(1 for s in scores if s <= score) / len(scores)


class RankIndex:
    """Scores kept sorted so that rank and percentile are two binary searches, O(log n).

    `add` is O(n) for the list insert, which is a memmove and fast for the sizes one mock
    test has; rebuild from the database with `RankIndex(scores)` rather than adding one by one.
    """

    def __init__(self, scores: Iterable[float] = ()) -> None:
        self._sorted = sorted(_finite(s) for s in scores)

    def __len__(self) -> int:
        return len(self._sorted)

    def add(self, score: float) -> None:
        bisect.insort(self._sorted, _finite(score))

    def remove(self, score: float) -> None:
        """Drop one occurrence of `score` (a re-attempt replacing an old score)."""
        i = bisect.bisect_left(self._sorted, score)
        if i == len(self._sorted) or self._sorted[i] != score:
            raise ValueError(f"score {score} is not in the index")
        del self._sorted[i]

    def at_most(self, score: float) -> int:
        """How many scores are <= `score`."""
        return bisect.bisect_right(self._sorted, score)

    def rank(self, score: float) -> int:
        """Competition rank of `score` among the indexed scores (1 + those strictly higher)."""
        return 1 + len(self._sorted) - self.at_most(score)

    def percentile(self, score: float) -> float:
        """NTA percentile of `score` (see `nta_percentile`)."""
        if not self._sorted:
            raise ValueError("percentile of an empty field")
        return 100.0 * self.at_most(score) / len(self._sorted)


class ScoreHistogram:
    """Candidates per distinct score: the shape `test_score_counts` keeps for each test.

    Rank and percentile are one binary search over the d distinct scores, and d is bounded
    by the marking range (126 values for 25 questions at +4/-1), not by the field size.
    Scores are merged by `score_key`, so the same total reached with different float error
    counts once.
    """

    def __init__(self, counts: Iterable[tuple[float, int]] = ()) -> None:
        merged: dict[float, int] = {}
        for score, candidates in counts:
            if isinstance(candidates, bool) or not isinstance(candidates, int) or candidates < 0:
                raise ValueError("candidates must be a whole number >= 0")
            key = score_key(score)
            merged[key] = merged.get(key, 0) + candidates
        self._scores = sorted(merged)
        self._cumulative = list(itertools.accumulate(merged[s] for s in self._scores))

    @property
    def total(self) -> int:
        """All candidates in the field."""
        return self._cumulative[-1] if self._cumulative else 0

    def at_most(self, score: float) -> int:
        """How many candidates scored <= `score`."""
        i = bisect.bisect_right(self._scores, score_key(score))
        return self._cumulative[i - 1] if i else 0

    def rank(self, score: float) -> int:
        """Competition rank of `score`: 1 + the candidates who scored strictly higher."""
        return 1 + self.total - self.at_most(score)

    def percentile(self, score: float) -> float:
        """NTA percentile of `score` (see `nta_percentile`)."""
        if not self.total:
            raise ValueError("percentile of an empty field")
        return 100.0 * self.at_most(score) / self.total


class RankPrediction(NamedTuple):
    rank: int
    low: int  # best rank in the band (numerically smallest)
    high: int  # worst rank in the band


def rank_from_percentile(percentile: float, candidates: int) -> int:
    """Exam rank for a percentile: round((100 - p) / 100 × candidates) + 1, within [1, N].

    Roughly (100 - p)% of the field scores above a p-percentile candidate, so that many
    ranks come first. Rounding is half up, so the result does not depend on banker's rounding.
    """
    above = (100.0 - percentile) / 100.0 * candidates
    return min(max(math.floor(above + 0.5) + 1, 1), candidates)


def predict_rank(
    percentile: float, candidates: int, recent_percentiles: Sequence[float] = ()
) -> RankPrediction:
    """Predicted exam rank for `percentile` in a field of `candidates`, with a band.

    The rank is `rank_from_percentile(percentile, candidates)`. The band is the ranks at
    percentile ± one sample standard deviation of `recent_percentiles` (the learner's recent
    mock-test percentiles), with percentiles clamped to [0, 100] and ranks to
    [1, candidates]; fewer than two recent percentiles give a band of zero width.
    """
    if isinstance(candidates, bool) or not isinstance(candidates, int) or candidates < 1:
        raise ValueError("candidates must be a positive whole number")
    for p in (percentile, *recent_percentiles):
        if not (math.isfinite(p) and 0.0 <= p <= 100.0):
            raise ValueError("percentiles must be within [0, 100]")
    spread = statistics.stdev(recent_percentiles) if len(recent_percentiles) >= 2 else 0.0
    return RankPrediction(
        rank=rank_from_percentile(percentile, candidates),
        low=rank_from_percentile(min(percentile + spread, 100.0), candidates),
        high=rank_from_percentile(max(percentile - spread, 0.0), candidates),
    )
