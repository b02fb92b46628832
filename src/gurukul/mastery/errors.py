from gurukul.core.errors import Forbidden, Unprocessable


class StudentNotVisible(Forbidden):
    code = "student_not_visible"


class StudentRequired(Unprocessable):
    code = "field_required"
