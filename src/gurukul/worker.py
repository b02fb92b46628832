"""The task engine for this process: imports every domain's tasks.py so their outbox handlers
and periodic jobs register, then builds the engine from the settings."""

from __future__ import annotations

from gurukul.analytics import tasks as analytics_tasks
from gurukul.assessments import tasks as assessments_tasks
from gurukul.core.config import Settings
from gurukul.core.tasks import TaskEngine, registry
from gurukul.notifications import tasks as notifications_tasks
from gurukul.rankings import tasks as rankings_tasks

DOMAIN_TASKS = (analytics_tasks, assessments_tasks, notifications_tasks, rankings_tasks)


def create_task_engine(settings: Settings) -> TaskEngine:
    """An engine with every domain's periodic jobs (the relay among them) registered."""
    return TaskEngine(settings, registry.jobs)
