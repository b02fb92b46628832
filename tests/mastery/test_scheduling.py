import json
import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from fsrs import Rating, ReviewLog
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS
from hypothesis import given, settings
from hypothesis import strategies as st

from gurukul.mastery import scheduling
from gurukul.mastery.scheduling import CardView, PlannedReview

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
IST = timezone(timedelta(hours=5, minutes=30))


def card_state(
    days_ago: int, ratings: tuple[int, ...] = (3,), gap_days: int = 3
) -> scheduling.CardState:
    """A card first reviewed ``days_ago`` days before NOW, then every ``gap_days`` days."""
    state = None
    start = NOW - timedelta(days=days_ago)
    for i, rating in enumerate(ratings):
        state, _, _ = scheduling.review(state, rating, start + timedelta(days=i * gap_days))
    assert state is not None
    return state


def view(
    concept: str, state: scheduling.CardState | None, weight: float = 0.05, minutes: float = 5
) -> CardView:
    return CardView(concept, state, weight, minutes)


def weighted_retention(cards: list[CardView], plan: list[PlannedReview], exam: date) -> float:
    retention = scheduling.predicted_exam_retention(cards, plan, now=NOW, exam_date=exam)
    return sum(card.exam_weight * retention[card.concept_id] for card in cards)


class TestRatingFor:
    def test_wrong_answer_is_again(self) -> None:
        assert scheduling.rating_for(False, 1000, 1000.0) is Rating.Again

    @pytest.mark.parametrize(("time_ms", "typical"), [(None, 1000.0), (1000, None), (500, 0.0)])
    def test_no_usable_timing_is_good(self, time_ms: int | None, typical: float | None) -> None:
        assert scheduling.rating_for(True, time_ms, typical) is Rating.Good

    @pytest.mark.parametrize(
        ("time_ms", "rating"),
        [
            (1501, Rating.Hard),
            (1500, Rating.Good),  # exactly SLOW_FACTOR x typical is still Good
            (1000, Rating.Good),
            (600, Rating.Good),  # exactly FAST_FACTOR x typical is still Good
            (599, Rating.Easy),
        ],
    )
    def test_right_answer_rated_by_time(self, time_ms: int, rating: Rating) -> None:
        assert scheduling.rating_for(True, time_ms, 1000.0) is rating


class TestReview:
    def test_new_card_gets_a_json_ready_state(self) -> None:
        state, due, before = scheduling.review(None, Rating.Good, NOW)
        assert json.loads(json.dumps(state)) == state
        assert before == 0.0
        assert due == NOW + timedelta(days=2)  # whole days: no learning steps
        assert state["last_review"] == NOW.isoformat()

    def test_retrievability_before_the_review_is_returned(self) -> None:
        state, _, _ = scheduling.review(None, Rating.Good, NOW)
        later = NOW + timedelta(days=5)
        expected = scheduling.retrievability(state, later)
        _, _, before = scheduling.review(state, Rating.Good, later)
        assert before == pytest.approx(expected)
        assert 0.0 < before < 1.0

    def test_good_lengthens_and_again_shortens_the_interval(self) -> None:
        state, first_due, _ = scheduling.review(None, Rating.Good, NOW)
        _, good_due, _ = scheduling.review(state, Rating.Good, first_due)
        _, again_due, _ = scheduling.review(state, Rating.Again, first_due)
        assert good_due - first_due > first_due - NOW
        assert again_due - first_due < good_due - first_due

    def test_accepts_an_int_rating_and_any_timezone(self) -> None:
        state, due, _ = scheduling.review(None, 4, NOW.astimezone(IST))
        assert due.tzinfo is UTC
        assert state["due"].endswith("+00:00")

    def test_naive_datetime_rejected(self) -> None:
        with pytest.raises(ValueError, match="timezone-aware"):
            scheduling.review(None, Rating.Good, datetime(2025, 3, 1))

    def test_due_after_the_exam_moves_to_the_eve(self) -> None:
        now = NOW.astimezone(IST)
        _, due, _ = scheduling.review(None, Rating.Easy, now, exam_date=now.date() + timedelta(5))
        assert due == datetime(2025, 3, 5, tzinfo=IST)  # start of the eve, in now's zone

    def test_due_before_the_exam_is_kept(self) -> None:
        _, due, _ = scheduling.review(None, Rating.Good, NOW, exam_date=TODAY + timedelta(30))
        assert due == NOW + timedelta(days=2)

    def test_review_on_the_eve_is_not_clamped(self) -> None:
        _, due, _ = scheduling.review(None, Rating.Easy, NOW, exam_date=TODAY + timedelta(1))
        assert due > NOW + timedelta(days=1)  # no day is left before the exam

    def test_custom_parameters_and_retention_are_used(self) -> None:
        params = list(DEFAULT_PARAMETERS)
        params[2] = 20.0  # initial stability after Good
        _, due, _ = scheduling.review(None, Rating.Good, NOW, parameters=params)
        _, strict_due, _ = scheduling.review(None, Rating.Good, NOW, desired_retention=0.97)
        assert due == NOW + timedelta(days=20)
        assert strict_due == NOW + timedelta(days=1)

    @pytest.mark.parametrize("retention", [0.0, 1.0])
    def test_desired_retention_outside_open_interval_rejected(self, retention: float) -> None:
        with pytest.raises(ValueError, match="desired_retention"):
            scheduling.review(None, Rating.Good, NOW, desired_retention=retention)


