from gurukul.core.errors import BadRequest, Conflict, GurukulError, NotFound


class QuestionNotFound(NotFound):
    code = "question_not_found"


class QuestionVersionNotFound(NotFound):
    code = "question_version_not_found"


class ImageNotFound(NotFound):
    code = "image_not_found"


class InvalidQuestion(BadRequest):
    code = "invalid_question"


class UnknownConcept(BadRequest):
    code = "unknown_concept"


class UnknownFormat(BadRequest):
    code = "unknown_format"


class InvalidImage(BadRequest):
    code = "invalid_image"


class ImageTooLarge(GurukulError):
    status_code = 413
    code = "image_too_large"


class DuplicateQuestion(Conflict):
    code = "duplicate_question"


class InvalidStatusTransition(Conflict):
    code = "invalid_status_transition"


class QuestionNotDeletable(Conflict):
    code = "question_not_deletable"
