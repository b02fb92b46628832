from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import optimize, sparse, special  # type: ignore[import-untyped]

from gurukul.mastery.model import (
    FEATURES,
    SKILL_SPECIFIC,
    Interaction,
    ModelParams,
    feature_matrix,
)
from gurukul.mastery.tracing import BKTParams

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]

# Bounds for EM estimates. Keeping slip and guess at most 0.3 follows Baker et al. (2008):
# larger values fit noise with "mastered" learners who fail most of the time.
_MIN_PROB = 1e-4
_MAX_SLIP = 0.3
_MAX_GUESS = 0.3
_MAX_PRIOR = 1.0 - _MIN_PROB


@dataclass(frozen=True, slots=True)
class _Packed:
    """All (student, skill) sequences packed time-major, longest first.

    Row r is the r-th longest sequence. Step t holds the answers at position t of the rows
    still running, ``obs[offsets[t]:offsets[t + 1]]``, which are rows ``0 .. counts[t] - 1``.
    """

    obs: FloatArray
    row_skill: IntArray
    offsets: IntArray
    counts: IntArray

    def step(self, t: int) -> slice:
        return slice(int(self.offsets[t]), int(self.offsets[t + 1]))


def _pack(sequences: Mapping[str, Sequence[Sequence[int]]], skills: list[str]) -> _Packed:
    seqs: list[Sequence[int]] = []
    seq_skill: list[int] = []
    for k, skill in enumerate(skills):
        for seq in sequences[skill]:
            if len(seq):
                seqs.append(seq)
                seq_skill.append(k)
    lengths = np.array([len(s) for s in seqs], dtype=np.intp)
    order = np.argsort(-lengths, kind="stable")
    lengths = lengths[order]
    flat = np.concatenate([np.asarray(seqs[i], dtype=np.float64) for i in order])
    if not np.all((flat == 0.0) | (flat == 1.0)):
        raise ValueError("answers must be 0 or 1")
    rows = np.repeat(np.arange(len(order)), lengths)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    pos = np.arange(flat.size) - np.repeat(starts, lengths)
    packing = np.lexsort((rows, pos))
    counts = np.bincount(pos, minlength=int(lengths[0]))
    offsets = np.concatenate(([0], np.cumsum(counts))).astype(np.intp)
    return _Packed(
        obs=flat[packing],
        row_skill=np.asarray(seq_skill, dtype=np.intp)[order],
        offsets=offsets,
        counts=counts.astype(np.intp),
    )


def _e_step(
    data: _Packed, prior: FloatArray, learn: FloatArray, slip: FloatArray, guess: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, float]:
    """Scaled forward-backward; returns per-row expected counts and the log-likelihood.

    Returns P(mastered at t=0) per row, and packed arrays of P(unmastered at t),
    P(unmastered at t -> mastered at t+1) (zero at each row's last step) and P(mastered at t).
    """
    n_steps = data.counts.size
    lr, sr, gr = learn[data.row_skill], slip[data.row_skill], guess[data.row_skill]
    filt = np.empty_like(data.obs)  # P(mastered at t | answers up to t)
    loglik = 0.0
    p = prior[data.row_skill]
    for t in range(n_steps):
        n, o = data.counts[t], data.obs[data.step(t)]
        p = p[:n]
        like1 = np.where(o == 1.0, 1.0 - sr[:n], sr[:n])
        like0 = np.where(o == 1.0, gr[:n], 1.0 - gr[:n])
        joint1 = p * like1
        evidence = joint1 + (1.0 - p) * like0
        loglik += float(np.log(evidence).sum())
        f = joint1 / evidence
        filt[data.step(t)] = f
        p = f + (1.0 - f) * lr[:n]

    mastered = np.empty_like(data.obs)
    trans01 = np.zeros_like(data.obs)
    beta0 = np.ones(data.counts[0])  # scaled P(answers after t | state at t)
    beta1 = np.ones(data.counts[0])
    for t in range(n_steps - 1, -1, -1):
        n = data.counts[t]
        f = filt[data.step(t)]
        if t + 1 < n_steps:
            m = data.counts[t + 1]
            o = data.obs[data.step(t + 1)]
            b0 = np.where(o == 1.0, gr[:m], 1.0 - gr[:m]) * beta0[:m]
            b1 = np.where(o == 1.0, 1.0 - sr[:m], sr[:m]) * beta1[:m]
            x00 = (1.0 - f[:m]) * (1.0 - lr[:m]) * b0
            x01 = (1.0 - f[:m]) * lr[:m] * b1
            x11 = f[:m] * b1
            total = x00 + x01 + x11
            trans01[data.offsets[t] : data.offsets[t] + m] = x01 / total
            new0 = (1.0 - lr[:m]) * b0 + lr[:m] * b1
            scale = new0 + b1
            beta0[:m] = new0 / scale
            beta1[:m] = b1 / scale
        g1 = f * beta1[:n]
        mastered[data.step(t)] = g1 / (g1 + (1.0 - f) * beta0[:n])
    first = mastered[data.step(0)]
    return first, 1.0 - mastered, trans01, mastered, loglik


