"""Test kinds and their blueprints: items per subject, time limit, marking scheme, window.

The defaults below are what a deployment gets; `blueprints_from_json` reads overrides in the
same shape (a later setting, e.g. `GURUKUL_TEST_BLUEPRINTS`, will hand its text to it):
``{"weekly": {"items_per_subject": {"PHY": 8}, "time_limit_s": 2400, "marking": "jee_main"}}``.
Keys left out keep their default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum
from typing import Any

import orjson

from gurukul.assessments.assembly import Blueprint


class TestKind(StrEnum):
    __test__ = False  # not a pytest class

    diagnostic = "diagnostic"
    weekly = "weekly"
    monthly = "monthly"
    practice = "practice"


class LatePolicy(StrEnum):
    refuse = "refuse"  # after deadline + grace: 409 submission_late, nothing written
    score_in_time = "score_in_time"  # scored as sent, flagged `late` in the result


# How long after the deadline a submission still counts as on time: the browser may have
# been offline when the clock ran out (a setting later: GURUKUL_SUBMISSION_GRACE).
SUBMISSION_GRACE = timedelta(minutes=5)
LATE_POLICY = LatePolicy.refuse
# An item used on more forms than this (across everyone, in the exposure window) is only
# used when nothing else fits (assembly.py's exposure control).
MAX_EXPOSURE = 200
# A weekly form does not repeat items the student saw in this many weeks.
RECENT_WEEKS_EXCLUSION = 4
# Practice: time allowed per item; a practice set may not be larger than this.
PRACTICE_SECONDS_PER_ITEM = 120
MAX_PRACTICE_ITEMS = 50


@dataclass(frozen=True)
class KindBlueprint:
    """What a test of one kind looks like. `marking` None keeps each question's own scheme."""

    items_per_subject: Mapping[str, int] = field(default_factory=dict)
    time_limit_s: int = 3600
    marking: str | None = "jee_main"

    def for_assembly(self) -> Blueprint:
        return Blueprint(
            dict(self.items_per_subject),
            time_limit_s=self.time_limit_s,
            marking_scheme=self.marking,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "items_per_subject": dict(self.items_per_subject),
            "time_limit_s": self.time_limit_s,
            "marking": self.marking,
        }


SUBJECTS = ("PHY", "CHEM", "MATH")
FIELDS = frozenset({"items_per_subject", "time_limit_s", "marking"})

DEFAULT_BLUEPRINTS: dict[TestKind, KindBlueprint] = {
    # Foundation layers of every subject, short enough for a first sitting.
    TestKind.diagnostic: KindBlueprint(dict.fromkeys(SUBJECTS, 10), time_limit_s=45 * 60),
    TestKind.weekly: KindBlueprint(dict.fromkeys(SUBJECTS, 10), time_limit_s=60 * 60),
    # A JEE Main paper: 25 per subject in three hours.
    TestKind.monthly: KindBlueprint(dict.fromkeys(SUBJECTS, 25), time_limit_s=180 * 60),
    # Practice sets are sized by the request; questions keep their own marking.
    TestKind.practice: KindBlueprint({}, time_limit_s=0, marking=None),
}


def blueprints_from_json(
    text: str | bytes | None, defaults: Mapping[TestKind, KindBlueprint] = DEFAULT_BLUEPRINTS
) -> dict[TestKind, KindBlueprint]:
    """The defaults with the overrides in `text` applied; ValueError names a bad key."""
    result = dict(defaults)
    if not text:
        return result
    data = orjson.loads(text)
    if not isinstance(data, dict):
        raise ValueError("blueprints: expected an object keyed by test kind")
    for key, spec in data.items():
        try:
            kind = TestKind(key)
        except ValueError:
            raise ValueError(f"blueprints: unknown test kind {key!r}") from None
        if not isinstance(spec, dict) or set(spec) - FIELDS:
            raise ValueError(f"blueprints.{key}: unknown or malformed fields")
        blueprint = replace(result[kind], **spec)
        try:
            blueprint.for_assembly()  # validates the counts
        except ValueError as exc:
            raise ValueError(f"blueprints.{key}.items_per_subject: {exc}") from None
        if blueprint.time_limit_s < 0:
            raise ValueError(f"blueprints.{key}.time_limit_s: cannot be negative")
        result[kind] = blueprint
    return result


BLUEPRINTS = blueprints_from_json(None)