class TestRetrievability:
    def test_new_card_has_none(self) -> None:
        assert scheduling.retrievability(None, NOW) == 0.0

    def test_falls_with_time(self) -> None:
        state = card_state(0)
        values = [scheduling.retrievability(state, NOW + timedelta(days=d)) for d in (0, 3, 30)]
        assert values[0] == 1.0
        assert values[0] > values[1] > values[2] > 0.0


class TestPlanReviewsRules:
    def test_overdue_cards_come_first_with_their_reason(self) -> None:
        cards = [view("A.OLD", card_state(40)), view("B.FRESH", card_state(1))]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(60), daily_minutes=5
        )
        assert plan[0] == PlannedReview(
            "A.OLD",
            TODAY,
            plan[0].reason,
            plan[0].gain,
        )
        assert plan[0].reason.startswith("Overdue since 2025-01-22 (retention now ~")
        assert plan[0].gain > 0

    def test_before_the_final_stretch_reviews_keep_fsrs_timing(self) -> None:
        state = card_state(0, (4,))  # Easy today: due in 8 days
        plan = scheduling.plan_reviews(
            [view("A", state)], now=NOW, exam_date=TODAY + timedelta(90), daily_minutes=30
        )
        assert [(r.day, r.reason) for r in plan] == [(date(2025, 3, 9), "Due on 2025-03-09 (FSRS)")]

    def test_a_full_day_moves_a_due_review_to_the_next_day_with_room(self) -> None:
        cards = [view("A", card_state(0, (4,)), 0.09), view("B", card_state(0, (4,)), 0.01)]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(90), daily_minutes=5
        )
        assert [(r.concept_id, r.day) for r in plan] == [
            ("A", date(2025, 3, 9)),
            ("B", date(2025, 3, 10)),
        ]
        assert plan[1].reason == "Due on 2025-03-09 (FSRS), moved to 2025-03-10 by the budget"

    def test_without_an_exam_date_cards_follow_fsrs(self) -> None:
        plan = scheduling.plan_reviews(
            [view("A", card_state(0, (3,)))], now=NOW, exam_date=None, daily_minutes=10
        )
        assert [r.day for r in plan] == [date(2025, 3, 3), date(2025, 3, 14)]
        assert all(r.reason.startswith("Due on") for r in plan)

    def test_final_stretch_review_says_fsrs_would_wait_past_the_exam(self) -> None:
        state = card_state(1, (4, 4), gap_days=1)  # long interval: FSRS due after the exam
        plan = scheduling.plan_reviews(
            [view("A", state)], now=NOW, exam_date=TODAY + timedelta(5), daily_minutes=5
        )
        assert plan
        assert all(r.day < TODAY + timedelta(5) for r in plan)
        reason = plan[-1].reason
        assert reason.startswith("Exam in ")
        assert " points to predicted exam-day retention (" in reason
        due = datetime.fromisoformat(state["due"]).date()
        assert reason.endswith(f"; FSRS alone would wait until {due.isoformat()}, after the exam")

    def test_no_plan_on_or_after_the_exam_day(self) -> None:
        cards = [view("A", card_state(30))]
        for exam in (TODAY, TODAY - timedelta(3)):
            assert scheduling.plan_reviews(cards, now=NOW, exam_date=exam, daily_minutes=60) == []

    def test_new_cards_are_not_reviews(self) -> None:
        new_card, _, _ = scheduling.review(None, Rating.Good, NOW)
        never_reviewed = dict(new_card, last_review=None)
        cards = [view("NEW", None), view("BLANK", never_reviewed)]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(5), daily_minutes=60
        )
        assert plan == []

    def test_zero_budget_plans_nothing(self) -> None:
        cards = [view("A", card_state(30))]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(5), daily_minutes=0
        )
        assert plan == []

    def test_reviews_adding_less_than_a_point_are_not_planned(self) -> None:
        strong = card_state(0, (4,))  # Easy this morning: ~98 % recall tomorrow anyway
        plan = scheduling.plan_reviews(
            [view("A", strong)], now=NOW, exam_date=TODAY + timedelta(1), daily_minutes=60
        )
        assert plan == []

    def test_zero_weight_concepts_are_never_planned(self) -> None:
        cards = [view("A", card_state(30), weight=0.0)]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(5), daily_minutes=60
        )
        assert plan == []

    def test_reviews_per_card_are_capped(self) -> None:
        cards = [view("A", card_state(2, (1,)))]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(14), daily_minutes=600
        )
        assert 1 < len(plan) <= scheduling.MAX_REVIEWS_PER_CARD
        assert len({r.day for r in plan}) == len(plan)

    def test_horizon_bounds_the_days(self) -> None:
        cards = [view(f"C{i}", card_state(10 + i)) for i in range(6)]
        plan = scheduling.plan_reviews(
            cards, now=NOW, exam_date=TODAY + timedelta(40), daily_minutes=5, horizon_days=3
        )
        assert {r.day for r in plan} == {TODAY, TODAY + timedelta(1), TODAY + timedelta(2)}

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"daily_minutes": -1}, "daily_minutes"),
            ({"daily_minutes": 2.5}, "daily_minutes"),
            ({"daily_minutes": True}, "daily_minutes"),
            ({"daily_minutes": 10, "horizon_days": 0}, "horizon_days"),
        ],
    )
    def test_bad_arguments_rejected(self, kwargs: dict[str, object], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            scheduling.plan_reviews([], now=NOW, exam_date=None, **kwargs)  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "cards",
        [
            [view("A", None), view("A", None)],
            [view("A", None, minutes=0)],
            [view("A", None, weight=-0.1)],
        ],
    )
    def test_bad_cards_rejected(self, cards: list[CardView]) -> None:
        with pytest.raises(ValueError, match="card|minutes"):
            scheduling.plan_reviews(cards, now=NOW, exam_date=None, daily_minutes=10)