def _sum_by(index: IntArray, weights: FloatArray, size: int) -> FloatArray:
    return np.bincount(index, weights=weights, minlength=size).astype(np.float64)


def _fit_packed(
    data: _Packed, n_skills: int, init: BKTParams, max_iter: int, tol: float
) -> tuple[list[BKTParams], float]:
    prior = np.full(n_skills, init.prior)
    learn = np.full(n_skills, init.learn)
    slip = np.full(n_skills, init.slip)
    guess = np.full(n_skills, init.guess)
    steps = np.repeat(np.arange(data.counts.size), data.counts)
    # Skill of each packed answer; the rows of step t are 0 .. counts[t] - 1.
    ans_skill = data.row_skill[np.arange(data.obs.size) - data.offsets[steps]]
    last = np.zeros(data.obs.size, dtype=bool)  # answers that end their sequence
    nxt = np.append(data.counts[1:], 0)
    for t in range(data.counts.size):
        last[data.offsets[t] + nxt[t] : data.offsets[t + 1]] = True

    def per_skill(weights: FloatArray) -> FloatArray:
        return _sum_by(ans_skill, weights, n_skills)

    not_last = (~last).astype(np.float64)
    n_rows = _sum_by(data.row_skill, np.ones(data.row_skill.size), n_skills)
    obs = data.obs
    previous = -np.inf
    loglik = previous
    for _ in range(max_iter):
        first, un, t01, ma, loglik = _e_step(data, prior, learn, slip, guess)
        # A pseudo-count of one answer at the initial values keeps rare skills finite.
        prior = (_sum_by(data.row_skill, first, n_skills) + init.prior) / (n_rows + 1.0)
        learn = (per_skill(t01) + init.learn) / (per_skill(un * not_last) + 1.0)
        guess = (per_skill(un * obs) + init.guess) / (per_skill(un) + 1.0)
        slip = (per_skill(ma * (1.0 - obs)) + init.slip) / (per_skill(ma) + 1.0)
        prior = np.clip(prior, _MIN_PROB, _MAX_PRIOR)
        learn = np.clip(learn, _MIN_PROB, 1.0 - _MIN_PROB)
        guess = np.clip(guess, _MIN_PROB, _MAX_GUESS)
        slip = np.clip(slip, _MIN_PROB, _MAX_SLIP)
        if loglik - previous < tol * abs(loglik):
            break
        previous = loglik
    fitted = [
        BKTParams(prior=float(a), learn=float(b), slip=float(c), guess=float(d))
        for a, b, c, d in zip(prior, learn, slip, guess, strict=True)
    ]
    return fitted, loglik


def fit_bkt(
    sequences: Mapping[str, Sequence[Sequence[int]]],
    *,
    init: BKTParams | None = None,
    max_iter: int = 200,
    tol: float = 1e-7,
) -> dict[str, BKTParams]:
    """Fit BKT parameters per skill by expectation-maximisation (Baum-Welch).

    ``sequences`` maps a skill to its per-student answer sequences (0/1, in time order).
    All skills are fitted together, vectorised over sequences. Estimates carry a
    pseudo-count of one answer at ``init`` and are clipped (slip, guess <= 0.3).
    """
    init = init if init is not None else BKTParams()
    skills = [s for s in sequences if any(len(seq) for seq in sequences[s])]
    if not skills:
        return {}
    fitted, _ = _fit_packed(_pack(sequences, skills), len(skills), init, max_iter, tol)
    return dict(zip(skills, fitted, strict=True))


