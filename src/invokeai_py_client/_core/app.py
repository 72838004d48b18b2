"""The server application's own requests (``/api/v1/app``), I/O-free."""

from __future__ import annotations

from invokeai_api.api.app import get_generation_device_options, get_invocation_cache_status
from invokeai_api.models import GenerationDeviceOption, InvocationCacheStatus

from .spec import Spec, checked, list_of


def invocation_cache_status() -> Spec[InvocationCacheStatus]:
    return Spec.of(get_invocation_cache_status, returns=checked(InvocationCacheStatus))


def generation_device_options() -> Spec[list[GenerationDeviceOption]]:
    return Spec.of(get_generation_device_options, returns=list_of(GenerationDeviceOption))
