"""Common tasks in one call (``QuickClient``), run by workflows shipped with the package.

```python
from invokeai_py_client.quick import QuickClient

qc = QuickClient(client)
copy = qc.copy_image_to_board(dto.image_name, handle.board_id)
```
"""

from .._async.quick_client import AsyncQuickClient
from .._sync.quick_client import QuickClient

__all__ = ["AsyncQuickClient", "QuickClient"]
