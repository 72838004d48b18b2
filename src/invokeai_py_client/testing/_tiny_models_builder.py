"""Build tiny diffusers-format SD-1 / SDXL pipelines with random weights (runs in a server venv).

This module is executed by the Python of an installed InvokeAI server (it imports torch,
diffusers and transformers, which our own venv must not depend on); ``scripts/tiny_models.py``
launches it and owns the cache. Every size below is part of the recipe: ``tiny_models.py`` hashes
this file, so any edit here rebuilds the cached models.

    <server venv>/bin/python scripts/tiny_models_builder.py sd1=DIR [sdxl=DIR]

The models are real architectures at toy sizes: InvokeAI probes them as ``main`` ``sd-1`` /
``sdxl`` diffusers models and runs them through its ordinary nodes. Only the hidden sizes the
prober or the other components rely on are real (768 for CLIP-L, 1280 + projection for SDXL's
CLIP-G, cross-attention 768 / 2048, 4 latent channels, an 8x VAE).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

SEED = 1234

# Printable ASCII without the space (CLIP splits on whitespace, so a space is never a token).
_CHARS = [chr(code) for code in range(33, 127)]
BOS, EOS = "<|startoftext|>", "<|endoftext|>"
MAX_TOKENS = 77

SCHEDULER_BETAS: dict[str, Any] = {
    "num_train_timesteps": 1000,
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "prediction_type": "epsilon",
    "steps_offset": 1,
}

# Four VAE blocks: three downsamplings, so 64x64 pixels <-> 8x8 latents, as in the real models.
VAE: dict[str, Any] = {
    "in_channels": 3,
    "out_channels": 3,
    "latent_channels": 4,
    "block_out_channels": [32, 32, 64, 64],
    "down_block_types": ["DownEncoderBlock2D"] * 4,
    "up_block_types": ["UpDecoderBlock2D"] * 4,
    "layers_per_block": 1,
    "norm_num_groups": 32,
}

UNET_COMMON: dict[str, Any] = {
    "in_channels": 4,
    "out_channels": 4,
    "block_out_channels": [32, 64],
    "layers_per_block": 1,
    "norm_num_groups": 32,
    "sample_size": 8,
}

CLIP_COMMON: dict[str, Any] = {
    "intermediate_size": 64,
    "max_position_embeddings": MAX_TOKENS,
    "hidden_act": "quick_gelu",
}

RECIPES: dict[str, dict[str, Any]] = {
    "sd1": {
        "pipeline": "StableDiffusionPipeline",
        "unet": {
            **UNET_COMMON,
            "down_block_types": ["CrossAttnDownBlock2D", "DownBlock2D"],
            "up_block_types": ["UpBlock2D", "CrossAttnUpBlock2D"],
            "cross_attention_dim": 768,  # what InvokeAI's prober reads as sd-1
            "attention_head_dim": 8,
        },
        "vae": {**VAE, "scaling_factor": 0.18215, "sample_size": 512},
        "text_encoders": [
            {"hidden_size": 768, "num_hidden_layers": 1, "num_attention_heads": 12},
        ],
        "scheduler": {
            "_class_name": "PNDMScheduler",
            **SCHEDULER_BETAS,
            "skip_prk_steps": True,
            "set_alpha_to_one": False,
        },
    },
    "sdxl": {
        "pipeline": "StableDiffusionXLPipeline",
        "unet": {
            **UNET_COMMON,
            "down_block_types": ["DownBlock2D", "CrossAttnDownBlock2D"],
            "up_block_types": ["CrossAttnUpBlock2D", "UpBlock2D"],
            "cross_attention_dim": 2048,  # 768 + 1280, what InvokeAI's prober reads as sdxl
            "attention_head_dim": [2, 4],
            "transformer_layers_per_block": [1, 1],
            "use_linear_projection": True,
            "addition_embed_type": "text_time",
            "addition_time_embed_dim": 8,
            # the pooled CLIP-G projection (1280) + six micro-conditioning numbers x 8
            "projection_class_embeddings_input_dim": 1280 + 6 * 8,
        },
        # scaling factor and sample size are what InvokeAI reads to call a lone VAE "sdxl"
        "vae": {**VAE, "scaling_factor": 0.13025, "sample_size": 1024, "force_upcast": True},
        "text_encoders": [
            {"hidden_size": 768, "num_hidden_layers": 1, "num_attention_heads": 12},
            # SDXL conditions on CLIP-G's penultimate layer, so it needs two
            {
                "hidden_size": 1280,
                "num_hidden_layers": 2,
                "num_attention_heads": 20,
                "projection_dim": 1280,
                "with_projection": True,
            },
        ],
        "scheduler": {
            "_class_name": "EulerDiscreteScheduler",
            **SCHEDULER_BETAS,
            "timestep_spacing": "leading",
            "interpolation_type": "linear",
            "use_karras_sigmas": False,
        },
    },
}


def tokenizer_vocab() -> dict[str, int]:
    """The characters, then their word-final ``</w>`` forms, then the two special tokens."""
    tokens = _CHARS + [char + "</w>" for char in _CHARS] + [BOS, EOS]
    return {token: index for index, token in enumerate(tokens)}


def write_tokenizer(folder: Path, pad_token: str) -> None:
    """A CLIP BPE tokenizer with no merges: every word is spelled out one character at a time."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.json").write_text(json.dumps(tokenizer_vocab(), indent=1))
    (folder / "merges.txt").write_text("#version: 0.2\n")
    config = {
        "tokenizer_class": "CLIPTokenizer",
        "model_max_length": MAX_TOKENS,
        "bos_token": BOS,
        "eos_token": EOS,
        "unk_token": EOS,
        "pad_token": pad_token,
        "do_lower_case": True,
        "errors": "replace",
        "clean_up_tokenization_spaces": True,
    }
    (folder / "tokenizer_config.json").write_text(json.dumps(config, indent=2))
    special = {"bos_token": BOS, "eos_token": EOS, "unk_token": EOS, "pad_token": pad_token}
    (folder / "special_tokens_map.json").write_text(json.dumps(special, indent=2))


