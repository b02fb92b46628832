from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
Model = Literal["2pl", "3pl"]

# Quadrature over a standard normal ability; ±6 leaves no posterior mass off the grid.
QUADRATURE_POINTS = 49
QUADRATURE_RANGE = 6.0
# Parameter boxes: a wider box only lets an item with degenerate data run away.
A_BOUNDS = (0.05, 8.0)
B_BOUNDS = (-8.0, 8.0)
C_BOUNDS = (1e-4, 0.6)
_S_CLIP = 1e-10  # keeps P(1-P) away from 0 in the M step's Fisher information


def _log_pq(
    theta: npt.ArrayLike, a: npt.ArrayLike, b: npt.ArrayLike, c: npt.ArrayLike
) -> tuple[FloatArray, FloatArray]:
    """log P and log(1 - P) without overflow or log(0) for any finite input."""
    z = np.multiply(a, np.subtract(theta, b))
    log_s = -np.logaddexp(0.0, -z)
    log_not_s = -np.logaddexp(0.0, z)
    c = np.asarray(c, dtype=np.float64)
    with np.errstate(divide="ignore"):
        log_c = np.log(c)  # -inf for c = 0 is what logaddexp needs
    log_not_c = np.log1p(-c)
    return np.logaddexp(log_c, log_not_c + log_s), log_not_c + log_not_s


def p(
    theta: npt.ArrayLike, a: npt.ArrayLike, b: npt.ArrayLike, c: npt.ArrayLike = 0.0
) -> FloatArray:
    """3PL probability of a correct answer: c + (1 - c) / (1 + exp(-a (theta - b))).

    With c = 0 this is the 2PL model. Logistic metric (no 1.7 scaling constant); inputs
    broadcast like numpy arrays and scalars give a 0-d array.
    """
    log_p, _ = _log_pq(theta, a, b, c)
    return np.asarray(np.exp(log_p), dtype=np.float64)


def information(
    theta: npt.ArrayLike, a: npt.ArrayLike, b: npt.ArrayLike, c: npt.ArrayLike = 0.0
) -> FloatArray:
    """Fisher information of an item at ability theta.

    a² (1 - P) / P × ((P - c) / (1 - c))², which is a² P (1 - P) for the 2PL model.
    """
    c = np.asarray(c, dtype=np.float64)
    z = np.multiply(a, np.subtract(theta, b))
    s = np.exp(-np.logaddexp(0.0, -z))
    denominator = c + (1.0 - c) * s  # P
    # s / P -> 1 as s -> 0 when c = 0; computing it as 0/0 would give NaN
    ratio = np.divide(s, denominator, out=np.ones_like(denominator), where=denominator > 0)
    info = np.square(a) * (1.0 - c) * s * (1.0 - s) * ratio
    return np.asarray(info, dtype=np.float64)


@dataclass(frozen=True)
class AbilityEstimate:
    theta: float  # posterior mean (EAP)
    sd: float  # posterior standard deviation


def estimate_ability(
    responses: Iterable[tuple[float, float, float, bool | int | float]],
    *,
    prior_mean: float = 0.0,
    prior_sd: float = 1.0,
    points: int = 121,
) -> AbilityEstimate:
    """Expected a posteriori ability from (a, b, c, correct) responses.

    Normal(prior_mean, prior_sd) prior evaluated on `points` equally spaced nodes within
    ±6 prior SDs; returns the posterior mean and standard deviation. No responses give the
    prior back.
    """
    if not prior_sd > 0:
        raise ValueError("prior_sd must be positive")
    grid = prior_mean + prior_sd * np.linspace(-QUADRATURE_RANGE, QUADRATURE_RANGE, points)
    log_post = -0.5 * np.square((grid - prior_mean) / prior_sd)
    rows = np.asarray(list(responses), dtype=np.float64).reshape(-1, 4)
    if rows.size:
        a, b, c, u = (rows[:, j : j + 1] for j in range(4))
        log_p, log_q = _log_pq(grid, a, b, c)
        log_post = log_post + np.sum(u * log_p + (1.0 - u) * log_q, axis=0)
    weights = np.exp(log_post - log_post.max())
    weights /= weights.sum()
    mean = float(weights @ grid)
    sd = float(np.sqrt(weights @ np.square(grid - mean)))
    return AbilityEstimate(theta=mean, sd=sd)


