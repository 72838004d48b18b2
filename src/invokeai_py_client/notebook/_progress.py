"""Progress of waits and batches in a notebook: a widget bar where ipywidgets is installed,
a line of text updated in place otherwise (a plain ``print`` outside IPython)."""

from __future__ import annotations

import sys
from typing import Any

from .._core.events import Event
from .._core.progress import ItemsProgress


def _item_ids(of: Any) -> list[int] | None:
    if of is None:
        return None
    if isinstance(of, list | tuple) and all(isinstance(i, int) for i in of):
        return list(of)
    batch = getattr(of, "batch", None)  # a workflow handle after submit()
    ids = getattr(batch if batch is not None else of, "item_ids", None)
    if isinstance(ids, list):
        return list(ids)
    item_id = getattr(of, "item_id", None)
    if isinstance(item_id, int):
        return [item_id]
    raise TypeError(f"progress() takes a batch, a workflow handle, a job or item ids, not {of!r}")


def _widgets_available() -> bool:
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        return False
    return True


def _display(value: Any, **options: Any) -> Any:
    from IPython.display import display

    return display(value, **options)  # type: ignore[no-untyped-call]


def _in_ipython() -> bool:
    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython

    return get_ipython() is not None


class NotebookProgress:
    """A progress callback for the client's waits, shown in the notebook.

    Pass it as ``progress_callback=`` (workflow handles) or ``on_progress=`` (batches, jobs,
    queue waits). It follows the items of ``of`` (a batch, a submitted workflow handle, a job, or
    item ids), or every item whose events it gets when ``of`` is None. The display closes on
    its own when every item it follows has ended, leaving one line of text.

    ``widget``: True for the ipywidgets bar, False for text, None (default) for the bar when
    ipywidgets is installed and this runs in IPython.
    """

    def __init__(self, of: Any = None, *, widget: bool | None = None, label: str = "") -> None:
        self.state = ItemsProgress(_item_ids(of))
        self.label = label
        ipython = _in_ipython()
        self._use_widget = (ipython and _widgets_available()) if widget is None else widget
        self._ipython = ipython
        self._handle: Any = None
        self._bar: Any = None
        self._text: Any = None
        self._box: Any = None
        self._closed = False
        self._last_line = ""

    def __call__(self, event: Event) -> None:
        if self._closed or not self.state.update(event):
            return
        self._show()
        if self.state.done:
            self.close()

    def line(self) -> str:
        head = f"{self.label}: " if self.label else ""
        return head + self.state.summary

    def _show(self) -> None:
        if self._use_widget:
            self._show_widget()
        elif self._ipython:
            self._show_text()
        else:
            line = self.line()
            if line != self._last_line:
                print(line, flush=True)
                self._last_line = line

    def _show_widget(self) -> None:
        import ipywidgets

        if self._box is None:
            self._bar = ipywidgets.FloatProgress(value=0.0, min=0.0, max=1.0)
            self._text = ipywidgets.Label(value="")
            self._box = ipywidgets.HBox([self._bar, self._text])
            self._handle = _display(self._box, display_id=True)
        self._bar.value = self.state.fraction
        self._text.value = self.line()

    def _show_text(self) -> None:
        bar = "█" * round(20 * self.state.fraction)
        text = f"[{bar:<20}] {self.line()}"
        if self._handle is None:
            self._handle = _display({"text/plain": text}, raw=True, display_id=True)
        else:
            self._handle.update({"text/plain": text}, raw=True)

    def close(self) -> None:
        """End the display: the widget gives way to its last line of text (what a saved
        notebook keeps)."""
        if self._closed:
            return
        self._closed = True
        if self._box is not None:
            # The widget's place gets its last line: what a saved notebook (and the docs) show.
            self._handle.update({"text/plain": f"[{'█' * 20}] {self.line()}"}, raw=True)
            self._box.close()

    def __repr__(self) -> str:
        return f"NotebookProgress({self.line()!r})"


def progress(of: Any = None, *, widget: bool | None = None, label: str = "") -> NotebookProgress:
    """A progress display for a wait (see :class:`NotebookProgress`)::

    batch = wf.submit()
    batch.wait(on_progress=progress(batch))
    """
    return NotebookProgress(of, widget=widget, label=label)
