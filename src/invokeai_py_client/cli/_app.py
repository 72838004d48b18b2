"""The root command: connection options, ``--json``, and how errors become exit statuses.

Exit statuses: 0 success; 1 a failure reported by the server (a failed queue item, an HTTP
error); 2 bad input (usage, a value an input does not take), nothing sent; 130 interrupted
(Ctrl-C), after cancelling what the command enqueued.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click
from rich.console import Console
from rich.markup import escape

from .._core.errors import InvalidInputError, InvokeAIError
from .._core.options import ENV_API_KEY, ENV_URL
from ._boards import boards, images
from ._export import export
from ._mcp import mcp
from ._models import models
from ._queue import queue, server
from ._run import EXIT_FAILED, EXIT_INTERRUPTED, inputs, run
from ._state import ClientFactory, State, default_factory

EXIT_USAGE = 2
# The root command's options: given after a subcommand, click says only "No such option".
GLOBAL_OPTIONS = frozenset({"--url", "--api-key", "--json"})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--url",
    "urls",
    envvar=ENV_URL,
    multiple=True,
    metavar="URL",
    help=f"Server address (default: ${ENV_URL}, else http://localhost:9090). Given more than "
    "once, `run` spreads its queue items over those servers.",
)
@click.option(
    "--api-key", envvar=ENV_API_KEY, metavar="KEY", help=f"Bearer token (default: ${ENV_API_KEY})."
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (JSON on stdout).")
@click.version_option(package_name="invokeai-py-client", prog_name="invokeai-client")
@click.pass_context
def cli(ctx: click.Context, urls: Sequence[str], api_key: str | None, as_json: bool) -> None:
    """Drive an InvokeAI server from the command line."""
    factory = ctx.obj if callable(ctx.obj) else default_factory
    state = State(
        url=urls[0] if urls else None,
        api_key=api_key,
        json=as_json,
        factory=factory,
        urls=tuple(urls),
    )
    ctx.obj = state
    ctx.call_on_close(state.close)


for command in (run, inputs, export, boards, images, models, queue, server, mcp):
    cli.add_command(command)


def _global_option_hint(exc: click.NoSuchOption) -> str:
    command = exc.ctx.command_path.split(" ", 1)[-1] if exc.ctx is not None else "COMMAND"
    return (
        f" ({exc.option_name} is a global option: give it before the command, "
        f"e.g. invokeai-client {exc.option_name} ... {command})"
    )


def main(argv: Sequence[str] | None = None, *, client_factory: ClientFactory | None = None) -> int:
    """Run the command line; returns the exit status. ``client_factory(url, api_key)`` builds
    the client (tests pass one whose client replays a recording)."""
    err = Console(stderr=True, highlight=False)
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="invokeai-client",
            standalone_mode=False,
            obj=client_factory,
        )
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.NoSuchOption as exc:
        if exc.option_name in GLOBAL_OPTIONS:
            exc = click.NoSuchOption(
                exc.option_name,
                message=exc.message + _global_option_hint(exc),
                possibilities=exc.possibilities,
                ctx=exc.ctx,
            )
        exc.show()
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        err.print("[yellow]interrupted")
        return EXIT_INTERRUPTED
    except InvalidInputError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        return EXIT_USAGE
    except InvokeAIError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", soft_wrap=True)
        return EXIT_FAILED
    return result if isinstance(result, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
