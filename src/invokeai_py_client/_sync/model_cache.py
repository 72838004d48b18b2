# Generated from _async/model_cache.py by scripts/unasync.py: do not edit by hand.
"""The server's model cache (``client.dnn_model_repo.cache``): its statistics and emptying it."""

from __future__ import annotations

from invokeai_api.models import CacheStats

from .._core.dnn_models import requests as models
from ._requester import Requester


class ModelCache:
    """The models the server holds in RAM/VRAM."""

    def __init__(self, requester: Requester) -> None:
        self._ctx = requester

    def stats(self) -> CacheStats | None:
        """Statistics of the model cache; None when no model was loaded yet."""
        return self._ctx.call(models.cache_stats())

    def empty(self) -> None:
        """Drop every model from the server's RAM/VRAM cache (models in use stay) (5.6.1+)."""
        self._ctx.require("empty_model_cache")
        self._ctx.call(models.empty_cache())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