class TestPlanReviewsTightBudget:
    EXAM = TODAY + timedelta(1)  # one day left: room for a single review

    def test_higher_exam_weight_wins(self) -> None:
        state = card_state(20)
        cards = [view("LIGHT", state, 0.01), view("HEAVY", state, 0.08)]
        plan = scheduling.plan_reviews(cards, now=NOW, exam_date=self.EXAM, daily_minutes=5)
        assert [r.concept_id for r in plan] == ["HEAVY"]

    def test_lower_retrievability_wins(self) -> None:
        fresh, stale = card_state(20, (3, 3), gap_days=18), card_state(20, (3, 3), gap_days=2)
        assert scheduling.retrievability(stale, NOW) < scheduling.retrievability(fresh, NOW)
        cards = [view("FRESH", fresh), view("STALE", stale)]
        plan = scheduling.plan_reviews(cards, now=NOW, exam_date=self.EXAM, daily_minutes=5)
        assert [r.concept_id for r in plan] == ["STALE"]

    def test_cheaper_review_wins_at_equal_gain(self) -> None:
        state = card_state(20)
        cards = [view("LONG", state, minutes=5), view("SHORT", state, minutes=2.5)]
        plan = scheduling.plan_reviews(cards, now=NOW, exam_date=self.EXAM, daily_minutes=5)
        assert [r.concept_id for r in plan] == ["SHORT"]


