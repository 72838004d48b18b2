"""Model management without a server: tolerant config parsing, waiting (timeout, progress) and
arguments refused before anything is sent. Answers come from an in-process httpx mock shaped
like InvokeAI 6.14.2's."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from invokeai_api.models import HFTokenStatus, TIFileSD1Config, UnknownConfig

from invokeai_py_client import AsyncInvokeAIClient, InvalidInputError, InvokeAIClient
from invokeai_py_client.dnn_model import (
    InstallProgress,
    ModelInstallTimeoutError,
    RawModelConfig,
    model_base,
    model_type,
    parse_model_config,
)

EMBEDDING = {
    "key": "3d1b90e2-6be6-42c9-9787-4294f81271f7",
    "hash": "blake3:374d71f4479e35d8e2eb6ba126db568c80abd8e231cefbc5b9decee8e73cc5f7",
    "path": "/tmp/h/tiny.safetensors",
    "file_size": 6224,
    "name": "tiny",
    "description": None,
    "source": "/tmp/h/tiny.safetensors",
    "source_type": "path",
    "source_api_response": None,
    "source_url": None,
    "cover_image": None,
    "type": "embedding",
    "format": "embedding_file",
    "base": "sd-1",
}
UNKNOWN = {
    **EMBEDDING,
    "key": "9c509519-c3ba-4930-956a-8b050559543e",
    "name": "garbage",
    "type": "unknown",
    "format": "unknown",
    "base": "unknown",
}
# A kind that a newer server may have and these bindings do not know.
FUTURE = {
    **EMBEDDING,
    "key": "0f5c0e7e-future",
    "name": "hunyuan",
    "type": "main",
    "format": "diffusers",
    "base": "hunyuan-image-3",
    "variant": "t2i",
}


def _job(status: str, done: int = 0, total: int = 0, config: Any = None) -> dict[str, Any]:
    return {
        "id": 7,
        "status": status,
        "error_reason": None,
        "config_in": {"source": "/tmp/h/tiny.safetensors", "source_type": "path"},
        "config_out": config,
        "inplace": True,
        "source": {"path": "/tmp/h/tiny.safetensors", "inplace": True, "type": "local"},
        "local_path": "/tmp/h/tiny.safetensors",
        "bytes": done,
        "total_bytes": total,
        "source_metadata": None,
        "download_parts": [],
        "error": None,
        "error_traceback": None,
    }


class FakeServer:
    """Answers by (method, path); a list of answers is played in order, its last one repeats."""

    def __init__(self, routes: dict[tuple[str, str], Any]) -> None:
        self.routes = {key: list(v) if isinstance(v, list) else [v] for key, v in routes.items()}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answers = self.routes.get((request.method, request.url.path))
        if answers is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        return answer if isinstance(answer, httpx.Response) else httpx.Response(200, json=answer)


@pytest.fixture
def async_fake() -> Callable[[dict[tuple[str, str], Any]], tuple[AsyncInvokeAIClient, FakeServer]]:
    def build(routes: dict[tuple[str, str], Any]) -> tuple[AsyncInvokeAIClient, FakeServer]:
        server = FakeServer({("GET", "/api/v1/app/version"): {"version": "6.14.2"}, **routes})
        transport = httpx.MockTransport(server)
        return AsyncInvokeAIClient(port=1, transport=transport, async_transport=transport), server

    return build


@pytest.fixture
def fake() -> Callable[[dict[tuple[str, str], Any]], tuple[InvokeAIClient, FakeServer]]:
    made: list[InvokeAIClient] = []

    def build(routes: dict[tuple[str, str], Any]) -> tuple[InvokeAIClient, FakeServer]:
        server = FakeServer({("GET", "/api/v1/app/version"): {"version": "6.14.2"}, **routes})
        transport = httpx.MockTransport(server)
        client = InvokeAIClient(port=1, transport=transport, async_transport=transport)
        made.append(client)
        return client, server

    yield build  # type: ignore[misc]
    for client in made:
        client.close()


Fake = Callable[[dict[tuple[str, str], Any]], tuple[InvokeAIClient, FakeServer]]
AsyncFake = Callable[[dict[tuple[str, str], Any]], tuple[AsyncInvokeAIClient, FakeServer]]


@pytest.fixture
def no_server() -> Iterator[InvokeAIClient]:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"nothing should have been sent, but {request.method} {request.url}")

    with InvokeAIClient(port=1, transport=httpx.MockTransport(refuse)) as client:
        yield client


# --------------------------------------------------------------------------- configs
def test_known_configs_parse_into_their_generated_classes() -> None:
    assert isinstance(parse_model_config(EMBEDDING), TIFileSD1Config)
    assert isinstance(parse_model_config(UNKNOWN), UnknownConfig)


def test_a_config_of_an_unknown_kind_is_kept_raw() -> None:
    config = parse_model_config(FUTURE)

    assert isinstance(config, RawModelConfig)
    assert (config.key, config.name, config.base) == (FUTURE["key"], "hunyuan", "hunyuan-image-3")
    assert (config.type, config.type_, model_type(config)) == ("main", "main", "main")
    assert config["variant"] == "t2i" and config.to_dict() == FUTURE


def test_a_5x_config_without_later_fields_still_parses() -> None:
    older = {k: v for k, v in EMBEDDING.items() if k not in ("source_url", "cover_image")}
    config = parse_model_config({**older, "submodels": None, "usage_info": None})

    assert isinstance(config, TIFileSD1Config)
    assert config.additional_properties == {"submodels": None, "usage_info": None}


def test_listing_survives_a_model_kind_the_client_does_not_know(fake: Fake) -> None:
    client, _ = fake({("GET", "/api/v2/models/"): {"models": [EMBEDDING, FUTURE, UNKNOWN]}})

    listed = client.dnn_model_repo.list_models()

    assert [type(m).__name__ for m in listed] == [
        "TIFileSD1Config",
        "RawModelConfig",
        "UnknownConfig",
    ]
    assert [model_base(m) for m in listed] == ["sd-1", "hunyuan-image-3", "unknown"]


def test_list_filters_are_sent_as_the_servers_query(fake: Fake) -> None:
    client, server = fake({("GET", "/api/v2/models/"): {"models": []}})

    client.dnn_model_repo.list_models(
        base=["sd-1", "sdxl"], type="lora", name="x", format="lycoris"
    )

    query = server.requests[-1].url.params
    assert query.get_list("base_models") == ["sd-1", "sdxl"]
    assert (query["model_type"], query["model_name"], query["model_format"]) == (
        "lora",
        "x",
        "lycoris",
    )


# --------------------------------------------------------------------------- waiting
def test_wait_until_honours_its_timeout(fake: Fake) -> None:
    client, _ = fake(
        {
            ("POST", "/api/v2/models/install"): httpx.Response(201, json=_job("downloading")),
            ("GET", "/api/v2/models/install/7"): _job("downloading", 10, 100),
        }
    )
    handle = client.dnn_model_repo.install_model("/tmp/h/tiny.safetensors", inplace=True)

    started = time.monotonic()
    with pytest.raises(ModelInstallTimeoutError) as caught:
        handle.wait_until(timeout=0.5)
    elapsed = time.monotonic() - started

    assert 0.5 <= elapsed < 2.0
    assert isinstance(caught.value, TimeoutError) and caught.value.timeout == 0.5
    assert caught.value.info is not None and caught.value.info.status == "downloading"


def test_progress_reports_bytes_and_percentage_once_per_change(fake: Fake) -> None:
    client, _ = fake(
        {
            ("POST", "/api/v2/models/install"): httpx.Response(201, json=_job("waiting")),
            ("GET", "/api/v2/models/install/7"): [
                _job("downloading", 0, 200),
                _job("downloading", 0, 200),
                _job("downloading", 50, 200),
                _job("downloads_done", 200, 200),
                _job("running", 200, 200),
                _job("completed", 200, 200, config=EMBEDDING),
            ],
        }
    )
    reports: list[InstallProgress] = []

    info = client.dnn_model_repo.install_model("/tmp/h/tiny.safetensors").wait_until(
        timeout=30, on_progress=reports.append
    )

    assert info.model_key == EMBEDDING["key"] and isinstance(info.config, TIFileSD1Config)
    assert [(r.status, r.bytes, r.percentage) for r in reports] == [
        ("downloading", 0, 0.0),
        ("downloading", 50, 25.0),
        ("downloads_done", 200, 100.0),
        ("running", 200, 100.0),
        ("completed", 200, 100.0),
    ]


async def test_async_wait_reports_progress_to_a_coroutine(async_fake: AsyncFake) -> None:
    client, _ = async_fake(
        {
            ("POST", "/api/v2/models/install"): httpx.Response(201, json=_job("waiting")),
            ("GET", "/api/v2/models/install/7"): [
                _job("downloading", 100, 200),
                _job("completed", 200, 200, config=EMBEDDING),
            ],
        }
    )
    seen: list[float | None] = []

    async def on_progress(progress: InstallProgress) -> None:
        seen.append(progress.percentage)

    handle = await client.dnn_model_repo.install_model("/tmp/h/tiny.safetensors")
    info = await handle.wait_until(timeout=30, on_progress=on_progress)

    assert info.status == "completed" and seen == [50.0, 100.0]
    await client.close()


async def test_async_wait_honours_its_timeout(async_fake: AsyncFake) -> None:
    client, _ = async_fake(
        {
            ("POST", "/api/v2/models/install"): httpx.Response(201, json=_job("waiting")),
            ("GET", "/api/v2/models/install/7"): _job("waiting"),
        }
    )
    handle = await client.dnn_model_repo.install_model("/tmp/h/tiny.safetensors")

    with pytest.raises(ModelInstallTimeoutError):
        await handle.wait_until(timeout=0.2)
    await client.close()


# --------------------------------------------------------------------------- Hugging Face
def test_hf_login_and_logout_send_the_token_and_return_the_status(fake: Fake) -> None:
    client, server = fake(
        {
            ("POST", "/api/v2/models/hf_login"): "valid",
            ("DELETE", "/api/v2/models/hf_login"): "invalid",
        }
    )
    repo = client.dnn_model_repo

    assert repo.hf_login("hf_example") is HFTokenStatus.VALID
    login = server.requests[-1]
    assert login.method == "POST" and login.url.path == "/api/v2/models/hf_login"
    assert json.loads(login.read()) == {"token": "hf_example"}
    assert repo.hf_logout() is HFTokenStatus.INVALID


# --------------------------------------------------------------------------- refused inputs
def test_delete_all_models_requires_explicit_confirmation(no_server: InvokeAIClient) -> None:
    with pytest.raises(InvalidInputError, match="confirm=True"):
        no_server.dnn_model_repo.delete_all_models(confirm=False)
    with pytest.raises(TypeError):
        no_server.dnn_model_repo.delete_all_models()  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda repo: repo.list_models(base="sdxxl"), "base"),
        (lambda repo: repo.list_models(type="checkpoint"), "type"),
        (lambda repo: repo.install_model(""), "source"),
        (lambda repo: repo.install_model("/m.safetensors", inplace="yes"), "inplace"),
        (lambda repo: repo.install_model("/m.safetensors", config={"nam": "x"}), "nam"),
        (lambda repo: repo.update_model("key", {"colour": "red"}), "colour"),
        (lambda repo: repo.get_model(""), "key"),
        (lambda repo: repo.get_install_job(-1), "job_id"),
        (lambda repo: repo.scan_folder(""), "path"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    no_server: InvokeAIClient, call: Callable[[Any], Any], named: str
) -> None:
    with pytest.raises(InvalidInputError, match=named):
        call(no_server.dnn_model_repo)


def test_the_repository_is_built_once(no_server: InvokeAIClient) -> None:
    assert no_server.dnn_model_repo is no_server.dnn_model_repo
