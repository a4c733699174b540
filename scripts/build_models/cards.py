"""The model cards (models/<name>.MODEL_CARD.md) and the models/README.md table, from evaluation.json."""
import os

from .evaluation import FULL_SCENE
from .real_checks import POND_RING, POND_SPACING
from .recipes import DARK_FACTORS, MODELS, SENSOR_LABELS, SceneRecipe

README_START = "<!-- bundled-models:start (written by scripts/build_models) -->"
README_END = "<!-- bundled-models:end -->"


# ---------------------------------------------------------------------------------------------- documents

def pct(value):
    return "n/a" if value is None else f"{100 * value:.1f} %"


def num(value, digits=3):
    return "n/a" if value is None else f"{value:.{digits}f}"


def size_text(size):
    return f"{size / 1e6:.1f} MB"


def metric_row(label, values):
    return (f"| {label} | {num(values.get('oa'))} | {num(values.get('kappa'))} | {num(values.get('f1'))} | "
            f"{num(values.get('iou'))} | {num(values.get('miou'))} | {num(values.get('auc'))} | "
            f"{pct(values.get('fa'))} | {pct(values.get('ma'))} |")


METRIC_HEADER = ("| method | OA | Kappa | F1 | IoU | MIoU | AUC | FA | MA |\n"
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")


def sensor_baselines(evaluation, entry):
    """The baselines measured on the scenes of the model's sensor (Landsat's at the top level, others under
    "sensors"), and those scenes."""
    base = evaluation["baselines"]
    scenes = evaluation["scenes"]
    other = base.get("sensors", {}).get(entry.get("sensor", "landsat_oli"))
    if other is None:
        return base, scenes
    return dict(base, **{k: v for k, v in other.items() if k != "scenes"}), dict(scenes, **other["scenes"])


INPUT_TEXT = {"landsat_oli": "Collection 2 Level-2 by default", "sentinel2": "L2A x 1e-4 by default"}
PIXELS_TEXT = {"landsat_oli": "30 m", "sentinel2": "10 and 20 m"}
SENSOR_LIMIT = {
    "landsat_oli": "- Landsat 8/9 OLI at 30 m. Other sensors with the same bands can be read (Sentinel-2, Landsat "
                   "4-7) but the model has not seen them.",
    "sentinel2": "- Sentinel-2 MSI at 10 and 20 m. Landsat and HLS scenes can be read (the same roles) but the "
                 "model has not seen their band responses.",
}


def model_card_markdown(name, entry, evaluation):
    recipe = next(m for m in MODELS if m.name == name)
    sensor = entry.get("sensor", "landsat_oli")
    training = entry["training"]
    base, scenes = sensor_baselines(evaluation, entry)
    # "ndwi" is the baselines' key of the lake mask at its defaults, which are MNDWI >= 0.2 today
    method_key = "ndsi" if entry["target"] == "glacier" else "ndwi"
    method = "NDSI" if method_key == "ndsi" else "Lake mask"
    method_text = ("NDSI >= 0.4 (core.spectral.glacier_mask defaults)" if method_key == "ndsi"
                   else "the lake mask, MNDWI >= 0.2 with the snow/ice and shadow tests (core.spectral.lake_mask "
                        "defaults)")
    net = "Deep U-Net" if entry["arch"] == "unet" else "Attention U-Net"
    scenes_text = "\n".join(f"- {SceneRecipe(**s).describe()}" for s in training["scenes"])
    counts = training["chip_counts"]
    built_on = entry.get("machine") or evaluation["machine"]  # where this model was trained and timed
    options = training["options"]
    timing = entry["timing"]
    epochs = training.get("epoch_seconds") or [training["seconds"] / max(training["epochs_run"] or 1, 1)]
    how_built = "a quick smoke run, not a release model" if evaluation.get("quick") else "make models"
    dark_text = "" if not counts.get("dark_copies") else (
        f", including {counts['dark_copies']} darkened copies (reflectance x {DARK_FACTORS[0]:g}-{DARK_FACTORS[1]:g}) "
        f"of chips without {entry['target']}s: the generator's shadows are never darker than about 0.02, real deep "
        f"shadows are near 0, and without them the model took real shadows for lakes")
    if counts.get("rivers_ignored"):
        dark_text += (f"; the {counts['rivers_ignored']:,} river pixels of the landscape scenes' chips are left out "
                      f"of the loss (the truth calls them land, but they are turbid water: labelled so, they taught "
                      f"the model that turbid and narrow water is not a lake)")
    classes_intro = (f"Share of each land-cover class of the held-out scene marked {entry['target']}, where the "
                     f"truth counts {TRUTH_TEXT[entry['target']]}:")
    lines = [
        f"# {entry['title']}",
        "",
        f"`models/{entry['file']}` (weights `models/{name}.pt`; training report `models/reports/{name}.report.html`).",
        f"Built by `scripts/build_models` ({how_built}) on {entry['built'][:10]}, evaluated on "
        f"{evaluation['evaluated'][:10]}.",
        "",
        "## What it does",
        "",
        f"- {net}, base width {entry['network']['base_width']}, depth {entry['network']['depth']}, "
        f"{training['parameters']:,} parameters; ONNX {size_text(entry['size_bytes']['onnx'])}, "
        f"weights {size_text(entry['size_bytes']['pt'])}.",
        f"- Input: {SENSOR_LABELS[entry.get('sensor', 'landsat_oli')]} surface reflectance, channels "
        f"{', '.join(entry['channels'])} "
        f"({INPUT_TEXT[sensor]}; the plugin finds the bands by description or stack order and scales "
        f"them with the scaling you choose, e.g. HLS).",
        f"- Output: probability of {entry['target']} (sigmoid), mask at threshold {options['threshold']}; trained on "
        f"{options['tile_size']} px tiles, run on tiles overlapping by {options['overlap']} px whose size the "
        f"plugin picks per raster between {options['tile_size']} and 640 px (the one evaluating the fewest "
        f"pixels: 1.20 evaluations per pixel at 4,096 x 4,096 instead of 1.72 with {options['tile_size']} px).",
        # the entry's own text where the installed model was built to an older recipe than recipes.py's
        f"- Follows the paper: {(entry.get('paper') or recipe.paper).strip(' ()')}.",
        "",
        "## How it was trained",
        "",
        "Data: simulated scenes from Glacier Mapper's sample-scene generator (`core.sample_scene.generate_scene`), "
        f"7 bands at {PIXELS_TEXT[sensor]} with exact {entry['target']} truth. Training scenes:",
        "",
        scenes_text,
        "",
        f"Chips ({recipe.chips['chip_size']} px, stride {recipe.chips['stride']}, "
        "core.training.chip_export from the truth "
        f"polygons): chips with at least {pct(recipe.chips['min_positive_fraction'])} {entry['target']} pixels, plus "
        f"{pct(recipe.chips['keep_negative_fraction'])} of the others (seeded) so that the network also sees areas "
        f"without {entry['target']}s; spatially blocked validation split per scene. {training['train_chips']} "
        f"training and {training['val_chips']} validation chips ({counts['dropped_low_positive']} low-target chips "
        f"dropped){dark_text}.",
        "",
        f"Training: {training['epochs_run']} of at most {options['epochs']} epochs run"
        + (f" (early stopping after {options['early_stopping']} epochs without a better validation IoU)"
           if options.get("early_stopping") else "")
        + f", best epoch {training['best_epoch']} kept; {options['optimizer']} "
        f"lr {options['lr']}, loss {options['loss']}, batch {options['batch_size']}, flips and rotations, seed "
        f"{options['seed']}, {training['threads']} CPU threads, torch {training['torch']}. Training time "
        f"{training['seconds'] / 60:.1f} min on this machine ({built_on['cpu']}), shared with other "
        f"work: an epoch took {min(epochs):.0f} to {max(epochs):.0f} s, so about "
        f"{min(epochs) * len(epochs) / 60:.1f} min on the two cores alone. "
        f"Validation chips: IoU {num(training['val_iou'])}, F1 {num(training['val_f1'])}, "
        f"OA {num(training['val_oa'])}.",
        "",
        "Command (run by `core.training.trainer_process.run_trainer` from the trainer's environment):",
        "",
        "```",
        training["command"],
        "```",
        "",
        "## Results",
        "",
        f"Held-out generated scene ({SceneRecipe(**scenes['held_out']).describe()}; seed not used in "
        f"training), against its {entry['target']} truth, next to {method_text}:",
        "",
        METRIC_HEADER,
        metric_row(f"this model (threshold {options['threshold']})", entry["held_out"]),
        metric_row(method, base["held_out"][method_key]),
        "",
        f"The AUC of {method} is that of the index itself. {classes_intro}",
        "",
        "| land cover | pixels | truth | this model | " + method + " |",
        "| --- | --- | --- | --- | --- |",
        *class_rows(entry, base, method_key),
        "",
        f"Small generated test scene "
        f"({SceneRecipe(**scenes['test_scene']).describe()}, used by tests/qgis/test_bundled_models.py):",
        "",
        METRIC_HEADER,
        metric_row("this model", entry["test_scene"]),
        metric_row(method, base["test_scene"][method_key]),
        "",
    ]
    lines += athabasca_section(entry, base)
    lines += real_data_checks(entry, base)
    if entry.get("int8"):
        lines += ["## int8 variant", "", *int8_lines(name, entry)]
    lines += [
        "## Speed",
        "",
        f"{timing['seconds_per_full_scene']:.0f} s per full Landsat scene ({FULL_SCENE[0]:,} x {FULL_SCENE[1]:,} px) "
        f"on this machine's CPU ({built_on['cpu']}, {built_on['logical_cpus']} logical CPUs, "
        f"shared; onnxruntime {built_on['onnxruntime']}): measured {timing['measured_seconds']} s on a "
        f"{timing['measured_size'][0]:,} x {timing['measured_size'][1]:,} px generated scene (probability and mask "
        f"written) and scaled by the pixel count (x {timing['scale']}). "
        f"The {method} method takes {base['seconds_per_full_scene'][method_key]['seconds_per_full_scene']:.0f} s "
        f"measured the same way." + full_scene_note(name),
        "",
        "## Limits",
        "",
        "- Trained on simulated scenes only. The generator's spectra, terrain, shadows and debris are plausible, not "
        "real: expect lower accuracy on real imagery, and check the masks before using them.",
        "- Fine-tune on your region: 'New label layer' on your scene, digitize "
        f"{entry['target']} polygons (and some without), 'Export training chips' (bands "
        f"{', '.join(recipe.bands)}{', derived ' + ', '.join(recipe.derived) if recipe.derived else ''}), then "
        f"'Train model' with 'Fine-tune from model' set to `models/{entry['file']}` (the `.pt` beside it holds the "
        "weights; the card gives the architecture and the normalisation).",
        SENSOR_LIMIT[sensor],
        "- No clouds in the training scenes: clouds are not a class it knows.",
        *recipe.limits,
    ]
    if entry["target"] == "lake":
        lines.append("- Lakes smaller than a few pixels, frozen lakes and lakes under shadow are the hardest cases; "
                     "rivers are not lakes in the training truth.")
    return "\n".join(lines) + "\n"


TRUTH_TEXT = {"glacier": "clean and debris-covered ice and the snow on glaciers as glacier, not the snow beside them",
              "lake": "clear and turbid lakes as lake, not rivers"}


def class_rows(entry, base, method):
    model, truth = entry.get("held_out_classes") or {}, base.get("held_out_classes", {})
    rows = []
    for name, values in model.items():
        reference = truth.get(f"{entry['target']}_truth", {}).get(name, {})
        threshold = truth.get(method, {}).get(name, {})
        rows.append(f"| {name.replace('_', ' ')} | {values['pixels']:,} | {pct(reference.get('marked'))} | "
                    f"{pct(values['marked'])} | {pct(threshold.get('marked'))} |")
    return rows


def athabasca_section(entry, base):
    ath = entry.get("athabasca")
    lines = ["## Real scene: Athabasca Glacier (HLS L30, 2020-08-16)", ""]
    if ath is None or base.get("athabasca") is None:
        return lines + ["Not evaluated: the real data were not available when the model was built.", ""]
    if not ath.get("applicable"):
        return lines + [f"Not applicable: {ath['reason']}", ""]
    if entry["target"] == "glacier":
        ndsi = base["athabasca"]["ndsi"]
        return lines + [
            "Scored against the only outline at hand, `athabasca_outline.shp`: a 1984 outline of the glacier "
            "tongue only, not of the Columbia Icefield around it, and 36 years older than the image. Inside the "
            "outline's bounding box, the ice around the tongue counts as false alarm and the retreated 1984 ice as "
            "missed: **these numbers compare the two methods with each other; they do not measure accuracy.** "
            "Both are assessed the same way (HLS scaling x 1e-4).",
            "",
            METRIC_HEADER,
            metric_row("this model", ath),
            metric_row("NDSI >= 0.4", ndsi),
            "",
            f"Whole scene: {ath['scene_pixels_target']:,} glacier pixels by the model, {ndsi['scene_pixels_target']:,} "
            f"by NDSI (of {ath['scene_pixels_valid']:,} valid).",
            "",
        ]
    ndwi = base["athabasca"]["ndwi"]
    return lines + [
        "No lake reference exists for this scene, so there is no accuracy to report. Lake pixels marked over the "
        f"whole scene ({ath['scene_pixels_valid']:,} valid pixels of ice, snow, rock, forest and shadow): "
        f"{ath['scene_pixels_target']:,} by the model, {ndwi['scene_pixels_target']:,} by NDWI (defaults, HLS "
        f"scaling); inside the 1984 glacier outline: {ath['pixels_inside_outline']:,} by the model, "
        f"{ndwi['pixels_inside_outline']:,} by NDWI.",
        "",
    ]


def share(value):
    return "n/a" if value is None else f"{100 * value:.3f} %"


def count(value):
    return "n/a" if value is None else f"{value:,}"


def real_data_checks(entry, base):
    """The card's "Real-data checks" section, from real_checks.py's figures in evaluation.json."""
    real, baseline = entry.get("real_data"), (base or {}).get("real_data")
    lines = ["## Real-data checks", ""]
    if not real or not baseline:
        return lines + ["Not measured: run `python -m scripts.build_models --real-data-only` with the real data in "
                        "`../shared/data/real/`.", ""]
    target = entry["target"]
    lines += [
        "Measured by `scripts/build_models/real_checks.py` (`python -m scripts.build_models --real-data-only`) on "
        "the real sources in `../shared/data/real/`, next to the threshold methods at their defaults: NDSI >= 0.4 "
        "(`ndsi`), the lake mask (`lake_mask`: MNDWI >= 0.2 with the snow/ice and shadow tests), on Athabasca also "
        "with its cast-shadow mask and with the DEM slope and shadow tests (`core.spectral.terrain`). No real "
        "source has a lake reference and the only glacier outline is a 1984 outline of the tongue, so these are "
        "counts and overlaps where the answer is known, not accuracy.",
        "",
    ]
    lines += verdict_lines(entry, real["verdict"])
    lines += (glacier_tables if target == "glacier" else lake_tables)(real, baseline)
    lines += spectra_table(real, baseline, target)
    pictures = [(source, real[source].get("quicklook")) for source in ("athabasca", "florida_l1")
                if (real.get(source) or {}).get("quicklook")]
    if pictures:
        lines += [f"Pictures: this model's {target} mask (magenta, left) beside the threshold method's (right)"
                  + ("; the failure cases are where they differ." if not real["verdict"]["matches"] else ".")]
        lines += [""] + [f"![{SOURCE_LABELS[source]}](reports/{name})" for source, name in pictures] + [""]
    return lines


SOURCE_LABELS = {"athabasca": "Athabasca HLS L30, 2020-08-16",
                 "florida_l1": "Florida Landsat 8 L1 (LC80200392015216LGN00, TOA from its MTL; lakes and coast, "
                               "no ice)",
                 "landsat8_c2l2": "Landsat 8 C2 L2 product (Amazon, 2020-10-31, QA_PIXEL clouds masked)",
                 "sentinel2_l2a": "Sentinel-2 L2A product (Morocco, 2020-02-19, SCL clouds masked)"}


def verdict_lines(entry, verdict):
    from .real_checks import MAX_FLORIDA_GLACIER, MAX_SHORTFALL, MIN_IOU, MIN_IOU_ICE, MIN_WATER
    if entry["target"] == "lake":
        what, rule = "on real water", (
            f"its water overlaps the threshold lake mask's with IoU >= {MIN_IOU} on every real scene where the mask "
            f"finds at least {MIN_WATER} water pixels, and it calls the labelled water patches lake no more than "
            f"{100 * MAX_SHORTFALL:.0f} points less often than the mask and the snow, shadowed-snow, ice and rock "
            f"patches no more than {100 * MAX_SHORTFALL:.0f} points more often")
        instead = "the threshold lake mask (ndwilakemask, with a DEM where there is one)"
    else:
        what, rule = "on real ice", (
            f"its glacier overlaps the NDSI map of Athabasca with IoU >= {MIN_IOU_ICE}, it calls the labelled snow, "
            f"shadowed-snow and ice patches glacier no more than {100 * MAX_SHORTFALL:.0f} points less often than "
            f"NDSI and the rock and water patches no more than {100 * MAX_SHORTFALL:.0f} points more often, and it "
            f"marks at most {100 * MAX_FLORIDA_GLACIER:g} % of the ice-free Florida scene")
        instead = "the NDSI glacier mask (ndsiglaciermask)"
    lines = [f"Rule: a model matches the threshold baseline {what} when {rule}."]
    if verdict["matches"] is None:
        return lines + ["", f"**Verdict: not measured {what}** (no real source could be read).", ""]
    if verdict["matches"]:
        return lines + ["", f"**Verdict: this model matches the threshold baseline {what}** "
                            f"({verdict['checks']} checks).", ""]
    return lines + ["", f"**Verdict: this model does not match the threshold baseline {what}**, so it should not be "
                        f"the default for {entry['target']}s: use {instead}, and this model only after fine-tuning "
                        f"on labelled {entry['target']}s of your region. Failed:", ""] + [
        f"- {reason}" for reason in verdict["reasons"]] + [""]


def not_applicable(figures):
    if figures is None:
        return "data not found"
    if figures.get("applicable", True):
        return None
    return "not applicable: " + figures["reason"].split(". ")[0].rstrip(".")


def glacier_tables(real, base):
    ath, ndsi = real.get("athabasca"), (base.get("athabasca") or {}).get("ndsi")
    lines = []
    if ath and ndsi:
        lines += ["Athabasca HLS L30 (HLS scaling; glacier pixels inside and outside the 1984 outline, and "
                  "agreement with the NDSI map, which is right on clean ice and snow):", "",
                  "| method | glacier pixels | inside outline | outside | IoU with NDSI | agreement with NDSI |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for label, values in (("this model", ath), ("NDSI >= 0.4", ndsi)):
            if not_applicable(values):
                lines.append(f"| {label} | {not_applicable(values)} | | | | |")
                continue
            lines.append(f"| {label} | {count(values['glacier_pixels'])} of {count(values['valid_pixels'])} | "
                         f"{count(values['inside_outline'])} | {count(values['outside_outline'])} | "
                         f"{num(values['vs_iou'])} | {pct(values['vs_agreement'])} |")
        lines.append("")
    lines += ["Scenes without ice (glacier pixels should be near zero) and the products (clouds masked to nodata "
              "first):", "", "| scene | this model | NDSI >= 0.4 | valid pixels | masked (clouds) |",
              "| --- | --- | --- | --- | --- |"]
    for key, ours, theirs in scene_pairs(real, base, "ndsi"):
        reason = not_applicable(ours) or not_applicable(theirs)
        clouds = (theirs or {}).get("clouds")
        masked = count(clouds["masked_pixels"]) if clouds else "-"
        if reason:
            lines.append(f"| {SOURCE_LABELS[key]} | {reason} | | | {masked} |")
            continue
        lines.append(f"| {SOURCE_LABELS[key]} | {count(ours['glacier_pixels'])} ({share(ours['glacier_share'])}) | "
                     f"{count(theirs['glacier_pixels'])} ({share(theirs['glacier_share'])}) | "
                     f"{count(theirs['valid_pixels'])} | {masked} |")
    return lines + [""]


def scene_pairs(real, base, method):
    """(source key, the model's figures, the method's figures) on Florida and each product."""
    pairs = [("florida_l1", real.get("florida_l1"), (base.get("florida_l1") or {}).get(method))]
    for key, theirs in (base.get("products") or {}).items():
        ours = (real.get("products") or {}).get(key)
        if theirs.get("applicable", True):
            theirs = dict(theirs[method], clouds=theirs.get("clouds"))
        pairs.append((key, ours, theirs))
    return pairs


LAKE_METHODS = (("lake_mask", "lake mask, defaults"), ("lake_mask_shadow", "lake mask + cast-shadow mask"),
                ("lake_mask_terrain", "lake mask + DEM slope and shadow tests"),
                ("lake_mask_former", "former defaults (NDWI 0.3, NIR test)"), ("ndwi_alone", "NDWI > 0 alone"),
                ("mndwi_alone", "MNDWI >= 0.2 alone"))


def lake_tables(real, base):
    lines = []
    ath, methods = real.get("athabasca"), base.get("athabasca")
    if ath is not None and methods:
        lines += ["Athabasca HLS L30 (HLS scaling; ice, snow, deep shadow and a proglacial lake at the toe): water "
                  "pixels over the scene, at the toe (within 500 m of the 1984 outline and at most 100 m above its "
                  "lowest point), inside the outline (on ice) and in the scene's DEM cast-shadow mask:", "",
                  "| method | water pixels | at the toe | inside outline | in shadow mask | IoU with lake mask | "
                  "IoU with lake mask + DEM tests |", "| --- | --- | --- | --- | --- | --- | --- |"]
        rows = [("this model", ath)] + [(label, methods.get(key)) for key, label in LAKE_METHODS if key in methods]
        for label, values in rows:
            if not_applicable(values):
                lines.append(f"| {label} | {not_applicable(values)} | | | | | |")
                continue
            lines.append(f"| {label} | {count(values['lake_pixels'])} | {count(values['at_toe'])} | "
                         f"{count(values['inside_outline'])} | {count(values['in_shadow_mask'])} | "
                         f"{num(values['vs_iou'])} | {num(values['vs_lake_mask_terrain_iou'])} |")
        lines.append("")
    lines += ["Florida (lakes and coast, no ice) and the products (clouds masked to nodata first): water pixels, "
              "and the IoU of this model's water with the lake mask's:", "",
              "| scene | this model | IoU with lake mask | " + " | ".join(label for key, label in LAKE_METHODS
                                                             if key in ("lake_mask", "lake_mask_former",
                                                                        "ndwi_alone", "mndwi_alone"))
              + " | masked (clouds) |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for key, ours, _ in scene_pairs(real, base, "lake_mask"):
        source = base["florida_l1"] if key == "florida_l1" else base["products"][key]
        clouds = source.get("clouds")
        masked = count(clouds["masked_pixels"]) if clouds else "-"
        reason = not_applicable(ours) or not_applicable(source)
        if reason:
            lines.append(f"| {SOURCE_LABELS[key]} | {reason} | | | | | | {masked} |")
            continue
        others = " | ".join(count(source[m]["lake_pixels"]) for m in ("lake_mask", "lake_mask_former", "ndwi_alone",
                                                                     "mndwi_alone"))
        lines.append(f"| {SOURCE_LABELS[key]} | {count(ours['lake_pixels'])} | {num(ours['vs_iou'])} | {others} | "
                     f"{masked} |")
    return lines + [""] + body_table(real, base) + pond_table(real, base)


BODY_LABELS = {"narrow": "1-2 px across", "small": "3-4 px across", "wide": "5 px or more"}


def body_table(real, base):
    """The threshold lake mask's water bodies by width, and how many of them the model finds."""
    scenes = [("athabasca", real.get("athabasca"), base.get("athabasca"))]
    scenes += [("florida_l1", real.get("florida_l1"), base.get("florida_l1"))]
    scenes += [(key, (real.get("products") or {}).get(key), theirs)
               for key, theirs in (base.get("products") or {}).items()]
    rows, widest = [], 0
    for key, ours, methods in scenes:
        reference = (methods or {}).get("lake_mask") or {}
        if not ours or not ours.get("bodies") or not reference.get("bodies") or not reference["lake_pixels"]:
            continue
        widest = max(widest, reference["bodies"]["wide"]["bodies"])
        candidates = [("this model", ours)]
        if "lake_mask_terrain" in methods:
            candidates.append(("lake mask + DEM slope and shadow tests", methods["lake_mask_terrain"]))
        for label, values in candidates:
            cells = [f"{values['bodies'][w]['found']} of {values['bodies'][w]['bodies']} "
                     f"({count(values['bodies'][w]['found_pixels'])} of {count(values['bodies'][w]['pixels'])} px)"
                     for w in BODY_LABELS]
            rows.append(f"| {SOURCE_LABELS[key].split(' (')[0]} | {label} | " + " | ".join(cells) + " |")
    if not rows:
        return []
    return ["The threshold lake mask's water bodies (8-connected) by width, twice the largest distance from a pixel "
            "to the water's edge, and how many of them a method finds (at least half the body's pixels marked): "
            "the models are trained to map lakes, not streams, ditches or speckle one or two pixels across, which "
            "the threshold mask keeps.", "",
            "| scene | method | " + " | ".join(BODY_LABELS.values()) + " |", "| --- | --- |" + " --- |" * 3,
            *rows, ""] + ([] if widest else [
        "None of these scenes holds a water body 5 px (150 m at 30 m) across or more, so the real data here cannot "
        "show whether the model maps lakes of the sizes it was trained on; what they show is that it leaves out "
        "water narrower than that, which the threshold mask keeps.", ""])


POND_LABELS = {"snow_ice": "in snow or ice", "dark": "in shade", "land": "on land (rock, soil, vegetation)"}


def pond_table(real, base):
    """Ponds of each scene's own water pasted into the real scene (real_checks.pasted_ponds), found by size."""
    lines = []
    for key, what in (("athabasca", "the Athabasca toe water's median spectrum"),
                      ("florida_l1", "the median spectrum of the Florida scene's own water (lake mask)")):
        ours = (real.get(key) or {}).get("ponds")
        theirs = ((base.get(key) or {}).get("lake_mask") or {}).get("ponds")
        if not ours or not theirs:
            continue
        spectrum = base[key]["pond_spectrum"]
        sides = list(ours)
        rows = []
        for label, figures in (("this model", ours), ("lake mask", theirs)):
            for where, text in POND_LABELS.items():
                if not any(figures[side][where]["ponds"] for side in sides):
                    continue
                cells = [f"{figures[side][where]['found']} of {figures[side][where]['ponds']}" for side in sides]
                rows.append(f"| {label} | {text} | " + " | ".join(cells) + " |")
        lines += [f"Ponds of known size in real surroundings, {SOURCE_LABELS[key].split(' (')[0]}: squares of {what} "
                  f"(green {spectrum['green']:.3f}, NIR {spectrum['nir']:.3f}, SWIR1 {spectrum['swir1']:.3f}) "
                  f"pasted into the real scene every {POND_SPACING} px away from its water, one size at a time; "
                  f"found when half the pond's pixels are marked, by what surrounds the pond (a {POND_RING} px "
                  "ring). The lake mask finds every pond by construction (the spectrum is of its own water): the "
                  "table shows the smallest lake a model finds, and where:", "",
                  "| method | surroundings | " + " | ".join(f"{side} x {side} px" for side in sides) + " |",
                  "| --- | --- |" + " --- |" * len(sides), *rows, ""]
    return lines


def spectra_table(real, base, target):
    spectra, methods = real.get("labelled_spectra"), base.get("labelled_spectra")
    if not spectra or not methods:
        return []
    method, label = ("ndsi", "NDSI >= 0.4") if target == "glacier" else ("lake_mask", "lake mask, defaults")
    from .real_checks import CLASSES, PATCH
    classes = list(CLASSES.values())
    lines = [f"Labelled spectra (glacier-snow-cover-mapping; Landsat 8/9 less the file's 0.2 offset, and "
             f"Sentinel-2), each point a uniform {PATCH} x {PATCH} px patch: share of each class's patches called "
             f"{target} (most of the patch's centre marked):", "",
             "| method | " + " | ".join(c.replace("_", " ") for c in classes) + " |",
             "| --- |" + " --- |" * len(classes)]
    for key, sensor in (("landsat", "Landsat"), ("sentinel2", "Sentinel-2")):
        for name, values in (("this model", spectra.get(key)), (label, (methods.get(key) or {}).get(method))):
            if not values:
                continue
            if not_applicable(values):
                lines.append(f"| {name}, {sensor} | {not_applicable(values)} |" + " |" * (len(classes) - 1))
                continue
            lines.append(f"| {name}, {sensor} | " + " | ".join(
                f"{pct(values[c][f'called_{target}'])} of {values[c]['patches']}" for c in classes) + " |")
    return lines + [""]


def full_scene_note(name):
    """The full-scene figures of bench/bench_segment.py --full, measured by hand (models/reports/<name>.full_scene.md),
    kept across rebuilds of the cards; "" when there are none."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "models", "reports", f"{name}.full_scene.md")
    if not os.path.exists(path):
        return ""
    with open(path, encoding="utf-8") as handle:
        return " " + handle.read().strip()


def readme_section(evaluation):
    lines = [
        README_START,
        "## Bundled models",
        "",
        "Trained by the bundled trainer on simulated scenes of the plugin's sample-scene generator (no labelled real "
        "training set is bundled), so treat them as starting points: check them on your region and fine-tune them "
        "there ('New label layer', digitize, 'Export training chips', 'Train model' with 'Fine-tune from model'). "
        "Each has a model card `models/<name>.MODEL_CARD.md` (training data and command, results, limits), its "
        "weights `models/<name>.pt` beside the `.onnx` for fine-tuning, and its training report in `models/reports/`. "
        "Held-out IoU: on a generated scene no training seed made, against its truth (the threshold method with "
        "the plugin's defaults in brackets). Seconds per full Landsat scene (7,800 x 7,700 px) on the build "
        f"machine's CPU ({evaluation['machine']['cpu']}, {evaluation['machine']['logical_cpus']} logical CPUs), "
        "scaled from a 2,048 x 2,048 px scene." + (
            " Each has an int8 variant, `models/<name>.int8.onnx` (Segment's *Precision* int8), with its own card "
            "`<name>.int8.MODEL_CARD.md`: its mask flips, IoU and speed against fp32."
            if all(e.get("int8") for e in evaluation["models"].values()) else ""),
        "",
        "| model | network | inputs | target | size | held-out IoU | s / full scene |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, entry in evaluation["models"].items():
        base = sensor_baselines(evaluation, entry)[0]["held_out"]
        method = "ndsi" if entry["target"] == "glacier" else "ndwi"
        net = "Deep U-Net" if entry["arch"] == "unet" else "attention U-Net"
        lines.append(
            f"| [`{entry['file']}`]({name}.MODEL_CARD.md) | {net} ({entry['training']['parameters']:,} parameters) | "
            f"{', '.join(entry['channels'])} | {entry['target']} | {size_text(entry['size_bytes']['onnx'])} | "
            f"{num(entry['held_out']['iou'])} ({method.upper()} {num(base[method]['iou'])}) | "
            f"{entry['timing']['seconds_per_full_scene']:.0f} |")
    lines += [
        "",
        "Rebuild them from scratch with `make models` (`python -m scripts.build_models --all`; `--only NAME` for one, "
        "`--quick` for a smoke run into the work folder, `--all --evaluate-only` to evaluate and time the built "
        "models again, `--real-data-only` to measure the real-data checks of the installed models again, "
        "`--cards-only` to rewrite the cards and this table from `models/evaluation.json`). "
        "The build generates the scenes, exports chips from their truth, trains each "
        "model through the trainer subprocess (seeded: the same machine gives the same weights), evaluates it and "
        "writes `models/evaluation.json` with every number" + (
            f"; the last full build took {evaluation['build_minutes']:.0f} min on the build machine, whose two cores "
            "were shared with other work." if evaluation.get("build_minutes") else "."),
        README_END,
    ]
    return "\n".join(lines)


def write_documents(evaluation, out_dir):
    for name, entry in evaluation["models"].items():
        with open(os.path.join(out_dir, f"{name}.MODEL_CARD.md"), "w", encoding="utf-8") as handle:
            handle.write(model_card_markdown(name, entry, evaluation))
    write_int8_documents(evaluation, out_dir)
    readme = os.path.join(out_dir, "README.md")
    text = open(readme, encoding="utf-8").read() if os.path.exists(readme) else "# Models\n"
    section = readme_section(evaluation)
    if README_START in text and README_END in text:
        head, rest = text.split(README_START, 1)
        text = head + section + rest.split(README_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    with open(readme, "w", encoding="utf-8") as handle:
        handle.write(text)


# ---------------------------------------------------------------------------------------------- int8 variants

def _flips_row(label, values):
    if not values or values.get("applicable") is False:
        return f"| {label} | not applicable | | | |"
    pixels = values["target_pixels"]
    return (f"| {label} | {100 * values['flips']:.3f} % | {num(values['iou_vs_fp32'], 4)} | {pixels['fp32']:,} | "
            f"{pixels['int8']:,} |")


def _spread_text(spread, digits=2):
    return f"{spread['median']:.{digits}f} ({spread['min']:.{digits}f}-{spread['max']:.{digits}f})"


def int8_lines(name, entry):
    """The comparison of the int8 variant with this fp32 model (both cards carry it)."""
    q = entry["int8"]
    held, seg, net = q["held_out"], q["segment_timing"], q["network_timing"]
    lines = [
        f"`models/{q['file']}`, {size_text(q['size_bytes'])}: static int8 quantisation (onnxruntime "
        "`quantize_static`, QDQ, int8 weights per output channel, uint8 activations, MinMax ranges) calibrated on "
        f"{q['calibration_tiles']} tiles of {q['calibration_scenes']} training scenes ({q['tiles_per_scene']} per "
        "scene, seeded), the tiles exactly as Segment prepares them. Choose it with Segment's *Precision* int8 "
        "(`PRECISION=1`); it is made again by every `make models` (`--int8-only` remakes only the variants).",
        "",
        "Mask agreement with fp32 (flips: share of the valid pixels whose class differs):",
        "",
        "| scene | flips | IoU int8 vs fp32 | target pixels fp32 | target pixels int8 |",
        "| --- | --- | --- | --- | --- |",
        _flips_row("held-out generated scene", held),
    ]
    if "athabasca" in q:
        lines.append(_flips_row("Athabasca HLS L30 (real)", q["athabasca"]))
    if "landsat8_l2" in q:
        lines.append(_flips_row("Landsat 8 C2 L2, path 1 row 62 (real, QA masked)", q["landsat8_l2"]))
    lines += ["", "Against the truth of the held-out generated scene:", "", METRIC_HEADER,
              metric_row("fp32", held["fp32"]), metric_row("int8", held["int8"])]
    ath = q.get("athabasca") or {}
    if ath.get("fp32"):
        lines += ["", "Against the 1984 Athabasca outline (the comparison of methods explained above, not accuracy):",
                  "", METRIC_HEADER, metric_row("fp32", ath["fp32"]), metric_row("int8", ath["int8"])]
    lines += [
        "",
        f"Speed, int8 time / fp32 time, median (min-max) of {seg['pairs']} paired fp32-int8 runs after a warm-up "
        "of each, on this machine's CPU (shared with other work, so CPU time is given too"
        + (f"; load average {seg['load_average'][0]:.1f} before and {seg['load_average'][1]:.1f} after the "
           f"Segment runs on {seg['logical_cpus']} logical CPUs" if seg.get("load_average") else "") + "):",
        "",
        "| what | wall ratio | CPU-time ratio | fp32 wall s | int8 wall s |",
        "| --- | --- | --- | --- | --- |",
        f"| Segment end to end, {seg['scene_size'][0]:,} x {seg['scene_size'][1]:,} px generated timing scene | "
        f"{_spread_text(seg['wall_ratio'])} | {_spread_text(seg['cpu_ratio'])} | {_spread_text(seg['fp32_wall_s'])} | "
        f"{_spread_text(seg['int8_wall_s'])} |",
        f"| the network alone, {net['tiles']} tiles, {net['threads']} threads | {_spread_text(net['wall_ratio'])} | "
        f"{_spread_text(net['cpu_ratio'])} | {_spread_text(net['fp32_wall_s'])} | "
        f"{_spread_text(net['int8_wall_s'])} |",
        "",
        f"The default stays fp32: int8 changes the class of {100 * held['flips']:.3f} % of the held-out scene's "
        f"pixels (IoU against the truth {num(held['int8']['iou'], 4)} instead of {num(held['fp32']['iou'], 4)}), and "
        f"Segment end to end took {seg['wall_ratio']['median']:.2f} x the fp32 wall time here: reading, "
        "normalising, blending and writing take the same time whatever the precision, and the network normalises "
        "after each ReLU (convolution, ReLU, batch normalisation), so batch normalisation cannot fold into the "
        "convolutions: it runs in float between them, with a dequantise and a quantise around each, and the int8 "
        "convolutions gain little.",
        "",
    ]
    return lines


def int8_card_markdown(name, entry, evaluation):
    return "\n".join([
        f"# {entry['title']} (int8)",
        "",
        f"The int8 variant of `models/{entry['file']}`; everything about the model (inputs, training, limits) is "
        f"in its card, [{name}.MODEL_CARD.md]({name}.MODEL_CARD.md). Quantised by `scripts/build_models` on "
        f"{(entry['int8'].get('quantised') or evaluation['evaluated'])[:10]} from the fp32 model built on "
        f"{entry['built'][:10]}.",
        "",
        "## int8 variant",
        "",
        *int8_lines(name, entry),
    ])


def write_int8_documents(evaluation, out_dir):
    for name, entry in evaluation["models"].items():
        if entry.get("int8"):
            with open(os.path.join(out_dir, f"{name}.int8.MODEL_CARD.md"), "w", encoding="utf-8") as handle:
                handle.write(int8_card_markdown(name, entry, evaluation))
