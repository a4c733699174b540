"""The engine's own errors. The Processing layer turns them into QgsProcessingException."""
from .messages import translate


class GlacierMapperError(Exception):
    """Base of every error the engine raises on purpose; the message is meant for users."""


class InputError(GlacierMapperError):
    """An input file, layer or parameter is unusable; the message says how to fix it."""


class BandError(InputError):
    """The bands a method needs cannot be found in the raster."""


class OutputError(GlacierMapperError):
    """An output cannot be written where it was asked for."""


class ModelContractError(InputError):
    """An ONNX model lacks what the plugin needs, or contradicts the raster."""


class Cancelled(GlacierMapperError):
    """The user cancelled; partial outputs have been removed."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or translate("GlacierMapperCore", "Cancelled by the user; no output was written."))
