"""Item analysis over plain responses: facility, discrimination, distractors, flags."""

from __future__ import annotations

import math

import pytest

from gurukul.questions.statistics import (
    FLAG_KEY_SUSPECT,
    FLAG_NEGATIVE_DISCRIMINATION,
    FLAG_UNUSED_DISTRACTOR,
    ItemResponse,
    ItemStatistics,
    item_statistics,
)

OPTIONS = ("A", "B", "C", "D")


def responses(*rows: tuple[str, float]) -> list[ItemResponse]:
    """One response per (selected option, total score); the key is A."""
    return [
        ItemResponse(f"s{n:03d}", (choice,) if choice else (), choice == "A", score)
        for n, (choice, score) in enumerate(rows)
    ]


def stats(rows: list[ItemResponse], min_attempts_for_flags: int = 20) -> ItemStatistics:
    return item_statistics(
        rows, option_ids=OPTIONS, key_ids={"A"}, min_attempts_for_flags=min_attempts_for_flags
    )


class TestEmptyAndTiny:
    def test_no_responses(self) -> None:
        result = item_statistics([], option_ids=OPTIONS, key_ids={"A"})
        assert result.attempts == 0
        assert result.facility is None
        assert result.discrimination is None
        assert result.point_biserial is None
        assert [o.count for o in result.options] == [0, 0, 0, 0]
        assert all(o.share is None for o in result.options)
        assert result.flags == []  # no flags without evidence

    def test_single_response_has_no_groups(self) -> None:
        result = item_statistics(responses(("A", 10)), option_ids=OPTIONS, key_ids={"A"})
        assert result.facility == 1.0
        assert result.discrimination is None
        assert (result.upper_group_size, result.lower_group_size) == (0, 0)

    def test_number_question_has_no_options(self) -> None:
        rows = [ItemResponse("s1", ("4",), True, 50), ItemResponse("s2", ("5",), False, 20)]
        result = item_statistics(rows)
        assert result.options == []
        assert result.facility == 0.5
        assert result.discrimination == 1.0

    def test_bad_group_fraction(self) -> None:
        with pytest.raises(ValueError, match="group_fraction"):
            item_statistics([], group_fraction=0.6)


class TestFacilityAndDiscrimination:
    def test_facility_is_share_correct(self) -> None:
        rows = responses(("A", 90), ("A", 80), ("B", 40), ("C", 30))
        assert item_statistics(rows, option_ids=OPTIONS, key_ids={"A"}).facility == 0.5

    def test_upper_lower_groups_are_27_percent(self) -> None:
        # 100 attempts: the top 27 all right, the bottom 27 all wrong -> D = 1
        rows = responses(*[("A", 100 - n) for n in range(50)], *[("B", 40 - n) for n in range(50)])
        result = item_statistics(rows, option_ids=OPTIONS, key_ids={"A"})
        assert (result.upper_group_size, result.lower_group_size) == (27, 27)
        assert result.discrimination == 1.0
        assert result.options[0].upper_count == 27
        assert result.options[1].lower_count == 27

    def test_point_biserial_matches_formula(self) -> None:
        rows = responses(("A", 10), ("A", 8), ("B", 6), ("C", 4), ("A", 7))
        result = item_statistics(rows, option_ids=OPTIONS, key_ids={"A"})
        scores = [10, 8, 6, 4, 7]
        mean = sum(scores) / 5
        sd = math.sqrt(sum((s - mean) ** 2 for s in scores) / 5)
        expected = ((10 + 8 + 7) / 3 - (6 + 4) / 2) / sd * math.sqrt(0.6 * 0.4)
        assert result.point_biserial == pytest.approx(expected)

    def test_point_biserial_undefined_when_all_right_or_no_spread(self) -> None:
        assert stats(responses(("A", 5), ("A", 7))).point_biserial is None
        assert stats(responses(("A", 5), ("B", 5))).point_biserial is None

    def test_ties_split_the_same_way_every_time(self) -> None:
        rows = responses(("A", 5), ("B", 5), ("C", 5), ("D", 5))
        first = item_statistics(rows, option_ids=OPTIONS, key_ids={"A"})
        second = item_statistics(list(reversed(rows)), option_ids=OPTIONS, key_ids={"A"})
        assert first == second


class TestDistractors:
    def test_counts_and_shares_per_option(self) -> None:
        rows = responses(("A", 9), ("A", 8), ("B", 5), ("B", 3), ("", 1))
        result = item_statistics(rows, option_ids=OPTIONS, key_ids={"A"})
        by_id = {o.option_id: o for o in result.options}
        assert (by_id["A"].count, by_id["A"].share, by_id["A"].is_key) == (2, 0.4, True)
        assert (by_id["B"].count, by_id["B"].share, by_id["B"].is_key) == (2, 0.4, False)
        assert by_id["C"].count == 0

    def test_multiple_selection_counts_every_option(self) -> None:
        rows = [
            ItemResponse("s1", ("A", "C"), True, 10),
            ItemResponse("s2", ("A",), False, 5),
        ]
        result = item_statistics(rows, option_ids=OPTIONS, key_ids={"A", "C"})
        assert [o.count for o in result.options] == [2, 0, 1, 0]

    def test_flags_need_enough_attempts(self) -> None:
        rows = responses(*[("B", 100 - n) for n in range(10)], *[("A", 10 - n) for n in range(9)])
        assert stats(rows).flags == []

    def test_key_suspect_when_strong_students_prefer_a_distractor(self) -> None:
        # The strong students pick B, the weak ones pick the key A: the key looks wrong.
        rows = responses(
            *[("B", 100 - n) for n in range(15)],
            *[("A", 50 - n) for n in range(15)],
            *[("C", 20 - n) for n in range(5)],
        )
        result = stats(rows)
        assert f"{FLAG_KEY_SUSPECT}: B" in result.flags
        assert FLAG_NEGATIVE_DISCRIMINATION in result.flags
        assert FLAG_KEY_SUSPECT in result.options[1].flags

    def test_unused_distractor_is_flagged(self) -> None:
        rows = responses(
            *[("A", 100 - n) for n in range(15)],
            *[("B", 50 - n) for n in range(5)],
            *[("C", 40 - n) for n in range(5)],
        )
        result = stats(rows)
        assert result.flags == [f"{FLAG_UNUSED_DISTRACTOR}: D"]
        assert result.discrimination is not None
        assert result.discrimination > 0

    def test_min_attempts_can_be_lowered(self) -> None:
        rows = responses(("A", 10), ("B", 5))
        result = stats(rows, min_attempts_for_flags=1)
        assert result.flags == [
            f"{FLAG_UNUSED_DISTRACTOR}: C",
            f"{FLAG_UNUSED_DISTRACTOR}: D",
        ]
