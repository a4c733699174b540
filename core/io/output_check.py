"""No output of a run may replace one of its inputs, another of its outputs, or be written in a format it is not.

Every writer of the plugin builds its file beside the destination and moves it into place with
``os.replace``, so an output that happens to be an input replaces it cleanly and silently. This module finds
such runs before any work is done; ``check_outputs`` raises OutputError naming both paths.

The rules:

* An output is compared with an input by the file it touches: the part before ``|`` of an OGR URI
  (``file.gpkg|layername=x``), the ``dbname`` of an ``ogr:dbname='file.gpkg' table=...`` sink, the file of a
  GDAL subdataset (``GPKG:file.gpkg:table``, ``NETCDF:"file.nc":var``) and the archive of a ``/vsizip/``,
  ``/vsitar/``, ``/vsigzip/`` path. Two existing paths are the same file when ``os.stat`` says so (symbolic and
  hard links, case on case-insensitive file systems); otherwise their absolute, link-resolved spellings
  are compared (``./dir/../file``, relative against absolute).
* GeoPackage: a vector output into an existing GeoPackage is built in a copy of the file (keeping its other
  layers) that then replaces it. An output into the GeoPackage an input of the same run is read from is
  still refused whatever the layer names: the file would be rewritten while it is read, and a layer of the
  output's name would replace the input. Two outputs of one run into one GeoPackage are refused because each
  starts from its own copy of the file, so the second to finish would drop the first one's layer. A vector
  output given as a layer URI (``ogr:dbname=...``, ``file.gpkg|layername=x``) is refused with a plain file
  name to use, since the writer names its own layers; a feature sink that QGIS writes itself may be such a
  URI, and is compared by its file like the rest.
  A vector output without extension is the GeoPackage ``name.gpkg``, as the writer names it.
* A shapefile output (.shp, .dbf, .shz) also replaces the sidecars of its name (.shp, .dbf, .shx, .prj, ...),
  and a shapefile input is all of its sidecars: an output over any of them is refused. ``side_files`` of an
  output are the other files its writer produces (the trainer's weights and reports, a summary CSV).
* A folder output replaces the folder: an input inside it, or the folder of an input, is refused. A file
  output that already exists inside an input folder (a chip folder's manifest) is part of that input and is
  refused; a new file beside an input's files is not.
* Raster outputs are tiled GeoTIFFs, so their names must end in .tif or .tiff: ``x.png`` is refused rather
  than holding a GeoTIFF under a PNG name. Vector outputs must end in an extension an OGR driver writes.
* Outputs on a GDAL virtual file system (``/vsimem/``, ``/vsizip/``) are refused: the writers need a folder
  on disk. Temporary outputs (``TEMPORARY_OUTPUT``, ``memory:``) are fine and ignored here.
"""
import os
import re
import stat
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import OutputError
from ..messages import translate
from ..paths import PathArg

RASTER_EXTENSIONS = (".tif", ".tiff")
# Files ESRI Shapefile keeps beside the .shp; core.io.vector removes the old ones of a replaced output.
SHAPEFILE_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")
# Names the ESRI Shapefile driver writes; its writer then replaces every sidecar of the name
SHAPEFILE_OUTPUTS = (".shp", ".dbf", ".shz")
# Values that name no file: QGIS writes these to a temporary or memory layer itself.
TEMPORARY_VALUES = ("", "TEMPORARY_OUTPUT")
_ARCHIVE_PREFIXES = ("/vsizip/", "/vsitar/", "/vsigzip/", "/vsi7z/", "/vsirar/")
_SUBDATASET = re.compile(r'^([A-Za-z][A-Za-z0-9_]+):("?)(.+?)\2(:[^:]*)?$')
_DBNAME = re.compile(r"""dbname=(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\S+))""")

# "vector": written by core.io.vector; "sink": a feature sink QGIS writes itself (it understands layer URIs)
KINDS = ("raster", "vector", "sink", "file", "folder")


