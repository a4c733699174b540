"""Benchmark of the trainer's training loop against a bare PyTorch loop (the floor).

Both train the same Deep U-Net on the same chips on the CPU, with the same thread settings:
- floor: the normalised chips already in memory as tensors, plain BCEWithLogitsLoss, no augmentation;
- trainer: trainer.train.train_epoch over trainer.data.BatchSource (shuffled batches, dihedral augmentation,
  the loss that skips ignored pixels), chips held in memory as for every chip set under 2 GiB;
- trainer, chips read from disk: the same loop with the chip-by-chip reading used for large chip sets.
Rounds alternate between the loops so that load from other processes hits them alike. Both wall-clock and
process CPU time are reported: on a machine shared with other work the CPU-time ratio is the steadier figure.
Target: the trainer reaches at least 0.9 of the floor's chips per second.

    .venv-trainer/bin/python bench/bench_trainer.py                 # base 32, 128 x 128 chips, batch 8, 24 steps
    .venv-trainer/bin/python bench/bench_trainer.py --chip-size 64 --steps 8 --base-width 16    # small
"""
import argparse
import json
import os
import sys
import time

from common import PLUGIN_ROOT, TRAINER_PYTHON, machine_line, print_table, verdict, work_folder

try:
    import torch
except ImportError:  # started with the plugin's interpreter (make bench): run again in the trainer's
    if os.environ.get("GLACIERMAPPER_BENCH_IN_TRAINER") or not os.path.isfile(TRAINER_PYTHON):
        sys.exit(f"torch is missing; run this benchmark with the trainer environment ({TRAINER_PYTHON}).")
    os.environ["GLACIERMAPPER_BENCH_IN_TRAINER"] = "1"
    os.execv(TRAINER_PYTHON, [TRAINER_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])

import numpy as np

sys.path.insert(0, os.path.join(PLUGIN_ROOT, "models"))
from trainer.data import BatchSource, ChipDataset
from trainer.losses import make_loss
from trainer.manifest import load_manifest
from trainer.networks import create_model
from trainer.train import make_optimizer, train_epoch

CHANNELS = ["SWIR1", "NIR", "Blue", "NDSI"]


def write_chips(folder, count, size):
    """``count`` training chips (and two validation chips) with a smooth 'glacier' field and some nodata."""
    rng = np.random.default_rng(0)
    os.makedirs(os.path.join(folder, "chips"), exist_ok=True)
    yy, xx = np.mgrid[0:size, 0:size] / size
    entries = []
    for i in range(count + 2):
        field = 0.5 + 0.4 * np.sin(6 * xx + i) * np.cos(5 * yy - i)
        image = np.stack([field + rng.normal(0, 0.1, field.shape) for _ in CHANNELS]).astype(np.float32)
        label = (field > 0.55).astype(np.uint8)
        if i % 4 == 0:
            image[:, : size // 8] = 0.0
            label[: size // 8] = 255
        name = f"chips/c_{i:06d}.npz"
        np.savez(os.path.join(folder, name), image=image, label=label)
        entries.append({"file": name, "split": "val" if i >= count else "train"})
    manifest = {"format": "glaciermapper-chips/1", "chip_size": size, "channels": CHANNELS, "bands": CHANNELS[:3],
                "derived": CHANNELS[3:], "sensor": "landsat_oli", "target": "glacier",
                "normalization": {"kind": "meanstd", "mean": [0.5] * 4, "std": [0.3] * 4}, "chips": entries}
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as stream:
        json.dump(manifest, stream)
    return load_manifest(folder)


def fresh_model(args):
    torch.manual_seed(0)
    model = create_model(args.arch, len(CHANNELS), args.base_width, args.depth)
    return model, make_optimizer("adadelta", model.parameters(), 1.0)


def floor_round(model, optimizer, batches):
    """The bare loop: tensors already batched in memory, plain BCE, nothing else."""
    loss_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    for images, targets in batches:
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(images), targets)
        loss.backward()
        optimizer.step()
        loss.item()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", default="unet", choices=("unet", "attention_unet"))
    parser.add_argument("--chip-size", type=int, default=128)
    parser.add_argument("--base-width", type=int, default=32)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--steps", type=int, default=24, help="timed steps per loop (split over the rounds)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--threads", type=int, help="torch threads for all loops (default: torch's choice)")
    parser.add_argument("--no-disk", action="store_true", help="skip the chip-by-chip reading variant")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    steps_per_round = max(1, args.steps // args.rounds)
    chips_per_round = steps_per_round * args.batch_size

    with work_folder(None, "glacier_mapper_bench_trainer_") as folder:
        manifest = write_chips(folder, chips_per_round, args.chip_size)
        dataset = ChipDataset(manifest, manifest.train, manifest.normalization)
        images, labels = dataset.stacked()
        floor_batches = [(images[i:i + args.batch_size],
                          (labels[i:i + args.batch_size] == 1).float()[:, None])
                         for i in range(0, len(dataset), args.batch_size)]
        generator = torch.Generator().manual_seed(0)
        loss_fn = make_loss("bce")
        loops = {"floor": fresh_model(args), "trainer": fresh_model(args)}
        sources = {"trainer": BatchSource(dataset, args.batch_size, True, True, generator, in_memory=True)}
        if not args.no_disk:
            loops["trainer, chips read from disk"] = fresh_model(args)
            sources["trainer, chips read from disk"] = BatchSource(dataset, args.batch_size, True, True, generator,
                                                                   in_memory=False)

        def run(name):
            model, optimizer = loops[name]
            if name == "floor":
                floor_round(model, optimizer, floor_batches)
            else:
                train_epoch(model, sources[name], optimizer, loss_fn)

        for name in loops:  # warm-up: one round each, untimed
            run(name)
        seconds, cpu = dict.fromkeys(loops, 0.0), dict.fromkeys(loops, 0.0)
        for _ in range(args.rounds):
            for name in loops:
                started, cpu_started = time.perf_counter(), time.process_time()
                run(name)
                seconds[name] += time.perf_counter() - started
                cpu[name] += time.process_time() - cpu_started

    chips = chips_per_round * args.rounds
    steps = chips // args.batch_size
    print(f"{args.arch}, base width {args.base_width}, depth {args.depth}, {len(CHANNELS)} channels, "
          f"{args.chip_size} x {args.chip_size} chips, batch {args.batch_size}, {steps} timed steps per loop, "
          f"{torch.get_num_threads()} torch threads, torch {torch.__version__}; {machine_line()}")
    print_table([("loop", ""), ("chips/s", ".2f"), ("s/step", ".3f"), ("ratio", ".3f"), ("CPU chips/s", ".2f"),
                 ("CPU ratio", ".3f")],
                [(name, chips / seconds[name], seconds[name] / steps, seconds["floor"] / seconds[name],
                  chips / cpu[name], cpu["floor"] / cpu[name]) for name in loops])
    wall, by_cpu = seconds["floor"] / seconds["trainer"], cpu["floor"] / cpu["trainer"]
    print(f"trainer / floor = {wall:.3f} wall-clock, {by_cpu:.3f} CPU time (target >= 0.9: "
          f"{verdict(wall, 0.9, higher_is_better=True)} by wall-clock, "
          f"{verdict(by_cpu, 0.9, higher_is_better=True)} by CPU time)")


if __name__ == "__main__":
    main()
