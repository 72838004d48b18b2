"""What every command shares: the client (built once, on first use) and the output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from .._sync.client import InvokeAIClient

ClientFactory = Callable[[str | None, str | None], InvokeAIClient]
"""Builds the client from ``--url`` and ``--api-key`` (None: the environment's, then the
defaults). Tests inject one whose client replays a cassette."""


_PIPE_WIDTH = 200
_CELL_MAX = 48


def default_factory(url: str | None, api_key: str | None) -> InvokeAIClient:
    if url:
        return InvokeAIClient.from_url(url, api_key=api_key)
    # Without an address the client reads INVOKEAI_URL (else localhost:9090).
    return InvokeAIClient(api_key=api_key)


@dataclass
class State:
    url: str | None
    api_key: str | None
    json: bool
    factory: ClientFactory
    urls: tuple[str, ...] = ()
    """Every ``--url`` given (``run`` spreads its items over them when there are several)."""
    _client: InvokeAIClient | None = field(default=None, repr=False)
    _others: list[InvokeAIClient] = field(default_factory=list, repr=False)

    @property
    def client(self) -> InvokeAIClient:
        if self._client is None:
            self._client = self.factory(self.url, self.api_key)
        return self._client

    def clients(self) -> list[InvokeAIClient]:
        """A client per ``--url`` (the first is :attr:`client`)."""
        if len(self.urls) > 1 and not self._others:
            self._others = [self.factory(url, self.api_key) for url in self.urls[1:]]
        return [self.client, *self._others]

    def close(self) -> None:
        for other in self._others:
            other.close()
        self._others = []
        if self._client is not None:
            self._client.close()
            self._client = None

    # Results go to stdout; progress, notes and errors to stderr, so that stdout can be piped.
    @property
    def out(self) -> Console:
        # A pipe gets whole lines (rich would wrap tables at 80 columns).
        wide = None if sys.stdout.isatty() else _PIPE_WIDTH
        return Console(highlight=False, width=wide)

    @property
    def err(self) -> Console:
        return Console(stderr=True, highlight=False)

    def emit(self, data: Any, text: Callable[[Console], None]) -> None:
        """``data`` as JSON with ``--json``, otherwise what ``text`` prints."""
        if self.json:
            click.echo(json.dumps(data, indent=2, default=str))
        else:
            text(self.out)

    def table(self, data: list[dict[str, Any]], columns: Sequence[str], title: str = "") -> None:
        """Rows as JSON with ``--json``, otherwise as a table of ``columns``."""

        def render(console: Console) -> None:
            if not data:
                console.print(f"no {title or 'rows'}")
                return
            table = Table(*columns, title=None, show_edge=False, pad_edge=False)
            for row in data:
                table.add_row(*(_cell(row.get(c)) for c in columns))
            console.print(table)

        self.emit(data, render)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = json.dumps(value, default=str) if isinstance(value, dict | list) else str(value)
    return text if len(text) <= _CELL_MAX else text[: _CELL_MAX - 1] + "…"


def print_lines(lines: Sequence[str]) -> Callable[[Console], None]:
    """A renderer for :meth:`State.emit` printing one line each."""

    def render(console: Console) -> None:
        for line in lines:
            console.print(line, soft_wrap=True, markup=False)

    return render


pass_state = click.make_pass_decorator(State)