@dataclass(frozen=True)
class RunInput:
    """An input of a run: its label (as the user sees it) and its path or layer URI."""
    label: str
    path: str


@dataclass(frozen=True)
class RunOutput:
    """An output of a run: label, path or URI, kind (one of KINDS) and other files its writer produces."""
    label: str
    path: str
    kind: str = "file"
    side_files: Tuple[str, ...] = field(default=())
    extensions: Tuple[str, ...] = RASTER_EXTENSIONS  # the file formats a raster output is written in


def is_temporary(value: Optional[PathArg]) -> bool:
    """True when an output value names no file of the user's: empty, TEMPORARY_OUTPUT or a memory layer."""
    if value is None:
        return True
    text = os.fspath(value).strip()
    return text in TEMPORARY_VALUES or text.startswith("memory:")


def file_part(uri: PathArg) -> Optional[str]:
    """The file on disk that a path or a GDAL/OGR/QGIS layer URI reads or writes, or None if it names none.

    ``a.gpkg|layername=x`` -> ``a.gpkg``; ``ogr:dbname='a.gpkg' table="t" (geom)`` -> ``a.gpkg``;
    ``GPKG:a.gpkg:t`` -> ``a.gpkg``; ``/vsizip//data/a.zip/b.tif`` -> ``/data/a.zip``; ``/vsimem/x``,
    ``/vsicurl/...``, ``memory:`` -> None.
    """
    text = os.fspath(uri).strip()
    if is_temporary(text):
        return None
    if text.startswith("ogr:"):
        match = _DBNAME.search(text)
        if not match:
            return None
        text = next(group for group in match.groups() if group is not None).replace("\\'", "'")
    text = text.split("|")[0]
    for prefix in _ARCHIVE_PREFIXES:
        if text.startswith(prefix):
            return _archive(text[len(prefix):])
    if text.startswith("/vsi"):
        return None  # memory, network and cloud file systems hold nothing of the user's on this disk
    if not os.path.exists(text):
        match = _SUBDATASET.match(text)
        # a drive letter (C:\...) is not a driver prefix
        if match and len(match.group(1)) > 1 and os.path.exists(match.group(3)):
            return match.group(3)
    return text


def _archive(inner: str) -> Optional[str]:
    """The archive file of the part of a /vsizip/ path after the prefix (``{/a.zip}/b`` or ``/a.zip/b``)."""
    if inner.startswith("{"):
        end = inner.find("}")
        return file_part(inner[1:end]) if end > 0 else None
    if inner.startswith("/vsi"):
        return file_part(inner)
    parts = inner.split("/")
    for count in range(1, len(parts) + 1):  # the first prefix that is a file is the archive
        candidate = "/".join(parts[:count])
        if candidate and os.path.isfile(candidate):
            return candidate
    return inner  # a missing archive: compare the path as written


def _stat(path: str) -> Optional[os.stat_result]:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _resolved(path: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(path))))


def _case_insensitive(folder: str) -> bool:
    """True when the file system of an existing folder ignores case (macOS and Windows defaults)."""
    swapped = folder.swapcase()
    if swapped == folder:
        return False
    first, second = _stat(folder), _stat(swapped)
    return first is not None and second is not None and os.path.samestat(first, second)


def _key(path: str) -> str:
    """One spelling per file, for paths that may not exist yet: link-resolved, absolute, case folded if the
    folder ignores case."""
    resolved = _resolved(path)
    folder = os.path.dirname(resolved)
    return resolved.lower() if os.path.isdir(folder) and _case_insensitive(folder) else resolved


def same_file(first: PathArg, second: PathArg) -> bool:
    """True when two paths name one file: by device and inode where both exist, else by resolved spelling."""
    first, second = os.fspath(first), os.fspath(second)
    first_stat, second_stat = _stat(first), _stat(second)
    if first_stat is not None and second_stat is not None:
        return os.path.samestat(first_stat, second_stat)
    if (first_stat is None) != (second_stat is None):
        return False  # one exists and the other does not, so they differ
    return _key(first) == _key(second)


