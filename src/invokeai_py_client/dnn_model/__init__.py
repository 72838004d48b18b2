"""Models on the server (``client.dnn_model_repo``): discovery, install jobs and management.

>>> from invokeai_py_client.dnn_model import ModelInstallJobFailedError
>>> handle = client.dnn_model_repo.install_model("/models/x.safetensors", inplace=True)
>>> try:
...     info = handle.wait_until(timeout=600)
... except ModelInstallJobFailedError as e:
...     print("failed", e.info.error_reason, e.info.error)
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_getattr
from ._configs import (
    ModelConfig,
    RawModelConfig,
    model_base,
    model_format,
    model_type,
    parse_model_config,
)
from ._job_info import InstallProgress, ModelInstJobInfo
from ._types import BaseDnnModelType, DnnModel, DnnModelFormat, DnnModelType
from .errors import (
    APIRequestError,
    ModelInstallJobCanceledError,
    ModelInstallJobFailed,
    ModelInstallJobFailedError,
    ModelInstallJobNotFoundError,
    ModelInstallStartError,
    ModelInstallTimeout,
    ModelInstallTimeoutError,
    UnsupportedModelSourceError,
)

if TYPE_CHECKING:
    from .._async.dnn_model_repo import AsyncDnnModelRepository
    from .._async.install_job import AsyncModelInstJobHandle
    from .._sync.dnn_model_repo import DnnModelRepository
    from .._sync.install_job import ModelInstJobHandle

__getattr__ = lazy_getattr(
    __name__,
    {
        "ModelInstallJobCancelled": ".dnn_model.errors",  # old name, kept one release (warns)
        "AsyncDnnModelRepository": "._async.dnn_model_repo",
        "AsyncModelInstJobHandle": "._async.install_job",
        "DnnModelRepository": "._sync.dnn_model_repo",
        "ModelInstJobHandle": "._sync.install_job",
    },
)

__all__ = [
    "APIRequestError",
    "AsyncDnnModelRepository",
    "AsyncModelInstJobHandle",
    "BaseDnnModelType",
    "DnnModel",
    "DnnModelFormat",
    "DnnModelRepository",
    "DnnModelType",
    "InstallProgress",
    "ModelConfig",
    "ModelInstJobHandle",
    "ModelInstJobInfo",
    "ModelInstallJobCanceledError",
    "ModelInstallJobFailed",
    "ModelInstallJobFailedError",
    "ModelInstallJobNotFoundError",
    "ModelInstallStartError",
    "ModelInstallTimeout",
    "ModelInstallTimeoutError",
    "RawModelConfig",
    "UnsupportedModelSourceError",
    "model_base",
    "model_format",
    "model_type",
    "parse_model_config",
]
