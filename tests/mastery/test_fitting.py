import json
import math

import numpy as np
import pytest

from gurukul.mastery import model
from gurukul.mastery.evaluation import simulate_bkt
from gurukul.mastery.fitting import fit_bkt, fit_model, skill_sequences
from gurukul.mastery.model import (
    FEATURES,
    SKILL_SPECIFIC,
    Interaction,
    ModelParams,
    SkillState,
    StudentState,
    Tracker,
)
from gurukul.mastery.tracing import BKTParams

TRUTH = {
    "fractions": BKTParams(prior=0.3, learn=0.15, slip=0.1, guess=0.2),
    "ratios": BKTParams(prior=0.5, learn=0.05, slip=0.05, guess=0.25),
    "vectors": BKTParams(prior=0.1, learn=0.3, slip=0.15, guess=0.1),
}


def _rows(*answers: tuple[str, str, int]) -> list[Interaction]:
    return [
        Interaction(student, skill, bool(correct), float(t))
        for t, (student, skill, correct) in enumerate(answers)
    ]


class TestFitBKT:
    def test_recovers_ground_truth(self) -> None:
        # Over 20 seeds the worst errors were 0.028 (prior) and 0.012 (the others).
        rows = simulate_bkt(TRUTH, 2000, 20, np.random.default_rng(7))
        fitted = fit_bkt(skill_sequences(rows))
        assert set(fitted) == set(TRUTH)
        tolerance = {"prior": 0.05, "learn": 0.03, "slip": 0.03, "guess": 0.03}
        for skill, truth in TRUTH.items():
            for name, value in truth.to_dict().items():
                estimate = fitted[skill].to_dict()[name]
                assert estimate == pytest.approx(value, abs=tolerance[name]), (skill, name)

    def test_no_sequences_fit_nothing(self) -> None:
        assert fit_bkt({}) == {}
        assert fit_bkt({"empty": [[]]}) == {}

    def test_empty_sequences_are_skipped(self) -> None:
        fitted = fit_bkt({"a": [[], [0, 1, 1], [1, 1]], "b": [[]]})
        assert list(fitted) == ["a"]

    def test_estimates_respect_the_bounds(self) -> None:
        # Always wrong, then always right: the unconstrained fit would push slip and guess to 0.
        fitted = fit_bkt({"a": [[0, 0, 0, 1, 1, 1]] * 50 + [[1, 1, 1, 1]] * 20})["a"]
        assert 0.0 < fitted.guess <= 0.3
        assert 0.0 < fitted.slip <= 0.3
        assert fitted.learn > 0.2

    def test_iteration_limit_stops_early(self) -> None:
        sequences = {"a": [[0, 1, 1], [0, 0, 1, 1], [1, 1]]}
        one = fit_bkt(sequences, max_iter=1)["a"]
        converged = fit_bkt(sequences)["a"]
        assert one != converged

    def test_custom_initial_values(self) -> None:
        # Without data an M-step returns the pseudo-count, i.e. the initial values themselves.
        init = BKTParams(prior=0.4, learn=0.2, slip=0.05, guess=0.15)
        fitted = fit_bkt({"a": [[1]]}, init=init, max_iter=1)["a"]
        assert fitted.learn == pytest.approx(init.learn)

    def test_answers_must_be_binary(self) -> None:
        with pytest.raises(ValueError, match="0 or 1"):
            fit_bkt({"a": [[0, 2, 1]]})


class TestSkillSequences:
    def test_groups_by_skill_then_student_in_order(self) -> None:
        rows = _rows(("s1", "a", 0), ("s2", "a", 1), ("s1", "b", 1), ("s1", "a", 1))
        assert skill_sequences(rows) == {"a": [[0, 1], [1]], "b": [[1]]}


