"""Defaults shared by the whole client, in one place."""

from __future__ import annotations

DEFAULT_HOST = "localhost"
DEFAULT_PORT = 9090
DEFAULT_BASE_PATH = "/api/v1"
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_RETRIES = 3
DEFAULT_QUEUE_ID = "default"

# Retry backoff, as in the OpenAI SDK: 0.5 s doubling up to 8 s, with jitter.
INITIAL_RETRY_DELAY_S = 0.5
MAX_RETRY_DELAY_S = 8.0
# A Retry-After longer than this is not honoured by sleeping: the error is raised instead.
MAX_RETRY_AFTER_S = 60.0
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Only these are retried after the request may have reached the server. InvokeAI uses PUT for
# actions that are not idempotent (PUT .../retry_items_by_id creates new queue items), so PUT and
# DELETE are not on the list despite HTTP's definition.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

HEALTH_ENDPOINT = "/api/v1/app/version"
AUTH_STATUS_ENDPOINT = "/api/v1/auth/status"
REFRESHED_TOKEN_HEADER = "X-Refreshed-Token"
SOCKETIO_PATH = "/ws/socket.io"
LOGGER_NAME = "invokeai_py_client"
SOCKETIO_CONNECT_TIMEOUT_S = 10.0
# python-socketio's reconnect backoff: 0.5 s doubling up to 8 s, with +-50 % jitter.
SOCKETIO_RECONNECT_DELAY_S = 0.5
SOCKETIO_RECONNECT_DELAY_MAX_S = 8.0
# While waiting on events, re-check a queue item by polling this often anyway: events are for
# progress, the final answer comes from the item (a missed event must not hang a waiter).
EVENT_WAIT_POLL_INTERVAL_S = 15.0
# A connection can look open and carry nothing (a proxy that stopped forwarding frames): engine.io
# notices only at its ping timeout (45 s with InvokeAI's defaults). A wait therefore trusts the
# socket only while it shows life: when nothing arrived for SOCKET_QUIET_S, the server is asked to
# acknowledge one small Socket.IO message (the queue subscription, sent again), at most once per
# SOCKET_QUIET_S per client, no HTTP request; without the answer within SOCKET_PROBE_TIMEOUT_S
# the wait polls with backoff until the socket shows life again.
SOCKET_QUIET_S = 2.0
SOCKET_PROBE_TIMEOUT_S = 2.0
# After a wait's items are found finished, the progress callback still gets their events: an
# item of which some event arrived gets this long for its final status event, and a wait that
# saw no event of its items gives the socket this long to deliver any.
FINAL_EVENT_GRACE_S = 1.0
FINAL_EVENT_SETTLE_S = 0.05
# A wait's reads of its items stop after this many unfinished ones (lowest ids first): the queue
# runs them in order, so later ones have not ended either (it covers one item per device of a
# server that runs several at once, and items run out of order by a priority).
READ_AHEAD = 8
# Without a socket, poll a queue item starting at this interval, growing to the maximum.
POLL_INTERVAL_MIN_S = 0.05
POLL_INTERVAL_MAX_S = 1.0
# A wait rides out a server that cannot be reached (restarting) until its own timeout, reading
# again at most this far apart; a wait without a timeout gives up after SERVER_OUTAGE_MAX_S.
SERVER_OUTAGE_POLL_MAX_S = 2.0
SERVER_OUTAGE_MAX_S = 300.0
# Events kept by a socket session for waiters that start after their item did.
RECENT_EVENTS_KEPT = 512
# Uploads: the server has no size limit of its own (InvokeAI 4.2-6.14 read the whole body into
# memory); the client refuses larger files before sending unless told otherwise (max_bytes=None).
UPLOAD_MAX_BYTES_DEFAULT = 100 * 1024 * 1024
# The server opens uploads with Pillow, which refuses an image declaring more than twice its
# MAX_IMAGE_PIXELS (a decompression bomb): 415 "Failed to read image".
UPLOAD_MAX_PIXELS = 2 * 89_478_485
