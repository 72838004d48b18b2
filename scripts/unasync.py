"""Generate the blocking client from the async one (as httpcore does with unasync).

``src/invokeai_py_client/_async/`` is the one hand-written source of the resources (client,
repositories, handles, the requester); ``src/invokeai_py_client/_sync/`` is produced from it and
committed. What really differs between the twins is in ``_backends/`` (``_async.py`` /
``_sync.py``, the same interface), switched by the one substitution list below, which fails on a
rule that matched nothing. Where the twins differ by *name*, the one table is
``_core/names.py``: its renames and the members only the blocking client has are applied here
(and read by the parity test). Nothing in ``_sync/`` is edited by hand: change ``_async/`` and run

    python scripts/unasync.py            # rewrite _sync/
    python scripts/unasync.py --check    # fail when _sync/ is not what _async/ generates

``make regen-local`` runs the first and ``make regen-check`` the second.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "invokeai_py_client"
SOURCE = PACKAGE / "_async"
TARGET = PACKAGE / "_sync"


def _load_names() -> Any:
    # By path: importing the package would import the very _sync/ this script writes.
    path = PACKAGE / "_core" / "names.py"
    spec = importlib.util.spec_from_file_location("_invokeai_names", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building classes
    spec.loader.exec_module(module)
    return module


_names = _load_names()
SYNC_NAMES = _names.SYNC_NAMES
SYNC_ONLY = _names.SYNC_ONLY

HEADER = "# Generated from _async/{name} by scripts/unasync.py: do not edit by hand.\n"

# The one substitution list: (pattern, replacement), applied in this order to every file.
# Whole words; names not listed are kept.
RULES: list[tuple[str, str]] = [
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait\s+", ""),
    # Classes: AsyncFoo -> Foo (httpx.AsyncClient -> httpx.Client and AsyncBackend -> Backend
    # included).
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\baiter_bytes\b", "iter_bytes"),
    (r"\b_async\b", "_sync"),
]


def _rename_rules() -> list[tuple[str, str]]:
    """The table's renames, as rules: the definition, calls and cross-references."""
    return [
        (rf"(def |\.|:meth:`){entry.method}\b(?=[(`])", rf"\g<1>{entry.sync_name}")
        for entry in SYNC_NAMES
    ]


def unasync_text(text: str, used: Counter[str] | None = None) -> str:
    """``text`` (an ``_async/`` module) as its blocking twin, before the sync-only members."""
    for pattern, replacement in _rename_rules() + RULES:
        text, count = re.subn(pattern, replacement, text)
        if used is not None:
            used[pattern] += count
    return text


def _add_sync_only(name: str, text: str) -> str:
    """Append the table's sync-only members to their classes (and import their helpers)."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    helpers: set[str] = set()
    inserts: list[tuple[int, list[str]]] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        members = [m for m in SYNC_ONLY if m.sync_class == node.name]
        if not members:
            continue
        assert node.end_lineno is not None
        added = ["\n", f"    # Only the blocking client has these ({_TABLE}):\n"]
        for member in members:
            make = member.make.replace("{doc}", _literal(member.doc))
            added.append(f"    # {member.why}\n    {member.name} = {make}\n")
            helpers.update(re.findall(rf"\b({'|'.join(_HELPERS)})\(", member.make))
        inserts.append((node.end_lineno, added))
    for end, added in sorted(inserts, reverse=True):
        lines[end:end] = added
    out = "".join(lines)
    if helpers:
        out = out.replace(
            "\nfrom __future__ import annotations\n",
            "\nfrom __future__ import annotations\n\n"
            f"from .._backends._sync_only import {', '.join(sorted(helpers))}\n",
            1,
        )
    return out


_TABLE = "_core/names.py, SYNC_ONLY"


def _literal(text: str) -> str:
    """``text`` as a parenthesized string literal in lines that fit (ruff lays it out)."""
    import textwrap

    parts = textwrap.wrap(text, 80, drop_whitespace=False) or [""]
    return "(" + " ".join(repr(part) for part in parts) + ")"


_HELPERS = ("in_thread", "deprecated", "blocking_property", "monitor_in_thread")


def _format(sources: dict[str, str]) -> dict[str, str]:
    """ruff-format the generated files (a rewrite can change line lengths)."""
    formatted: dict[str, str] = {}
    ruff = [sys.executable, "-m", "ruff"]
    for name, text in sources.items():
        fixed = subprocess.run(
            [
                *ruff,
                "check",
                "--fix-only",
                "--quiet",
                "--select",
                "I,F401",
                "--stdin-filename",
                str(TARGET / name),
                "-",
            ],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        ).stdout
        formatted[name] = subprocess.run(
            [*ruff, "format", "--quiet", "--stdin-filename", str(TARGET / name), "-"],
            input=fixed,
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        ).stdout
    return formatted


def _check_table(sources: dict[str, str]) -> None:
    """Each rename names a method defined once, in its class; each sync-only class exists."""
    defined: dict[str, list[str]] = {}
    classes: set[str] = set()
    for text in sources.values():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                classes.add(node.name)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        defined.setdefault(item.name, []).append(node.name)
    for entry in SYNC_NAMES:
        owners = defined.get(entry.method, [])
        if owners != [entry.async_class]:
            raise SystemExit(
                f"_core/names.py renames {entry.async_class}.{entry.method}, but _async/ "
                f"defines {entry.method} in {owners or 'no class'}: a rename must name one method"
            )
    for member in SYNC_ONLY:
        if "Async" + member.sync_class not in classes:
            raise SystemExit(f"_core/names.py: no class Async{member.sync_class} in _async/")


def generate() -> dict[str, str]:
    """File name -> the text of each ``_sync/`` module."""
    originals = {p.name: p.read_text(encoding="utf-8") for p in sorted(SOURCE.glob("*.py"))}
    _check_table(originals)
    used: Counter[str] = Counter()
    sources = {}
    for name, text in originals.items():
        body = _add_sync_only(name, unasync_text(text, used))
        sources[name] = HEADER.format(name=name) + body
    unused = [pattern for pattern, _ in _rename_rules() + RULES if not used[pattern]]
    if unused:
        raise SystemExit(f"scripts/unasync.py: rules that matched nothing: {unused}")
    return _format(sources)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    wanted = generate()
    present = {p.name: p.read_text(encoding="utf-8") for p in sorted(TARGET.glob("*.py"))}
    if args.check:
        problems = []
        for name in sorted(set(wanted) | set(present)):
            if wanted.get(name) != present.get(name):
                problems.append(name)
                diff = difflib.unified_diff(
                    (present.get(name) or "").splitlines(),
                    (wanted.get(name) or "").splitlines(),
                    f"_sync/{name} (committed)",
                    f"_sync/{name} (from _async/)",
                    lineterm="",
                    n=1,
                )
                print("\n".join(list(diff)[:40]))
        if problems:
            print(
                f"_sync/ is out of date with _async/ ({', '.join(problems)}): "
                "run `python scripts/unasync.py` (or `make regen-local`)",
                file=sys.stderr,
            )
            return 1
        print(f"_sync/ matches _async/ ({len(wanted)} modules)")
        return 0
    TARGET.mkdir(exist_ok=True)
    for name in set(present) - set(wanted):
        (TARGET / name).unlink()
    for name, text in wanted.items():
        if present.get(name) != text:
            (TARGET / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} modules to {TARGET.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