class TestFeatures:
    def test_first_answer(self) -> None:
        bkt = BKTParams()
        x = model.features(StudentState(), SkillState(), "a", bkt)
        assert len(x) == len(FEATURES)
        named = dict(zip(FEATURES, x, strict=True))
        assert named["skill_first"] == 1.0
        assert named["same_skill"] == 0.0
        p = 0.3 * 0.9 + 0.7 * 0.2
        assert named["bkt_logit"] == pytest.approx(math.log(p / (1 - p)))

    def test_after_answers(self) -> None:
        bkt = BKTParams()
        student, skill = StudentState(), SkillState()
        for correct in (True, False, False):
            student, skill = model.observe(student, skill, "a", correct, bkt)
        assert skill == SkillState(
            wins=1, fails=2, last=-1, fail_streak=2, p_mastery=skill.p_mastery
        )
        assert student.last_skill == "a"
        assert student.recent == pytest.approx((0.05 * 0.95 - 0.05) * 0.95 - 0.05)
        named = dict(zip(FEATURES, model.features(student, skill, "a", bkt), strict=True))
        assert named["skill_wins"] == pytest.approx(math.log(2))
        assert named["skill_fails"] == pytest.approx(math.log(3))
        assert named["skill_first"] == 0.0
        assert named["same_skill"] == 1.0
        assert named["skill_last"] == -1.0
        assert named["skill_fail_streak"] == pytest.approx(math.log(3))

    def test_right_answer_resets_fail_streak(self) -> None:
        _, skill = model.observe(StudentState(), SkillState(fail_streak=3), "a", True, BKTParams())
        assert skill.fail_streak == 0

    def test_mastery_defaults_to_prior(self) -> None:
        bkt = BKTParams(prior=0.42)
        assert model.mastery(SkillState(), bkt) == 0.42
        assert model.mastery(SkillState(p_mastery=0.7), bkt) == 0.7

    def test_feature_matrix_replays_in_order(self) -> None:
        rows = _rows(("s1", "a", 1), ("s2", "a", 0), ("s1", "a", 0))
        x = model.feature_matrix(rows, {})
        assert x.shape == (3, len(FEATURES))
        assert x[2, FEATURES.index("skill_wins")] == pytest.approx(math.log(2))
        assert x[1, FEATURES.index("skill_first")] == 1.0

    def test_feature_matrix_of_nothing(self) -> None:
        assert model.feature_matrix([], {}).shape == (0, len(FEATURES))


class TestModelParams:
    PARAMS = ModelParams(
        bias=0.1,
        weights=tuple(0.01 * i for i in range(len(FEATURES))),
        skills={"a": (0.5, *(0.1,) * len(SKILL_SPECIFIC))},
    )

    def test_json_round_trip(self) -> None:
        text = self.PARAMS.to_json()
        data = json.loads(text)
        assert data["skills"]["a"]["slopes"]["skill_wins"] == 0.1
        assert set(data["weights"]) == set(FEATURES)
        assert ModelParams.from_json(text) == self.PARAMS

    def test_unknown_format_rejected(self) -> None:
        data = self.PARAMS.to_dict() | {"format": "something/2"}
        with pytest.raises(ValueError, match="format"):
            ModelParams.from_dict(data)

    def test_wrong_number_of_weights_rejected(self) -> None:
        with pytest.raises(ValueError, match="weights"):
            ModelParams(bias=0.0, weights=(1.0,))

    def test_wrong_skill_part_rejected(self) -> None:
        with pytest.raises(ValueError, match="skill 'a'"):
            ModelParams(bias=0.0, weights=(0.0,) * len(FEATURES), skills={"a": (1.0,)})

    def test_unseen_skill_uses_shared_weights(self) -> None:
        x = [1.0] * len(FEATURES)
        shared = 0.1 + sum(self.PARAMS.weights)
        assert self.PARAMS.logit(x, "new") == pytest.approx(shared)
        assert self.PARAMS.logit(x, "a") == pytest.approx(shared + 0.5 + 0.1 * len(SKILL_SPECIFIC))

    @pytest.mark.parametrize("bias", [-800.0, -2.0, 0.0, 2.0, 800.0])
    def test_predict_is_a_stable_sigmoid(self, bias: float) -> None:
        params = ModelParams(bias=bias, weights=(0.0,) * len(FEATURES))
        p = model.predict(params, StudentState(), SkillState(), "a", BKTParams())
        assert p == pytest.approx(1.0 / (1.0 + math.exp(-max(min(bias, 700.0), -700.0))))


class TestFitModel:
    def test_learns_that_practice_helps(self) -> None:
        rows = simulate_bkt(TRUTH, 300, 12, np.random.default_rng(3))
        params = fit_model(rows)
        assert set(params.skills) == set(TRUTH)
        named = dict(zip(FEATURES, params.weights, strict=True))
        assert named["skill_wins"] + named["bkt_logit"] > 0.0

    def test_uses_given_bkt_and_predicts_probabilities(self) -> None:
        rows = simulate_bkt(TRUTH, 100, 8, np.random.default_rng(4))
        params = fit_model(rows, dict(TRUTH), BKTParams())
        tracker = Tracker(dict(TRUTH))
        for row in rows[:50]:
            student, skill, bkt = tracker.state(row.student_id, row.skill_id)
            assert 0.0 < model.predict(params, student, skill, row.skill_id, bkt) < 1.0
            tracker.observe(row)

    def test_constant_features_are_harmless(self) -> None:
        # One answer per student: every per-skill counter is constant.
        rows = [Interaction(f"s{i}", "a", i % 3 == 0, 0.0) for i in range(30)]
        params = fit_model(rows, {"a": BKTParams()})
        assert all(math.isfinite(w) for w in params.weights)
        assert params.skills["a"][0] + params.bias < 0.0

    def test_no_rows_rejected(self) -> None:
        with pytest.raises(ValueError, match="no interactions"):
            fit_model([])
