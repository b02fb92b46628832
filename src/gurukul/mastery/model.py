import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from gurukul.mastery import tracing
from gurukul.mastery.tracing import BKTParams

FEATURES: tuple[str, ...] = (
    # Per (student, skill) counters, each also with a skill-specific weight.
    "skill_wins",  # log(1 + right answers on this skill)
    "skill_fails",  # log(1 + wrong answers on this skill)
    "bkt_logit",  # logit of BKT's P(correct) for this skill
    "skill_last",  # last answer on this skill: +1 right, -1 wrong, 0 none
    "skill_first",  # 1 if this is the first answer on this skill
    # Per (student, skill), shared weight only.
    "skill_fail_streak",  # log(1 + wrong answers in a row on this skill)
    # Per student, over all skills: shared weights only.
    "wins",  # log(1 + right answers)
    "fails",  # log(1 + wrong answers)
    "last",  # last answer on any skill: +1, -1, 0
    "same_skill",  # 1 if the previous answer was on this skill
    "recent",  # exponentially weighted mean of the +1/-1 answers
)
SKILL_SPECIFIC: tuple[str, ...] = FEATURES[:5]
"""Features whose weight has a per-skill part. Student-wide features get a shared weight only:
per-skill weights on "last" would learn how items tagged to two skills are stored as two
consecutive rows with the same answer, which is an artefact of logs, not of learning."""

RECENT_DECAY = 0.95  # about the last 20 answers; tuned on ASSISTments 2009 (0.7 and 0.4 fit worse)
_LOGIT_CLIP = 1e-6
_FORMAT = "gurukul.mastery.logistic/1"

FloatArray = npt.NDArray[np.float64]


class Interaction(NamedTuple):
    """One answer: who, on which skill, right or wrong, and when (any increasing number)."""

    student_id: str
    skill_id: str
    correct: bool
    timestamp: float


class SkillState(NamedTuple):
    """What the model remembers about one student on one skill."""

    wins: int = 0
    fails: int = 0
    last: int = 0
    fail_streak: int = 0
    p_mastery: float | None = None  # BKT; None until the first answer (the skill's prior)


class StudentState(NamedTuple):
    """What the model remembers about one student across skills."""

    wins: int = 0
    fails: int = 0
    last: int = 0
    last_skill: str | None = None
    recent: float = 0.0


def _logit(p: float) -> float:
    p = min(max(p, _LOGIT_CLIP), 1.0 - _LOGIT_CLIP)
    return math.log(p / (1.0 - p))


def mastery(skill: SkillState, bkt: BKTParams) -> float:
    """BKT's P(mastered) for the skill, the prior if never answered."""
    return bkt.prior if skill.p_mastery is None else skill.p_mastery


def features(
    student: StudentState, skill: SkillState, skill_id: str, bkt: BKTParams
) -> tuple[float, ...]:
    """The feature vector (in ``FEATURES`` order) for the student's next answer on a skill."""
    return (
        math.log1p(skill.wins),
        math.log1p(skill.fails),
        _logit(tracing.predict_correct(mastery(skill, bkt), bkt)),
        float(skill.last),
        1.0 if skill.wins + skill.fails == 0 else 0.0,
        math.log1p(skill.fail_streak),
        math.log1p(student.wins),
        math.log1p(student.fails),
        float(student.last),
        1.0 if student.last_skill == skill_id else 0.0,
        student.recent,
    )


def observe(
    student: StudentState, skill: SkillState, skill_id: str, correct: bool, bkt: BKTParams
) -> tuple[StudentState, SkillState]:
    """Both states after an answer; O(1) whatever the history."""
    sign = 1 if correct else -1
    new_skill = SkillState(
        wins=skill.wins + correct,
        fails=skill.fails + (not correct),
        last=sign,
        fail_streak=0 if correct else skill.fail_streak + 1,
        p_mastery=tracing.update(mastery(skill, bkt), correct, bkt),
    )
    new_student = StudentState(
        wins=student.wins + correct,
        fails=student.fails + (not correct),
        last=sign,
        last_skill=skill_id,
        recent=RECENT_DECAY * student.recent + (1.0 - RECENT_DECAY) * sign,
    )
    return new_student, new_skill


