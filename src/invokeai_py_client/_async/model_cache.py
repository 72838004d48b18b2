"""The server's model cache (``client.dnn_model_repo.cache``): its statistics and emptying it."""

from __future__ import annotations

from invokeai_api.models import CacheStats

from .._core.dnn_models import requests as models
from ._requester import AsyncRequester


class AsyncModelCache:
    """The models the server holds in RAM/VRAM."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._ctx = requester

    async def stats(self) -> CacheStats | None:
        """Statistics of the model cache; None when no model was loaded yet."""
        return await self._ctx.call(models.cache_stats())

    async def empty(self) -> None:
        """Drop every model from the server's RAM/VRAM cache (models in use stay) (5.6.1+)."""
        await self._ctx.require("empty_model_cache")
        await self._ctx.call(models.empty_cache())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
