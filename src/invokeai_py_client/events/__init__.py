"""Socket.IO events: one shared connection per client, typed payloads, filtered streams.

>>> async with client.socketio_session() as sio:          # the raw python-socketio client
...     async with client.events.stream(batch_id=batch_id) as events:
...         async for event in events:
...             print(event)
"""

from ._models import EVENT_MODELS, QUEUE_EVENT_NAMES, Event, RawEvent, event_name, parse_event
from ._progress import DenoiseProgress, denoise_progress
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
