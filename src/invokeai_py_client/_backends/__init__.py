"""The one seam between the twins: everything the blocking and the async client do differently.

``_async.py`` (:class:`AsyncBackend`) and ``_sync.py`` (:class:`Backend`) have the same small
interface — ``http`` (the client's httpx client), ``sleep``, ``prepare_events``,
``wait_for_items``, ``follow_install``, the Socket.IO helpers, ``shutdown`` / ``close`` /
``aclose`` — and hold the only hand-twinned code: the retry and compat transports' I/O loops and
how waits run (on the caller's loop, or on a background loop with progress relayed to the
caller's thread). Everything above them is written once in ``_async/`` and generated into
``_sync/`` by ``scripts/unasync.py``, whose one substitution list turns ``_backends._async`` into
``_backends._sync`` and ``AsyncBackend`` into ``Backend``. Everything below them is ``_core/``.
"""
