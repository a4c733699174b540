"""Building blocks shared by the U-Net family."""
import torch
from torch import nn


class ConvBlock(nn.Sequential):
    """Two 3x3 convolutions (stride 1, padding 1 = "same"), each followed by ReLU then batch norm.

    The order ReLU -> BN follows the glacier paper; the convolutions keep their bias because the ReLU
    sits between them and the normalisation.
    """

    def __init__(self, in_channels, out_channels):
        super().__init__(
            nn.Conv2d(in_channels, out_channels, kernel_size=3, stride=1, padding=1),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(out_channels),
            nn.Conv2d(out_channels, out_channels, kernel_size=3, stride=1, padding=1),
            nn.ReLU(inplace=True),
            nn.BatchNorm2d(out_channels),
        )


class UpConv(nn.ConvTranspose2d):
    """2x2 transposed convolution with stride 2: doubles height and width, halves the channels."""

    def __init__(self, in_channels, out_channels):
        super().__init__(in_channels, out_channels, kernel_size=2, stride=2)


class AttentionGate(nn.Module):
    """Attention gate on a skip connection (Oktay et al. 2018, as used by the glacial-lake paper).

    x is the encoder feature, g the up-sampled decoder feature at the same scale. A 3x3 convolution over
    both (channels halved), ReLU, a 1x1 convolution to one channel and a sigmoid give the weights alpha in
    [0, 1]; the gate returns x * alpha and alpha.
    """

    def __init__(self, channels):
        super().__init__()
        inner = max(1, channels // 2)
        # One convolution over [x, g] equals the paper's sum of a convolution of x and one of g.
        self.combine = nn.Conv2d(2 * channels, inner, kernel_size=3, stride=1, padding=1)
        self.relu = nn.ReLU(inplace=True)
        self.psi = nn.Conv2d(inner, 1, kernel_size=1)

    def forward(self, x, g):
        alpha = torch.sigmoid(self.psi(self.relu(self.combine(torch.cat([x, g], dim=1)))))
        return x * alpha, alpha