def skill_sequences(rows: Sequence[Interaction]) -> dict[str, list[list[int]]]:
    """Group interactions (in time order per student) into per-skill, per-student sequences."""
    grouped: dict[str, dict[str, list[int]]] = {}
    for row in rows:
        grouped.setdefault(row.skill_id, {}).setdefault(row.student_id, []).append(int(row.correct))
    return {skill: list(by_student.values()) for skill, by_student in grouped.items()}


def fit_model(
    rows: Sequence[Interaction],
    bkt: Mapping[str, BKTParams] | None = None,
    default_bkt: BKTParams | None = None,
    *,
    l2: float = 1.0,
    l2_skill: float = 5.0,
) -> ModelParams:
    """Fit the logistic learner model on interactions (in time order per student).

    The features come from replaying ``rows`` through ``model.observe``, so training and
    serving share one code path. The loss is the log-loss plus L2 penalties on standardised
    features: ``l2`` on the shared weights and ``l2_skill`` on the per-skill intercepts and
    slopes, which shrinks rare skills towards the shared model. It is minimised with L-BFGS
    over a sparse design matrix. Without ``bkt`` the BKT parameters are fitted first.
    """
    if not rows:
        raise ValueError("no interactions to fit")
    if bkt is None:
        bkt = fit_bkt(skill_sequences(rows))
    x = feature_matrix(rows, bkt, default_bkt)
    y = np.fromiter((row.correct for row in rows), dtype=np.float64, count=len(rows))
    skills = sorted({row.skill_id for row in rows})
    index = {skill: k for k, skill in enumerate(skills)}
    row_skill = np.fromiter((index[row.skill_id] for row in rows), dtype=np.intp, count=len(rows))
    return _fit_logistic(x, y, row_skill, skills, l2=l2, l2_skill=l2_skill)


def _fit_logistic(
    x: FloatArray,
    y: FloatArray,
    row_skill: IntArray,
    skills: list[str],
    *,
    l2: float,
    l2_skill: float,
) -> ModelParams:
    n, d = x.shape
    k = len(skills)
    slopes = [FEATURES.index(name) for name in SKILL_SPECIFIC]
    s = len(slopes)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    # A constant column can show a rounding-error spread; scaling that up would blow it up.
    constant = scale <= 1e-9 * np.maximum(1.0, np.abs(mean))
    scale[constant] = 1.0
    z = (x - mean) / scale
    z[:, constant] = 0.0
    # Columns: d shared weights, k skill intercepts, then k blocks of s skill slopes.
    cols = np.hstack(
        [
            np.broadcast_to(np.arange(d), (n, d)),
            (d + row_skill)[:, None],
            d + k + row_skill[:, None] * s + np.arange(s),
        ]
    )
    vals = np.hstack([z, np.ones((n, 1)), z[:, slopes]])
    width = cols.shape[1]
    design = sparse.csr_matrix(
        (vals.ravel(), cols.ravel(), np.arange(0, n * width + 1, width)), shape=(n, d + k + k * s)
    )
    design_t = design.T.tocsr()
    penalty = np.full(design.shape[1], l2_skill)
    penalty[:d] = l2

    def loss(theta: FloatArray) -> tuple[float, FloatArray]:
        w = theta[1:]
        logits = theta[0] + design @ w
        residual = special.expit(logits) - y
        value = np.logaddexp(0.0, logits).sum() - y @ logits + 0.5 * (penalty * w) @ w
        grad = np.concatenate(([residual.sum()], design_t @ residual + penalty * w))
        return float(value), grad

    # ftol 1e-6 stops at ~0.1 log-loss units on 10^5 answers: more iterations change no metric.
    theta = optimize.minimize(
        loss,
        np.zeros(1 + design.shape[1]),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": 1000, "ftol": 1e-6},
    ).x
    # Undo the standardisation so that the weights apply to raw features.
    shared = theta[1 : 1 + d]
    intercepts = theta[1 + d : 1 + d + k]
    skill_slopes = theta[1 + d + k :].reshape(k, s)
    weights = shared / scale
    bias = theta[0] - float((shared * mean / scale).sum())
    intercepts = intercepts - (skill_slopes * (mean / scale)[slopes]).sum(axis=1)
    skill_slopes = skill_slopes / scale[slopes]
    return ModelParams(
        bias=float(bias),
        weights=tuple(float(w) for w in weights),
        skills={
            skill: (float(intercepts[i]), *(float(v) for v in skill_slopes[i]))
            for i, skill in enumerate(skills)
        },
    )
