"""Errors of profiles and cohorts."""

from __future__ import annotations

from gurukul.core.errors import Conflict, NotFound, Unprocessable


class InvalidStandard(Unprocessable):
    code = "invalid_standard"


class ExamTargetInPast(Unprocessable):
    code = "exam_target_in_past"


class ExamTargetTooFar(Unprocessable):
    code = "exam_target_too_far"


class RequiredForStudents(Unprocessable):
    code = "field_required"


class ProfileNotFound(NotFound):
    code = "profile_not_found"


class CohortNotFound(NotFound):
    code = "cohort_not_found"


class CohortNameTaken(Conflict):
    code = "cohort_name_taken"


class UnknownCoach(Unprocessable):
    code = "unknown_coach"


class UnknownStudent(Unprocessable):
    code = "unknown_student"


class NotInCohort(NotFound):
    code = "not_in_cohort"
