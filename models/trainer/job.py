"""One training run from options to files: data, network, training, export, parity check, report."""
import os
import shlex
import shutil
import sys
import time

import torch

from .card import build_card, checked_card_json
from .data import ChipDataset
from .errors import TrainerError
from .events import json_safe
from .export import OPSET, PARITY_CHIPS, check_parity, export_onnx
from .manifest import parse_normalization
from .networks import ARCHITECTURES, create_model, parameter_count
from .plugin import VERSION, ModelContractError, read_card
from .report import report_paths, write_report
from .train import Trainer, TrainSettings, load_checkpoint

DEFAULT_ARCHITECTURE = {"name": "unet", "base_width": 32, "depth": 4}
# Each paper's optimiser: Adadelta for the Deep U-Net (glacier), Adam for the attention U-Net (lake).
DEFAULT_OPTIMIZER = {"unet": "adadelta", "attention_unet": "adam"}


def output_paths(out):
    """Final paths of everything a run writes, and its work folder."""
    out = os.path.abspath(out)
    if not out.lower().endswith(".onnx"):
        raise TrainerError(f"--out must name an .onnx file, not '{out}'.")
    folder, stem = os.path.dirname(out), os.path.basename(out)[:-len(".onnx")]
    paths = {"onnx": out, "weights": os.path.join(folder, stem + ".pt"), **report_paths(folder, stem)}
    return paths, out + ".work", stem


def pick_device(choice):
    if choice == "cpu":
        return "cpu", "asked for"
    if torch.cuda.is_available():
        return "cuda", f"GPU {torch.cuda.get_device_name(0)}"
    if choice == "cuda":
        raise TrainerError("--device cuda was asked for, but this PyTorch sees no CUDA GPU (a CPU-only build, or no "
                           "driver). Use --device auto or cpu, or install a CUDA build of torch in the trainer "
                           "environment.")
    return "cpu", f"no CUDA GPU visible to torch {torch.__version__}"


def _given(options, key):
    return getattr(options, key, None) is not None


def _finetune_source(path, channels):
    """(state_dict, card or None) of --finetune WEIGHTS.pt; the card comes from WEIGHTS.onnx beside it."""
    if not os.path.isfile(path):
        raise TrainerError(f"The weights '{path}' do not exist. Give the MODEL.pt written beside a model's .onnx.")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:  # damaged or foreign file; torch raises several types
        raise TrainerError(f"'{path}' cannot be read as PyTorch weights ({error}).") from None
    if isinstance(state, dict) and "format" in state and "best_model" in state:
        state = state["best_model"]  # a trainer checkpoint: start from its best epoch
    if not isinstance(state, dict) or not all(torch.is_tensor(v) for v in state.values()):
        raise TrainerError(f"'{path}' holds no state_dict; give the MODEL.pt written beside a model's .onnx.")
    card = None
    sibling = os.path.splitext(path)[0] + ".onnx"
    if os.path.isfile(sibling):
        try:
            card = read_card(sibling)
        except ModelContractError as error:
            raise TrainerError(f"The model beside the weights, '{sibling}', has an unusable card: {error}") from None
        card_channels = list(card.input.bands) + list(card.input.derived)
        if card_channels != list(channels):
            raise TrainerError(f"'{sibling}' was trained on channels {card_channels} but the chips hold {channels}; "
                               f"export chips with the model's bands and derived channels to fine-tune it.")
    return state, card


def _first_mismatch(error):
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[1] if len(lines) > 1 else lines[0]


def resolve_architecture(options, manifest, checkpoint, card):
    """Architecture from the resumed checkpoint, else the options, else the fine-tuned model's card, else defaults."""
    chosen = dict(DEFAULT_ARCHITECTURE)
    if card is not None:
        arch = card.architecture
        chosen.update({k: v for k, v in (("name", arch.name), ("base_width", arch.base_width),
                                         ("depth", arch.depth)) if v is not None})
    for key, option in (("name", "arch"), ("base_width", "base_width"), ("depth", "depth")):
        if _given(options, option):
            chosen[key] = getattr(options, option)
    if checkpoint is not None:
        saved = checkpoint["architecture"]
        for key, option in (("name", "arch"), ("base_width", "base_width"), ("depth", "depth")):
            if _given(options, option) and getattr(options, option) != saved[key]:
                raise TrainerError(f"The checkpoint was trained as {saved['name']} with base width "
                                   f"{saved['base_width']} and depth {saved['depth']}; --{option.replace('_', '-')} "
                                   f"{getattr(options, option)} contradicts it. Leave it out when resuming.")
        chosen = {k: saved[k] for k in ("name", "base_width", "depth")}
    if chosen["name"] not in ARCHITECTURES:
        raise TrainerError(f"Unknown architecture {chosen['name']!r}; the trainer builds: {', '.join(ARCHITECTURES)}.")
    if chosen["base_width"] < 1 or not 1 <= chosen["depth"] <= 8:
        raise TrainerError("--base-width must be at least 1 and --depth between 1 and 8.")
    multiple = 2 ** chosen["depth"]
    if manifest.chip_size % multiple:
        raise TrainerError(f"The chips are {manifest.chip_size} px, not a multiple of 2**depth = {multiple}: use a "
                           f"smaller --depth or export chips whose size is a multiple of {multiple}.")
    return {"name": chosen["name"], "in_channels": manifest.in_channels, "base_width": chosen["base_width"],
            "depth": chosen["depth"]}


