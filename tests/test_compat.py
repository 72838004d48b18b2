"""The feature table agrees with the committed OpenAPI snapshots of each server line, and the
generated table of fields older servers omit is current."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from invokeai_py_client._core.compat import normalize_response
from invokeai_py_client._core.versions import FEATURES, ServerVersion
from invokeai_py_client.errors import UnsupportedByServerError

REPO = Path(__file__).resolve().parent.parent
SNAPSHOTS = {v: REPO / "openapi" / f"invokeai-{v}.json" for v in ("4.2.9", "5.15.0", "6.14.2")}

# A route that exists exactly on the servers that have the feature.
FEATURE_ROUTES = {
    "auth": ("post", "/api/v1/auth/login"),
    "queue_list_all": ("get", "/api/v1/queue/{queue_id}/list_all"),
    "queue_item_delete": ("delete", "/api/v1/queue/{queue_id}/i/{item_id}"),
    "queue_destination": ("put", "/api/v1/queue/{queue_id}/cancel_by_destination"),
    "queue_retry": ("put", "/api/v1/queue/{queue_id}/retry_items_by_id"),
    "queue_cancel_all_except_current": (
        "put",
        "/api/v1/queue/{queue_id}/cancel_all_except_current",
    ),
    "model_by_hash": ("get", "/api/v2/models/get_by_hash"),
    "model_orphans": ("get", "/api/v2/models/sync/orphaned"),
    "model_install_pause": ("post", "/api/v2/models/install/{id}/pause"),
    "empty_model_cache": ("post", "/api/v2/models/empty_model_cache"),
    "hf_login": ("get", "/api/v2/models/hf_login"),
    "model_missing": ("get", "/api/v2/models/missing"),
    "model_bulk_delete": ("post", "/api/v2/models/i/bulk_delete"),
}


@pytest.mark.parametrize("feature", sorted(FEATURE_ROUTES))
def test_feature_versions_match_the_snapshots(feature: str) -> None:
    method, path = FEATURE_ROUTES[feature]
    since = FEATURES[feature].since
    for version, snapshot in SNAPSHOTS.items():
        paths = json.loads(snapshot.read_text())["paths"]
        has_route = method in paths.get(path, {})
        assert has_route == ServerVersion.parse(version).at_least(since), (feature, version)


def test_unsupported_feature_names_itself_and_the_first_version() -> None:
    with pytest.raises(UnsupportedByServerError) as caught:
        ServerVersion.parse("5.15.0").require("auth")
    assert caught.value.since == "6.12.0" and caught.value.server_version == "5.15.0"
    assert str(caught.value) == (
        "user accounts and login (multi-user mode) needs InvokeAI 6.12.0 or newer; "
        "this server runs 5.15.0"
    )


def test_current_answers_pass_through_untouched() -> None:
    item = {"item_id": 1, "session": {"workflow_call_history": [], "workflow_call_stack": []}}
    assert normalize_response("GET", "/api/v1/queue/default/i/1", item) is item


def test_older_answers_get_the_fields_added_later() -> None:
    old_board = {"board_id": "b", "board_name": "x", "image_count": 2}
    filled = normalize_response("GET", "/api/v1/boards/b", old_board)
    assert filled["asset_count"] == 0 and filled["user_id"] == "system"
    listed = normalize_response("GET", "/api/v1/boards/", [old_board])
    assert listed[0]["asset_count"] == 0
    enqueued = normalize_response("POST", "/api/v1/queue/default/enqueue_batch", {"enqueued": 1})
    assert enqueued["item_ids"] == [] and enqueued["_client_no_item_ids"] is True


def test_generated_compat_table_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "compat_table.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_routes_answering_no_content_ask_for_no_compression() -> None:
    from invokeai_py_client._core.compat import wants_identity_encoding

    # InvokeAI 6.14 answers 500 to an empty 204 when gzip is accepted (the action is done).
    assert wants_identity_encoding("DELETE", "/api/v2/models/i/some-key")
    assert wants_identity_encoding("DELETE", "/proxy/api/v2/models/install")
    assert not wants_identity_encoding("GET", "/api/v2/models/i/some-key")
    assert not wants_identity_encoding("DELETE", "/api/v1/boards/b")
