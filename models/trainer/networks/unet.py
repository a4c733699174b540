"""Deep U-Net after the glacier paper (Ronneberger et al. 2015 with ReLU -> BN after every convolution)."""
import torch
from torch import nn

from .blocks import ConvBlock, UpConv


def level_widths(base_width, depth):
    """Channels per level: base_width doubled at each of the depth poolings, bottleneck last."""
    return [base_width * 2 ** level for level in range(depth + 1)]


class UNet(nn.Module):
    """Encoder of ``depth`` levels (ConvBlock, 2x2 max pooling), bottleneck, ``depth`` up-sampling groups
    (2x2 stride-2 transposed convolution, skip concatenation, ConvBlock halving the channels), 1x1 head.

    ``forward`` returns logits [N, 1, H, W]; the exported model adds the sigmoid. H and W must be
    multiples of 2**depth.
    """

    arch = "unet"

    def __init__(self, in_channels, base_width=32, depth=4):
        super().__init__()
        if in_channels < 1 or base_width < 1 or depth < 1:
            raise ValueError(f"in_channels, base_width and depth must be positive, got "
                             f"{in_channels}, {base_width}, {depth}.")
        self.in_channels, self.base_width, self.depth = in_channels, base_width, depth
        widths = level_widths(base_width, depth)
        self.encoders = nn.ModuleList()
        previous = in_channels
        for width in widths[:-1]:
            self.encoders.append(ConvBlock(previous, width))
            previous = width
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.bottleneck = ConvBlock(widths[-2], widths[-1])
        self.ups = nn.ModuleList(UpConv(widths[level + 1], widths[level]) for level in reversed(range(depth)))
        self.decoders = nn.ModuleList(ConvBlock(2 * widths[level], widths[level])
                                      for level in reversed(range(depth)))
        self.head = nn.Conv2d(widths[0], 1, kernel_size=1)

    @property
    def size_multiple(self):
        return 2 ** self.depth

    def check_input(self, x):
        # Shape checks are Python control flow: skip them while tracing so the export keeps dynamic axes.
        if torch.jit.is_tracing() or torch.onnx.is_in_onnx_export():
            return
        if x.dim() != 4 or x.shape[1] != self.in_channels:
            raise ValueError(f"expected input [N, {self.in_channels}, H, W], got {list(x.shape)}.")
        if x.shape[2] % self.size_multiple or x.shape[3] % self.size_multiple:
            raise ValueError(f"height and width must be multiples of {self.size_multiple} (2**depth), "
                             f"got {x.shape[2]} x {x.shape[3]}.")

    def encode(self, x):
        skips = []
        for encoder in self.encoders:
            x = encoder(x)
            skips.append(x)
            x = self.pool(x)
        return self.bottleneck(x), skips

    def merge(self, level_index, skip, up):
        """The features concatenated at one decoder level: the plain U-Net passes the skip unchanged."""
        return torch.cat([skip, up], dim=1), None

    def forward(self, x, return_attention=False):
        self.check_input(x)
        x, skips = self.encode(x)
        attention = []
        for index, (up, decoder) in enumerate(zip(self.ups, self.decoders)):
            upsampled = up(x)
            merged, alpha = self.merge(index, skips[-1 - index], upsampled)
            if alpha is not None:
                attention.append(alpha)
            x = decoder(merged)
        logits = self.head(x)
        return (logits, attention) if return_attention else logits
