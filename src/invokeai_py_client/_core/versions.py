"""Server versions: the one place where InvokeAI releases are parsed and compared.

Everything that depends on a server's release goes through here: what each line supports
(:data:`FEATURES`), which lines have a known server bug the client works around
(:data:`QUIRKS`), the first release with user accounts (:data:`MULTIUSER_SINCE`), and which
lines a repository knows (its ``openapi/`` snapshots and ``tests/cassettes/`` folders), for the
client, its testing kit and the project's scripts alike. A test refuses any other comparison.

This module imports only the standard library at import time: ``scripts/versions.py`` loads it
by path with a bare interpreter (before any virtual environment exists).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

_RELEASE = re.compile(r"^(\d+)\.(\d+)\.(\d+)")
# A folder or snapshot named after a release (``6.14.2``), nothing else.
RELEASE_NAME = re.compile(r"^\d+\.\d+\.\d+$")

# The line the bundled bindings (``generated/``) follow and the one servers start at by default;
# a test checks it against the newest ``openapi/`` snapshot, so the two cannot drift.
BINDINGS_VERSION = "6.14.2"


def version_key(text: str) -> tuple[int, int, int]:
    """``"6.14.2"`` (or ``"6.14.2rc1"``, ``"v6.14.2"``) -> ``(6, 14, 2)``, for sorting and
    comparing; raises ``ValueError`` for text that does not start with a release."""
    match = _RELEASE.match(text.strip().lstrip("v")) if isinstance(text, str) else None
    if match is None:
        raise ValueError(f"not a release number: {text!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def at_least(version: str, since: str) -> bool:
    """Whether release ``version`` is ``since`` or later."""
    return version_key(version) >= version_key(since)


def in_range(version: str, since: str | None = None, before: str | None = None) -> bool:
    """Whether ``since <= version < before`` (either bound may be open)."""
    key = version_key(version)
    return (since is None or key >= version_key(since)) and (
        before is None or key < version_key(before)
    )


def known_absent(version: str, have: Iterable[str], lines: Sequence[str]) -> bool:
    """Whether the snapshots (releases ``lines``) show that release ``version`` lacks something
    the snapshots ``have`` list: its own snapshot lacks it, or (between two snapshots, or
    beyond the last) the snapshots on both sides of it do. Unknown is not absent."""
    key = version_key(version)
    present = set(have)
    if any(version_key(line) == key for line in lines):
        return not any(version_key(line) == key and line in present for line in lines)
    below = [line for line in lines if version_key(line) < key]
    above = [line for line in lines if version_key(line) > key]
    if not below and not above:
        return False
    nearest_below = max(below, key=version_key) if below else None
    nearest_above = min(above, key=version_key) if above else None
    return all(line not in present for line in (nearest_below, nearest_above) if line is not None)


def sort_releases(releases: Iterable[str]) -> list[str]:
    """Releases oldest first."""
    return sorted(releases, key=version_key)


@dataclass(frozen=True, order=True)
class ServerVersion:
    """A server's release as a comparable ``(major, minor, patch)``, with its original text."""

    major: int
    minor: int
    patch: int
    text: str = ""

    @classmethod
    def parse(cls, text: str) -> ServerVersion:
        """Raises ``UnexpectedResponseError`` for text that is not a release number."""
        try:
            major, minor, patch = version_key(text)
        except ValueError:
            from .errors import UnexpectedResponseError

            raise UnexpectedResponseError(
                f"the server reported an unreadable version {text!r}"
            ) from None
        return cls(major, minor, patch, text.strip())

    def at_least(self, version: str) -> bool:
        return (self.major, self.minor, self.patch) >= version_key(version)

    def supports(self, feature: str) -> bool:
        """Whether this release has ``feature`` (a key of :data:`FEATURES`)."""
        return self.at_least(FEATURES[feature].since)

    def has_quirk(self, quirk: str) -> bool:
        """Whether this release has the server bug ``quirk`` (a key of :data:`QUIRKS`)."""
        known = QUIRKS[quirk]
        return self.at_least(known.since) and not self.at_least(known.fixed_in)

    def require(self, feature: str) -> None:
        """Raise ``UnsupportedByServerError`` (naming the feature and the first release that has
        it) when this release lacks ``feature``."""
        if not self.supports(feature):
            from .errors import UnsupportedByServerError

            known = FEATURES[feature]
            raise UnsupportedByServerError(
                feature=known.description, since=known.since, server_version=str(self)
            )

    def __str__(self) -> str:
        return self.text or f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Feature:
    """A capability that appeared in a given server release."""

    description: str
    since: str