class TestPlanReviewsDeterminism:
    def test_same_input_same_plan_whatever_the_card_order(self) -> None:
        cards = [
            view(f"C{i}", card_state(5 + 3 * i, (3, 1, 3)), 0.01 * (i % 3 + 1)) for i in range(8)
        ]
        exam = TODAY + timedelta(10)
        first = scheduling.plan_reviews(cards, now=NOW, exam_date=exam, daily_minutes=15)
        shuffled = cards[:]
        random.Random(3).shuffle(shuffled)
        again = scheduling.plan_reviews(shuffled, now=NOW, exam_date=exam, daily_minutes=15)
        assert first == again

    def test_days_are_calendar_days_in_nows_timezone(self) -> None:
        late_evening = datetime(2025, 3, 1, 22, 0, tzinfo=IST)  # still 1 March in India
        plan = scheduling.plan_reviews(
            [view("A", card_state(30))],
            now=late_evening,
            exam_date=date(2025, 3, 2),
            daily_minutes=5,
        )
        assert [r.day for r in plan] == [date(2025, 3, 1)]


# Properties -----------------------------------------------------------------------------------

cards_strategy = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=60),  # days since the first review
        st.lists(st.sampled_from([1, 2, 3, 4]), min_size=1, max_size=3),
        st.sampled_from([0.01, 0.03, 0.05, 0.1]),
        st.sampled_from([2, 3, 4.5, 5, 8]),
    ),
    min_size=1,
    max_size=5,
)


