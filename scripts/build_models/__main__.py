"""The command line: python -m scripts.build_models (make models)."""
import argparse
import datetime
import json
import os
import shutil
import sys
import time
from dataclasses import asdict

from . import MODELS_DIR, PLUGIN_ROOT, log
from . import __doc__ as package_doc
from .cards import write_documents
from .evaluation import ATHABASCA, FULL_SCENE, athabasca_inputs, build_baselines, evaluate_model, machine
from .pipeline import EVALUATION, Build, Scenes, int8_variant, train_model, write_evaluation
from .real_checks import run_real_checks
from .recipes import MODEL_NAMES, MODELS, TRAINER_COMMON, make_plan


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m scripts.build_models",
                                     description=package_doc.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="build every bundled model")
    which.add_argument("--only", action="append", choices=MODEL_NAMES, metavar="NAME",
                       help=f"build this model (repeatable): {', '.join(MODEL_NAMES)}")
    which.add_argument("--cards-only", action="store_true",
                       help="rewrite the model cards (.MODEL_CARD.md) and the README table from evaluation.json")
    which.add_argument("--real-data-only", action="store_true",
                       help="measure the real-data checks of the installed models again (real_checks.py) and "
                            "rewrite the cards, without training")
    parser.add_argument("--evaluate-only", action="store_true",
                        help="with --all or --only: do not train; evaluate the models already in the output folder "
                             "again (e.g. to time them on a quiet machine), keeping their training records")
    parser.add_argument("--int8-only", action="store_true",
                        help="with --all or --only: only make the int8 variants of the models already in the output "
                             "folder again and compare them with fp32, keeping every other number")
    parser.add_argument("--work", default=os.path.join(PLUGIN_ROOT, "build", "models"),
                        help="work folder for scenes, chips and training runs (default: build/models)")
    parser.add_argument("--out", help="where the models go (default: models/, or WORK/quick with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 512 px scenes, two training scenes, one epoch; into WORK/quick")
    parser.add_argument("--threads", type=int,
                        help=f"trainer threads (default {TRAINER_COMMON['threads']}); 1 trains faster on cores that "
                             "other work shares, where two threads wait for each other at every operator")
    args = parser.parse_args(argv)
    work = os.path.abspath(args.work)
    out_dir = os.path.abspath(args.out or (os.path.join(work, "quick") if args.quick else MODELS_DIR))
    os.makedirs(out_dir, exist_ok=True)
    evaluation_path = os.path.join(out_dir, EVALUATION)
    evaluation = {}
    if os.path.exists(evaluation_path):
        with open(evaluation_path, encoding="utf-8") as handle:
            evaluation = json.load(handle)
    if args.cards_only:
        write_documents(evaluation, out_dir)
        return 0
    if args.real_data_only:
        log("== real-data checks")
        write_evaluation(run_real_checks(evaluation, out_dir, work), evaluation_path)
        write_documents(evaluation, out_dir)
        return 0
    recipes = [m for m in MODELS if args.all or m.name in args.only]
    if args.evaluate_only or args.int8_only:
        missing = [m.name for m in recipes if m.name not in evaluation.get("models", {})]
        if missing:
            parser.error("--evaluate-only and --int8-only need built models; "
                         f"{', '.join(missing)} not in {evaluation_path}")

    started = time.perf_counter()
    plan = make_plan(args.quick, args.threads)
    if args.int8_only:
        build = Build(plan, work, out_dir, Scenes(os.path.join(work, "scenes")),
                      athabasca_inputs(os.path.join(work, "athabasca")))
        for recipe in recipes:
            log(f"== {recipe.name}: int8 variant")
            model = os.path.join(out_dir, recipe.name + ".onnx")
            evaluation["models"][recipe.name]["int8"] = int8_variant(recipe, build, model)
            write_evaluation(evaluation, evaluation_path)
        write_documents(evaluation, out_dir)
        log(f"== done in {(time.perf_counter() - started) / 60:.1f} min: {out_dir}")
        return 0
    for stale in ("scenes", "eval"):
        shutil.rmtree(os.path.join(work, stale), ignore_errors=True)
    log("== scenes and baselines")
    build = Build(plan, work, out_dir, Scenes(os.path.join(work, "scenes")),
                  athabasca_inputs(os.path.join(work, "athabasca")))
    if build.athabasca is None:
        log(f"  the Athabasca HLS scene is not at {ATHABASCA}: the real-scene comparison is left out")
    evaluation.pop("built", None)
    evaluation.update({
        "schema": "glaciermapper-bundled-models-evaluation/1",
        "evaluated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "scenes": {"training": [asdict(s) for s in plan.training], "held_out": asdict(plan.held_out),
                   "test_scene": asdict(plan.test), "timing": asdict(plan.timing), "full_scene": list(FULL_SCENE)},
        "baselines": build_baselines(build),
        "quick": plan.quick,
    })
    models = evaluation.setdefault("models", {})
    for recipe in recipes:
        log(f"== {recipe.name}: {recipe.title}")
        if args.evaluate_only:
            model, training, built = (os.path.join(out_dir, recipe.name + ".onnx"), models[recipe.name]["training"],
                                      models[recipe.name]["built"])
        else:
            model, training = train_model(recipe, build)
            built = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        models[recipe.name] = dict(evaluate_model(recipe, build, model), built=built, training=training,
                                   machine=evaluation["machine"])
        models[recipe.name]["int8"] = int8_variant(recipe, build, model)
        write_evaluation(evaluation, evaluation_path)  # a later failure keeps the models built so far
    log("== real-data checks")
    run_real_checks(evaluation, out_dir, work, names=[m.name for m in recipes])
    if args.all and not args.evaluate_only:
        evaluation["build_minutes"] = round((time.perf_counter() - started) / 60, 1)
    write_evaluation(evaluation, evaluation_path)
    write_documents(evaluation, out_dir)
    log(f"== done in {(time.perf_counter() - started) / 60:.1f} min: {out_dir}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
