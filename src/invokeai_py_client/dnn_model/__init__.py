"""Models on the server (``client.dnn_model_repo``): discovery, install jobs and management.

```python
from invokeai_py_client.dnn_model import UnsupportedModelSourceError

try:
    models.install_model("/srv/models/no-such-model.safetensors", inplace=True)
except UnsupportedModelSourceError as exc:
    print(exc.status_code, exc.source)
```
"""

from typing import Any

from .._async.dnn_model_repo import AsyncDnnModelRepository
from .._async.huggingface import AsyncHuggingFace
from .._async.install_job import AsyncModelInstJobHandle
from .._async.model_cache import AsyncModelCache
from .._async.model_installs import AsyncModelInstalls
from .._core.dnn_models.configs import (
    ModelConfig,
    RawModelConfig,
    model_base,
    model_format,
    model_type,
    parse_model_config,
)
from .._core.dnn_models.job_info import InstallProgress, ModelInstJobInfo
from .._core.dnn_models.types import BaseDnnModelType, DnnModel, DnnModelFormat, DnnModelType
from .._core.errors import (
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
from .._core.errors import __getattr__ as _deprecated_names
from .._sync.dnn_model_repo import DnnModelRepository
from .._sync.huggingface import HuggingFace
from .._sync.install_job import ModelInstJobHandle
from .._sync.model_cache import ModelCache
from .._sync.model_installs import ModelInstalls

__all__ = [
    "APIRequestError",
    "AsyncDnnModelRepository",
    "AsyncHuggingFace",
    "AsyncModelCache",
    "AsyncModelInstJobHandle",
    "AsyncModelInstalls",
    "BaseDnnModelType",
    "DnnModel",
    "DnnModelFormat",
    "DnnModelRepository",
    "DnnModelType",
    "HuggingFace",
    "InstallProgress",
    "ModelCache",
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
    "ModelInstalls",
    "RawModelConfig",
    "UnsupportedModelSourceError",
    "model_base",
    "model_format",
    "model_type",
    "parse_model_config",
]


def __getattr__(name: str) -> Any:
    return _deprecated_names(name)  # ModelInstallJobCancelled, kept one release (warns)
