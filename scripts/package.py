"""Build the zip that QGIS's "Install from ZIP" accepts: the plugin's own files under glacier_mapper/.

What ships is listed in SHIPS, pattern by pattern: the plugin's code, bundled models, their cards and the
trainer, styles, graphical models and compiled translations. Everything else stays out (developer scripts,
tests, benchmarks, build tooling, training reports, caches, environments), so a new file ships only once
someone adds it here. The version comes from metadata.txt. Run with ``make package``.
"""
import argparse
import configparser
import glob
import os
import zipfile

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = "glacier_mapper"
# Paths relative to the plugin root; ** spans folders. Each pattern must match a file: a renamed or
# deleted file then fails the build instead of leaving a plugin that cannot start.
SHIPS = (
    "metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md", "CHANGELOG.md",
    "algorithms/**/*.py",
    "core/**/*.py",
    "models/*.onnx", "models/*.pt", "models/*.MODEL_CARD.md", "models/README.md", "models/evaluation.json",
    "models/trainer/**/*.py", "models/trainer/README.md", "models/trainer/requirements.txt",
    "resources/icon.svg", "resources/styles/*.qml", "resources/models/*.model3", "resources/qgis_process.sh",
    "i18n/*.qm",
)
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same files give the same zip


def version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_ROOT, "metadata.txt"), encoding="utf-8")
    return parser.get("general", "version")


def plugin_files():
    """The shipped files, relative to the plugin root, sorted and each once."""
    files = set()
    for pattern in SHIPS:
        matched = [p for p in glob.glob(os.path.join(PLUGIN_ROOT, pattern), recursive=True) if os.path.isfile(p)]
        if not matched:
            raise SystemExit(f"package: nothing matches {pattern!r}; update SHIPS in {__file__}")
        files.update(os.path.relpath(p, PLUGIN_ROOT) for p in matched)
    return sorted(files)


def build(out_path):
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    temp = out_path + ".partial"
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in plugin_files():
            info = zipfile.ZipInfo(f"{FOLDER}/{relative}", FIXED_TIME)
            mode = os.stat(os.path.join(PLUGIN_ROOT, relative)).st_mode
            info.external_attr = (mode & 0o777) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(PLUGIN_ROOT, relative), "rb") as handle:
                archive.writestr(info, handle.read())
    os.replace(temp, out_path)
    return out_path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(PLUGIN_ROOT, "dist", f"{FOLDER}-{version()}.zip"))
    path = build(parser.parse_args().out)
    with zipfile.ZipFile(path) as archive:
        count = len(archive.namelist())
    print(f"{path}: {count} files, {os.path.getsize(path) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