def resolve_settings(options, architecture, checkpoint):
    optimizer = options.optimizer
    lr = options.lr
    if checkpoint is not None:
        saved = checkpoint["settings"]
        if optimizer is not None and optimizer != saved["optimizer"]:
            raise TrainerError(f"The checkpoint was trained with --optimizer {saved['optimizer']}; a resumed run keeps "
                               f"its optimiser.")
        optimizer = saved["optimizer"]
        lr = saved["lr"] if lr is None else lr
    optimizer = optimizer or DEFAULT_OPTIMIZER[architecture["name"]]
    return TrainSettings(epochs=options.epochs, batch_size=options.batch_size, optimizer=optimizer, lr=lr,
                         loss=options.loss, pos_weight=options.pos_weight, augment=options.augment, seed=options.seed,
                         early_stopping=options.early_stopping, threshold=options.threshold,
                         num_workers=options.num_workers)


def _overlap(options):
    return options.overlap if options.overlap is not None else options.tile_size // 4


def _place(staged, final):
    """Move the staged files into place, the .onnx last: a model only appears once everything beside it has."""
    for key in sorted(staged, key=lambda k: k == "onnx"):
        os.replace(staged[key], final[key])


def train_model(options, manifest, emit, argv=None):
    """Run the whole job on a loaded manifest (manifest.load_manifest); emits start, epoch, checkpoint, export
    and done events; raises TrainerError."""
    started = time.perf_counter()
    final, work_dir, stem = output_paths(options.out)
    checkpoint = load_checkpoint(options.resume) if options.resume else None
    finetune_state, finetune_card = (_finetune_source(options.finetune, manifest.channels) if options.finetune
                                     else (None, None))
    if checkpoint is not None and finetune_state is not None:
        raise TrainerError("--resume and --finetune exclude each other: resume continues a run, finetune starts a "
                           "new one from a model's weights.")
    architecture = resolve_architecture(options, manifest, checkpoint, finetune_card)
    settings = resolve_settings(options, architecture, checkpoint)
    normalization, normalization_source = manifest.normalization, "chip manifest (training chips)"
    if checkpoint is not None:
        if list(checkpoint["channels"]) != manifest.channels:
            raise TrainerError(f"The checkpoint was trained on channels {checkpoint['channels']} but the chips hold "
                               f"{manifest.channels}; resume with the same chip folder.")
        normalization = parse_normalization(checkpoint["normalization"], manifest.in_channels, options.resume)
        normalization_source = "resumed checkpoint"
    elif finetune_card is not None:
        # The pretrained filters expect the inputs they were trained on.
        normalization = parse_normalization(finetune_card.input.normalization.to_dict(), manifest.in_channels,
                                            options.finetune)
        normalization_source = "fine-tuned model's card"
    # Check the card before training so that a manifest that cannot make one fails in seconds, not hours.
    checked_card_json(build_card(manifest, normalization, architecture, options.tile_size, _overlap(options),
                                 options.threshold, options.name or stem, options.description), manifest.in_channels)

    device, device_reason = pick_device(options.device)
    if options.threads:
        torch.set_num_threads(options.threads)
    torch.manual_seed(settings.seed)
    model = create_model(architecture["name"], architecture["in_channels"], architecture["base_width"],
                         architecture["depth"])
    if finetune_state is not None:
        try:
            model.load_state_dict(finetune_state)
        except RuntimeError as error:
            raise TrainerError(f"The weights '{options.finetune}' do not fit a {architecture['name']} with base width "
                               f"{architecture['base_width']} and depth {architecture['depth']} on "
                               f"{architecture['in_channels']} channels; give the --arch, --base-width and --depth "
                               f"they were trained with. ({_first_mismatch(error)})") from None
    model.to(device)
    try:
        os.makedirs(work_dir, exist_ok=True)
    except OSError as error:
        raise TrainerError(f"Cannot create the work folder '{work_dir}' beside --out ({error.strerror}); choose an "
                           f"output folder you can write to.") from None
    if checkpoint is None and os.path.isfile(os.path.join(work_dir, "last.pt")):
        print(f"note: '{work_dir}' holds last.pt from an earlier run; it is overwritten now (pass it to --resume to "
              f"continue that run instead).", file=sys.stderr)
    emit("start", trainer_version=VERSION, torch=torch.__version__, chips=os.path.abspath(options.chips),
         out=final["onnx"], work_dir=work_dir, arch=architecture["name"], in_channels=architecture["in_channels"],
         base_width=architecture["base_width"], depth=architecture["depth"], parameters=parameter_count(model),
         channels=manifest.channels, chip_size=manifest.chip_size, train_chips=len(manifest.train),
         val_chips=len(manifest.val), epochs=settings.epochs, batch_size=settings.batch_size,
         optimizer=settings.optimizer, lr=settings.learning_rate, loss=settings.loss, augment=settings.augment,
         seed=settings.seed, device=device, device_reason=device_reason, threads=torch.get_num_threads(),
         normalization=normalization_source, resumed_from_epoch=int(checkpoint["epoch"]) if checkpoint else None,
         finetuned_from=os.path.abspath(options.finetune) if options.finetune else None)

    trainer = Trainer(model, manifest, normalization, settings, device, work_dir, emit, architecture)
    if checkpoint is not None:
        trainer.restore(checkpoint)
    result = trainer.run()

    files = export_run(options, manifest, normalization, normalization_source, architecture, settings, result,
                       final, work_dir, stem, device, argv)
    emit("export", path=final["onnx"], weights=final["weights"], opset=OPSET, parity_max_abs_diff=files["parity"])
    if not options.keep_work:
        shutil.rmtree(work_dir, ignore_errors=True)
    emit("done", model=final["onnx"], weights=final["weights"], report=final["html"], report_json=final["json"],
         metrics=files["metrics"], seconds=round(time.perf_counter() - started, 3))
    return final




