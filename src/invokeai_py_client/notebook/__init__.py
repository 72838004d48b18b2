"""The client in Jupyter: rich display of images, pages, boards, workflow inputs and finished
runs, and progress for waits and batches.

Nothing here is imported by the client itself, and IPython and ipywidgets only when a notebook
uses them (``pip install 'invokeai-py-client[notebook]'`` adds the progress widget)::

    from invokeai_py_client.notebook import progress, show

    show(client, client.board_repo.list_boards())       # a grid of board covers with names
    batch = wf.submit()
    batch.wait(on_progress=progress(batch))             # a bar that follows the batch
    show(client, batch)                                 # its output images
"""

from ._display import FullImage, Gallery, ImagePreview, InputsTable, Tile
from ._progress import NotebookProgress, progress
from ._show import ashow, display_object, enable, show

__all__ = [
    "FullImage",
    "Gallery",
    "ImagePreview",
    "InputsTable",
    "NotebookProgress",
    "Tile",
    "ashow",
    "display_object",
    "enable",
    "progress",
    "show",
]