# First release that has each feature: found in InvokeAI's git history (the first release tag
# whose routers have it); tests/test_compat.py checks them against openapi/*.json, and a test
# checks that each one is consulted somewhere.
FEATURES: dict[str, Feature] = {
    "auth": Feature("user accounts and login (multi-user mode)", "6.12.0"),
    "queue_list_all": Feature("listing every queue item (list_all)", "6.0.0"),
    "queue_item_delete": Feature("deleting one queue item", "6.0.0"),
    "queue_destination": Feature("batch origin/destination and cancel_by_destination", "5.0.0"),
    "queue_retry": Feature("retrying queue items", "5.7.0"),
    "queue_cancel_all_except_current": Feature("cancel_all_except_current", "5.6.1"),
    "workflow_filters": Feature("filtering the workflow library by categories and tags", "5.8.0"),
    "board_visibility": Feature("board visibility (public/shared boards)", "6.13.0"),
    "model_by_hash": Feature("finding a model by hash", "6.12.0"),
    "model_orphans": Feature("orphaned model files", "6.12.0"),
    "model_install_pause": Feature("pausing and resuming model installs", "6.12.0"),
    "model_missing": Feature("listing models whose files are missing", "6.12.0"),
    "model_bulk_delete": Feature("deleting models in bulk", "6.10.0"),
    "empty_model_cache": Feature("emptying the model cache", "5.6.1"),
    "hf_login": Feature("Hugging Face login", "5.3.1"),
    # 6.10.0's schema lacks the route, 6.14.2's has it (the lines between are not recorded).
    "generation_devices": Feature("one session worker per generation device", "6.14.0"),
}

# The first release with user accounts (multi-user mode, login, tokens on the socket).
MULTIUSER_SINCE = FEATURES["auth"].since


@dataclass(frozen=True)
class Quirk:
    """A server bug present from ``since`` until ``fixed_in`` (exclusive), worked around."""

    description: str
    since: str
    fixed_in: str


QUIRKS: dict[str, Quirk] = {
    # 6.10.0 verified here, 6.11.1 reported upstream; 6.14.2 (and 5.x) answer 201.
    "board_create_500": Quirk(
        "creating a board stores it, then answers 500 'Failed to create board' "
        "(invoke-ai/InvokeAI#8865)",
        since="6.10.0",
        fixed_in="6.12.0",
    ),
    # Before 6.12 deleting a board that does not exist answers 200.
    "board_delete_missing_ok": Quirk(
        "deleting a board that does not exist answers 200", since="0.0.0", fixed_in="6.12.0"
    ),
    # Before 6.0 deleting an image answers null whether or not the image existed.
    "image_delete_answers_null": Quirk(
        "deleting an image answers null, whether or not it existed",
        since="0.0.0",
        fixed_in="6.0.0",
    ),
    # Verified here: 4.2.9 and 5.15.0 answer 201 and file the image as uncategorized, 6.14.2
    # answers 404. The boundary is the boards router's rework that also fixed
    # board_delete_missing_ok (6.12.0); no line between 6.0 and 6.12 was recorded for it.
    "upload_missing_board_uncategorized": Quirk(
        "uploading to a board that does not exist files the image as uncategorized and answers 201",
        since="0.0.0",
        fixed_in="6.12.0",
    ),
    # Verified here: 4.2.9 and 5.15.0 answer 500 for a queue item id that does not exist,
    # 6.14.2 answers 404 (the queue router of 6.0 catches the missing item).
    "queue_item_missing_500": Quirk(
        "reading a queue item that does not exist answers 500", since="0.0.0", fixed_in="6.0.0"
    ),
    # Verified here: 4.2.9 and 5.15.0 answer 500 'Failed to update board' for a board that
    # does not exist, 6.14.2 answers 404 (boundary as upload_missing_board_uncategorized).
    "board_update_missing_500": Quirk(
        "changing a board that does not exist answers 500", since="0.0.0", fixed_in="6.12.0"
    ),
}


# ------------------------------------------------------------------ the lines a repository knows
SMOKE_MARKER = "SMOKE"


def snapshot_versions(openapi_dir: Path) -> list[str]:
    """Versions with an ``invokeai-<version>.json`` snapshot in ``openapi_dir``, oldest first."""
    found = (p.stem.removeprefix("invokeai-") for p in openapi_dir.glob("invokeai-*.json"))
    return sorted((v for v in found if RELEASE_NAME.match(v)), key=version_key)


def recorded_versions(cassettes_dir: Path) -> list[str]:
    """Versions with a folder in ``cassettes_dir``, newest first (none if it does not exist)."""
    if not cassettes_dir.is_dir():
        return []
    found = [p.name for p in cassettes_dir.iterdir() if p.is_dir() and RELEASE_NAME.match(p.name)]
    return sorted(found, key=version_key, reverse=True)


def is_smoke_line(version: str, cassettes_dir: Path) -> bool:
    """A folder holding a ``SMOKE`` file: only the tests marked ``smoke`` were recorded there."""
    return (cassettes_dir / version / SMOKE_MARKER).exists()
