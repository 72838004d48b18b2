"""The I/O-free core shared by both clients: configuration, server versions, payload shapes,
argument checks, retry decisions and the requests each resource sends. Nothing here sends a
request, sleeps or touches an event loop, and nothing here imports the twins (``_async/``,
``_sync/``) or the backends."""
