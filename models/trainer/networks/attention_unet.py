"""Attention U-Net after the glacial-lake paper (Oktay et al. 2018): the U-Net with gated skip connections."""
import torch
from torch import nn

from .blocks import AttentionGate
from .unet import UNet, level_widths


class AttentionUNet(UNet):
    """The U-Net whose skip features are weighted by an attention gate before concatenation.

    ``forward(x, return_attention=True)`` also returns the gates' weights, deepest level first, each
    [N, 1, h, w] at its skip's resolution.
    """

    arch = "attention_unet"

    def __init__(self, in_channels, base_width=32, depth=4):
        super().__init__(in_channels, base_width, depth)
        widths = level_widths(base_width, depth)
        self.gates = nn.ModuleList(AttentionGate(widths[level]) for level in reversed(range(depth)))

    def merge(self, level_index, skip, up):
        gated, alpha = self.gates[level_index](skip, up)
        return torch.cat([gated, up], dim=1), alpha