def build(kind: str, out: Path) -> dict[str, Any]:
    import diffusers
    import torch
    import transformers
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    recipe = RECIPES[kind]
    vocab = tokenizer_vocab()
    torch.manual_seed(SEED)
    out.mkdir(parents=True, exist_ok=True)

    UNet2DConditionModel(**recipe["unet"]).save_pretrained(out / "unet", safe_serialization=True)
    AutoencoderKL(**recipe["vae"]).save_pretrained(out / "vae", safe_serialization=True)

    components: dict[str, Any] = {
        "unet": ["diffusers", "UNet2DConditionModel"],
        "vae": ["diffusers", "AutoencoderKL"],
    }
    for index, encoder in enumerate(recipe["text_encoders"]):
        suffix = "" if index == 0 else f"_{index + 1}"
        settings = {k: v for k, v in encoder.items() if k != "with_projection"}
        config = CLIPTextConfig(
            **CLIP_COMMON,
            **settings,
            vocab_size=len(vocab),
            bos_token_id=vocab[BOS],
            eos_token_id=vocab[EOS],
            pad_token_id=vocab[EOS],
        )
        with_projection = encoder.get("with_projection", False)
        model_class = CLIPTextModelWithProjection if with_projection else CLIPTextModel
        model_class(config).save_pretrained(out / f"text_encoder{suffix}", safe_serialization=True)
        # SDXL's second tokenizer pads with "!" like the original; the first pads with EOS.
        write_tokenizer(out / f"tokenizer{suffix}", pad_token="!" if index else EOS)
        components[f"text_encoder{suffix}"] = ["transformers", model_class.__name__]
        components[f"tokenizer{suffix}"] = ["transformers", "CLIPTokenizer"]

    scheduler = dict(recipe["scheduler"])
    scheduler_class = scheduler.pop("_class_name")
    scheduler_folder = out / "scheduler"
    scheduler_folder.mkdir(exist_ok=True)
    scheduler_config = {"_class_name": scheduler_class, "_diffusers_version": diffusers.__version__}
    scheduler_config.update(scheduler)
    (scheduler_folder / "scheduler_config.json").write_text(json.dumps(scheduler_config, indent=2))
    components["scheduler"] = ["diffusers", scheduler_class]

    model_index: dict[str, Any] = {
        "_class_name": recipe["pipeline"],
        "_diffusers_version": diffusers.__version__,
        **components,
    }
    if kind == "sd1":
        model_index.update({"feature_extractor": [None, None], "safety_checker": [None, None]})
        model_index["requires_safety_checker"] = False
    else:
        model_index["force_zeros_for_empty_prompt"] = True
    (out / "model_index.json").write_text(json.dumps(model_index, indent=2, sort_keys=True))
    return {
        "kind": kind,
        "seed": SEED,
        "torch": torch.__version__,
        "diffusers": diffusers.__version__,
        "transformers": transformers.__version__,
        "python": sys.version.split()[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("targets", nargs="+", metavar="KIND=DIR", help=f"KIND is {sorted(RECIPES)}")
    args = parser.parse_args(argv)
    targets: list[tuple[str, Path]] = []
    for target in args.targets:
        kind, _, folder = target.partition("=")
        if kind not in RECIPES or not folder:
            parser.error(f"{target!r} is not KIND=DIR with KIND in {sorted(RECIPES)}")
        targets.append((kind, Path(folder)))
    # One process for all targets: importing torch is most of the build time.
    for kind, folder in targets:
        print(json.dumps(build(kind, folder)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
