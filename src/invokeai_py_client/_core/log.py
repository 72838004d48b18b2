"""``INVOKEAI_LOG=debug`` (or ``info``): log every request and answer, secrets redacted."""

from __future__ import annotations

import logging
import os
import re

from .constants import LOGGER_NAME

_REDACT = re.compile(
    r"(?i)(authorization|x-refreshed-token|token|password|api_key)"
    r"([\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)"
    r"([^\s\"'&,}]+)"
)
_configured = False


def redact(text: str) -> str:
    """``text`` with the values of credentials replaced by ``<redacted>``."""
    return _REDACT.sub(lambda m: f"{m.group(1)}{m.group(2)}<redacted>", text)


class _RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


def configure_from_env() -> None:
    """Attach a stderr handler to our logger (and httpx's) at the level ``INVOKEAI_LOG`` names,
    once per process; nothing when the variable is unset."""
    global _configured
    level_name = os.environ.get("INVOKEAI_LOG", "").strip().upper()
    if _configured or not level_name:
        return
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        return
    _configured = True
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler.addFilter(_RedactingFilter())
    for name in (LOGGER_NAME, "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)
