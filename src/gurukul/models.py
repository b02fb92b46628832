"""Imports every domain's models so Alembic and the mapper see all tables."""

from gurukul.assessments import models as assessments_models  # noqa: F401
from gurukul.auth import models as auth_models
from gurukul.core import tasks as core_tasks  # noqa: F401  (job_runs)
from gurukul.core.db import Base
from gurukul.curriculum import models as curriculum_models
from gurukul.mastery import models as mastery_models  # noqa: F401
from gurukul.questions import models as questions_models
from gurukul.rankings import models as rankings_models  # noqa: F401
from gurukul.users import models as users_models

__all__ = ["Base", "auth_models", "curriculum_models", "questions_models", "users_models"]
