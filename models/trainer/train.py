"""The training loop: epochs over a chip folder, validation, best-epoch and resumable checkpoints."""
import math
import os
import time
from dataclasses import asdict, dataclass

import torch

from .data import BatchSource, ChipDataset
from .errors import TrainerError
from .losses import make_loss
from .manifest import IGNORE
from .metrics import ConfusionCounter

CHECKPOINT_FORMAT = "glaciermapper-trainer-checkpoint/1"
# Default learning rates: Adam 1e-4 as the glacial-lake paper, Adadelta 1.0 as the glacier paper (Keras).
DEFAULT_LR = {"adam": 1e-4, "adadelta": 1.0}
BATCH_EVENT_SECONDS = 2.0


@dataclass
class TrainSettings:
    epochs: int = 50
    batch_size: int = 8
    optimizer: str = "adam"
    lr: float = None
    loss: str = "bce"
    pos_weight: float = None
    augment: bool = True
    seed: int = 0
    early_stopping: int = 0  # patience in epochs; 0 = off
    threshold: float = 0.5
    num_workers: int = 0

    @property
    def learning_rate(self):
        return self.lr if self.lr is not None else DEFAULT_LR[self.optimizer]


@dataclass
class TrainResult:
    best_state: dict
    best_epoch: int
    best: dict  # the best epoch's history record
    history: list
    last_epoch: int
    stopped_early: bool


def make_optimizer(kind, parameters, lr):
    if kind == "adam":
        return torch.optim.Adam(parameters, lr=lr)
    if kind == "adadelta":
        # rho and eps of Keras' Adadelta, which the glacier paper used.
        return torch.optim.Adadelta(parameters, lr=lr, rho=0.95, eps=1e-7)
    raise ValueError(f"unknown optimizer {kind!r}; choose adam or adadelta.")


def train_epoch(model, batches, optimizer, loss_fn, on_batch=None):
    """One pass over ``batches`` with parameter updates; returns the mean batch loss."""
    model.train()
    total, count = 0.0, 0
    for images, labels in batches:
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(images), labels)
        loss.backward()
        optimizer.step()
        value = loss.item()
        if not math.isfinite(value):
            raise TrainerError("Training diverged (the loss is not a finite number). Lower the learning rate "
                               "(--lr) or use --optimizer adam.")
        total += value
        count += 1
        if on_batch is not None:
            on_batch(count, total / count)
    return total / max(count, 1)


@torch.no_grad()
def evaluate(model, batches, loss_fn, threshold):
    """(mean loss over valid pixels, ConfusionCounter) of ``model`` in eval mode."""
    model.eval()
    confusion, loss_sum, weight = ConfusionCounter(), 0.0, 0
    for images, labels in batches:
        logits = model(images)
        valid = int((labels != IGNORE).sum())
        loss_sum += loss_fn(logits, labels).item() * valid
        weight += valid
        confusion.update(torch.sigmoid(logits), labels, threshold)
    if confusion.total == 0:
        raise TrainerError("The validation chips hold no labelled pixels (all 255). Export chips whose "
                           "validation blocks overlap the labelled area.")
    return loss_sum / weight, confusion


def cpu_state(model):
    return {key: value.detach().to("cpu", copy=True) for key, value in model.state_dict().items()}


def save_atomic(obj, path):
    temporary = path + ".part"
    torch.save(obj, temporary)
    os.replace(temporary, path)


def load_checkpoint(path):
    if not os.path.isfile(path):
        raise TrainerError(f"The checkpoint '{path}' does not exist. Resume from the last.pt that an interrupted "
                           f"run left in its work folder (MODEL.onnx.work/).")
    try:
        checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:  # torch raises several types for a damaged or foreign file
        raise TrainerError(f"'{path}' cannot be read as a trainer checkpoint ({error}).") from None
    if not isinstance(checkpoint, dict) or checkpoint.get("format") != CHECKPOINT_FORMAT:
        raise TrainerError(f"'{path}' is not a trainer checkpoint (format {CHECKPOINT_FORMAT}). To start from a "
                           f"model's weights (MODEL.pt), use --finetune instead of --resume.")
    return checkpoint


