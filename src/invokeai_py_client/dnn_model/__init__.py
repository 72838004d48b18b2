"""Models on the server (``client.dnn_model_repo``): discovery, install jobs and management.

>>> from invokeai_py_client.dnn_model import ModelInstallJobFailed
>>> handle = client.dnn_model_repo.install_model("/models/x.safetensors", inplace=True)
>>> try:
...     info = handle.wait_until(timeout=600)
... except ModelInstallJobFailed as e:
...     print("failed", e.info.error_reason, e.info.error)
"""

from ._configs import (
    ModelConfig,
    RawModelConfig,
    model_base,
    model_format,
    model_type,
    parse_model_config,
)
from .errors import (
    ModelInstallJobCancelled,
    ModelInstallJobFailed,
    ModelInstallJobNotFoundError,
    ModelInstallTimeout,
    UnsupportedModelSourceError,
)
from .install_job import InstallProgress, ModelInstJobHandle, ModelInstJobInfo
from .repository import DnnModelRepository

__all__ = [
    "DnnModelRepository",
    "InstallProgress",
    "ModelConfig",
    "ModelInstJobHandle",
    "ModelInstJobInfo",
    "ModelInstallJobCancelled",
    "ModelInstallJobFailed",
    "ModelInstallJobNotFoundError",
    "ModelInstallTimeout",
    "RawModelConfig",
    "UnsupportedModelSourceError",
    "model_base",
    "model_format",
    "model_type",
    "parse_model_config",
]
