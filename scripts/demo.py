"""End-to-end demo: a real local InvokeAI server, driven by the client.

    python scripts/demo.py [--version 6.14.2] [--url http://127.0.0.1:9090] [--out out]

Without ``--url`` it installs (once) and starts a real server on a free loopback port, and stops
it at the end. Then it uploads a generated PNG, puts it on a new board, downloads it back (full
size and thumbnail) into ``--out``, and reports whether the server kept the bytes as sent.
Finally it generates a real picture (``scripts/demo_t2i.py``): a tiny SD-1 model with random
weights is built, installed through the client and run by the server's text-to-image workflow,
with a progress bar; the PNG is saved into ``--out``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from invokeai_py_client import InvokeAIClient, InvokeAIError  # noqa: E402
from scripts import invokeai_server, tiny_models  # noqa: E402
from scripts.demo_t2i import generate  # noqa: E402
from scripts.png import make_png  # noqa: E402


@contextlib.contextmanager
def server_url(url: str | None, version: str) -> Iterator[str]:
    if url:
        yield url
        return
    print(f"starting InvokeAI {version} on loopback (first run installs it: a few minutes)...")
    server = invokeai_server.start(version, name=f"demo-{version}", watch_pid=os.getpid())
    try:
        yield server.url
    finally:
        invokeai_server.stop(server)
        print(f"stopped the demo server (pid {server.pid})")


def run(url: str, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with InvokeAIClient.from_url(url) as client:
        if not client.health_check():
            raise SystemExit(f"no InvokeAI server answers at {url}")
        version = client._make_request("GET", "/app/version").json()["version"]
        print(f"connected to InvokeAI {version} at {client.base_url}")

        png = make_png(96, 64, (255, 120, 0))
        uncategorized = client.board_repo.get_board_handle("none")
        image = uncategorized.upload_image_data(png, "demo-gradient.png")
        print(f"uploaded {image.image_name} ({image.width}x{image.height})")

        board = client.board_repo.create_board(f"demo {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle = client.board_repo.get_board_handle(board.board_id)
        handle.add_image(image.image_name)
        print(f"moved it onto board {board.board_name!r} ({board.board_id})")
        assert image.image_name in handle.list_images()

        full = handle.download_image(image.image_name, full_resolution=True)
        thumbnail = handle.download_image(image.image_name, full_resolution=False)
        (out_dir / image.image_name).write_bytes(full)
        thumb_path = out_dir / (Path(image.image_name).stem + ".thumbnail.webp")
        thumb_path.write_bytes(thumbnail)
        print(f"downloaded {len(full)} bytes to {out_dir / image.image_name}")
        print(f"downloaded the {len(thumbnail)}-byte thumbnail to {thumb_path}")
        same = full == png
        print("round trip:", "identical bytes" if same else "re-encoded by the server")
        boards = client.board_repo.list_boards(include_uncategorized=True)
        print(f"boards on the server: {', '.join(b.board_name for b in boards)}")

        generate(client, version, out_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="InvokeAI client end-to-end demo")
    parser.add_argument("--version", default=invokeai_server.DEFAULT_VERSION)
    parser.add_argument("--url", help="use this running server instead of starting one")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "out")
    args = parser.parse_args(argv)
    try:
        with server_url(args.url, args.version) as url:
            run(url, args.out)
    except (InvokeAIError, invokeai_server.ServerToolError, tiny_models.TinyModelError) as exc:
        print(f"demo failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