class Trainer:
    """Trains ``model`` on a chip manifest and keeps the epoch with the best validation IoU.

    Events go to ``emit(event, **fields)``. ``work_dir`` receives best.pt (weights of the best epoch)
    and last.pt (everything needed by --resume), both rewritten atomically after each epoch.
    """

    def __init__(self, model, manifest, normalization, settings, device, work_dir, emit, architecture):
        self.model, self.manifest, self.normalization = model, manifest, normalization
        self.settings, self.device, self.work_dir, self.emit = settings, torch.device(device), work_dir, emit
        self.architecture = architecture
        self.generator = torch.Generator().manual_seed(settings.seed)
        self.loss_fn = make_loss(settings.loss, settings.pos_weight)
        self.optimizer = make_optimizer(settings.optimizer, model.parameters(), settings.learning_rate)
        self.train_batches = BatchSource(ChipDataset(manifest, manifest.train, normalization), settings.batch_size,
                                         shuffle=True, augment_batches=settings.augment, generator=self.generator,
                                         num_workers=settings.num_workers, device=self.device)
        self.val_batches = BatchSource(ChipDataset(manifest, manifest.val, normalization), settings.batch_size,
                                       shuffle=False, augment_batches=False, generator=None,
                                       num_workers=settings.num_workers, device=self.device)
        self.history, self.start_epoch = [], 0
        self.best_state, self.best_epoch, self.best, self.stale = None, 0, None, 0

    @property
    def last_path(self):
        return os.path.join(self.work_dir, "last.pt")

    @property
    def best_path(self):
        return os.path.join(self.work_dir, "best.pt")

    def restore(self, checkpoint):
        """Continue from a last.pt: weights, optimiser, random streams, history and the best epoch so far."""
        self.model.load_state_dict(checkpoint["model"])
        self.optimizer.load_state_dict(checkpoint["optimizer"])
        self.generator.set_state(checkpoint["generator"])
        torch.set_rng_state(checkpoint["torch_rng"])
        self.history = list(checkpoint["history"])
        self.start_epoch = int(checkpoint["epoch"])
        self.best_state, self.best_epoch = checkpoint["best_model"], int(checkpoint["best_epoch"])
        self.best = next((h for h in self.history if h["epoch"] == self.best_epoch), None)
        self.stale = int(checkpoint["stale"])

    def _checkpoint(self, epoch):
        return {"format": CHECKPOINT_FORMAT, "epoch": epoch, "model": cpu_state(self.model),
                "optimizer": self.optimizer.state_dict(), "generator": self.generator.get_state(),
                "torch_rng": torch.get_rng_state(), "history": self.history, "best_model": self.best_state,
                "best_epoch": self.best_epoch, "stale": self.stale, "architecture": dict(self.architecture),
                "channels": list(self.manifest.channels), "normalization": self.normalization.to_dict(),
                "settings": asdict(self.settings)}

    def _improved(self, record):
        """Higher validation IoU wins; on a tie, or where IoU is undefined (no target anywhere), lower loss."""
        if self.best is None:
            return True
        new, old = record["val_iou"], self.best["val_iou"]
        if new == new and old == old and new != old:  # both defined (NaN != NaN) and different
            return new > old
        return record["val_loss"] < self.best["val_loss"]

    def run(self):
        settings = self.settings
        stopped_early = False
        epoch = self.start_epoch
        for epoch in range(self.start_epoch + 1, settings.epochs + 1):
            started = time.perf_counter()
            train_loss = train_epoch(self.model, self.train_batches, self.optimizer, self.loss_fn,
                                     self._batch_reporter(epoch, started))
            val_loss, confusion = evaluate(self.model, self.val_batches, self.loss_fn, settings.threshold)
            record = {"epoch": epoch, "train_loss": train_loss, "val_loss": val_loss, **confusion.scores(),
                      "seconds": time.perf_counter() - started, "confusion": confusion.counts()}
            improved = self._improved(record)
            self.history.append(record)
            if improved:
                self.best_state, self.best_epoch, self.best, self.stale = cpu_state(self.model), epoch, record, 0
                save_atomic(self.best_state, self.best_path)
            else:
                self.stale += 1
            # last.pt is on disk before the epoch is announced: a run stopped after any event resumes from it.
            save_atomic(self._checkpoint(epoch), self.last_path)
            self.emit("epoch", epoch=epoch, epochs=settings.epochs, train_loss=train_loss, val_loss=val_loss,
                      val_iou=record["val_iou"], val_f1=record["val_f1"], val_oa=record["val_oa"],
                      seconds=round(record["seconds"], 3), best=improved)
            if improved:
                self.emit("checkpoint", path=self.best_path, metric=record["val_iou"], metric_name="val_iou",
                          epoch=epoch)
            if settings.early_stopping and self.stale >= settings.early_stopping:
                stopped_early = True
                self.emit("early_stop", epoch=epoch, patience=settings.early_stopping, best_epoch=self.best_epoch)
                break
        if self.best_state is None:
            raise TrainerError("No epoch was trained: --epochs must be larger than the epoch of the checkpoint "
                               "given to --resume.")
        return TrainResult(self.best_state, self.best_epoch, self.best, self.history, epoch, stopped_early)

    def _batch_reporter(self, epoch, started):
        batches = len(self.train_batches)
        last = [started]

        def report(batch, mean_loss):
            now = time.perf_counter()
            if now - last[0] >= BATCH_EVENT_SECONDS and batch < batches:
                last[0] = now
                self.emit("batch", epoch=epoch, batch=batch, batches=batches, train_loss=mean_loss,
                          seconds=round(now - started, 3))
        return report
