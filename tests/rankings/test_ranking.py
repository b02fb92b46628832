import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gurukul.rankings.ranking import (
    RankIndex,
    RankPrediction,
    ScoreHistogram,
    competition_rank,
    competition_ranks,
    nta_percentile,
    predict_rank,
    rank_from_percentile,
    score_key,
)

SCORES = [300, 250, 250, 180, 90, 90, 90, -5]
marks = st.integers(min_value=-90, max_value=300)


class TestCompetitionRank:
    def test_ties_share_a_rank(self) -> None:
        assert competition_ranks([100, 90, 90, 80]) == [1, 2, 2, 4]

    def test_ranks_follow_input_order(self) -> None:
        assert competition_ranks(SCORES) == [1, 2, 2, 4, 5, 5, 5, 8]

    def test_score_not_in_field(self) -> None:
        assert competition_rank(200, SCORES) == 4

    def test_top(self) -> None:
        assert competition_rank(300, SCORES) == 1

    def test_empty_field(self) -> None:
        assert competition_rank(10, []) == 1


class TestNtaPercentile:
    def test_definition(self) -> None:
        # 5 of the 8 candidates scored 180 or less
        assert nta_percentile(180, SCORES) == 100 * 5 / 8

    def test_top_scorer_is_100(self) -> None:
        assert nta_percentile(300, SCORES) == 100.0

    def test_ties_share_a_percentile(self) -> None:
        assert nta_percentile(90, SCORES) == 100 * 4 / 8

    def test_bottom_scorer(self) -> None:
        assert nta_percentile(-5, SCORES) == 100 / 8

    def test_below_everyone(self) -> None:
        assert nta_percentile(-10, SCORES) == 0.0

    def test_empty_field(self) -> None:
        with pytest.raises(ValueError, match="empty"):
            nta_percentile(1, [])


class TestRankIndex:
    def test_rank_and_percentile(self) -> None:
        index = RankIndex(SCORES)
        assert len(index) == 8
        assert index.rank(250) == 2
        assert index.percentile(250) == 100 * 7 / 8
        assert index.at_most(90) == 4

    def test_add(self) -> None:
        index = RankIndex()
        for s in (10, 30, 20, 30):
            index.add(s)
        assert [index.rank(s) for s in (30, 20, 10)] == [1, 3, 4]

    def test_remove(self) -> None:
        index = RankIndex([10, 20, 20])
        index.remove(20)
        assert index.rank(10) == 3 - 1
        assert len(index) == 2

    @pytest.mark.parametrize("missing", [15, 25])
    def test_remove_missing(self, missing: int) -> None:
        with pytest.raises(ValueError, match="not in the index"):
            RankIndex([10, 20]).remove(missing)

    @pytest.mark.parametrize("bad", [math.nan, math.inf])
    def test_rejects_non_finite(self, bad: float) -> None:
        with pytest.raises(ValueError, match="finite"):
            RankIndex().add(bad)

    def test_percentile_of_empty(self) -> None:
        with pytest.raises(ValueError, match="empty"):
            RankIndex().percentile(0)

    @given(st.lists(marks, max_size=60), marks)
    def test_agrees_with_brute_force(self, scores: list[int], probe: int) -> None:
        index = RankIndex()
        for s in scores:
            index.add(s)
        assert index.rank(probe) == 1 + sum(1 for s in scores if s > probe)
        for s in scores:
            assert index.rank(s) == competition_rank(s, scores)
            assert index.percentile(s) == pytest.approx(
                100 * sum(1 for t in scores if t <= s) / len(scores)
            )

    @given(st.lists(marks, min_size=1, max_size=60))
    def test_built_at_once_equals_built_by_adding(self, scores: list[int]) -> None:
        added = RankIndex()
        for s in scores:
            added.add(s)
        built = RankIndex(scores)
        assert [built.rank(s) for s in scores] == [added.rank(s) for s in scores]
        assert competition_ranks(scores) == [built.rank(s) for s in scores]


class TestScoreKey:
    def test_float_error_of_one_total_is_one_key(self) -> None:
        assert 0.1 + 0.2 != 0.3
        assert score_key(0.1 + 0.2) == score_key(0.3)
        assert score_key(sum([4 / 3] * 6)) == score_key(8.0)

    def test_negative_zero_is_zero(self) -> None:
        assert math.copysign(1.0, score_key(-0.0)) == 1.0
        assert math.copysign(1.0, score_key(-1e-9)) == 1.0

    def test_distinct_marks_stay_distinct(self) -> None:
        assert score_key(1 / 3) != score_key(2 / 3)
        assert score_key(-0.25) == -0.25

    @pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
    def test_rejects_non_finite(self, bad: float) -> None:
        with pytest.raises(ValueError, match="finite"):
            score_key(bad)


