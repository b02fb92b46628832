"""Imports every domain's models so Alembic and the mapper see all tables."""

from gurukul.auth import models as auth_models
from gurukul.core.db import Base
from gurukul.curriculum import models as curriculum_models
from gurukul.questions import models as questions_models
from gurukul.users import models as users_models

__all__ = ["Base", "auth_models", "curriculum_models", "questions_models", "users_models"]
