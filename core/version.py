"""The plugin version, read from metadata.txt so it has one source."""
import configparser

from .paths import METADATA

_METADATA = METADATA


def _read_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(_METADATA, encoding="utf-8")
    return parser.get("general", "version", fallback="0.0.0")


VERSION = _read_version()