def build(raw: list[tuple[int, list[int], float, float]]) -> list[CardView]:
    return [
        view(f"C{i}", card_state(days, tuple(ratings), gap_days=max(1, days // 4)), w, m)
        for i, (days, ratings, w, m) in enumerate(raw)
    ]


@settings(max_examples=30, deadline=None)
@given(
    raw=cards_strategy,
    exam_in=st.integers(min_value=1, max_value=25),
    budget=st.integers(min_value=0, max_value=20),
    horizon=st.integers(min_value=1, max_value=14),
)
def test_plan_stays_before_the_exam_within_budget_and_horizon(
    raw: list[tuple[int, list[int], float, float]], exam_in: int, budget: int, horizon: int
) -> None:
    cards = build(raw)
    exam = TODAY + timedelta(exam_in)
    plan = scheduling.plan_reviews(
        cards, now=NOW, exam_date=exam, daily_minutes=budget, horizon_days=horizon
    )
    minutes = {c.concept_id: c.minutes_per_review for c in cards}
    per_day: dict[date, float] = {}
    for item in plan:
        assert TODAY <= item.day < exam
        assert item.day < TODAY + timedelta(horizon)
        assert item.gain > 0
        per_day[item.day] = per_day.get(item.day, 0.0) + minutes[item.concept_id]
    assert all(used <= budget + 1e-9 for used in per_day.values())
    assert len({(r.concept_id, r.day) for r in plan}) == len(plan)


@settings(max_examples=30, deadline=None)
@given(
    raw=cards_strategy,
    exam_in=st.integers(min_value=1, max_value=20),
    budget=st.integers(min_value=0, max_value=15),
    extra=st.integers(min_value=1, max_value=15),
)
def test_more_budget_never_lowers_exam_day_retention(
    raw: list[tuple[int, list[int], float, float]], exam_in: int, budget: int, extra: int
) -> None:
    cards = build(raw)
    exam = TODAY + timedelta(exam_in)
    small = scheduling.plan_reviews(cards, now=NOW, exam_date=exam, daily_minutes=budget)
    large = scheduling.plan_reviews(cards, now=NOW, exam_date=exam, daily_minutes=budget + extra)
    assert weighted_retention(cards, large, exam) >= weighted_retention(cards, small, exam) - 1e-12
    # stronger: the larger plan keeps every review of the smaller one
    assert {(r.concept_id, r.day) for r in small} <= {(r.concept_id, r.day) for r in large}


def test_planning_raises_predicted_retention_over_no_plan() -> None:
    cards = [view(f"C{i}", card_state(10 + 4 * i, (3, 1))) for i in range(5)]
    exam = TODAY + timedelta(7)
    plan = scheduling.plan_reviews(cards, now=NOW, exam_date=exam, daily_minutes=10)
    assert weighted_retention(cards, plan, exam) > weighted_retention(cards, [], exam)


def test_predicted_retention_leaves_out_new_cards() -> None:
    cards = [view("NEW", None), view("OLD", card_state(10))]
    forecast = scheduling.predicted_exam_retention(cards, [], now=NOW, exam_date=TODAY)
    assert list(forecast) == ["OLD"]
    assert forecast["OLD"] == pytest.approx(scheduling.retrievability(cards[1].card_state, NOW))


# Parameter optimisation -------------------------------------------------------------------------


def synthetic_logs(n_cards: int, seed: int = 0) -> list[ReviewLog]:
    """Reviews of a learner who forgets more slowly than FSRS's defaults assume."""
    truth = list(DEFAULT_PARAMETERS)
    truth[20] = 0.5
    truth[2] = 6.0
    learner = scheduling.scheduler(truth)
    rng = random.Random(seed)
    logs = []
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for card_id in range(n_cards):
        card = scheduling.load_card(None, start)
        at = start + timedelta(days=rng.randint(0, 30))
        for _ in range(8):
            recalled = card.last_review is None or rng.random() < learner.get_card_retrievability(
                card, at
            )
            rating = Rating.Good if recalled else Rating.Again
            logs.append(ReviewLog(card_id, rating, at, None))
            card, _ = learner.review_card(card, rating, at)
            at += timedelta(days=rng.randint(1, 25))
    return logs


class TestOptimizeParameters:
    def test_too_few_reviews_give_none(self) -> None:
        assert scheduling.optimize_parameters(synthetic_logs(5)) is None

    def test_fit_lowers_the_loss_within_bounds(self) -> None:
        logs = synthetic_logs(80)
        fitted = scheduling.optimize_parameters(logs, max_iter=3)
        assert fitted is not None
        assert len(fitted) == len(DEFAULT_PARAMETERS)
        for value, low, high in zip(
            fitted, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
        ):
            assert low <= value <= high
        default_loss, count = scheduling.review_log_loss(logs)
        fitted_loss, _ = scheduling.review_log_loss(logs, fitted)
        assert count == 80 * 7  # every review after the first is more than a day later
        assert fitted_loss < default_loss

    def test_accepts_log_dicts(self) -> None:
        logs = synthetic_logs(3)
        assert scheduling.review_log_loss([log.to_dict() for log in logs]) == (
            scheduling.review_log_loss(logs)
        )

    def test_loss_of_no_scored_reviews_is_zero(self) -> None:
        log = ReviewLog(1, Rating.Good, NOW, None)
        assert scheduling.review_log_loss([log]) == (0.0, 0)