def export_run(options, manifest, normalization, normalization_source, architecture, settings, result, final,
               work_dir, stem, device, argv):
    """Export the best epoch, check card and parity, write weights and report, move them into place."""
    started = time.perf_counter()
    best_model = create_model(architecture["name"], architecture["in_channels"], architecture["base_width"],
                              architecture["depth"])
    best_model.load_state_dict(result.best_state)
    best_model.eval()
    metrics = json_safe({key: result.best[key] for key in ("val_iou", "val_f1", "val_oa", "val_loss")})
    command = "python -m trainer " + shlex.join(sys.argv[1:] if argv is None else argv)
    provenance = {
        "data": f"{len(manifest.train)} training and {len(manifest.val)} validation chips of {manifest.chip_size} px "
                f"from {os.path.abspath(options.chips)}",
        "source": manifest.raw.get("source"), "split": manifest.raw.get("split"), "epochs": result.last_epoch,
        "best_epoch": result.best_epoch, "metrics": dict(metrics), "optimizer": settings.optimizer,
        "lr": settings.learning_rate, "loss": settings.loss, "augment": settings.augment, "seed": settings.seed,
        "finetuned_from": os.path.abspath(options.finetune) if options.finetune else None, "command": command}
    card = build_card(manifest, normalization, architecture, options.tile_size, _overlap(options), options.threshold,
                      options.name or stem, options.description, provenance)
    card_json = checked_card_json(card, manifest.in_channels)

    stage_dir = os.path.join(work_dir, "export")
    os.makedirs(stage_dir, exist_ok=True)
    staged = {key: os.path.join(stage_dir, os.path.basename(path)) for key, path in final.items()}
    export_onnx(best_model, staged["onnx"], manifest.in_channels, manifest.chip_size, card_json)
    val_set = ChipDataset(manifest, manifest.val[:PARITY_CHIPS], normalization)
    parity = check_parity(best_model, staged["onnx"], torch.stack([val_set[i][0] for i in range(len(val_set))]))
    torch.save(best_model.state_dict(), staged["weights"])
    metrics.update(best_epoch=result.best_epoch, epochs_run=result.last_epoch, parity_max_abs_diff=parity)
    write_report(stage_dir, stem, {
        "model": final["onnx"], "weights": final["weights"], "metrics": metrics, "best_epoch": result.best_epoch,
        "stopped_early": result.stopped_early, "history": result.history, "architecture": architecture,
        "parameters": parameter_count(best_model), "parity_max_abs_diff": parity, "opset": OPSET,
        "chips": {"folder": os.path.abspath(options.chips), "train": len(manifest.train), "val": len(manifest.val),
                  "chip_size": manifest.chip_size, "channels": manifest.channels},
        "settings": {**vars(settings), "learning_rate": settings.learning_rate, "device": device,
                     "threads": torch.get_num_threads(), "normalization": normalization_source},
        "card": card, "command": command, "export_seconds": time.perf_counter() - started})
    _place(staged, final)
    return {"metrics": metrics, "parity": parity}
