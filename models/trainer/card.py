"""The model card of a trained network, built from the chip manifest and the run (see core/inference/model_card.py)."""
import datetime

from .errors import TrainerError
from .plugin import VERSION, ModelContractError, card_to_json, parse_card, validate_card

ARCHITECTURE_LABELS = {"unet": "Deep U-Net", "attention_unet": "Attention U-Net"}


def build_card(manifest, normalization, architecture, tile_size, overlap, threshold, name, description=None,
               provenance=None):
    """The card as a dict; ``architecture`` is {"name", "in_channels", "base_width", "depth"}."""
    raw = manifest.raw
    label = ARCHITECTURE_LABELS.get(architecture["name"], architecture["name"])
    channels = ", ".join(manifest.channels)
    target = raw.get("target")
    if description is None:
        description = (f"{label} for {target} mapping, trained by the Glacier Mapper trainer on chips of {channels}. "
                       f"The network expects normalised input: reflectance (and derived indices) per channel as "
                       f"(x - mean) / std with input.normalization, nodata pixels filled with the channel mean "
                       f"first. Output: sigmoid probability of {target}.")
    return {
        "schema": "glaciermapper-model-card/1",
        "name": name,
        "description": description,
        "task": "segmentation",
        "target": target,
        "classes": raw.get("classes"),
        "sensor": raw.get("sensor"),
        "input": {
            "bands": list(manifest.bands),
            "derived": list(manifest.derived),
            "reflectance": raw.get("reflectance"),
            "normalization": normalization.to_dict(),
            "nodata": "fill_mean_then_mask",
            "layout": "NCHW",
            "name": "input",
        },
        "resolution_m": raw.get("resolution_m"),
        "tile": {"size": tile_size, "overlap": overlap},
        "output": {"kind": "sigmoid", "threshold": threshold, "name": "probability"},
        "architecture": dict(architecture),
        "provenance": {"trainer_version": VERSION,
                       "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       **(provenance or {})},
    }


def checked_card_json(card, in_channels):
    """The card's JSON text after core.inference.model_card's validation; a TrainerError names the bad key."""
    try:
        parsed = parse_card(card)
        validate_card(parsed, input_channels=in_channels)
        return card_to_json(parsed)
    except ModelContractError as error:
        raise TrainerError(f"The chip manifest and options do not make a valid model card: {error}") from None
