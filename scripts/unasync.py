"""Generate the synchronous client from the asynchronous one (as httpcore does with unasync).

``src/invokeai_py_client/_async/`` is the one hand-written source of the resources (client,
repositories, handles); ``src/invokeai_py_client/_sync/`` is produced from it by the token
rewrites below and committed. Nothing in ``_sync/`` is edited by hand: change ``_async/`` and run

    python scripts/unasync.py            # rewrite _sync/
    python scripts/unasync.py --check    # fail when _sync/ is not what _async/ generates

``make regen`` runs the first and ``make regen-check`` the second.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "src" / "invokeai_py_client"
SOURCE = PACKAGE / "_async"
TARGET = PACKAGE / "_sync"

HEADER = "# Generated from _async/{name} by scripts/unasync.py: do not edit by hand.\n"

# Whole-word rewrites, applied in this order. Names not listed are kept: a name that must differ
# between the twins is spelled with "Async"/"async"/"aclose"... in the source.
WORDS: list[tuple[str, str]] = [
    ("AsyncIterator", "Iterator"),
    ("AsyncIterable", "Iterable"),
    ("AsyncGenerator", "Generator"),
    ("asynccontextmanager", "contextmanager"),
    ("AbstractAsyncContextManager", "AbstractContextManager"),
    ("__aenter__", "__enter__"),
    ("__aexit__", "__exit__"),
    ("__aiter__", "__iter__"),
    ("__anext__", "__next__"),
    ("StopAsyncIteration", "StopIteration"),
    ("asyncio_detailed", "sync_detailed"),
    ("async_client", "sync_client"),
    ("aiter_bytes", "iter_bytes"),
    ("aread", "read"),
    ("aclose", "close"),
    ("_async", "_sync"),
    ("ASYNC", "SYNC"),
]
# Classes: AsyncFoo -> Foo (httpx.AsyncClient -> httpx.Client included).
CLASS = re.compile(r"\bAsync([A-Z]\w*)")
# Keywords.
KEYWORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\basync def\b"), "def"),
    (re.compile(r"\basync with\b"), "with"),
    (re.compile(r"\basync for\b"), "for"),
    (re.compile(r"\bawait\s+"), ""),
]
# Where the original client's reference gives a blocking method a ``_sync`` name, the blocking
# twin takes that name (its definition, calls and cross-references in that file).
RENAMES: dict[str, list[tuple[str, str]]] = {
    "workflow_handle.py": [
        ("submit", "submit_sync"),
        ("wait_for_completion", "wait_for_completion_sync"),
        ("wait_for_batch", "wait_for_batch_sync"),
    ],
}
# Lines that exist in one twin only:  `...  # unasync: async-only` is dropped from _sync/.
ASYNC_ONLY = "# unasync: async-only"


def unasync_text(text: str, renames: Sequence[tuple[str, str]] = ()) -> str:
    for old, new in renames:
        text = re.sub(rf"(def |\.|:meth:`){old}\b(?=[(`])", rf"\g<1>{new}", text)
    lines = [line for line in text.splitlines(keepends=True) if ASYNC_ONLY not in line]
    out = "".join(lines)
    for pattern, replacement in KEYWORDS:
        out = pattern.sub(replacement, out)
    out = CLASS.sub(r"\1", out)
    for old, new in WORDS:
        out = re.sub(rf"\b{re.escape(old)}\b", new, out)
    return out


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


def generate() -> dict[str, str]:
    """File name -> the text of each ``_sync/`` module."""
    sources = {}
    for path in sorted(SOURCE.glob("*.py")):
        body = unasync_text(path.read_text(encoding="utf-8"), RENAMES.get(path.name, []))
        sources[path.name] = HEADER.format(name=path.name) + body
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
