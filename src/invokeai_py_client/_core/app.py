"""The server application's own requests (``/api/v1/app``), I/O-free."""

from __future__ import annotations

from invokeai_api.api.app import get_invocation_cache_status
from invokeai_api.models import InvocationCacheStatus

from .spec import Spec, checked


def invocation_cache_status() -> Spec[InvocationCacheStatus]:
    return Spec.of(get_invocation_cache_status, returns=checked(InvocationCacheStatus))
