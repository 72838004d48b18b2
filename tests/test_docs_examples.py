"""Every Python example of the documentation runs, against the test's server or cassette.

The pages are ``README.md`` and every ``docs/**/*.md``. Each fenced ``python`` block runs; a block
that is not meant to run is preceded by ``<!-- docs-test: skip NAME -->`` and listed with its
reason in :data:`NOT_RUN` (the two must agree). The blocks of one page run in order in one
namespace (a page is one story: later blocks use what earlier ones made), with one cassette (and
Socket.IO recording) per page and server version, in a temporary folder holding the files of
``docs/examples/``. Before running, :data:`SUBSTITUTIONS` replace what only makes sense on the
reader's machine (the server's address, a model's path on the server).

Clients made by an example are built as written; the harness only points their Socket.IO at the
replay server (``socketio_url``), taps their events when recording, and gives workflow pages the
node schemas of the shared ``_shared/openapi.yaml`` recording instead of a 2 MB download per page.

The docstring examples of ``src/`` are not doctests: they are plain code in an ``Example:``
section, and :func:`test_docstring_examples_are_run_by_the_docs` checks that each of their
statements appears in a block that runs here.
"""

from __future__ import annotations

import ast
import re
import shutil
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import invokeai_py_client
from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_py_client.testing.plugin import Recording
from tests._built_clients import route_built_clients

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = DOCS / "examples"
PAGES = [ROOT / "README.md", *sorted(DOCS.rglob("*.md"))]

ADDRESS = "http://localhost:9090"
TINY_SD1 = "/srv/models/tiny-sd1"  # in the docs: where the reader keeps the model (server side)

# The blocks shown but not run: "page#name" -> why.
NOT_RUN: dict[str, str] = {
    "docs/guides/graphs.md#graphs-t2i": "names a model of the reader's server (my-sd15); the "
    "same graph runs, recorded on every line with the tiny SD-1 model, in tests/test_graphs.py",
    "docs/guides/graphs.md#export-shell": "an excerpt of what `invokeai-client export` writes; "
    "tests/test_graph_export.py runs the command and the code it writes",
    "docs/pool.md#pool-three-servers": "needs several servers (and a text-to-image workflow "
    "file); the same steps run in tests/test_pool.py (fake servers) and tests/test_pool_live.py "
    "(three real 6.14.2 servers)",
    "docs/pool.md#pool-clients": "needs several servers; tests/test_pool.py runs pools of "
    "async clients",
    "docs/pool.md#ray-pool": "needs the [ray] extra, a Ray cluster and several servers; "
    "tests/test_pool_live.py runs the kill test through Ray (ray.init(num_cpus=2))",
    "docs/pool.md#ray-data": "a Ray Data pipeline over several servers and a shared folder; "
    "its client calls are those docs/guides/workflows.md and docs/guides/batches.md run",
    "README.md#readme-t2i": "names a model and a board of the reader's server (my-sd15, my-board); "
    "the same steps run, recorded on every line with the tiny SD-1 model, in "
    "docs/guides/workflows.md and tests/test_diffusion.py",
    "docs/guides/connect.md#login": "a token of a multi-user (6.12+) server and its address; "
    "bearer tokens and logout are run by tests/test_auth.py on a multi-user server",
    "docs/architecture.md#spec-excerpt": "an excerpt of _core/app.py, shown as the worked "
    "example of adding an endpoint; tests/test_app.py runs it on every recorded line",
    "docs/architecture.md#shell-excerpt": "an excerpt of _async/client.py (a method body), run "
    "by tests/test_app.py on every recorded line",
    "docs/guides/testing.md#vcr-module": "a pytest module of the reader's project (it records "
    "with vcrpy, which this page's own cassette already patches); the same set-up records "
    "this repository's cassettes (tests/_vcr.py, tests/conftest.py)",
}

