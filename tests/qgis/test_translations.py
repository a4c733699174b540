"""Translations: the algorithms speak Chinese and German from i18n/*.ts, and the .ts files are complete and current."""
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from contextlib import contextmanager

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterEnum, QgsProcessingParameterFileDestination, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
I18N_DIR = os.path.join(PLUGIN_ROOT, "i18n")
LANGUAGES = ("zh_CN", "de")
CJK = re.compile(r"[\u4e00-\u9fff]")
FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
# Folders the translation tools do not read (as `make translations-update`): tests, benchmarks, the trainer.
SKIPPED_FOLDERS = {"tests", "bench", os.path.join("models", "trainer"), "build", "dist", "demo_output",
                   "bench_output", "__pycache__"}
# Option and output texts that are codes or names, the same in every language.
CODES = {"NDSI", "NDWI (McFeeters)", "MNDWI", "auto", "cpu", "cuda", "Kappa", "F1", "IoU", "MIoU", "128", "256", "AUC",
         "OA",
         "KAPPA", "IOU", "MIOU", "FA", "MA", "PRECISION", "RECALL"}


def ts_path(language):
    return os.path.join(I18N_DIR, f"glacier_mapper_{language}.ts")


def read_ts(path):
    """(root element, {(context, source): translation element})."""
    root = ET.parse(path).getroot()
    messages = {}
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            messages[(name, message.find("source").text)] = message.find("translation")
    return root, messages


