"""Downloading images: the client against raw httpx, and peak memory against image size.

1. 100 uploaded PNGs downloaded through ``BoardHandle.download_image`` and with a bare
   ``httpx.Client`` GET on the same server, in alternating rounds. Target: <= 1.05x raw httpx.
2. Peak Python memory (tracemalloc) while ``download_image_to`` writes one large image to a
   file, for several sizes. Target: independent of the image size (streamed in chunks).

    .venv/bin/python bench/bench_download.py [--url http://127.0.0.1:PORT] [--rounds 5]

Without ``--url`` a 6.14.2 server is started on loopback (and stopped at the end).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
import zlib
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench._server import server_url  # noqa: E402
from invokeai_py_client import InvokeAIClient  # noqa: E402
from scripts.png import _chunk, make_png  # noqa: E402


def noisy_png(width: int, height: int) -> bytes:
    """A PNG that does not compress (random pixels), so its file is about 3 bytes per pixel."""
    import struct

    raw = b"".join(b"\x00" + os.urandom(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 1))
        + _chunk(b"IEND", b"")
    )


def run(url: str, rounds: int) -> None:
    with InvokeAIClient.from_url(url) as client, httpx.Client(base_url=url, timeout=60) as raw:
        version = client.server_version
        board = client.board_repo.create_board("bench-download")
        handle = client.board_repo.get_board_handle(board.board_id)
        try:
            names = [
                handle.upload_image_data(make_png(128, 128, (i, 90, 200)), f"b{i}.png").image_name
                for i in range(100)
            ]
            total_bytes = sum(len(raw.get(f"/api/v1/images/i/{n}/full").content) for n in names)
            client_times: list[float] = []
            raw_times: list[float] = []
            for _ in range(rounds):
                start = time.perf_counter()
                for name in names:
                    raw.get(f"/api/v1/images/i/{name}/full").raise_for_status()
                raw_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                for name in names:
                    handle.download_image(name)
                client_times.append(time.perf_counter() - start)

            print(f"server      InvokeAI {version} at {url}")
            print(
                f"machine     Python {platform.python_version()}, {platform.machine()}, "
                f"{os.cpu_count()} cores"
            )
            print(
                f"images      100 PNGs of 128x128, {total_bytes / 100 / 1024:.1f} KiB each; "
                f"{rounds} rounds"
            )
            raw_med, client_med = statistics.median(raw_times), statistics.median(client_times)
            print(f"raw httpx   median {raw_med * 1000:7.1f} ms per 100 images")
            print(
                f"client      median {client_med * 1000:7.1f} ms per 100 images "
                f"({client_med / raw_med:.3f}x raw)"
            )
            print(f"target <= 1.05x raw: {'met' if client_med / raw_med <= 1.05 else 'NOT met'}")

            print("\npeak Python memory while streaming one image to a file (tracemalloc)")
            with tempfile.TemporaryDirectory() as folder:
                for side in (512, 1536, 3072):
                    data = noisy_png(side, side)
                    name = handle.upload_image_data(data, f"big{side}.png").image_name
                    size = len(data)
                    del data
                    tracemalloc.start()
                    handle.download_image_to(name, Path(folder), overwrite=True)
                    _, to_file = tracemalloc.get_traced_memory()
                    tracemalloc.stop()
                    tracemalloc.start()
                    handle.download_image(name)
                    _, to_bytes = tracemalloc.get_traced_memory()
                    tracemalloc.stop()
                    print(
                        f"  {side}x{side} ({size / 2**20:5.1f} MiB): download_image_to peak "
                        f"{to_file / 2**20:5.2f} MiB; download_image (bytes) peak "
                        f"{to_bytes / 2**20:6.1f} MiB"
                    )
        finally:
            client.board_repo.delete_board_result(board.board_id, delete_images=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an InvokeAI server already running (else one is started)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with server_url(args.url, "bench-dl") as url:
        run(url, args.rounds)


if __name__ == "__main__":
    main()
