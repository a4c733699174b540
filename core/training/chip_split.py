"""Spatially blocked train/validation split of training chips.

Neighbouring chips look alike, so a random chip-by-chip split lets validation see almost the same pixels as
training and overstates accuracy. Instead the raster is cut into square blocks of ``block_px`` pixels
(aligned on the raster's top-left corner) and whole blocks go to validation:

- a chip belongs to the block that contains its centre;
- blocks are visited in a seeded random order and added to validation while that brings the number of
  validation chips closer to ``validation_fraction`` of all chips (always at least one validation chip when
  there are two chips or more, and never all of them);
- to keep validation honest, a training chip that overlaps a validation block or a validation chip (possible
  with overlapping strides, or where a chip straddles a block border) is dropped, so no pixel is in both sets;
- when every chip falls in one block (a small raster), the blocks are halved, down to the chip size, until a
  split exists; the block size used is reported. If even that fails the split is degenerate: one validation
  chip is kept although training chips overlap it, with a warning.
"""
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Set, Tuple

import numpy as np

from ..messages import translate
from .chip_format import TRAIN, VAL


@dataclass
class SplitResult:
    splits: list  # per chip: TRAIN, VAL, or None (a training chip dropped for overlapping validation)
    block_size_px: int
    validation_blocks: set  # {(column, row)} of blocks of block_size_px
    dropped_overlap: int
    warnings: list = field(default_factory=list)

    @property
    def train(self) -> int:
        return self.splits.count(TRAIN)

    @property
    def val(self) -> int:
        return self.splits.count(VAL)