def tool(name):
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: `make system` installs it (qttools5-dev-tools, pyqt5-dev-tools).")
        pytest.skip(f"{name} is not installed")
    return path


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """The .ts files compiled now, as `make translations` does, so that an old .qm cannot hide a change."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        subprocess.run([tool("lrelease"), "-silent", ts_path(language), "-qm",
                        str(folder / f"glacier_mapper_{language}.qm")], check=True)
    return folder


@contextmanager
def installed(qm_path):
    translator = QTranslator()
    assert translator.load(str(qm_path)), qm_path
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)  # the other tests read English


def glacier_mapper_algorithms():
    from glacier_mapper.algorithms.base import GlacierMapperAlgorithm
    provider = QgsApplication.processingRegistry().providerById("glaciermapper")
    return [a for a in provider.algorithms() if isinstance(a, GlacierMapperAlgorithm)], provider.algorithms()


def fresh(algorithm_id):
    """A new instance: its parameters are made now, in the language installed now."""
    return QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)


def visible_texts(algorithm):
    """{where: text} for what a user reads of an algorithm in the toolbox, its dialog and its results."""
    texts = {"displayName": algorithm.displayName(), "group": algorithm.group(),
             "shortHelpString": algorithm.shortHelpString()}
    for parameter in algorithm.parameterDefinitions():
        name = parameter.name()
        texts[f"{name} label"] = parameter.description()
        if parameter.help():
            texts[f"{name} help"] = parameter.help()
        if isinstance(parameter, QgsProcessingParameterEnum):
            for index, option in enumerate(parameter.options()):
                texts[f"{name} option {index}"] = option
        if isinstance(parameter, QgsProcessingParameterFileDestination):
            texts[f"{name} file filter"] = parameter.fileFilter()
    for output in algorithm.outputDefinitions():
        texts[f"{output.name()} output"] = output.description()
    return texts


def test_every_algorithm_has_chinese_name_group_and_help(plugin, compiled):
    from glacier_mapper.algorithms.provider import ALGORITHMS
    from glacier_mapper.algorithms.workflows import WorkflowModel
    ours, everything = glacier_mapper_algorithms()
    english = {a.id(): (a.displayName(), a.group(), a.shortHelpString()) for a in everything}
    group_ids = {a.id(): a.groupId() for a in everything}
    translated = workflows = 0
    with installed(compiled / "glacier_mapper_zh_CN.qm"):
        for algorithm in everything:
            instance = fresh(algorithm.id())
            assert instance.groupId() == group_ids[algorithm.id()]  # ids stay English
            chinese = (instance.displayName(), instance.group(), instance.shortHelpString())
            if isinstance(instance, WorkflowModel):
                chinese = chinese[:2]  # a graphical model's help is the English of its .model3 file
                workflows += 1
            for en, zh in zip(english[algorithm.id()], chinese):
                assert zh != en and CJK.search(zh), (algorithm.id(), en[:80], zh[:80])
            translated += 1
        ndsi = fresh("glaciermapper:ndsiglaciermask")
        assert ndsi.parameterDefinition("SENSOR").description() == "传感器"
        assert ndsi.parameterDefinition("BAND_GREEN").description() == "绿波段（手动指定）"
        assert ndsi.parameterDefinition("NDWI_THRESHOLD").description() == "判为水体的 NDWI 下限"
        assert ndsi.group() == "阈值制图"
        provider = QgsApplication.processingRegistry().providerById("glaciermapper")
        assert (provider.id(), provider.name()) == ("glaciermapper", "Glacier Mapper")
    assert translated == len(everything) == len(ours) + workflows
    assert len(ours) == len(ALGORITHMS) == 15
    assert workflows == len([n for n in os.listdir(os.path.join(PLUGIN_ROOT, "resources", "models"))
                             if n.endswith(".model3")]) >= 1
    # translator removed: English again
    assert fresh("glaciermapper:ndsiglaciermask").parameterDefinition("SENSOR").description() == "Sensor"
    assert fresh("glaciermapper:segment").displayName() == "Segment (U-Net, ONNX)"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_parameter_option_and_output_is_translated(plugin, compiled, language):
    """Catches a label the translation tools cannot see (a variable in tr() with no QT_TRANSLATE_NOOP)."""
    _, messages = read_ts(ts_path(language))
    same_by_design = CODES | {source for (_, source), element in messages.items() if element.text == source}
    ours, _ = glacier_mapper_algorithms()
    english = {a.id(): visible_texts(fresh(a.id())) for a in ours}
    untranslated, checked = [], 0
    with installed(compiled / f"glacier_mapper_{language}.qm"):
        for algorithm in ours:
            for where, text in visible_texts(fresh(algorithm.id())).items():
                en = english[algorithm.id()][where]
                if algorithm.id() == "glaciermapper:segment" and where.startswith("MODEL option") \
                        and en != "Model file below":
                    continue  # model names from the model cards
                checked += 1
                if text == en and en not in same_by_design:
                    untranslated.append(f"{algorithm.id()} {where}: {en!r}")
    assert untranslated == []
    assert checked > 300


def test_qgis_process_speaks_the_language_of_the_profile(tmp_path):
    """qgis_process calls classFactory and initProcessing only: the translation must be installed by then."""
    from glacier_mapper.scripts.headless import QGIS_PROCESS, make_profile
    for language in LANGUAGES:  # the plugin reads i18n/*.qm: build them as `make translations` does
        ts = ts_path(language)
        qm = ts[:-3] + ".qm"
        if not os.path.isfile(qm) or os.path.getmtime(qm) < os.path.getmtime(ts):
            subprocess.run([tool("lrelease"), "-silent", ts, "-qm", qm], check=True)
    env = make_profile(tmp_path)
    with open(tmp_path / "profiles" / "default" / "QGIS" / "QGIS3.ini", "a", encoding="utf-8") as ini:
        ini.write("\n[locale]\noverrideFlag=true\nuserLocale=zh_CN\n")
    done = subprocess.run([QGIS_PROCESS, "help", "glaciermapper:ndsiglaciermask"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("冰川掩膜（NDSI 阈值） (glaciermapper:ndsiglaciermask)")
    assert "SENSOR: 传感器" in done.stdout and "NDWI_THRESHOLD: 判为水体的 NDWI 下限" in done.stdout


def test_plugin_installs_the_translation_of_the_user_locale(qgis_app, compiled, monkeypatch):
    import glacier_mapper
    from glacier_mapper import plugin as plugin_module
    monkeypatch.setattr(plugin_module, "I18N_DIR", str(compiled))
    settings = QgsSettings()
    keys = ("locale/overrideFlag", "locale/userLocale")
    saved = {key: settings.value(key) for key in keys}
    source = "Threshold mapping"
    try:
        settings.setValue("locale/overrideFlag", True)
        for locale, expected in (("zh_CN", "阈值制图"), ("de_AT", "Schwellenwert-Kartierung"), ("fr_FR", source)):
            settings.setValue("locale/userLocale", locale)
            instance = glacier_mapper.classFactory(None)  # what QGIS and qgis_process call first
            assert (instance.translator is not None) == (expected != source), locale
            assert QCoreApplication.translate("GlacierMapperAlgorithm", source) == expected
            instance.unload()
            assert instance.translator is None
            assert QCoreApplication.translate("GlacierMapperAlgorithm", source) == source
        # not overridden: the system's language, whatever was chosen before
        settings.setValue("locale/overrideFlag", False)
        settings.setValue("locale/userLocale", "zh_CN")
        assert plugin_module.user_locale() == QLocale.system().name()
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_is_complete(language):
    root, messages = read_ts(ts_path(language))
    assert root.get("language") == language
    problems = []
    for (context, source), element in messages.items():
        text = element.text or ""
        if element.get("type") or not text.strip():
            problems.append(f"not translated ({element.get('type')}): {context}: {source[:60]!r}")
        elif FORMAT_FIELD.findall(text) != FORMAT_FIELD.findall(source):
            problems.append(f"placeholders differ: {context}: {source[:60]!r}")
        elif text.count("\n") != source.count("\n"):
            problems.append(f"line breaks differ: {context}: {source[:60]!r}")
    assert problems == []
    other = read_ts(ts_path(LANGUAGES[1 - LANGUAGES.index(language)]))[1]
    assert set(messages) == set(other)
    assert len(messages) > 300


def plugin_sources():
    """The plugin's Python files the translation tools read."""
    files = []
    for folder, subfolders, names in os.walk(PLUGIN_ROOT):
        relative = os.path.relpath(folder, PLUGIN_ROOT)
        subfolders[:] = sorted(s for s in subfolders if not s.startswith(".")
                               and os.path.normpath(os.path.join(relative, s)) not in SKIPPED_FOLDERS
                               and s not in SKIPPED_FOLDERS)
        files += [os.path.join(folder, n) for n in sorted(names) if n.endswith(".py")]
    return files