# Destructive pages install models (idempotent, but on a server this run did not start they
# would add a model there).
DESTRUCTIVE = {"docs/guides/models.md", "docs/guides/workflows.md"}

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?P<lang>[\w+-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.M | re.S,
)
MARKER = re.compile(r"<!--\s*docs-test:\s*skip\s+(?P<name>[\w-]+)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    page: str  # relative to the repository
    line: int  # where its code starts (1-based)
    code: str
    skip: str | None  # the NAME of its docs-test marker


def page_name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def blocks_of(path: Path) -> list[Block]:
    text = path.read_text()
    found = []
    for match in FENCE.finditer(text):
        if match.group("lang") not in {"python", "py"}:
            continue
        before = text[: match.start()].rstrip().splitlines()
        marker = MARKER.search(before[-1]) if before else None
        found.append(
            Block(
                page=page_name(path),
                line=text.count("\n", 0, match.start("body")) + 1,
                code=textwrap.dedent(match.group("body")),
                skip=marker.group("name") if marker else None,
            )
        )
    return found


ALL_BLOCKS = [block for page in PAGES for block in blocks_of(page)]
RUN_PAGES = [page for page in PAGES if any(b.skip is None for b in blocks_of(page))]


def _page_param(page: Path) -> Any:
    name = page_name(page)
    marks = [pytest.mark.destructive] if name in DESTRUCTIVE else []
    ident = name.removeprefix("docs/").removesuffix(".md").replace("/", "_")
    return pytest.param(page, id=ident, marks=marks)


def test_blocks_not_run_are_listed_with_a_reason() -> None:
    marked = {f"{b.page}#{b.skip}" for b in ALL_BLOCKS if b.skip is not None}
    assert marked == set(NOT_RUN), "docs-test skip markers and NOT_RUN disagree"
    assert all(reason.strip() for reason in NOT_RUN.values())
    assert len(marked) == sum(1 for b in ALL_BLOCKS if b.skip is not None), "duplicate names"


def test_every_page_with_python_is_run() -> None:
    assert {b.page for b in ALL_BLOCKS if b.skip is None} == {page_name(p) for p in RUN_PAGES}
    assert len(RUN_PAGES) >= 10  # the guides, the README, getting started


def _substitutions(request: pytest.FixtureRequest, server_url: str, code: str) -> dict[str, str]:
    subs = {ADDRESS: server_url}
    if TINY_SD1 in code:
        tiny: dict[str, Path] = request.getfixturevalue("tiny_models")
        subs[TINY_SD1] = str(tiny["sd1"])
    return subs


@pytest.fixture
def made_clients(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    socket_target: str,
    cassette: Recording,
) -> Iterator[list[Any]]:
    """Clients the examples build, as written, with the harness's Socket.IO target and taps."""
    made: list[Any] = []
    openapi: list[dict[str, Any]] = []

    def built(client: Any) -> None:
        if openapi:
            client.workflow_repo.load_node_schemas(openapi[0])
        made.append(client)

    for cls in (InvokeAIClient, AsyncInvokeAIClient):
        route_built_clients(monkeypatch, cls, socket_target, cassette, built)
    request.node.stash[_OPENAPI] = openapi
    yield made
    for client in made:
        if isinstance(client, InvokeAIClient):
            client.close()


_OPENAPI = pytest.StashKey[list[dict[str, Any]]]()


@pytest.mark.parametrize("page", [_page_param(p) for p in RUN_PAGES])
def test_page_examples_run(
    page: Path,
    request: pytest.FixtureRequest,
    server_url: str,
    made_clients: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    blocks = [b for b in blocks_of(page) if b.skip is None]
    if any("create_workflow" in b.code for b in blocks):
        request.node.stash[_OPENAPI].append(request.getfixturevalue("server_openapi"))
    for item in EXAMPLES.iterdir() if EXAMPLES.is_dir() else ():
        shutil.copy(item, tmp_path / item.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INVOKEAI_URL", server_url)
    monkeypatch.delenv("INVOKEAI_API_KEY", raising=False)
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    for block in blocks:
        code = block.code
        for old, new in _substitutions(request, server_url, code).items():
            code = code.replace(old, new)
        # Line numbers of tracebacks point into the page.
        compiled = compile("\n" * (block.line - 1) + code, block.page, "exec")
        exec(compiled, namespace)
    leaked = [c for c in made_clients if isinstance(c, AsyncInvokeAIClient) and not c.is_closed]
    assert not leaked, "an async example left its client open"


# ------------------------------------------------------------------------------ docstrings
def _docstring_examples() -> Iterator[tuple[str, str]]:
    """(where, code) of each ``Example:`` code block of the public modules' docstrings. The
    blocking twin's text is used for the resources (what readers of ``_sync`` see)."""
    source = Path(invokeai_py_client.__file__).parent
    for path in sorted(source.rglob("*.py")):
        if "_async" in path.parts:
            continue  # the same docstrings, generated into _sync/ (and checked there)
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if not isinstance(
                node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
            ):
                continue
            doc = ast.get_docstring(node)
            if not doc:
                continue
            for match in FENCE.finditer(doc):
                if match.group("lang") in {"python", "py"}:
                    where = f"{path.relative_to(source.parent)}:{getattr(node, 'name', '')}"
                    yield where, textwrap.dedent(match.group("body"))


def _statements(code: str) -> list[str]:
    lines = []
    for raw in code.splitlines():
        line = raw.split("  #")[0].strip()
        if line and not line.startswith("#"):
            lines.append(re.sub(r"\s+", " ", line))
    return lines


def test_docstring_examples_are_run_by_the_docs() -> None:
    examples = list(_docstring_examples())
    assert len(examples) >= 8
    assert not any(">>>" in code for _, code in examples)
    run = {line for b in ALL_BLOCKS if b.skip is None for line in _statements(b.code)}
    missing = [
        f"{where}: {line}"
        for where, code in examples
        for line in _statements(code)
        if line not in run
    ]
    assert not missing, "docstring example lines no docs block runs:\n" + "\n".join(missing)


def test_no_doctest_prompts_in_the_sources() -> None:
    source = Path(invokeai_py_client.__file__).parent
    prompts = [str(p) for p in source.rglob("*.py") if ">>> " in p.read_text()]
    assert not prompts, f"docstring examples are plain code blocks, not doctests: {prompts}"
