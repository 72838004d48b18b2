"""Finding the workflow a command runs: a file exported from the web UI, or an entry of the
server's library (by name or id)."""

from __future__ import annotations

from pathlib import Path

import click

from .._core.errors import InvalidInputError, NotFoundError
from .._sync.client import InvokeAIClient
from ..workflow import WorkflowDefinition, WorkflowHandle

_LIBRARY_CATEGORIES = ("user", "default")


def library_definition(client: InvokeAIClient, name: str) -> WorkflowDefinition:
    """The library workflow named ``name`` (or with that id): the user's first, then the
    server's defaults. Raises InvalidInputError when none or several match."""
    repo = client.workflow_repo
    matches = []
    for category in _LIBRARY_CATEGORIES:
        for record in repo.iter_workflows(categories=[category], query=name):
            if name in (record.name, record.workflow_id):
                matches.append(record)
        if matches:
            break
    if not matches:
        try:
            return repo.get_workflow_definition(name)
        except NotFoundError:
            raise InvalidInputError(
                f"no workflow named {name!r} in the server's library (user and default workflows)"
            ) from None
    if len(matches) > 1:
        ids = ", ".join(m.workflow_id for m in matches)
        raise InvalidInputError(f"{len(matches)} library workflows are named {name!r}: {ids}")
    return repo.get_workflow_definition(matches[0].workflow_id)


def open_workflow(client: InvokeAIClient, path: Path | None, library: str | None) -> WorkflowHandle:
    """The handle of the workflow file ``path`` or of the library's ``library``."""
    if (path is None) == (library is None):
        raise click.UsageError("give a WORKFLOW.json file or --library NAME (one of them)")
    if path is not None:
        definition = WorkflowDefinition.from_file(path)
    else:
        assert library is not None
        definition = library_definition(client, library)
    return client.workflow_repo.create_workflow(definition)
