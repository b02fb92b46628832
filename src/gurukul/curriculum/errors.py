from gurukul.core.errors import Conflict, NotFound


class ConceptNotFound(NotFound):
    code = "concept_not_found"


class SubjectNotFound(NotFound):
    code = "subject_not_found"


class PrerequisiteNotFound(NotFound):
    code = "prerequisite_not_found"


class PrerequisiteCycle(Conflict):
    code = "prerequisite_cycle"


class ConceptExists(Conflict):
    code = "concept_exists"


class PrerequisiteExists(Conflict):
    code = "prerequisite_exists"


class ConceptInUse(Conflict):
    code = "concept_in_use"