class TestScoreHistogram:
    def test_rank_and_percentile(self) -> None:
        field = ScoreHistogram([(300, 1), (250, 2), (180, 1), (90, 3), (-5, 1)])
        assert field.total == len(SCORES)
        assert [field.rank(s) for s in SCORES] == competition_ranks(SCORES)
        assert field.percentile(90) == 100 * 4 / 8
        assert field.percentile(300) == 100.0
        assert field.rank(1000) == 1
        assert (field.at_most(-100), field.rank(-100), field.percentile(-100)) == (0, 9, 0.0)

    def test_rows_of_one_key_merge(self) -> None:
        field = ScoreHistogram([(0.3, 2), (0.1 + 0.2, 1), (0.0, 1), (-0.0, 1)])
        assert field.total == 5
        assert field.rank(0.3) == 1
        assert field.rank(0.1 + 0.2) == 1
        assert field.rank(-0.0) == 4

    def test_empty_field(self) -> None:
        field = ScoreHistogram()
        assert (field.total, field.rank(10)) == (0, 1)
        with pytest.raises(ValueError, match="empty"):
            field.percentile(10)

    @pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
    def test_rejects_bad_counts(self, bad: object) -> None:
        with pytest.raises(ValueError, match="whole number"):
            ScoreHistogram([(10.0, bad)])  # type: ignore[list-item]

    @given(st.lists(marks, max_size=80), marks)
    def test_agrees_with_brute_force(self, scores: list[int], probe: int) -> None:
        counts: dict[int, int] = {}
        for s in scores:
            counts[s] = counts.get(s, 0) + 1
        field = ScoreHistogram(counts.items())
        assert field.total == len(scores)
        assert field.rank(probe) == competition_rank(probe, scores)
        for s in scores:
            assert field.rank(s) == competition_rank(s, scores)
            assert field.percentile(s) == nta_percentile(s, scores)


class TestPredictRank:
    def test_formula(self) -> None:
        # round((100 - 99.5) / 100 × 1_000_000) + 1
        assert rank_from_percentile(99.5, 1_000_000) == 5001

    def test_hundredth_percentile_is_first(self) -> None:
        assert rank_from_percentile(100, 1_000_000) == 1

    def test_zeroth_percentile_is_last(self) -> None:
        assert rank_from_percentile(0, 1000) == 1000

    def test_half_rounds_up(self) -> None:
        # (100 - 75) / 100 × 10 = 2.5 → 3, so rank 4 (banker's rounding would give 3)
        assert rank_from_percentile(75, 10) == 4

    def test_band_from_recent_spread(self) -> None:
        prediction = predict_rank(98.0, 1_000_000, [97.0, 98.0, 99.0])
        # sample SD of the recent percentiles is 1.0
        assert prediction == RankPrediction(rank=20_001, low=10_001, high=30_001)

    def test_no_spread_without_history(self) -> None:
        assert predict_rank(90.0, 100, [91.0]) == (11, 11, 11)

    def test_band_is_clamped(self) -> None:
        rank, low, high = predict_rank(99.0, 1000, [60.0, 99.0, 100.0])
        assert low == 1
        assert high > rank > low
        _, _, worst = predict_rank(1.0, 1000, [0.0, 50.0])
        assert worst == 1000

    @pytest.mark.parametrize("candidates", [0, -5, 2.5, True])
    def test_candidates_must_be_positive_whole(self, candidates: object) -> None:
        with pytest.raises(ValueError, match="candidates"):
            predict_rank(50.0, candidates, [])  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("percentile", "recent"), [(101.0, []), (-1.0, []), (math.nan, []), (50.0, [120.0])]
    )
    def test_percentiles_in_range(self, percentile: float, recent: list[float]) -> None:
        with pytest.raises(ValueError, match="within"):
            predict_rank(percentile, 100, recent)

    @given(
        st.floats(0, 100),
        st.integers(1, 2_000_000),
        st.lists(st.floats(0, 100), max_size=10),
    )
    def test_band_contains_rank(self, p: float, candidates: int, recent: list[float]) -> None:
        rank, low, high = predict_rank(p, candidates, recent)
        assert 1 <= low <= rank <= high <= candidates
