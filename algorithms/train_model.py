"""glaciermapper:trainmodel — train a U-Net or attention U-Net with the bundled PyTorch trainer."""
import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.training.trainer_process import (
    ARCHITECTURE_CHOICES,
    DEVICE_CHOICES,
    LOSS_CHOICES,
    OPTIMIZER_CHOICES,
    chip_counts,
    model_outputs,
    run_trainer,
    trainer_problem,
)
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options
from .settings import models_folder, trainer_python

# The labels of the trainer's choices, for the translation tools (DEVICE_CHOICES' labels are codes).
CHOICE_LABELS = (QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Deep U-Net (glaciers)"),
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Attention U-Net (glacial lakes)"),
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Adam, lr 1e-4 (lake paper)"),
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Adadelta (glacier paper)"),
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Binary cross-entropy"),
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Dice"),
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Binary cross-entropy + Dice"))


class TrainModelAlgorithm(GlacierMapperAlgorithm):
    CHIPS = "CHIPS"
    ARCHITECTURE = "ARCHITECTURE"
    EPOCHS = "EPOCHS"
    BATCH_SIZE = "BATCH_SIZE"
    OPTIMIZER = "OPTIMIZER"
    LEARNING_RATE = "LEARNING_RATE"
    LOSS = "LOSS"
    POS_WEIGHT = "POS_WEIGHT"
    AUGMENT = "AUGMENT"
    SEED = "SEED"
    DEVICE = "DEVICE"
    EARLY_STOPPING = "EARLY_STOPPING"
    FINETUNE = "FINETUNE"
    BASE_WIDTH = "BASE_WIDTH"
    DEPTH = "DEPTH"
    TILE_SIZE = "TILE_SIZE"
    THRESHOLD = "THRESHOLD"
    NAME = "NAME"
    OUTPUT_MODEL = "OUTPUT_MODEL"
    REPORT = "REPORT"
    REPORT_JSON = "REPORT_JSON"
    VAL_IOU = "VAL_IOU"
    group_id = "training"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Training")

    def name(self):
        return "trainmodel"

    def displayName(self):
        return self.tr("Train model")

    def shortHelpString(self):
        return self.tr(
            "Trains a segmentation network on a chip folder from 'Export training chips' with the bundled PyTorch "
            "trainer, which runs as a separate process in its own Python environment (Processing > Options > "
            "Providers > Glacier Mapper > Trainer Python).\n\n"
            "Networks: the Deep U-Net of the glacier paper (3x3 convolutions with ReLU and batch norm, max pooling, "
            "transposed convolutions, skip connections, sigmoid) and the attention U-Net of the lake paper "
            "(attention gates on the skip connections). Optimiser: Adam with learning rate 1e-4 (lake paper) or "
            "Adadelta (glacier paper); loss: binary cross-entropy as both papers, Dice, or both. Pixels marked "
            "255 in the chips (nodata, outside the area of interest) are left out of the loss.\n\n"
            "The weights of the epoch with the best validation IoU are exported to ONNX with a full model card "
            "(bands, reflectance scaling, normalisation from the training chips, tile size, threshold, provenance "
            "and validation metrics), checked against PyTorch on real chips, and can be run at once with "
            "'Segment'. Models saved in the models folder of the settings appear in Segment's model list. "
            "The PyTorch weights (.pt) beside the model allow fine-tuning later. A report (HTML with loss and "
            "metric curves, and JSON) is written beside the model.\n\n"
            "Cancelling stops the trainer and removes its partial files.")

    def initAlgorithm(self, config=None):
        chips = QgsProcessingParameterFile(self.CHIPS, self.tr("Chip folder"),
                                           behavior=QgsProcessingParameterFile.Folder)
        chips.setHelp(self.tr("A folder written by 'Export training chips' (manifest.json and chips/)."))
        self.addParameter(chips)
        self.addParameter(QgsProcessingParameterEnum(
            self.ARCHITECTURE, self.tr("Network"), defaultValue=0,
            options=enum_options(ARCHITECTURE_CHOICES, self.tr)))
        for key, label, default, minimum in (
                (self.EPOCHS, QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Epochs"), 30, 1),
                (self.BATCH_SIZE, QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Batch size"), 8, 1),
                (self.EARLY_STOPPING,
                 QT_TRANSLATE_NOOP("TrainModelAlgorithm", "Stop after epochs without improvement (0 = no)"), 0, 0)):
            self.addParameter(QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Integer,
                                                           defaultValue=default, minValue=minimum))
        self.addParameter(QgsProcessingParameterEnum(
            self.OPTIMIZER, self.tr("Optimiser"), defaultValue=0,
            options=enum_options(OPTIMIZER_CHOICES, self.tr)))
        self.addParameter(QgsProcessingParameterEnum(self.LOSS, self.tr("Loss"), defaultValue=0,
                                                     options=enum_options(LOSS_CHOICES, self.tr)))
        self.addParameter(QgsProcessingParameterBoolean(self.AUGMENT, self.tr("Augment with flips and rotations"),
                                                        defaultValue=True))
        self.addParameter(QgsProcessingParameterEnum(self.DEVICE, self.tr("Device"),
                                                     options=enum_options(DEVICE_CHOICES), defaultValue=0))
        finetune = QgsProcessingParameterFile(self.FINETUNE, self.tr("Fine-tune from model (.onnx with .pt beside it)"),
                                              optional=True, fileFilter=self.tr("Models (*.onnx *.pt)"))
        finetune.setHelp(self.tr("Start from a bundled or earlier model's weights instead of random ones."))
        self.addParameter(finetune)
        advanced = [
            QgsProcessingParameterNumber(self.LEARNING_RATE, self.tr("Learning rate (empty: the optimiser's)"),
                                         QgsProcessingParameterNumber.Double, optional=True, minValue=0.0),
            QgsProcessingParameterNumber(self.POS_WEIGHT, self.tr("Weight of target pixels (rare targets)"),
                                         QgsProcessingParameterNumber.Double, optional=True, minValue=0.0),
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                         defaultValue=0, minValue=0),
            QgsProcessingParameterNumber(self.BASE_WIDTH, self.tr("Channels of the first level"),
                                         QgsProcessingParameterNumber.Integer, defaultValue=32, minValue=2),
            QgsProcessingParameterNumber(self.DEPTH, self.tr("Depth (poolings)"), QgsProcessingParameterNumber.Integer,
                                         defaultValue=4, minValue=1, maxValue=6),
            QgsProcessingParameterNumber(self.TILE_SIZE, self.tr("Inference tile size for the model card"),
                                         QgsProcessingParameterNumber.Integer, defaultValue=256, minValue=16),
            QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Default threshold for the model card"),
                                         QgsProcessingParameterNumber.Double, defaultValue=0.5, minValue=0.0,
                                         maxValue=1.0),
            QgsProcessingParameterString(self.NAME, self.tr("Model name (empty: the file name)"), optional=True)]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        output = QgsProcessingParameterFileDestination(
            self.OUTPUT_MODEL, self.tr("Model"), self.tr("ONNX models (*.onnx)"),
            defaultValue=os.path.join(models_folder(), "my_glacier_model.onnx"))
        output.setHelp(self.tr("Saved in the models folder of the settings, it appears in Segment's model list."))
        self.addParameter(output)
        # a file, not an HTML output: QGIS's dialog says "HTML output has been generated" for every run of an
        # algorithm with one, failed runs included
        self.addOutput(QgsProcessingOutputFile(self.REPORT, self.tr("Training report")))
        self.addOutput(QgsProcessingOutputFile(self.REPORT_JSON, self.tr("Training report (JSON)")))
        self.addOutput(QgsProcessingOutputNumber(self.VAL_IOU, self.tr("Best validation IoU")))

    def canExecute(self):
        problem = trainer_problem(trainer_python())
        return (False, problem) if problem else (True, "")

    def side_outputs(self, parameters, context):
        """The weights, reports and work folder the trainer writes beside the model, for the output check."""
        output = parameters.get(self.OUTPUT_MODEL)
        if not isinstance(output, str) or not output or output == "TEMPORARY_OUTPUT":
            return {}
        return {self.OUTPUT_MODEL: model_outputs(output)[1:]}

    def finetune_weights(self, parameters, context):
        path = self.parameterAsFile(parameters, self.FINETUNE, context)
        if not path:
            return None
        weights = os.path.splitext(path)[0] + ".pt"
        if not os.path.isfile(weights):
            raise self.error(self.tr("'{}' has no PyTorch weights beside it ({}): fine-tuning needs them.").format(
                path, weights))
        return weights

    def processAlgorithm(self, parameters, context, feedback):
        chips = self.parameterAsFile(parameters, self.CHIPS, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT_MODEL, context)
        if not output.lower().endswith(".onnx"):
            raise self.error(self.tr("The model must be saved as an .onnx file."))
        os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
        number = parameters.get
        options = {
            "arch": enum_key(self, parameters, self.ARCHITECTURE, context, ARCHITECTURE_CHOICES),
            "epochs": self.parameterAsInt(parameters, self.EPOCHS, context),
            "batch_size": self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            "optimizer": enum_key(self, parameters, self.OPTIMIZER, context, OPTIMIZER_CHOICES),
            "lr": None if number(self.LEARNING_RATE) in (None, "") else
            self.parameterAsDouble(parameters, self.LEARNING_RATE, context),
            "loss": enum_key(self, parameters, self.LOSS, context, LOSS_CHOICES),
            "pos_weight": None if number(self.POS_WEIGHT) in (None, "") else
            self.parameterAsDouble(parameters, self.POS_WEIGHT, context),
            "augment": self.parameterAsBool(parameters, self.AUGMENT, context),
            "seed": self.parameterAsInt(parameters, self.SEED, context),
            "device": enum_key(self, parameters, self.DEVICE, context, DEVICE_CHOICES),
            "early_stopping": self.parameterAsInt(parameters, self.EARLY_STOPPING, context),
            "finetune": self.finetune_weights(parameters, context),
            "base_width": self.parameterAsInt(parameters, self.BASE_WIDTH, context),
            "depth": self.parameterAsInt(parameters, self.DEPTH, context),
            "tile_size": self.parameterAsInt(parameters, self.TILE_SIZE, context),
            "threshold": self.parameterAsDouble(parameters, self.THRESHOLD, context),
            "name": self.parameterAsString(parameters, self.NAME, context) or None,
        }
        python = trainer_python()
        feedback.pushInfo(self.tr("Trainer Python: {}").format(python))
        counts = chip_counts(chips)
        if counts and counts["val"] == 0:
            self.warn(feedback, self.tr(
                "The chip folder has no validation chips ({} training chips): there is no validation score to "
                "choose the best epoch by. Export the chips again with a smaller chip size or stride.").format(
                counts["train"]))

        def on_event(event):
            kind = event.get("event")
            if kind == "epoch":
                feedback.setProgress(100.0 * event["epoch"] / max(event["epochs"], 1))
                feedback.pushInfo(self.tr("Epoch {}/{}: train loss {:.4f}, validation loss {:.4f}, IoU {:.4f}, "
                                          "F1 {:.4f}, OA {:.4f} ({:.1f} s)").format(
                    event["epoch"], event["epochs"], event["train_loss"] or float("nan"),
                    event["val_loss"] or float("nan"), event["val_iou"] or float("nan"),
                    event["val_f1"] or float("nan"), event["val_oa"] or float("nan"), event.get("seconds") or 0.0))
            elif kind == "batch" and event.get("batches"):
                epochs = max(options["epochs"], 1)
                feedback.setProgress(100.0 * (event["epoch"] - 1 + event["batch"] / event["batches"]) / epochs)
            elif kind == "start":
                feedback.pushInfo(self.tr("Training on {}: {}").format(event.get("device", "?"), event.get("chips")))
            elif kind == "checkpoint":
                feedback.pushInfo(self.tr("New best validation IoU {:.4f}").format(event.get("metric") or 0.0))
            elif kind == "export":
                feedback.pushInfo(self.tr("Exported {} (torch vs onnxruntime max difference {:.2e})").format(
                    event["path"], event.get("parity_max_abs_diff") or 0.0))
            elif kind == "error":
                feedback.reportError(event.get("message", ""), fatalError=False)

        run = self.run_core(run_trainer, python, chips, output, options, on_event=on_event,
                            on_log=feedback.pushDebugInfo, is_cancelled=feedback.isCanceled)
        done = run.done
        metrics = done.get("metrics") or {}
        feedback.pushInfo(self.tr("Model written in {:.0f} s: {}").format(run.seconds, done["model"]))
        if done.get("report"):
            feedback.pushInfo(self.tr("Training report: {}").format(done["report"]))
        return {self.OUTPUT_MODEL: done["model"], self.REPORT: done.get("report"),
                self.REPORT_JSON: done.get("report_json"), self.VAL_IOU: metrics.get("val_iou")}
