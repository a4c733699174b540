"""The segmentation networks and the registry that builds them by name."""
from .attention_unet import AttentionUNet
from .unet import UNet

ARCHITECTURES = {"unet": UNet, "attention_unet": AttentionUNet}


def create_model(arch, in_channels, base_width=32, depth=4):
    """A network by name: "unet" (Deep U-Net, glacier paper) or "attention_unet" (glacial-lake paper)."""
    try:
        network = ARCHITECTURES[arch]
    except KeyError:
        raise ValueError(f"unknown architecture {arch!r}; choose one of: {', '.join(ARCHITECTURES)}.") from None
    return network(int(in_channels), int(base_width), int(depth))


def parameter_count(model):
    return sum(p.numel() for p in model.parameters())
