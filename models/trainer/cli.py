"""Command line: ``python -m trainer train --chips DIR --out MODEL.onnx [options]``.

stdout carries only JSON lines ({"event": "start" | "epoch" | "batch" | "checkpoint" | "early_stop" | "export" |
"done" | "error", ...}); warnings and tracebacks go to stderr. Exit status: 0 done, 1 error, 2 bad arguments,
130 cancelled (SIGTERM or Ctrl+C).
"""
import argparse
import signal
import sys
import traceback

EXIT_ERROR, EXIT_USAGE, EXIT_CANCELLED = 1, 2, 130


class ArgumentError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """Bad arguments become an error event instead of argparse's text on stderr."""

    def error(self, message):
        raise ArgumentError(f"{self.prog}: {message}")


def build_parser():
    from .plugin import ARCHITECTURES, DEVICES, LOSSES, OPTIMIZERS
    parser = _Parser(prog="python -m trainer", description="Train a glacier or lake segmentation network on a "
                     "Glacier Mapper chip folder and export it as ONNX with its model card.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    train = commands.add_parser("train", help="train a network on a chip folder and export it")
    io = train.add_argument_group("input and output")
    io.add_argument("--chips", required=True, help="chip folder with manifest.json (glaciermapper-chips/1)")
    io.add_argument("--out", required=True, help="the model to write, MODEL.onnx; MODEL.pt (weights), "
                    "MODEL.report.json/.html and curve images are written beside it")
    io.add_argument("--name", help="model name in the card (default: the file name)")
    io.add_argument("--description", help="description in the card (default: generated)")
    io.add_argument("--keep-work", action="store_true", help="keep the checkpoint folder MODEL.onnx.work/")
    net = train.add_argument_group("network")
    net.add_argument("--arch", choices=ARCHITECTURES,
                     help="unet (Deep U-Net, glacier paper) or attention_unet (glacial-lake paper); default unet")
    net.add_argument("--base-width", type=int, help="channels of the first level (default 32)")
    net.add_argument("--depth", type=int, help="number of poolings (default 4; the glacier paper has 5)")
    opt = train.add_argument_group("training")
    opt.add_argument("--epochs", type=int, default=50, help="epochs (default 50, as the glacier paper)")
    opt.add_argument("--batch-size", type=int, default=8, help="chips per batch (default 8)")
    opt.add_argument("--optimizer", choices=OPTIMIZERS,
                     help="default: adadelta for unet (glacier paper), adam for attention_unet (lake paper)")
    opt.add_argument("--lr", type=float, help="learning rate (default: 1e-4 for adam, 1.0 for adadelta)")
    opt.add_argument("--loss", choices=LOSSES, default="bce",
                     help="bce (default, both papers), dice or bce_dice; pixels labelled 255 are ignored")
    opt.add_argument("--pos-weight", type=float, help="weight of target pixels in BCE (for rare targets)")
    opt.add_argument("--augment", action=argparse.BooleanOptionalAction, default=True,
                     help="random flips and 90-degree rotations (default on)")
    opt.add_argument("--seed", type=int, default=0, help="random seed; runs on the CPU repeat exactly")
    opt.add_argument("--early-stopping", type=int, default=0, metavar="N",
                     help="stop after N epochs without a better validation IoU (default 0: off)")
    opt.add_argument("--resume", metavar="CHECKPOINT", help="continue an interrupted run from its work folder's "
                     "last.pt")
    opt.add_argument("--finetune", metavar="WEIGHTS.pt", help="start from a model's weights (MODEL.pt beside its "
                     ".onnx; its card supplies architecture and normalisation)")
    opt.add_argument("--device", choices=DEVICES, default="auto",
                     help="auto (default) uses a CUDA GPU when torch sees one")
    opt.add_argument("--num-workers", type=int, default=0, help="data loading processes for chip sets too large "
                     "for memory (default 0)")
    opt.add_argument("--threads", type=int, help="CPU threads for torch (default: torch's choice)")
    card = train.add_argument_group("model card")
    card.add_argument("--tile-size", type=int, default=256, help="inference tile size (default 256)")
    card.add_argument("--overlap", type=int, help="inference tile overlap (default: a quarter of the tile)")
    card.add_argument("--threshold", type=float, default=0.5,
                      help="probability threshold for the mask and for validation scores (default 0.5)")
    return parser


def check_options(options):
    """Range checks argparse cannot express."""
    for key, minimum in (("epochs", 1), ("batch_size", 1), ("tile_size", 1), ("num_workers", 0),
                         ("early_stopping", 0)):
        if getattr(options, key) < minimum:
            raise ArgumentError(f"--{key.replace('_', '-')} must be at least {minimum}, not {getattr(options, key)}.")
    for key in ("lr", "pos_weight"):
        if getattr(options, key) is not None and not getattr(options, key) > 0:
            raise ArgumentError(f"--{key.replace('_', '-')} must be positive, not {getattr(options, key)}.")
    if not 0.0 < options.threshold < 1.0:
        raise ArgumentError(f"--threshold must lie strictly between 0 and 1, not {options.threshold}.")


def _raise_cancelled(signum, frame):
    from .errors import Cancelled
    raise Cancelled()


def main(argv=None):
    from .events import claim_stdout

    emit = claim_stdout()
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        options = build_parser().parse_args(argv)
        check_options(options)
    except ArgumentError as error:
        emit("error", message=str(error), kind="usage")
        return EXIT_USAGE
    except SystemExit as stop:  # --help
        return stop.code or 0
    signal.signal(signal.SIGTERM, _raise_cancelled)
    # Heavy imports after argument checks, so usage errors answer at once.
    from .errors import Cancelled, TrainerError
    try:
        # The chip folder is checked before torch loads, so a wrong folder is reported at once.
        from .manifest import load_manifest
        manifest = load_manifest(options.chips)
        from .job import train_model
        train_model(options, manifest, emit, argv)
    except (Cancelled, KeyboardInterrupt):
        emit("error", message="Training cancelled; no model was written. The work folder keeps last.pt for "
                              "--resume.", kind="cancelled")
        return EXIT_CANCELLED
    except TrainerError as error:
        emit("error", message=str(error), kind="input")
        return EXIT_ERROR
    except MemoryError:
        emit("error", message="Out of memory: lower --batch-size, --base-width or the chip size.", kind="memory")
        return EXIT_ERROR
    except Exception as error:  # anything unexpected still ends with an error event and a traceback on stderr
        traceback.print_exc(file=sys.stderr)
        emit("error", message=f"Unexpected error: {type(error).__name__}: {error}", kind="internal")
        return EXIT_ERROR
    return 0