def test_ts_files_hold_every_string_of_the_code_now(tmp_path):
    """New or changed strings fail here until `make translations-update` has run and they are translated."""
    current = tmp_path / "current.ts"
    files = plugin_sources()
    assert os.path.join(PLUGIN_ROOT, "algorithms", "base.py") in files
    subprocess.run([tool("pylupdate5"), "-noobsolete", *files, "-ts", str(current)], check=True,
                   capture_output=True)
    in_code = set(read_ts(current)[1])
    assert len(in_code) > 300
    for language in LANGUAGES:
        in_ts = set(read_ts(ts_path(language))[1])
        assert sorted(in_code - in_ts) == [], f"run `make translations-update` and translate ({language})"
        assert sorted(in_ts - in_code) == [], f"obsolete messages: run `make translations-update` ({language})"


def test_core_labels_are_in_the_translations():
    """core/ has no Qt: base.py lists its labels for the translation tools; this keeps the list complete."""
    from glacier_mapper.core.sensors.bands import ROLE_LABELS, SCALING_PRESETS, SENSOR_CHOICES, SENSORS
    from glacier_mapper.core.sensors.scaling import SCALING_CHOICES
    labels = (set(ROLE_LABELS.values()) | {sensor.label for sensor in SENSORS.values()}
              | {preset.label for preset in SCALING_PRESETS.values()}
              | {label for _, label in SENSOR_CHOICES + SCALING_CHOICES})
    for language in LANGUAGES:
        shared = {source for context, source in read_ts(ts_path(language))[1] if context == "GlacierMapperAlgorithm"}
        assert sorted(labels - shared) == []


