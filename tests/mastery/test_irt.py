import numpy as np
import pytest

from gurukul.mastery.irt import (
    AbilityEstimate,
    ItemParameters,
    calibrate_items,
    estimate_ability,
    information,
    p,
)


def simulate(
    seed: int,
    persons: int,
    a: np.ndarray,
    b: np.ndarray,
    c: np.ndarray | float = 0.0,
    missing: float = 0.0,
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    theta = rng.normal(size=(persons, 1))
    data = (rng.random((persons, len(a))) < p(theta, a, b, c)).astype(float)
    data[rng.random(data.shape) < missing] = np.nan
    return data


def rmse(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.sqrt(np.mean((x - y) ** 2)))


class TestProbability:
    def test_half_at_difficulty(self) -> None:
        assert p(0.7, 1.3, 0.7) == pytest.approx(0.5)

    def test_guessing_floor(self) -> None:
        assert p(0.0, 1.0, 0.0, 0.2) == pytest.approx(0.6)
        assert p(-50.0, 1.0, 0.0, 0.2) == pytest.approx(0.2)

    def test_logistic(self) -> None:
        assert p(1.0, 2.0, 0.5) == pytest.approx(1 / (1 + np.exp(-1.0)))

    def test_extremes_do_not_overflow(self) -> None:
        values = p(np.array([-1e4, 1e4]), 5.0, 0.0)
        assert values[0] == 0.0
        assert values[1] == 1.0

    def test_broadcasts(self) -> None:
        assert p(np.zeros((3, 1)), np.ones(4), np.zeros(4)).shape == (3, 4)


class TestInformation:
    def test_2pl_peak(self) -> None:
        assert information(0.4, 1.6, 0.4) == pytest.approx(1.6**2 / 4)

    @pytest.mark.parametrize("c", [0.0, 0.25])
    def test_matches_definition(self, c: float) -> None:
        theta, a, b, h = 0.3, 1.4, -0.2, 1e-6
        prob = p(theta, a, b, c)
        slope = (p(theta + h, a, b, c) - p(theta - h, a, b, c)) / (2 * h)
        assert information(theta, a, b, c) == pytest.approx(slope**2 / (prob * (1 - prob)))

    def test_far_below_difficulty(self) -> None:
        assert information(-1e4, 2.0, 0.0) == 0.0


class TestEstimateAbility:
    def test_no_responses_gives_the_prior(self) -> None:
        estimate = estimate_ability([])
        assert estimate.theta == pytest.approx(0.0, abs=1e-12)
        assert estimate.sd == pytest.approx(1.0, abs=1e-3)

    def test_prior_can_move(self) -> None:
        estimate = estimate_ability([], prior_mean=1.0, prior_sd=0.5)
        assert estimate.theta == pytest.approx(1.0)
        assert estimate.sd == pytest.approx(0.5, abs=1e-3)

    def test_symmetric_responses(self) -> None:
        estimate = estimate_ability([(1.0, 0.0, 0.0, True), (1.0, 0.0, 0.0, False)])
        assert estimate.theta == pytest.approx(0.0, abs=1e-9)
        assert estimate.sd < 1.0

    def test_matches_numerical_integration(self) -> None:
        responses = [(1.2, -0.5, 0.0, 1), (0.8, 0.3, 0.2, 0), (1.5, 1.0, 0.25, 1)]
        grid = np.linspace(-10, 10, 20001)
        posterior = np.exp(-(grid**2) / 2)
        for a, b, c, u in responses:
            prob = p(grid, a, b, c)
            posterior *= prob if u else 1 - prob
        posterior /= posterior.sum()
        mean = float(posterior @ grid)
        sd = float(np.sqrt(posterior @ (grid - mean) ** 2))
        assert estimate_ability(responses) == AbilityEstimate(
            theta=pytest.approx(mean, abs=1e-6),  # type: ignore[arg-type]
            sd=pytest.approx(sd, abs=1e-6),  # type: ignore[arg-type]
        )

    def test_recovers_a_known_ability(self) -> None:
        rng = np.random.default_rng(3)
        a, b = rng.uniform(0.8, 2.0, 200), rng.uniform(-2, 2, 200)
        correct = rng.random(200) < p(1.2, a, b)
        estimate = estimate_ability(zip(a, b, np.zeros(200), correct, strict=True))
        assert estimate.theta == pytest.approx(1.2, abs=0.3)
        assert estimate.sd < 0.2

    def test_prior_sd_must_be_positive(self) -> None:
        with pytest.raises(ValueError, match="prior_sd"):
            estimate_ability([], prior_sd=0)


class TestCalibrate2PL:
    A = np.random.default_rng(10).uniform(0.7, 2.0, 20)
    B = np.random.default_rng(11).uniform(-2.0, 2.0, 20)

    def test_recovers_parameters(self) -> None:
        result = calibrate_items(simulate(1, 3000, self.A, self.B), min_responses=50)
        assert result.converged
        assert rmse(result.a, self.A) < 0.12
        assert rmse(result.b, self.B) < 0.1
        assert np.abs(result.b - self.B).max() < 0.3
        assert (result.c == 0).all()
        assert all(item.status == "calibrated" for item in result.items)

    def test_recovers_parameters_with_missing_answers(self) -> None:
        data = simulate(2, 4000, self.A, self.B, missing=0.3)
        result = calibrate_items(data, min_responses=50)
        assert rmse(result.a, self.A) < 0.15
        assert rmse(result.b, self.B) < 0.12
        assert result.items[0].n_responses == int((~np.isnan(data[:, 0])).sum())

    def test_without_priors_matches_maximum_likelihood(self) -> None:
        data = simulate(3, 1000, self.A[:8], self.B[:8])
        result = calibrate_items(data, a_prior=None, b_prior=None, tol=1e-7, max_iter=3000)
        assert result.converged
        # an independent evaluation of the marginal likelihood on the same quadrature
        nodes = np.linspace(-6, 6, 49)
        log_weights = -(nodes**2) / 2 - np.log(np.exp(-(nodes**2) / 2).sum())

        def log_likelihood(x: np.ndarray) -> float:
            prob = p(nodes, np.exp(x[:8, None]), x[8:, None])
            joint = data @ np.log(prob) + (1 - data) @ np.log1p(-prob) + log_weights
            return float(np.logaddexp.reduce(joint, axis=1).sum())

        best = np.concatenate([np.log(result.a), result.b])
        assert log_likelihood(best) == pytest.approx(result.log_likelihood, abs=1e-4)
        # a maximum: zero gradient, and every small move in any parameter lowers it
        h = 1e-4
        for i in range(16):
            step = np.zeros(16)
            step[i] = h
            assert (log_likelihood(best + step) - log_likelihood(best - step)) / (2 * h) == (
                pytest.approx(0.0, abs=1e-2)
            )
            step[i] = 0.05
            assert log_likelihood(best + step) < log_likelihood(best)
            assert log_likelihood(best - step) < log_likelihood(best)

    def test_items_below_the_threshold_stay_uncalibrated(self) -> None:
        data = simulate(4, 500, self.A[:5], self.B[:5])
        data[20:, 4] = np.nan
        initial = [(1.0, 0.0, 0.0)] * 4 + [(1.7, 0.9, 0.0)]
        result = calibrate_items(data, min_responses=100, initial=initial)
        last = result.items[4]
        assert last == ItemParameters(a=1.7, b=0.9, c=0.0, calibrated=False, n_responses=20)
        assert last.status == "uncalibrated"
        assert all(item.calibrated for item in result.items[:4])

    def test_nothing_to_calibrate(self) -> None:
        result = calibrate_items(np.full((10, 3), np.nan))
        assert result.converged
        assert result.iterations == 0
        assert result.a.tolist() == [1.0, 1.0, 1.0]
        assert not any(item.calibrated for item in result.items)

    def test_stops_at_max_iter(self) -> None:
        result = calibrate_items(simulate(5, 300, self.A[:4], self.B[:4]), max_iter=2)
        assert result.iterations == 2
        assert not result.converged

    def test_everyone_right_stays_bounded(self) -> None:
        data = simulate(6, 400, self.A[:4], self.B[:4])
        data[:, 0] = 1.0
        result = calibrate_items(data)
        assert np.isfinite(result.b).all()
        assert result.b[0] < -2


class TestCalibrate3PL:
    def test_recovers_parameters(self) -> None:
        rng = np.random.default_rng(20)
        a, b = rng.uniform(0.8, 2.0, 25), rng.uniform(-1.5, 1.5, 25)
        c = np.full(25, 0.2)
        result = calibrate_items(simulate(7, 5000, a, b, c), model="3pl")
        assert result.converged
        assert rmse(result.a, a) < 0.2
        assert rmse(result.b, b) < 0.2
        assert rmse(result.c, c) < 0.06

    def test_without_a_guessing_prior(self) -> None:
        rng = np.random.default_rng(21)
        a, b = rng.uniform(1.0, 2.0, 6), rng.uniform(-1.0, 1.0, 6)
        data = simulate(8, 500, a, b, 0.2)
        result = calibrate_items(data, model="3pl", c_prior=None, max_iter=50)
        assert ((result.c > 0) & (result.c <= 0.6)).all()

    def test_starts_from_the_given_guessing(self) -> None:
        data = simulate(9, 200, np.ones(3), np.zeros(3), 0.25)
        result = calibrate_items(data, model="3pl", initial=[(1.0, 0.0, 0.25)] * 3, max_iter=1)
        assert result.c == pytest.approx(0.25, abs=0.1)


class TestCalibrateInput:
    def test_needs_a_matrix(self) -> None:
        with pytest.raises(ValueError, match="matrix"):
            calibrate_items(np.zeros(5))

    def test_needs_binary_answers(self) -> None:
        with pytest.raises(ValueError, match="0, 1 or NaN"):
            calibrate_items(np.array([[0.0, 2.0]]))

    def test_model_name(self) -> None:
        with pytest.raises(ValueError, match="model"):
            calibrate_items(np.zeros((2, 2)), model="1pl")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("initial", "reason"),
        [
            ([(0.0, 0.0, 0.0)] * 2, "initial a"),
            ([(1.0, np.nan, 0.0)] * 2, "initial a"),
            ([(1.0, 0.0, 1.0)] * 2, "initial c"),
            ([(1.0, 0.0, -0.1)] * 2, "initial c"),
        ],
    )
    def test_initial_values(self, initial: list[tuple[float, float, float]], reason: str) -> None:
        with pytest.raises(ValueError, match=reason):
            calibrate_items(np.zeros((2, 2)), initial=initial)

    @pytest.mark.parametrize(
        "priors",
        [
            {"a_prior": (0.0, 0.0)},
            {"b_prior": (0.0, -1.0)},
            {"c_prior": (0.0, 17.0), "model": "3pl"},
        ],
    )
    def test_priors(self, priors: dict[str, object]) -> None:
        with pytest.raises(ValueError, match="prior"):
            calibrate_items(np.zeros((2, 2)), **priors)  # type: ignore[arg-type]

    def test_initial_shape(self) -> None:
        with pytest.raises(ValueError, match="initial"):
            calibrate_items(np.zeros((2, 2)), initial=[(1.0, 0.0, 0.0)])
