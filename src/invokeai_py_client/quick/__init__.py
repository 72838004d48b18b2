"""Common tasks in one call (``QuickClient``), run by workflows shipped with the package.

```python
from invokeai_py_client.quick import QuickClient

qc = QuickClient(client)
copy = qc.copy_image_to_board(dto.image_name, handle.board_id)
```
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_getattr

if TYPE_CHECKING:
    from .._async.quick_client import AsyncQuickClient
    from .._sync.quick_client import QuickClient

__getattr__ = lazy_getattr(
    __name__,
    {"AsyncQuickClient": "._async.quick_client", "QuickClient": "._sync.quick_client"},
)

__all__ = ["AsyncQuickClient", "QuickClient"]
