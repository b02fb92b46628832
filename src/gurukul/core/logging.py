"""structlog JSON logs; every line of a request carries its request id."""

from __future__ import annotations

import logging
import sys

import structlog

from gurukul.core import context


def _add_request_context(
    _logger: object, _name: str, event: structlog.types.EventDict
) -> structlog.types.EventDict:
    ctx = context.current()
    if ctx is not None:
        event.setdefault("request_id", ctx.request_id)
        if ctx.user_id:
            event.setdefault("user_id", ctx.user_id)
    return event


def configure_logging(level: str = "INFO", *, json: bool = True) -> None:
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            _add_request_context,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        # Resolve sys.stderr at each call, so redirected streams (tests, daemons) are honoured.
        logger_factory=lambda *_args: structlog.PrintLogger(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