@dataclass(frozen=True)
class ItemParameters:
    a: float  # discrimination
    b: float  # difficulty
    c: float  # pseudo-guessing (0 in the 2PL model)
    calibrated: bool  # False: too few responses, the starting values are returned as given
    n_responses: int

    @property
    def status(self) -> str:
        return "calibrated" if self.calibrated else "uncalibrated"


@dataclass(frozen=True)
class Calibration:
    items: tuple[ItemParameters, ...]
    iterations: int
    converged: bool
    log_likelihood: float  # marginal, of the calibrated items at the returned parameters

    @property
    def a(self) -> FloatArray:
        return np.array([item.a for item in self.items])

    @property
    def b(self) -> FloatArray:
        return np.array([item.b for item in self.items])

    @property
    def c(self) -> FloatArray:
        return np.array([item.c for item in self.items])


def _logit(x: FloatArray) -> FloatArray:
    return np.asarray(np.log(x) - np.log1p(-x), dtype=np.float64)


@dataclass(frozen=True)
class _Priors:
    log_a: tuple[float, float] | None
    b: tuple[float, float] | None
    c: tuple[float, float] | None  # Beta(alpha, beta); only for the 3PL model

    def __post_init__(self) -> None:
        for prior in (self.log_a, self.b):
            if prior is not None and not prior[1] > 0:
                raise ValueError("a normal prior needs a positive standard deviation")
        if self.c is not None and not min(self.c) > 0:
            raise ValueError("a Beta prior needs positive parameters")

    def value(self, theta: FloatArray) -> FloatArray:
        """Log prior per item of the parameters (log a, b[, logit c]) in rows of theta."""
        total = np.zeros(theta.shape[0])
        for j, prior in enumerate((self.log_a, self.b)):
            if prior is not None:
                total -= 0.5 * np.square((theta[:, j] - prior[0]) / prior[1])
        if self.c is not None and theta.shape[1] == 3:
            # Beta on c times the Jacobian c (1 - c) of c = expit(gamma)
            alpha, beta = self.c
            log_c = -np.logaddexp(0.0, -theta[:, 2])
            log_not_c = -np.logaddexp(0.0, theta[:, 2])
            total += alpha * log_c + beta * log_not_c
        return total

    def gradient_and_curvature(self, theta: FloatArray) -> tuple[FloatArray, FloatArray]:
        grad = np.zeros_like(theta)
        curv = np.zeros_like(theta)  # minus the second derivative, >= 0
        for j, prior in enumerate((self.log_a, self.b)):
            if prior is not None:
                grad[:, j] = -(theta[:, j] - prior[0]) / prior[1] ** 2
                curv[:, j] = 1.0 / prior[1] ** 2
        if self.c is not None and theta.shape[1] == 3:
            alpha, beta = self.c
            c = np.exp(-np.logaddexp(0.0, -theta[:, 2]))
            grad[:, 2] = alpha - (alpha + beta) * c
            curv[:, 2] = (alpha + beta) * c * (1.0 - c)
        return grad, curv