def block_of(x: int, y: int, chip_size: int, block_px: int) -> Tuple[int, int]:
    """(column, row) of the block holding the centre of the chip whose top-left pixel is (x, y)."""
    return (int((x + chip_size / 2.0) // block_px), int((y + chip_size / 2.0) // block_px))


def choose_validation_blocks(block_counts: Dict[Tuple[int, int], int], validation_fraction: float,
                             seed: int) -> Set[Tuple[int, int]]:
    """Blocks to validate on, from {block: chip count}: aims at validation_fraction of the chips, leaves at
    least one chip for training, and returns an empty set when that is impossible (one block only)."""
    total = sum(block_counts.values())
    if total < 2 or validation_fraction <= 0:
        return set()
    target = min(max(1, int(round(validation_fraction * total))), total - 1)
    blocks = sorted(block_counts)
    order = np.random.default_rng(seed).permutation(len(blocks))
    chosen, count = set(), 0
    for i in order:
        block = blocks[i]
        size = block_counts[block]
        if count + size > total - 1:
            continue
        if count == 0 or abs(count + size - target) < abs(count - target):
            chosen.add(block)
            count += size
        if count >= target:
            break
    return chosen


class _Footprints:
    """Chip rectangles hashed on a grid of chip-sized cells, to find overlaps without comparing all pairs."""

    def __init__(self, chip_size):
        self.size = chip_size
        self.cells = defaultdict(list)

    def _cells(self, x, y):
        s = self.size
        for cy in range(y // s, (y + s - 1) // s + 1):
            for cx in range(x // s, (x + s - 1) // s + 1):
                yield cx, cy

    def add(self, x, y):
        for cell in self._cells(x, y):
            self.cells[cell].append((x, y))

    def overlaps(self, x, y):
        s = self.size
        return any(abs(ox - x) < s and abs(oy - y) < s for cell in self._cells(x, y) for ox, oy in self.cells[cell])


def _overlaps_blocks(x, y, chip_size, block_px, blocks):
    columns = range(x // block_px, (x + chip_size - 1) // block_px + 1)
    rows = range(y // block_px, (y + chip_size - 1) // block_px + 1)
    return any((c, r) in blocks for r in rows for c in columns)


def _assign(positions, chip_size, block_px, validation_blocks, honest=True):
    splits = [VAL if block_of(x, y, chip_size, block_px) in validation_blocks else TRAIN for x, y in positions]
    dropped = 0
    if honest:
        footprints = _Footprints(chip_size)
        for (x, y), split in zip(positions, splits):
            if split == VAL:
                footprints.add(x, y)
        for i, (x, y) in enumerate(positions):
            if splits[i] == TRAIN and (_overlaps_blocks(x, y, chip_size, block_px, validation_blocks)
                                       or footprints.overlaps(x, y)):
                splits[i] = None
                dropped += 1
    return splits, dropped


def split_chips(positions: Iterable[Tuple[int, int]], chip_size: int, block_px: int,
                validation_fraction: float = 0.2, seed: int = 0) -> SplitResult:
    """Assign chips (top-left (x, y) pixel positions) to train or validation by spatial blocks: a SplitResult."""
    positions = [(int(x), int(y)) for x, y in positions]
    total = len(positions)
    warnings: List[str] = []
    if total == 0:
        return SplitResult([], block_px, set(), 0, warnings)
    if validation_fraction <= 0 or total < 2:
        if validation_fraction > 0:
            warnings.append(translate("GlacierMapperCore", "Only one chip was exported: there is no validation chip. "
                                      "Use a smaller chip size or stride, or label a larger area."))
        else:
            warnings.append(translate("GlacierMapperCore", "Validation fraction 0: every chip is for training and the "
                                      "trainer cannot measure accuracy on unseen areas."))
        return SplitResult([TRAIN] * total, block_px, set(), 0, warnings)

    size = block_px
    while True:
        counts = Counter(block_of(x, y, chip_size, size) for x, y in positions)
        blocks = choose_validation_blocks(counts, validation_fraction, seed)
        if blocks:
            splits, dropped = _assign(positions, chip_size, size, blocks)
            if TRAIN in splits:
                break
        if size <= chip_size:
            break
        size = max(chip_size, size // 2)
    if size != block_px and blocks and TRAIN in splits:
        warnings.append(translate("GlacierMapperCore", "The chips did not spread over enough {block_px}-px split "
                                  "blocks for a validation set: blocks of {size} px were used. Validation chips lie "
                                  "closer to training chips; label a larger "
                                  "area for a more independent validation.").format(block_px=block_px, size=size))
    if not blocks or TRAIN not in splits:
        # Degenerate: no blocked split leaves training chips. Keep one validation chip anyway.
        rng = np.random.default_rng(seed)
        blocks = blocks or {block_of(*positions[int(rng.integers(total))], chip_size, size)}
        splits, dropped = _assign(positions, chip_size, size, blocks, honest=False)
        if TRAIN not in splits:
            keep = int(rng.integers(total))
            splits = [TRAIN] * total
            splits[keep] = VAL
        warnings.append(translate("GlacierMapperCore", "The chips are too few or too close together for a spatially "
                                  "separate validation set ({count} validation chip(s) overlap training chips): "
                                  "validation scores will be optimistic. Use a smaller chip size or stride, or label a "
                                  "larger area.").format(count=splits.count(VAL)))
        dropped = 0
    kept = splits.count(TRAIN) + splits.count(VAL)
    share = splits.count(VAL) / kept
    if abs(share - validation_fraction) > 0.1:
        warnings.append(translate("GlacierMapperCore", "Validation holds {share:.0f}% of the chips (asked "
                                  "{validation_fraction:.0f}%): the split blocks ({size} px) are coarse for this area. "
                                  "Use a smaller split block size.").format(
                                  share=100 * share, validation_fraction=100 * validation_fraction, size=size))
    if dropped:
        warnings.append(translate("GlacierMapperCore", "{dropped} training chip(s) overlapping validation blocks or "
                                  "chips were dropped so that no pixel is both in training "
                                  "and in validation.").format(dropped=dropped))
    return SplitResult(splits, size, set(blocks), dropped, warnings)
