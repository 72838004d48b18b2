"""The async client: the one hand-written source of both twins (``_sync/`` is generated from it
by ``scripts/unasync.py``). Import the public names from the package, not from here."""
