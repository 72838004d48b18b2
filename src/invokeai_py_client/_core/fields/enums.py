"""Choice fields: any enum, and the scheduler with InvokeAI's scheduler names."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from .base import IvkField, PydanticFieldMixin, SchemaAttr

if TYPE_CHECKING:  # the workflow package imports this one
    from ..workflows.node_schema import FieldSchema


class SchedulerName(StrEnum):
    """The schedulers of InvokeAI (the ``scheduler`` input of denoise nodes)."""

    DDIM = "ddim"
    DDPM = "ddpm"
    DEIS = "deis"
    DEIS_K = "deis_k"
    LMS = "lms"
    LMS_K = "lms_k"
    PNDM = "pndm"
    HEUN = "heun"
    HEUN_K = "heun_k"
    EULER = "euler"
    EULER_K = "euler_k"
    EULER_A = "euler_a"
    KDPM_2 = "kdpm_2"
    KDPM_2_K = "kdpm_2_k"
    KDPM_2_A = "kdpm_2_a"
    KDPM_2_A_K = "kdpm_2_a_k"
    DPMPP_2S = "dpmpp_2s"
    DPMPP_2S_K = "dpmpp_2s_k"
    DPMPP_2M = "dpmpp_2m"
    DPMPP_2M_K = "dpmpp_2m_k"
    DPMPP_2M_SDE = "dpmpp_2m_sde"
    DPMPP_2M_SDE_K = "dpmpp_2m_sde_k"
    DPMPP_3M = "dpmpp_3m"
    DPMPP_3M_K = "dpmpp_3m_k"
    DPMPP_SDE = "dpmpp_sde"
    DPMPP_SDE_K = "dpmpp_sde_k"
    UNIPC = "unipc"
    UNIPC_K = "unipc_k"
    LCM = "lcm"
    TCD = "tcd"


SCHEDULER_NAMES: list[str] = [name.value for name in SchedulerName]

# Names other tools (diffusers, A1111, ComfyUI) use for InvokeAI's schedulers.
_ALIASES = {
    "euler_ancestral": "euler_a",
    "euler_a_k": "euler_a",
    "k_euler": "euler",
    "k_euler_a": "euler_a",
    "k_euler_ancestral": "euler_a",
    "k_lms": "lms",
    "k_heun": "heun",
    "k_dpm_2": "kdpm_2",
    "k_dpm_2_a": "kdpm_2_a",
    "dpm_2": "kdpm_2",
    "dpm_2_ancestral": "kdpm_2_a",
    "uni_pc": "unipc",
}


class IvkEnumField(PydanticFieldMixin, IvkField[str]):
    """One of ``choices`` (any value when ``choices`` is empty)."""

    kind: ClassVar[str] = "enum"
    _constraints = ("choices",)
    choices = SchemaAttr()

    def __init__(
        self,
        value: str | None = None,
        *,
        choices: list[str] | None = None,
        schema: FieldSchema | None = None,
        where: str | None = None,
    ) -> None:
        if choices is None and schema is None:
            choices = self._default_choices()
        given = {} if choices is None else {"choices": list(choices)}
        super().__init__(value, schema=schema, where=where, **given)

    @classmethod
    def _default_choices(cls) -> list[str] | None:
        return None

    def validate(self, value: Any) -> Any:
        value = getattr(value, "value", value)  # an Enum member counts as its value
        choices = self.schema.choices
        if choices and value not in choices:
            self._fail(f"must be one of {', '.join(repr(c) for c in choices)}", value)
        return value


class IvkSchedulerField(IvkEnumField):
    """A scheduler name; aliases such as ``euler_ancestral`` or ``dpmpp_2m_karras`` are
    accepted and stored under InvokeAI's name (``euler_a``, ``dpmpp_2m_k``)."""

    @classmethod
    def _default_choices(cls) -> list[str] | None:
        return list(SCHEDULER_NAMES)

    @staticmethod
    def normalize_alias(name: str) -> str:
        """InvokeAI's name for a scheduler name of another tool (unknown names unchanged)."""
        key = str(getattr(name, "value", name)).strip().lower().replace("-", "_").replace(" ", "_")
        key = key.replace("++", "pp").replace("dpm_pp", "dpmpp")
        if key.endswith("_karras"):
            key = key[: -len("_karras")] + "_k"
        return _ALIASES.get(key, key)

    def validate(self, value: Any) -> Any:
        value = getattr(value, "value", value)
        if isinstance(value, str) and value not in (self.schema.choices or ()):
            value = self.normalize_alias(value)
        return super().validate(value)


__all__ = ["SCHEDULER_NAMES", "IvkEnumField", "IvkSchedulerField", "SchedulerName"]
