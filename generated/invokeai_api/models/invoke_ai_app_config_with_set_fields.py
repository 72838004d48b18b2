from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoke_ai_app_config import InvokeAIAppConfig


T = TypeVar("T", bound="InvokeAIAppConfigWithSetFields")


@_attrs_define
class InvokeAIAppConfigWithSetFields:
    """InvokeAI App Config with model fields set

    Attributes:
        config (InvokeAIAppConfig): Invoke's global app configuration.

            Typically, you won't need to interact with this class directly. Instead, use the `get_config` function from
            `invokeai.app.services.config` to get a singleton config object.

            Attributes:
                host: IP address to bind to. Use `0.0.0.0` to serve to your local network.
                port: Port to bind to.
                allow_origins: Allowed CORS origins.
                allow_credentials: Allow CORS credentials.
                allow_methods: Methods allowed for CORS.
                allow_headers: Headers allowed for CORS.
                ssl_certfile: SSL certificate file for HTTPS. See https://www.uvicorn.dev/settings/#https.
                ssl_keyfile: SSL key file for HTTPS. See https://www.uvicorn.dev/settings/#https.
                log_tokenization: Enable logging of parsed prompt tokens.
                patchmatch: Enable patchmatch inpaint code.
                models_dir: Path to the models directory.
                convert_cache_dir: Path to the converted models cache directory (DEPRECATED, but do not delete because it is
            needed for migration from previous versions).
                download_cache_dir: Path to the directory that contains dynamically downloaded models.
                legacy_conf_dir: Path to directory of legacy checkpoint config files.
                db_dir: Path to InvokeAI databases directory.
                outputs_dir: Path to directory for outputs.
                image_subfolder_strategy: Strategy for organizing images into subfolders. 'flat' stores all images in a
            single folder. 'date' organizes by YYYY/MM/DD. 'type' organizes by image category. 'hash' uses first 2
            characters of UUID for filesystem performance.<br>Valid values: `flat`, `date`, `type`, `hash`
                custom_nodes_dir: Path to directory for custom nodes.
                style_presets_dir: Path to directory for style presets.
                workflow_thumbnails_dir: Path to directory for workflow thumbnails.
                log_handlers: Log handler. Valid options are "console", "file=<path>", "syslog=path|address:host:port",
            "http=<url>".
                log_format: Log format. Use "plain" for text-only, "color" for colorized output, "legacy" for 2.3-style
            logging and "syslog" for syslog-style.<br>Valid values: `plain`, `color`, `syslog`, `legacy`
                log_level: Emit logging messages at this level or higher.<br>Valid values: `debug`, `info`, `warning`,
            `error`, `critical`
                log_sql: Log SQL queries. `log_level` must be `debug` for this to do anything. Extremely verbose.
                log_level_network: Log level for network-related messages. 'info' and 'debug' are very verbose.<br>Valid
            values: `debug`, `info`, `warning`, `error`, `critical`
                use_memory_db: Use in-memory database. Useful for development.
                dev_reload: Automatically reload when Python sources are changed. Does not reload node definitions.
                profile_graphs: Enable graph profiling using `cProfile`.
                profile_prefix: An optional prefix for profile output files.
                profiles_dir: Path to profiles output directory.
                max_cache_ram_gb: The maximum amount of CPU RAM to use for model caching in GB. If unset, the limit will be
            configured based on the available RAM. In most cases, it is recommended to leave this unset.
                max_cache_vram_gb: The amount of VRAM to use for model caching in GB. If unset, the limit will be configured
            based on the available VRAM and the device_working_mem_gb. In most cases, it is recommended to leave this unset.
                log_memory_usage: If True, a memory snapshot will be captured before and after every model cache operation,
            and the result will be logged (at debug level). There is a time cost to capturing the memory snapshots, so it is
            recommended to only enable this feature if you are actively inspecting the model cache's behaviour.
                model_cache_keep_alive_min: How long to keep models in cache after last use, in minutes. A value of 0 (the
            default) means models are kept in cache indefinitely. If no model generations occur within the timeout period,
            the model cache is cleared using the same logic as the 'Clear Model Cache' button.
                device_working_mem_gb: The amount of working memory to keep available on the compute device (in GB). Has no
            effect if running on CPU. If you are experiencing OOM errors, try increasing this value.
                enable_partial_loading: Enable partial loading of models. This enables models to run with reduced VRAM
            requirements (at the cost of slower speed) by streaming the model from RAM to VRAM as its used. In some edge
            cases, partial loading can cause models to run more slowly if they were previously being fully loaded into VRAM.
                keep_ram_copy_of_weights: Whether to keep a full RAM copy of a model's weights when the model is loaded in
            VRAM. Keeping a RAM copy increases average RAM usage, but speeds up model switching and LoRA patching (assuming
            there is sufficient RAM). Set this to False if RAM pressure is consistently high.
                ram: DEPRECATED: This setting is no longer used. It has been replaced by `max_cache_ram_gb`, but most users
            will not need to use this config since automatic cache size limits should work well in most cases. This config
            setting will be removed once the new model cache behavior is stable.
                vram: DEPRECATED: This setting is no longer used. It has been replaced by `max_cache_vram_gb`, but most
            users will not need to use this config since automatic cache size limits should work well in most cases. This
            config setting will be removed once the new model cache behavior is stable.
                lazy_offload: DEPRECATED: This setting is no longer used. Lazy-offloading is enabled by default. This config
            setting will be removed once the new model cache behavior is stable.
                pytorch_cuda_alloc_conf: Configure the Torch CUDA memory allocator. This will impact peak reserved VRAM
            usage and performance. Setting to "backend:cudaMallocAsync" works well on many systems. The optimal
            configuration is highly dependent on the system configuration (device type, VRAM, CUDA driver version, etc.), so
            must be tuned experimentally.
                device: Preferred execution device. `auto` will choose the device depending on the hardware platform and the
            installed torch capabilities.<br>Valid values: `auto`, `cpu`, `cuda`, `mps`, `xpu`, `cuda:N`, `xpu:N` (where N
            is a device number)
                precision: Floating point precision. `float16` will consume half the memory of `float32` but produce
            slightly lower-quality images. The `auto` setting will guess the proper precision based on your video card and
            operating system.<br>Valid values: `auto`, `float16`, `bfloat16`, `float32`
                sequential_guidance: Whether to calculate guidance in serial instead of in parallel, lowering memory
            requirements.
                wan_memory_optimization: Enable experimental Wan memory optimizations at the cost of slower generation.
                pid_memory_optimization: Enable experimental PiD decode memory optimizations. Roughly halves the peak
            activation memory of a PiD decode; in exchange the decoded image changes slightly, because neither the chunked
            pixel pathway nor the float32 sampler intermediates are bit-exact with the default path.
                attention_type: Attention type.<br>Valid values: `auto`, `normal`, `xformers`, `sliced`, `torch-sdp`
                attention_slice_size: Slice size, valid when attention_type=="sliced".<br>Valid values: `auto`, `balanced`,
            `max`, `1`, `2`, `3`, `4`, `5`, `6`, `7`, `8`
                force_tiled_decode: Whether to enable tiled VAE decode (reduces memory consumption with some performance
            penalty).
                pil_compress_level: The compress_level setting of PIL.Image.save(), used for PNG encoding. All settings are
            lossless. 0 = no compression, 1 = fastest with slightly larger filesize, 9 = slowest with smallest filesize. 1
            is typically the best setting.
                max_queue_size: Maximum number of items in the session queue.
                session_queue_mode: Session queue mode. Use 'FIFO' for traditional first-in-first-out, or 'round_robin' to
            serve each user's jobs in turn. In single-user mode, FIFO is always used regardless of this setting.<br>Valid
            values: `FIFO`, `round_robin`
                clear_queue_on_startup: Empties session queue on startup. If true, disables `max_queue_history`.
                max_queue_history: Keep the last N completed, failed, and canceled queue items. Older items are deleted on
            startup. Set to 0 to prune all terminal items. Ignored if `clear_queue_on_startup` is true.
                allow_nodes: List of nodes to allow. Omit to allow all.
                deny_nodes: List of nodes to deny. Omit to deny none.
                node_cache_size: How many cached nodes to keep in memory.
                hashing_algorithm: Model hashing algorthim for model installs. 'blake3_multi' is best for SSDs.
            'blake3_single' is best for spinning disk HDDs. 'random' disables hashing, instead assigning a UUID to models.
            Useful when using a memory db to reduce model installation time, or if you don't care about storing stable
            hashes for models. Alternatively, any other hashlib algorithm is accepted, though these are not nearly as
            performant as blake3.<br>Valid values: `blake3_multi`, `blake3_single`, `random`, `md5`, `sha1`, `sha224`,
            `sha256`, `sha384`, `sha512`, `blake2b`, `blake2s`, `sha3_224`, `sha3_256`, `sha3_384`, `sha3_512`, `shake_128`,
            `shake_256`
                remote_api_tokens: List of regular expression and token pairs used when downloading models from URLs. The
            download URL is tested against the regex, and if it matches, the token is provided in as a Bearer token.
                scan_models_on_startup: Scan the models directory on startup, registering orphaned models. This is typically
            only used in conjunction with `use_memory_db` for testing purposes.
                allow_private_download_urls: Allow the download queue to fetch from loopback, link-local and private-network
            addresses. Disabled by default so that a download URL cannot be used to reach services that are only reachable
            from the server. Enable this only if you install models from a mirror on your own network.
                download_proxy: Optional HTTP proxy for model downloads. The proxy must enforce the public-address policy
            because proxy-side DNS cannot be checked by InvokeAI.
                unsafe_disable_picklescan: UNSAFE. Disable the picklescan security check during model installation.
            Recommended only for development and testing purposes. This will allow arbitrary code execution during model
            installation, so should never be used in production.
                allow_unknown_models: Allow installation of models that we are unable to identify. If enabled, models will
            be marked as `unknown` in the database, and will not have any metadata associated with them. If disabled,
            unknown models will be rejected during installation.
                multiuser: Enable multiuser support. When disabled, the application runs in single-user mode using a default
            system account with administrator privileges. When enabled, requires user authentication and authorization.
                strict_password_checking: Enforce strict password requirements. When True, passwords must contain uppercase,
            lowercase, and numbers. When False (default), any password is accepted but its strength (weak/moderate/strong)
            is reported to the user.
                external_alibabacloud_api_key: API key for Alibaba Cloud DashScope image generation.
                external_alibabacloud_base_url: Base URL override for Alibaba Cloud DashScope image generation.
                external_gemini_api_key: API key for Gemini image generation.
                external_openai_api_key: API key for OpenAI image generation.
                external_gemini_base_url: Base URL override for Gemini image generation.
                external_openai_base_url: Base URL override for OpenAI image generation.
                external_seedream_api_key: API key for Seedream image generation.
                external_seedream_base_url: Base URL override for Seedream image generation.
                base_url: Public base path when running behind a reverse proxy under a sub-path, e.g. `/invoke`. Set only
            when the proxy PRESERVES the sub-path (the backend receives `/invoke/api/...`). Leave unset when the proxy
            strips the sub-path or when serving at the domain root.
                forwarded_allow_ips: Comma-separated list of IPs (or `*`) allowed to set X-Forwarded-* headers. Set to the
            reverse proxy's IP. Only used when `base_url` is set.
                http_compression_level: Compression level for gzipped HTTP API responses. 0 disables response compression
            entirely, 1 is fastest, 9 (the default) is smallest. Compression runs on the event loop and blocks the whole
            server while it works, and level 9 costs about 5.5x the time of level 1 for 0.4 percentage points of extra
            compression, so lowering this makes the app noticeably more responsive on large libraries. Set to 0 when a
            reverse proxy already compresses responses.
        set_fields (list[str]): The set fields
    """

    config: InvokeAIAppConfig
    set_fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        set_fields = self.set_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "set_fields": set_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoke_ai_app_config import InvokeAIAppConfig  # noqa: PLC0415

        d = dict(src_dict)
        config = InvokeAIAppConfig.from_dict(d.pop("config"))

        set_fields = cast(list[str], d.pop("set_fields"))

        invoke_ai_app_config_with_set_fields = cls(
            config=config,
            set_fields=set_fields,
        )

        invoke_ai_app_config_with_set_fields.additional_properties = d
        return invoke_ai_app_config_with_set_fields

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
