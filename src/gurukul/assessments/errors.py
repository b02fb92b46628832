from gurukul.core.errors import Conflict, NotFound, Unprocessable


class AttemptNotFound(NotFound):
    """Also someone else's attempt: its existence is not revealed."""

    code = "attempt_not_found"


class TestNotFound(NotFound):
    __test__ = False  # not a pytest class
    code = "test_not_found"


class AttemptAlreadySubmitted(Conflict):
    code = "attempt_already_submitted"


class IdempotencyKeyReused(Conflict):
    code = "idempotency_key_reused"


class SubmissionLate(Conflict):
    code = "submission_late"


class AttemptExpired(Conflict):
    code = "attempt_expired"


class WindowClosed(Conflict):
    code = "window_closed"


class NotEnoughQuestions(Conflict):
    code = "not_enough_questions"


class NotInForm(Unprocessable):
    code = "not_in_form"


class DuplicateAnswer(Unprocessable):
    code = "duplicate_answer"


class InvalidAnswerError(Unprocessable):
    code = "invalid_answer"


class InvalidPeriod(Unprocessable):
    code = "invalid_period"


class InvalidPractice(Unprocessable):
    code = "invalid_practice"


class NoStandard(Conflict):
    code = "standard_required"