def inside(path: PathArg, folder: PathArg) -> bool:
    """True when ``path`` lies somewhere below ``folder`` (not equal to it), links and spellings resolved."""
    folder = os.fspath(folder)
    folder_stat = _stat(folder)
    if folder_stat is not None and not stat.S_ISDIR(folder_stat.st_mode):
        return False
    current = _resolved(os.fspath(path))
    while True:
        parent = os.path.dirname(current)
        if parent == current:
            return False
        current = parent
        if same_file(current, folder):
            return True


def written_files(output: RunOutput) -> List[str]:
    """Every file (or folder) the output's writer replaces: the output, its sidecars and side files."""
    path = file_part(output.path)
    if path is None:
        return []
    stem, extension = os.path.splitext(path)
    if output.kind == "vector" and not extension:
        path += ".gpkg"  # core.io.vector gives a name without extension the GeoPackage one
    files = [path]
    if output.kind in ("vector", "sink") and extension.lower() in SHAPEFILE_OUTPUTS:
        files += [stem + sidecar for sidecar in SHAPEFILE_SIDECARS if sidecar != extension.lower()]
    files += [os.fspath(side) for side in output.side_files]
    return files


def _is_folder(path: str) -> bool:
    path_stat = _stat(path)
    return path_stat is not None and stat.S_ISDIR(path_stat.st_mode)


def _format_problem(output: RunOutput) -> Optional[str]:
    text = os.fspath(output.path).strip()
    if text.startswith("/vsi"):
        return (translate("GlacierMapperCore", "The output '{label}' is '{text}', a path on a GDAL virtual file "
                          "system; outputs are written to files on disk. Choose another output file, such as a .tif in "
                          "a folder of yours.").format(label=output.label, text=text))
    path = file_part(text) or text
    extension = os.path.splitext(path)[1].lower()
    if output.kind == "raster" and extension not in output.extensions:
        stem = os.path.splitext(path)[0] if extension else path
        if output.extensions == RASTER_EXTENSIONS:
            return (translate("GlacierMapperCore", "The output '{label}' is '{path}', but Glacier Mapper writes "
                              "rasters as GeoTIFF only, and a GeoTIFF under another name is read wrongly by other "
                              "programs. Use .tif: choose a file name such as '{stem}.tif'.").format(
                              label=output.label, path=path, stem=stem))
        return (translate("GlacierMapperCore", "The output '{label}' is '{path}', but this output is written as "
                          "{extensions} only. Choose a file name such as '{stem}{extension}'.").format(
                          label=output.label, path=path, extensions=' or '.join(output.extensions), stem=stem,
                          extension=output.extensions[0]))
    if output.kind == "vector" and (text.startswith("ogr:") or "|" in text):
        return (translate("GlacierMapperCore", "The output '{label}' is '{text}', a layer inside a file; Glacier "
                          "Mapper writes the whole file, with its own layer names. Give a plain file name, such as "
                          "'{stem}.gpkg'.").format(
                          label=output.label, text=text, stem=os.path.splitext(path)[0]))
    if output.kind == "vector" and extension:
        from .vector import driver_for_path  # OGR is needed only for vector outputs
        try:
            driver_for_path(path)
        except OutputError as error:
            return translate("GlacierMapperCore", "The output '{label}' is '{path}': {error}").format(
                             label=output.label, path=path, error=error)
    return None


def input_files(path: str) -> List[str]:
    """The files an input consists of: itself, and for a shapefile every sidecar that goes with it."""
    stem, extension = os.path.splitext(path)
    if extension.lower() == ".shp":
        return [path] + [stem + sidecar for sidecar in SHAPEFILE_SIDECARS[1:]]
    return [path]


