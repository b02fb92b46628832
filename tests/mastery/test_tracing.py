import pytest

from gurukul.mastery import tracing
from gurukul.mastery.tracing import BKTParams, PropagationResult

PARAMS = BKTParams(prior=0.3, learn=0.1, slip=0.1, guess=0.2)


class TestBKTParams:
    def test_defaults_are_valid(self) -> None:
        assert BKTParams() == PARAMS

    @pytest.mark.parametrize(
        "field",
        [{"prior": -0.1}, {"prior": 1.1}, {"learn": -0.01}, {"learn": 1.5}],
    )
    def test_prior_and_learn_outside_unit_interval_rejected(self, field: dict[str, float]) -> None:
        with pytest.raises(ValueError, match="must lie in \\[0, 1\\]"):
            BKTParams(**field)

    @pytest.mark.parametrize(
        "field", [{"slip": 0.0}, {"slip": 0.5}, {"guess": 0.0}, {"guess": 0.6}]
    )
    def test_slip_and_guess_must_stay_below_one_half(self, field: dict[str, float]) -> None:
        with pytest.raises(ValueError, match="must lie in \\(0, 0.5\\)"):
            BKTParams(**field)

    def test_bounds_are_inclusive_for_prior_and_learn(self) -> None:
        assert BKTParams(prior=0.0, learn=1.0).learn == 1.0

    def test_dict_round_trip(self) -> None:
        params = BKTParams(prior=0.25, learn=0.05, slip=0.15, guess=0.3)
        assert params.to_dict() == {"prior": 0.25, "learn": 0.05, "slip": 0.15, "guess": 0.3}
        assert BKTParams.from_dict(params.to_dict()) == params


class TestPredictCorrect:
    def test_mixes_slip_and_guess(self) -> None:
        # 0.3 * 0.9 + 0.7 * 0.2
        assert tracing.predict_correct(0.3, PARAMS) == pytest.approx(0.41)

    def test_extremes(self) -> None:
        assert tracing.predict_correct(1.0, PARAMS) == pytest.approx(0.9)
        assert tracing.predict_correct(0.0, PARAMS) == pytest.approx(0.2)

    def test_probability_outside_unit_interval_rejected(self) -> None:
        with pytest.raises(ValueError, match="p_mastery"):
            tracing.predict_correct(1.2, PARAMS)


class TestPosterior:
    def test_correct_answer(self) -> None:
        # 0.27 / (0.27 + 0.14)
        assert tracing.posterior(0.3, True, PARAMS) == pytest.approx(0.27 / 0.41)

    def test_wrong_answer(self) -> None:
        # 0.03 / (0.03 + 0.56)
        assert tracing.posterior(0.3, False, PARAMS) == pytest.approx(0.03 / 0.59)

    def test_certain_states_stay_certain(self) -> None:
        assert tracing.posterior(0.0, True, PARAMS) == 0.0
        assert tracing.posterior(1.0, False, PARAMS) == 1.0

    def test_probability_outside_unit_interval_rejected(self) -> None:
        with pytest.raises(ValueError, match="p_mastery"):
            tracing.posterior(-0.1, True, PARAMS)


class TestUpdate:
    def test_correct_answer_matches_hand_computation(self) -> None:
        post = 0.27 / 0.41
        assert tracing.update(0.3, True, PARAMS) == pytest.approx(post + (1 - post) * 0.1)

    def test_wrong_answer_matches_hand_computation(self) -> None:
        post = 0.03 / 0.59
        assert tracing.update(0.3, False, PARAMS) == pytest.approx(post + (1 - post) * 0.1)

    def test_weight_zero_changes_nothing(self) -> None:
        assert tracing.update(0.3, True, PARAMS, weight=0.0) == 0.3
        assert tracing.update(0.3, False, PARAMS, weight=0.0) == 0.3

    def test_half_weight_interpolates(self) -> None:
        post = 0.27 / 0.41
        q = 0.3 + 0.5 * (post - 0.3)
        assert tracing.update(0.3, True, PARAMS, weight=0.5) == pytest.approx(q + (1 - q) * 0.05)

    def test_weight_orders_the_evidence(self) -> None:
        low = tracing.update(0.3, True, PARAMS, weight=0.2)
        high = tracing.update(0.3, True, PARAMS, weight=0.8)
        assert 0.3 < low < high < tracing.update(0.3, True, PARAMS)

    def test_learning_without_evidence_change_for_mastered(self) -> None:
        assert tracing.update(1.0, True, PARAMS) == 1.0

    @pytest.mark.parametrize("weight", [-0.1, 1.01])
    def test_weight_outside_unit_interval_rejected(self, weight: float) -> None:
        with pytest.raises(ValueError, match="weight"):
            tracing.update(0.3, True, PARAMS, weight=weight)


class TestPropagateToPrerequisite:
    def test_right_answer_is_weak_positive_evidence(self) -> None:
        result = tracing.propagate_to_prerequisite(0.4, True, 0.3, PARAMS)
        post = tracing.posterior(0.4, True, PARAMS)
        assert result.p_mastery == pytest.approx(0.4 + 0.3 * (post - 0.4))
        assert not result.gap_suspected
        assert 0.4 < result.p_mastery < post

    def test_wrong_answer_lowers_and_flags_a_weak_prerequisite(self) -> None:
        result = tracing.propagate_to_prerequisite(0.3, False, 0.5, PARAMS)
        assert result.p_mastery < 0.3
        assert result.gap_suspected

    def test_wrong_answer_on_a_strong_prerequisite_is_no_gap(self) -> None:
        result = tracing.propagate_to_prerequisite(0.9, False, 0.5, PARAMS)
        assert result.p_mastery < 0.9
        assert not result.gap_suspected

    def test_right_answer_never_flags_a_gap(self) -> None:
        assert not tracing.propagate_to_prerequisite(0.1, True, 1.0).gap_suspected

    def test_zero_transfer_changes_nothing_and_flags_nothing(self) -> None:
        result = tracing.propagate_to_prerequisite(0.2, False, 0.0, PARAMS)
        assert result == PropagationResult(0.2, False)

    def test_gap_threshold_is_configurable(self) -> None:
        result = tracing.propagate_to_prerequisite(0.6, False, 0.5, gap_threshold=0.7)
        assert result.gap_suspected

    def test_default_params_are_used_without_params(self) -> None:
        with_default = tracing.propagate_to_prerequisite(0.4, True, 0.3)
        assert with_default == tracing.propagate_to_prerequisite(0.4, True, 0.3, BKTParams())

    @pytest.mark.parametrize(("transfer", "threshold"), [(1.5, 0.5), (0.5, -0.1)])
    def test_invalid_arguments_rejected(self, transfer: float, threshold: float) -> None:
        with pytest.raises(ValueError, match="must lie in"):
            tracing.propagate_to_prerequisite(0.4, True, transfer, gap_threshold=threshold)
