"""The plugin version, read from metadata.txt so it has one source."""
import configparser
import os

_METADATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "metadata.txt")


def _read_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(_METADATA, encoding="utf-8")
    return parser.get("general", "version", fallback="0.0.0")


VERSION = _read_version()
