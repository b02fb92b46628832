"""Imports every domain's models so Alembic and the mapper see all tables."""

from gurukul.core.db import Base

__all__ = ["Base"]
