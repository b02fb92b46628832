"""Imports every domain's models so Alembic and the mapper see all tables."""

from gurukul.core.db import Base
from gurukul.curriculum import models as curriculum_models

__all__ = ["Base", "curriculum_models"]
