"""Normalised, augmented training batches from a chip folder (see manifest.py for the format)."""
import numpy as np
import torch

from .manifest import nodata_mask, read_chip, shift_scale

# Chip sets up to this size are held in memory (normalised once); larger ones are read chip by chip.
IN_MEMORY_LIMIT_BYTES = 2 * 1024 ** 3


class ChipDataset(torch.utils.data.Dataset):
    """One split's chips, normalised: (image float32 tensor [C, S, S], label uint8 tensor [S, S]).

    Nodata pixels become 0 after normalisation, i.e. the channel mean, as the plugin fills them at inference.
    """

    def __init__(self, manifest, entries, normalization):
        self.manifest, self.entries = manifest, list(entries)
        self.shift, self.scale = shift_scale(normalization)

    def __len__(self):
        return len(self.entries)

    def __getitem__(self, index):
        image, label = read_chip(self.manifest.path(self.entries[index]), self.manifest.in_channels,
                                 self.manifest.chip_size)
        normalised = (image - self.shift) / self.scale
        normalised[:, nodata_mask(image, label)] = 0.0
        return torch.from_numpy(np.ascontiguousarray(normalised, dtype=np.float32)), torch.from_numpy(label)

    def nbytes(self):
        size = self.manifest.chip_size
        return len(self) * size * size * (4 * self.manifest.in_channels + 1)

    def stacked(self):
        """All chips as two tensors [N, C, S, S] float32 and [N, S, S] uint8."""
        size, channels = self.manifest.chip_size, self.manifest.in_channels
        images = torch.empty((len(self), channels, size, size), dtype=torch.float32)
        labels = torch.empty((len(self), size, size), dtype=torch.uint8)
        for i in range(len(self)):
            images[i], labels[i] = self[i]
        return images, labels


def make_batches(count, batch_size, generator=None):
    """Index batches over ``count`` chips, shuffled with ``generator`` (in order without one).

    A trailing batch of one chip joins the previous batch: batch norm cannot train on a single 1x1 map.
    """
    order = torch.randperm(count, generator=generator) if generator is not None else torch.arange(count)
    batches = list(torch.split(order, batch_size))
    if len(batches) > 1 and len(batches[-1]) == 1:
        single = batches.pop()
        batches[-1] = torch.cat([batches[-1], single])
    return batches


def augment(images, labels, generator):
    """A random dihedral transform (rot90 x 4, with or without a flip) per chip, the same on image and label."""
    codes = torch.randint(0, 8, (images.shape[0],), generator=generator)
    images, labels = images.clone(), labels.clone()
    for code in codes.unique().tolist():
        if code == 0:
            continue
        rows = (codes == code).nonzero(as_tuple=True)[0]
        x, y = images[rows], labels[rows]
        if code >= 4:
            x, y = x.flip(-1), y.flip(-1)
        if code % 4:
            x, y = torch.rot90(x, code % 4, (-2, -1)), torch.rot90(y, code % 4, (-2, -1))
        images[rows], labels[rows] = x, y
    return images, labels


class BatchSource:
    """Batches of one split, from memory when the split fits IN_MEMORY_LIMIT_BYTES, else read by workers."""

    def __init__(self, dataset, batch_size, shuffle, augment_batches, generator, num_workers=0, device="cpu",
                 in_memory=None):
        self.dataset, self.batch_size = dataset, batch_size
        self.shuffle, self.augment, self.generator = shuffle, augment_batches, generator
        self.num_workers, self.device = num_workers, torch.device(device)
        self.in_memory = dataset.nbytes() <= IN_MEMORY_LIMIT_BYTES if in_memory is None else in_memory
        self.tensors = dataset.stacked() if self.in_memory else None

    def __len__(self):
        return len(make_batches(len(self.dataset), self.batch_size))

    def _fetch(self, batches):
        if self.in_memory:
            images, labels = self.tensors
            for rows in batches:
                yield images[rows], labels[rows]
        else:
            loader = torch.utils.data.DataLoader(self.dataset, batch_sampler=[b.tolist() for b in batches],
                                                 num_workers=self.num_workers,
                                                 pin_memory=self.device.type == "cuda")
            yield from loader

    def __iter__(self):
        batches = make_batches(len(self.dataset), self.batch_size, self.generator if self.shuffle else None)
        for images, labels in self._fetch(batches):
            if self.augment:
                images, labels = augment(images, labels, self.generator)
            non_blocking = self.device.type == "cuda"
            yield images.to(self.device, non_blocking=non_blocking), labels.to(self.device, non_blocking=non_blocking)
