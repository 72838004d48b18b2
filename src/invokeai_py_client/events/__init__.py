"""Socket.IO events: one shared connection per client, typed payloads, filtered streams.

```python
async with client.socketio_session() as sio:     # python-socketio AsyncClient
    batch = await client.queue_repo.enqueue_graph(graph)
    await batch.wait(timeout=60)
```
"""

from .._core.events import EVENT_MODELS, QUEUE_EVENT_NAMES, Event, RawEvent, event_name, parse_event
from .._core.progress import DenoiseProgress, denoise_progress
from ._session import ConnectionGap, EventSession, SocketSettings
from ._stream import EventFilter, EventStream

__all__ = [
    "EVENT_MODELS",
    "QUEUE_EVENT_NAMES",
    "ConnectionGap",
    "DenoiseProgress",
    "Event",
    "EventFilter",
    "EventSession",
    "EventStream",
    "RawEvent",
    "SocketSettings",
    "denoise_progress",
    "event_name",
    "parse_event",
]
