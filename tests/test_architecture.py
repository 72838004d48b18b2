"""The layout keeps its promises: the packages form layers without import cycles (imports under
``TYPE_CHECKING`` and inside functions included), the I/O-free core imports nothing above it,
and every comparison of server versions goes through the one version module."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "invokeai_py_client"
ROOT = "invokeai_py_client"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it, as absolute names."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # ``from pkg import mod`` may import a module: count pkg.mod when it is one.
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in found if m == ROOT or m.startswith(ROOT + ".")}


def _unit(module: str) -> str:
    """The architectural unit of a module: the top-level subpackage it is in, or the top-level
    module itself (``errors``, ``models``), or the package root (its ``__init__``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "<root>"


def _existing(module: str) -> bool:
    relative = module.split(".")[1:]
    base = PACKAGE.joinpath(*relative)
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        unit = _unit(_module_name(path))
        edges = graph.setdefault(unit, set())
        for imported in _imports(path):
            if _existing(imported) and _unit(imported) != unit:
                edges.add(_unit(imported))
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one unit (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(unit: str) -> None:
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        on_stack.add(unit)
        for other in graph.get(unit, ()):
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in on_stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == unit:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for unit in sorted(graph):
        if unit not in index:
            visit(unit)
    return found


def test_no_import_cycle_between_packages() -> None:
    graph = _graph()
    cycles = _cycles(graph)
    assert not cycles, "import cycles between packages: " + "; ".join(
        " <-> ".join(c) for c in cycles
    )


# What each layer may import (besides the standard library, the generated bindings and the
# packages the client depends on). Adding a layer means adding it here, on purpose.
ALLOWED = {
    "_core": set(),
    "errors": {"_core"},
    "events": {"_core"},
    "_backends": {"_core", "events"},
    "models": {"_core"},
    "nodes": {"_core"},
    "_async": {"_core", "_backends", "events", "models"},
    "_sync": {"_core", "_backends", "events", "models"},
    # Notebook display and progress: plain objects over the client's public twins.
    "notebook": {"_core", "_async", "_sync", "models"},
    # The MCP server's public name; it lives in the command line (``invokeai-client mcp``),
    # whose value parsing it shares.
    "mcp_server": {"cli"},
    # The pool of servers: built on the async client; its blocking twin runs it on the portal.
    "pool": {"_core", "_backends", "_async", "_sync", "nodes"},
}


@pytest.mark.parametrize("unit", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(unit: str) -> None:
    used = _graph().get(unit, set())
    assert used <= ALLOWED[unit], f"{unit} imports {sorted(used - ALLOWED[unit])}"


def test_the_core_does_no_io() -> None:
    forbidden = re.compile(r"^\s*(import|from)\s+(asyncio|socketio|aiohttp|threading)\b", re.M)
    sends = re.compile(r"\.(request|send|stream|get|post)\(\s*['\"]?(GET|POST|http)")
    offenders = []
    for path in sorted((PACKAGE / "_core").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if forbidden.search(text) or sends.search(text) or "sync_detailed(" in text:
            offenders.append(str(path.relative_to(PACKAGE)))
    assert not offenders, f"I/O in the core: {offenders}"


# ----------------------------------------------------------------------- server versions
VERSION_MODULE = PACKAGE / "_core" / "versions.py"
# Ways of parsing or comparing release numbers that bypass the version module.
_OTHER_COMPARISONS = [
    re.compile(r"\\d\+\\\.\\d\+"),  # a regex for "6.14.2"
    re.compile(r"re\.findall\(r?[\"']\\d\+"),  # digits pulled out of a version string
    re.compile(r"\b(LooseVersion|StrictVersion|packaging\.version|parse_version)\b"),
    re.compile(r"\bversion_info\b.*[<>]=?\s*\(\d"),  # a server version compared as a tuple
    re.compile(r"\(\s*6\s*,\s*1[0-9]\s*,\s*\d+\s*\)"),  # a release written as a tuple
    re.compile(r"_SINCE\s*=\s*[\"'(]"),  # a first release defined outside the module
]


def _python_files() -> list[Path]:
    files = [
        *PACKAGE.rglob("*.py"),
        *(REPO / "scripts").rglob("*.py"),
        *(REPO / "bench").rglob("*.py"),
    ]
    generated = PACKAGE / "_sync"
    return [p for p in files if p != VERSION_MODULE and generated not in p.parents]


def test_every_version_comparison_goes_through_the_version_module() -> None:
    offenders = []
    for path in _python_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(pattern.search(line) for pattern in _OTHER_COMPARISONS):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_every_feature_and_quirk_is_consulted() -> None:
    from invokeai_py_client._core.versions import FEATURES, QUIRKS

    sources = "\n".join(
        p.read_text(encoding="utf-8") for p in _python_files() if PACKAGE in p.parents
    )
    asked = set(re.findall(r"(?:supports|require)\(\s*[\"']([a-z0-9_]+)[\"']", sources))
    quirks = set(re.findall(r"has_quirk\(\s*[\"']([a-z0-9_]+)[\"']", sources))
    assert set(FEATURES) - {"auth"} <= asked, sorted(set(FEATURES) - asked)
    assert "auth" in asked
    assert set(QUIRKS) == quirks, (sorted(set(QUIRKS) - quirks), sorted(quirks - set(QUIRKS)))


def test_importing_the_client_loads_no_binding_and_no_optional_library() -> None:
    # Import time is a target (bench/bench_import.py): the bindings, Socket.IO, asyncio and the
    # optional integrations load with their first use, never with `import invokeai_py_client`.
    heavy = ("invokeai_api", "socketio", "engineio", "aiohttp", "asyncio", "importlib.resources")
    code = (
        "import sys\nfrom invokeai_py_client import InvokeAIClient, AsyncInvokeAIClient\n"
        f"print(sorted({{m.split('.')[0] if m.split('.')[0] != 'importlib' else m "
        f"for m in sys.modules}} & set({heavy!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", f"loaded at import: {out.stdout.strip()}"
