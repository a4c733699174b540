"""Build the zip that QGIS's "Install from ZIP" accepts: the plugin's own files under glacier_mapper/.

Only what the plugin needs at run time goes in (no tests, benchmarks, caches or virtual environments);
the version comes from metadata.txt. Run with ``make package``.
"""
import argparse
import configparser
import fnmatch
import os
import zipfile

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = "glacier_mapper"
INCLUDE = ("metadata.txt", "__init__.py", "plugin.py", "LICENSE", "README.md", "CHANGELOG.md",
           "algorithms", "core", "models", "resources", "i18n")
EXCLUDE = ("__pycache__", "*.pyc", "*.partial.tif", "*.work", ".*")
FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # the same files give the same zip


def version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_ROOT, "metadata.txt"), encoding="utf-8")
    return parser.get("general", "version")


def plugin_files():
    for item in INCLUDE:
        path = os.path.join(PLUGIN_ROOT, item)
        if os.path.isfile(path):
            yield item
            continue
        for folder, folders, files in os.walk(path):
            folders[:] = sorted(f for f in folders if not any(fnmatch.fnmatch(f, p) for p in EXCLUDE))
            for name in sorted(files):
                if not any(fnmatch.fnmatch(name, p) for p in EXCLUDE):
                    yield os.path.relpath(os.path.join(folder, name), PLUGIN_ROOT)


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