def _unpack(theta: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    a = np.exp(theta[:, 0])
    b = theta[:, 1]
    c = np.exp(-np.logaddexp(0.0, -theta[:, 2])) if theta.shape[1] == 3 else np.zeros_like(b)
    return a, b, c


def _clip(theta: FloatArray) -> FloatArray:
    low = [np.log(A_BOUNDS[0]), B_BOUNDS[0], _logit(np.array(C_BOUNDS[0]))]
    high = [np.log(A_BOUNDS[1]), B_BOUNDS[1], _logit(np.array(C_BOUNDS[1]))]
    k = theta.shape[1]
    return np.clip(theta, low[:k], high[:k])


def _expected_log_likelihood(
    theta: FloatArray, nodes: FloatArray, n: FloatArray, r: FloatArray, priors: _Priors
) -> FloatArray:
    a, b, c = _unpack(theta)
    log_p, log_q = _log_pq(nodes, a[:, None], b[:, None], c[:, None])
    return np.asarray(np.sum(r * log_p + (n - r) * log_q, axis=1) + priors.value(theta))


def _e_step(
    theta: FloatArray, u: FloatArray, m: FloatArray, nodes: FloatArray, log_weights: FloatArray
) -> tuple[FloatArray, float]:
    """Posterior weights of each person over the nodes, and the marginal log-likelihood."""
    a, b, c = _unpack(theta)
    log_p, log_q = _log_pq(nodes, a[:, None], b[:, None], c[:, None])
    joint = u @ log_p + (m - u) @ log_q + log_weights  # persons × nodes
    top = joint.max(axis=1, keepdims=True)
    posterior = np.exp(joint - top)
    total = posterior.sum(axis=1, keepdims=True)
    posterior /= total
    return posterior, float(np.sum(top + np.log(total)))


def _m_step(
    theta: FloatArray,
    nodes: FloatArray,
    n: FloatArray,
    r: FloatArray,
    priors: _Priors,
    steps: int = 3,
) -> FloatArray:
    """A few Fisher-scoring steps per item on the expected complete-data log posterior.

    Every item is independent given the E step, so all are updated at once; step halving
    keeps each item's objective from decreasing, which is all EM needs to converge.
    """
    current = _expected_log_likelihood(theta, nodes, n, r, priors)
    for _ in range(steps):
        a, b, c = _unpack(theta)
        x = nodes[None, :]
        s = np.clip(
            np.exp(-np.logaddexp(0.0, -a[:, None] * (x - b[:, None]))), _S_CLIP, 1 - _S_CLIP
        )
        prob = c[:, None] + (1.0 - c[:, None]) * s
        pq = prob * (1.0 - prob)
        slope = (1.0 - c[:, None]) * s * (1.0 - s)
        derivs = [a[:, None] * slope * (x - b[:, None]), -a[:, None] * slope]
        if theta.shape[1] == 3:
            derivs.append((c * (1.0 - c))[:, None] * (1.0 - s))
        d = np.stack(derivs, axis=1)  # items × params × nodes
        residual = (r - n * prob) / pq
        grad = np.einsum("ipk,ik->ip", d, residual)
        fisher = np.einsum("ipk,iqk,ik->ipq", d, d, n / pq)
        prior_grad, prior_curv = priors.gradient_and_curvature(theta)
        grad += prior_grad
        fisher += prior_curv[:, :, None] * np.eye(theta.shape[1])[None]
        fisher += 1e-8 * np.eye(theta.shape[1])[None]
        step = np.linalg.solve(fisher, grad[:, :, None])[:, :, 0]
        # no parameter moves more than 1 (log a, b or logit c) in one step
        step /= np.maximum(1.0, np.abs(step).max(axis=1, keepdims=True))
        scale = np.ones(theta.shape[0])
        for _ in range(10):
            candidate = _clip(theta + scale[:, None] * step)
            value = _expected_log_likelihood(candidate, nodes, n, r, priors)
            worse = value < current
            if not worse.any():
                break
            scale = np.where(worse, scale / 2.0, scale)
        keep = value >= current
        theta = np.where(keep[:, None], candidate, theta)
        current = np.where(keep, value, current)
    return theta


def calibrate_items(
    responses: npt.ArrayLike,
    *,
    model: Model = "2pl",
    min_responses: int = 100,
    initial: Sequence[tuple[float, float, float]] | None = None,
    a_prior: tuple[float, float] | None = (0.0, 0.5),
    b_prior: tuple[float, float] | None = (0.0, 3.0),
    c_prior: tuple[float, float] | None = (5.0, 17.0),
    max_iter: int = 500,
    tol: float = 1e-4,
) -> Calibration:
    """Item parameters by marginal maximum likelihood (Bock-Aitkin EM), MAP with priors.

    `responses` is persons × items with 1 (correct), 0 (wrong) and NaN (not answered).
    Ability is integrated out over a standard normal on a fixed quadrature grid, which also
    fixes the scale. Priors (each None to drop it): log a ~ Normal(a_prior), b ~
    Normal(b_prior), and for the 3PL model c ~ Beta(c_prior) (Beta(5, 17), mean 0.23, suits
    four options); the 2PL model fixes c = 0. Items with fewer than `min_responses` answers
    are not estimated and do not inform the others: they come back with their `initial`
    values (default a=1, b=0, c=0 or the prior mean) and `calibrated=False`. EM stops when no
    parameter moves more than `tol` in an iteration, or after `max_iter` iterations.
    """
    data = np.asarray(responses, dtype=np.float64)
    if data.ndim != 2:
        raise ValueError("responses must be a persons × items matrix")
    observed = ~np.isnan(data)
    if not np.isin(data[observed], (0.0, 1.0)).all():
        raise ValueError("responses must be 0, 1 or NaN")
    n_items = data.shape[1]
    three = model == "3pl"
    if not three and model != "2pl":
        raise ValueError("model must be '2pl' or '3pl'")
    priors = _Priors(log_a=a_prior, b=b_prior, c=c_prior if three else None)
    if not three:
        c_start = 0.0
    elif c_prior is None:
        c_start = 0.2
    else:
        c_start = c_prior[0] / sum(c_prior)
    start = np.array(
        initial if initial is not None else [(1.0, 0.0, c_start)] * n_items, dtype=float
    )
    if start.shape != (n_items, 3):
        raise ValueError("initial needs one (a, b, c) per item")
    if not (np.isfinite(start).all() and (start[:, 0] > 0).all()):
        raise ValueError("initial a must be positive and all initial values finite")
    if not ((start[:, 2] >= 0) & (start[:, 2] < 1)).all():
        raise ValueError("initial c must be within [0, 1)")

    counts = observed.sum(axis=0)
    fit = counts >= min_responses
    u = np.where(observed, data, 0.0)[:, fit]
    m = observed[:, fit].astype(np.float64)
    theta = np.column_stack([np.log(start[fit, 0]), start[fit, 1]])
    if initial is None:
        # start b where the proportion correct puts it, which saves EM many slow iterations
        share = np.clip(u.sum(axis=0) / np.maximum(m.sum(axis=0), 1.0), 0.02, 0.98)
        theta[:, 1] = -_logit(share)
    if three:
        theta = np.column_stack([theta, _logit(np.clip(start[fit, 2], *C_BOUNDS))])
    theta = _clip(theta)

    nodes = np.linspace(-QUADRATURE_RANGE, QUADRATURE_RANGE, QUADRATURE_POINTS)
    log_weights = -0.5 * nodes**2
    log_weights -= np.logaddexp.reduce(log_weights)
    converged = not fit.any()  # nothing to estimate is trivially done
    iterations = 0
    while fit.any() and iterations < max_iter:
        iterations += 1
        posterior, _ = _e_step(theta, u, m, nodes, log_weights)
        # expected answers and correct answers per item and node; einsum rather than
        # m.T @ posterior, whose multithreaded BLAS path slows down 100-fold on a busy machine
        n = np.einsum("ji,jk->ik", m, posterior)
        r = np.einsum("ji,jk->ik", u, posterior)
        updated = _m_step(theta, nodes, n, r, priors)
        before, after = np.column_stack(_unpack(theta)), np.column_stack(_unpack(updated))
        theta = updated
        if np.abs(after - before).max() < tol:
            converged = True
            break
    log_likelihood = _e_step(theta, u, m, nodes, log_weights)[1] if fit.any() else 0.0

    a, b, c = _unpack(theta)
    fitted = iter(zip(a.tolist(), b.tolist(), c.tolist(), strict=True))
    items = []
    for i in range(n_items):
        if fit[i]:
            ai, bi, ci = next(fitted)
            items.append(ItemParameters(ai, bi, ci, True, int(counts[i])))
        else:
            ai, bi, ci = start[i].tolist()
            items.append(ItemParameters(ai, bi, ci, False, int(counts[i])))
    return Calibration(
        items=tuple(items),
        iterations=iterations,
        converged=converged,
        log_likelihood=log_likelihood,
    )