def _input_problem(output: RunOutput, source: RunInput, path: str) -> Optional[str]:
    """Why writing ``output`` would destroy or change the input ``source`` (its file ``path``), or None."""
    folder_output = output.kind == "folder"
    for written in written_files(output):
        for member in input_files(path):
            if same_file(written, member):
                how = translate("GlacierMapperCore", "is") if written == file_part(output.path) and member == path \
                    else translate("GlacierMapperCore", "would replace")
                detail = (translate("GlacierMapperCore", " A GeoPackage output rewrites the file that this input is "
                                    "read from.")
                          if path.lower().endswith(".gpkg") else "")
                return (translate("GlacierMapperCore", "The output '{label}' ({path}) {how} the input '{label2}' "
                                  "({path2}): writing it would destroy the input.{detail} Choose another "
                                  "output file.").format(
                                  label=output.label, path=output.path, how=how, label2=source.label, path2=source.path,
                                  detail=detail))
        if folder_output and inside(path, written):
            return (translate("GlacierMapperCore", "The output folder '{label}' ({path}) holds the input '{label2}' "
                              "({path2}): writing the folder would destroy the input. Choose another output folder, "
                              "outside the folders of the inputs.").format(
                              label=output.label, path=output.path, label2=source.label, path2=source.path))
        if _is_folder(path) and os.path.lexists(written) and inside(written, path):
            return (translate("GlacierMapperCore", "The output '{label}' ({path}) is part of the input folder "
                              "'{label2}' ({path2}): writing it would change the input. Choose another output "
                              "{kind}.").format(
                              label=output.label, path=output.path, label2=source.label, path2=source.path,
                              kind=translate("GlacierMapperCore", "folder") if folder_output
                              else translate("GlacierMapperCore", "file")))
    return None


def output_problems(inputs: Sequence[RunInput], outputs: Sequence[RunOutput]) -> List[str]:
    """Every reason the run's outputs would destroy an input or each other, or be written wrongly; [] if none."""
    problems: List[str] = []
    outputs = [o for o in outputs if not is_temporary(o.path)]
    sources: List[Tuple[RunInput, str]] = []
    for run_input in inputs:
        path = file_part(run_input.path)
        if path:
            sources.append((run_input, path))
    for output in outputs:
        problem = _format_problem(output)
        if problem:
            problems.append(problem)
    for output in outputs:
        for source, path in sources:
            problem = _input_problem(output, source, path)
            if problem:
                problems.append(problem)
    seen: Dict[str, Tuple[RunOutput, str]] = {}
    reported = set()
    for output in outputs:
        for written in written_files(output):
            for other, other_written in list(seen.values()):
                if other is output or (id(other), id(output)) in reported:
                    continue
                if (same_file(written, other_written)
                        or (other.kind == "folder" and inside(written, other_written))
                        or (output.kind == "folder" and inside(other_written, written))):
                    reported.add((id(other), id(output)))
                    detail = (translate("GlacierMapperCore", " Each GeoPackage output rewrites its file, so two "
                                        "outputs of one run cannot share one.")
                              if written.lower().endswith(".gpkg") else "")
                    problems.append(
                        translate("GlacierMapperCore", "The outputs '{label}' ({path}) and '{label2}' ({path2}) would "
                                  "be written to the same file: the second would replace the first.{detail} Choose "
                                  "another output file for one of them.").format(
                                  label=other.label, path=other.path, label2=output.label, path2=output.path,
                                  detail=detail))
            seen.setdefault(f"{id(output)}:{written}", (output, written))
    return problems


def check_outputs(inputs: Sequence[RunInput], outputs: Sequence[RunOutput]) -> None:
    """Raise OutputError listing every problem of ``output_problems``; nothing has been written then."""
    problems = output_problems(inputs, outputs)
    if problems:
        raise OutputError("\n".join(problems))
