"""Dict-style reading of a submission (I/O-free): the original client's ``submit_sync()``
returned ``{"batch_id", "item_ids", "session_id"}``; our batch handle answers those keys too."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SUBMISSION_KEYS = ("batch_id", "item_ids", "session_id", "enqueued", "requested", "priority")


class SubmissionKeys:
    """``handle["batch_id"]``, ``handle.get("session_id")``, ``list(handle.keys())``: the
    attributes of the same names (``session_id`` is None until a wait has seen the run)."""

    def __getitem__(self, key: str) -> Any:
        if key not in SUBMISSION_KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in SUBMISSION_KEYS else default

    def keys(self) -> Iterator[str]:
        return iter(SUBMISSION_KEYS)

    def __contains__(self, key: object) -> bool:
        return key in SUBMISSION_KEYS
