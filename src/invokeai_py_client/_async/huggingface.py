"""The server's Hugging Face login (``client.dnn_model_repo.huggingface``), for gated repos
(InvokeAI 5.3.1+)."""

from __future__ import annotations

from invokeai_api.models import HFTokenStatus

from .._core.dnn_models import requests as models
from ._requester import AsyncRequester


class AsyncHuggingFace:
    """Whether the server holds a Hugging Face token; storing and removing one."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._ctx = requester

    async def status(self) -> HFTokenStatus:
        """Whether the server holds a valid Hugging Face token (``valid`` / ``invalid`` /
        ``unknown``) (InvokeAI 5.3.1+)."""
        await self._ctx.require("hf_login")
        return await self._ctx.call(models.hf_status())

    async def login(self, token: str) -> HFTokenStatus:
        """Store a Hugging Face token on the server (for gated repos); returns its status."""
        spec = models.hf_login(token)
        await self._ctx.require("hf_login")
        return await self._ctx.call(spec)

    async def logout(self) -> HFTokenStatus:
        """Remove the server's Hugging Face token; returns the status afterwards."""
        await self._ctx.require("hf_login")
        return await self._ctx.call(models.hf_logout())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
