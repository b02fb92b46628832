from dataclasses import dataclass

MAX_SLIP_GUESS = 0.5
"""Slip and guess stay below one half, so that a correct answer is always evidence for
mastery; at or above it the two states swap meaning (the "degenerate model" of Baker et al.
2008)."""


@dataclass(frozen=True, slots=True)
class BKTParams:
    """The four parameters of Bayesian Knowledge Tracing (Corbett & Anderson 1995) for a concept.

    A concept is a two-state hidden Markov model: the learner has mastered it or not.
    ``prior`` is P(mastered) before the first answer; an answer is correct with probability
    ``1 - slip`` when mastered and ``guess`` when not; after each practice opportunity an
    unmastered learner becomes mastered with probability ``learn``; nobody forgets. The
    functions below take ``p_mastery``, P(mastered) just before an answer.
    """

    prior: float = 0.3
    learn: float = 0.1
    slip: float = 0.1
    guess: float = 0.2

    def __post_init__(self) -> None:
        for name in ("prior", "learn"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must lie in [0, 1], got {value!r}")
        for name in ("slip", "guess"):
            value = getattr(self, name)
            # Zero is excluded so that every posterior below has a positive denominator.
            if not 0.0 < value < MAX_SLIP_GUESS:
                raise ValueError(f"{name} must lie in (0, {MAX_SLIP_GUESS}), got {value!r}")

    def to_dict(self) -> dict[str, float]:
        return {"prior": self.prior, "learn": self.learn, "slip": self.slip, "guess": self.guess}

    @classmethod
    def from_dict(cls, data: dict[str, float]) -> "BKTParams":
        return cls(
            prior=float(data["prior"]),
            learn=float(data["learn"]),
            slip=float(data["slip"]),
            guess=float(data["guess"]),
        )


@dataclass(frozen=True, slots=True)
class PropagationResult:
    """The prerequisite's new mastery probability, and whether a wrong answer points at it."""

    p_mastery: float
    gap_suspected: bool


def _check_probability(name: str, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must lie in [0, 1], got {value!r}")


def predict_correct(p_mastery: float, params: BKTParams) -> float:
    """P(correct) = p (1 - slip) + (1 - p) guess."""
    _check_probability("p_mastery", p_mastery)
    return p_mastery * (1.0 - params.slip) + (1.0 - p_mastery) * params.guess


def posterior(p_mastery: float, correct: bool, params: BKTParams) -> float:
    """P(mastered | answer) by Bayes' rule, before any learning.

    Correct: p (1 - s) / (p (1 - s) + (1 - p) g).  Wrong: p s / (p s + (1 - p) (1 - g)).
    """
    _check_probability("p_mastery", p_mastery)
    if correct:
        hit = p_mastery * (1.0 - params.slip)
        return hit / (hit + (1.0 - p_mastery) * params.guess)
    miss = p_mastery * params.slip
    return miss / (miss + (1.0 - p_mastery) * (1.0 - params.guess))


def update(p_mastery: float, correct: bool, params: BKTParams, weight: float = 1.0) -> float:
    """Mastery after one answer: the posterior, then the learning transition.

    With ``weight`` w (an item tagged to several concepts gives each a share of the evidence)
    the observation step moves only part of the way, q = p + w (posterior - p), and so does
    the practice opportunity, p' = q + (1 - q) w learn. w = 1 is standard BKT; w = 0 leaves
    ``p_mastery`` unchanged.
    """
    _check_probability("weight", weight)
    q = p_mastery + weight * (posterior(p_mastery, correct, params) - p_mastery)
    return q + (1.0 - q) * weight * params.learn


def propagate_to_prerequisite(
    p_prereq: float,
    correct: bool,
    transfer: float,
    params: BKTParams | None = None,
    *,
    gap_threshold: float = 0.5,
) -> PropagationResult:
    """Pass an answer on a dependent concept to one of its prerequisites.

    An answer on the dependent is read as a noisy answer on the prerequisite (with the
    prerequisite's slip and guess), discounted by the edge's ``transfer`` coefficient t:
    p' = p + t (posterior - p). There is no learning transition, because the prerequisite
    itself was not practised. A right answer is thus weak positive evidence and a wrong one
    weak negative evidence. A wrong answer while the prerequisite is already weak
    (p < ``gap_threshold``) on a real edge (t > 0) flags a suspected prerequisite gap.
    """
    _check_probability("transfer", transfer)
    _check_probability("gap_threshold", gap_threshold)
    params = params if params is not None else BKTParams()
    p_new = p_prereq + transfer * (posterior(p_prereq, correct, params) - p_prereq)
    gap = not correct and transfer > 0.0 and p_prereq < gap_threshold
    return PropagationResult(p_mastery=p_new, gap_suspected=gap)