@dataclass(frozen=True, slots=True)
class ModelParams:
    """Weights of the logistic model: P(correct) = sigmoid(bias + w.x + skill part).

    The skill part is an intercept (easiness) plus a slope for each ``SKILL_SPECIFIC``
    feature. A skill missing from ``skills`` (new since the fit) uses the shared weights alone,
    which is what L2 shrinkage pulls every skill towards.
    """

    bias: float
    weights: tuple[float, ...]
    skills: Mapping[str, tuple[float, ...]] = field(default_factory=dict)
    """Per skill: the intercept, then one slope per ``SKILL_SPECIFIC`` feature."""

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"expected {len(FEATURES)} weights, got {len(self.weights)}")
        for skill_id, part in self.skills.items():
            if len(part) != 1 + len(SKILL_SPECIFIC):
                raise ValueError(f"skill {skill_id!r}: expected {1 + len(SKILL_SPECIFIC)} values")

    def logit(self, x: Sequence[float], skill_id: str) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x, strict=True))
        part = self.skills.get(skill_id)
        if part is not None:
            z += part[0] + sum(w * v for w, v in zip(part[1:], x, strict=False))
        return z

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": _FORMAT,
            "bias": self.bias,
            "weights": dict(zip(FEATURES, self.weights, strict=True)),
            "skills": {
                skill_id: {
                    "intercept": part[0],
                    "slopes": dict(zip(SKILL_SPECIFIC, part[1:], strict=True)),
                }
                for skill_id, part in self.skills.items()
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ModelParams":
        if data.get("format") != _FORMAT:
            raise ValueError(f"not {_FORMAT} parameters: format={data.get('format')!r}")
        return cls(
            bias=float(data["bias"]),
            weights=tuple(float(data["weights"][name]) for name in FEATURES),
            skills={
                str(skill_id): (
                    float(part["intercept"]),
                    *(float(part["slopes"][name]) for name in SKILL_SPECIFIC),
                )
                for skill_id, part in data["skills"].items()
            },
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ModelParams":
        return cls.from_dict(json.loads(text))


def predict(
    params: ModelParams,
    student: StudentState,
    skill: SkillState,
    skill_id: str,
    bkt: BKTParams,
) -> float:
    """P(the student answers the next item on ``skill_id`` correctly)."""
    z = params.logit(features(student, skill, skill_id, bkt), skill_id)
    if z >= 0.0:
        return 1.0 / (1.0 + math.exp(-z))
    return math.exp(z) / (1.0 + math.exp(z))  # no overflow for very negative z


@dataclass(slots=True)
class Tracker:
    """Model states of many students, for replaying a log (evaluation, fitting, backfills)."""

    bkt: Mapping[str, BKTParams]
    default_bkt: BKTParams = field(default_factory=BKTParams)
    students: dict[str, StudentState] = field(default_factory=dict)
    skills: dict[tuple[str, str], SkillState] = field(default_factory=dict)

    def state(self, student_id: str, skill_id: str) -> tuple[StudentState, SkillState, BKTParams]:
        return (
            self.students.get(student_id, StudentState()),
            self.skills.get((student_id, skill_id), SkillState()),
            self.bkt.get(skill_id, self.default_bkt),
        )

    def observe(self, row: Interaction) -> None:
        student, skill, bkt = self.state(row.student_id, row.skill_id)
        student, skill = observe(student, skill, row.skill_id, row.correct, bkt)
        self.students[row.student_id] = student
        self.skills[(row.student_id, row.skill_id)] = skill


def feature_matrix(
    rows: Iterable[Interaction],
    bkt: Mapping[str, BKTParams],
    default_bkt: BKTParams | None = None,
) -> FloatArray:
    """Replay rows (in time order per student): row i holds the features before answer i."""
    tracker = Tracker(bkt, default_bkt if default_bkt is not None else BKTParams())
    out: list[tuple[float, ...]] = []
    for row in rows:
        student, skill, params = tracker.state(row.student_id, row.skill_id)
        out.append(features(student, skill, row.skill_id, params))
        tracker.observe(row)
    return np.array(out, dtype=np.float64).reshape(-1, len(FEATURES))