def core_choices():
    """{algorithm context: core (key, label) sequences its enum parameters are built from}."""
    from glacier_mapper.core.accuracy.assessment import SCORE_KIND_CHOICES
    from glacier_mapper.core.accuracy.metrics import CRITERION_CHOICES
    from glacier_mapper.core.inference.catalog import PRECISION_CHOICES
    from glacier_mapper.core.inference.onnx_session import DEVICE_CHOICES
    from glacier_mapper.core.outlines.outlines import CLASS_NAME_CHOICES, CONNECTIVITY_CHOICES
    from glacier_mapper.core.spectral.glacier_mask import WATER_TEST_CHOICES
    from glacier_mapper.core.spectral.indices import INDEX_CHOICES
    from glacier_mapper.core.spectral.lake_mask import LAKE_INDEX_CHOICES
    from glacier_mapper.core.training import trainer_process as trainer
    from glacier_mapper.core.training.chip_export import BAND_SET_CHOICES, CHIP_SIZE_CHOICES
    from glacier_mapper.core.training.label_layer import TARGET_CHOICES
    return {
        "AssessAccuracyAlgorithm": (SCORE_KIND_CHOICES, CRITERION_CHOICES),
        "TrainModelAlgorithm": (trainer.ARCHITECTURE_CHOICES, trainer.OPTIMIZER_CHOICES, trainer.LOSS_CHOICES,
                                trainer.DEVICE_CHOICES),
        "SegmentAlgorithm": (DEVICE_CHOICES, PRECISION_CHOICES),
        "SpectralIndexAlgorithm": (INDEX_CHOICES,),
        "NdwiLakeMaskAlgorithm": (LAKE_INDEX_CHOICES,),
        "NdsiGlacierMaskAlgorithm": (WATER_TEST_CHOICES,),
        "OutlinesAlgorithm": (CLASS_NAME_CHOICES, CONNECTIVITY_CHOICES),
        "ExportChipsAlgorithm": (BAND_SET_CHOICES, CHIP_SIZE_CHOICES, TARGET_CHOICES),
        "NewLabelLayerAlgorithm": (TARGET_CHOICES,),
    }


def test_core_choice_labels_are_listed_for_translation():
    """Each algorithm lists the labels of its core choices with QT_TRANSLATE_NOOP (codes excepted), in its
    own context, so the .ts files hold them and the options are translated."""
    checked = 0
    for language in LANGUAGES:
        messages = read_ts(ts_path(language))[1]
        missing = []
        for context, sequences in core_choices().items():
            for choices in sequences:
                for _, label in choices:
                    checked += 1
                    if label not in CODES and (context, label) not in messages:
                        missing.append(f"{context}: {label!r}")
        assert missing == [], f"list them with QT_TRANSLATE_NOOP in the algorithm ({language})"
    assert checked == 2 * 47


def test_enum_options_follow_the_core_choices(plugin):
    """The options an algorithm offers are its core sequence's labels, in the same order."""
    ids = {"AssessAccuracyAlgorithm": ("assessaccuracy", ("SCORE_KIND", "CRITERION")),
           "TrainModelAlgorithm": ("trainmodel", ("ARCHITECTURE", "OPTIMIZER", "LOSS", "DEVICE")),
           "SegmentAlgorithm": ("segment", ("DEVICE", "PRECISION")),
           "SpectralIndexAlgorithm": ("spectralindex", ("INDEX",)),
           "NdwiLakeMaskAlgorithm": ("ndwilakemask", ("INDEX",)),
           "NdsiGlacierMaskAlgorithm": ("ndsiglaciermask", ("WATER_TEST",)),
           "OutlinesAlgorithm": ("outlines", ("CLASS_NAME", "CONNECTIVITY")),
           "ExportChipsAlgorithm": ("exportchips", ("BAND_SET", "CHIP_SIZE", "TARGET")),
           "NewLabelLayerAlgorithm": ("newlabellayer", ("TARGET",))}
    compared = 0
    for context, sequences in core_choices().items():
        algorithm_id, names = ids[context]
        algorithm = fresh(f"glaciermapper:{algorithm_id}")
        for name, choices in zip(names, sequences):
            assert algorithm.parameterDefinition(name).options() == [label for _, label in choices], name
            compared += 1
    assert compared == 17
