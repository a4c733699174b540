"""A sequence of sample scenes of one place: glaciers retreating and lakes growing year by year, clouds on
some dates, a nodata collar on every date; the known answers (lake and glacier area per date) in truth.json."""
import json
import os
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from ..callbacks import IsCancelled
from ..io.atomic import atomic_outputs
from ..io.raster import open_raster, windows
from ..paths import PathArg
from .generator import SampleScene, acquisition_date, generate_scene
from .spectra import CLASS_CODES

TRUTH_FILE = "truth.json"


class _TextFile:
    """truth.json as an atomic output: written beside its target, moved into place with the scenes."""

    def __init__(self, path: str, text: str) -> None:
        from ..io import atomic
        self.path, self._atomic = path, atomic
        self.partial = atomic.partial_path(path, ".json")
        with open(self.partial, "w", encoding="utf-8") as handle:
            handle.write(text)

    def commit(self) -> None:
        self._atomic.commit(self.partial, self.path)

    def abort(self) -> None:
        self._atomic.discard(self.partial)


def _areas_km2(scene: SampleScene, pixel_area_km2: float) -> Dict[str, float]:
    """Lake and glacier area and the cloud share of the valid pixels, read block by block from the references."""
    totals = {"lake": 0, "glacier": 0, "cloud": 0, "valid": 0}
    lake, glacier, classes = (open_raster(p) for p in (scene.lake_truth, scene.glacier_truth, scene.classes))
    for window in windows(lake.RasterXSize, lake.RasterYSize):
        args = (window.x, window.y, window.width, window.height)
        totals["lake"] += int((lake.GetRasterBand(1).ReadAsArray(*args) == 1).sum())
        totals["glacier"] += int((glacier.GetRasterBand(1).ReadAsArray(*args) == 1).sum())
        codes = classes.GetRasterBand(1).ReadAsArray(*args)
        totals["cloud"] += int((codes == CLASS_CODES["cloud"]).sum())
        totals["valid"] += int((codes != CLASS_CODES["nodata"]).sum())
    return {"lake_km2": totals["lake"] * pixel_area_km2, "glacier_km2": totals["glacier"] * pixel_area_km2,
            "cloud_share": totals["cloud"] / max(totals["valid"], 1)}


def generate_sequence(out_dir: PathArg, years: Sequence[int] = (0, 2, 4, 6, 8), cloudy_years: Sequence[int] = (),
                      width: int = 256, height: int = 256, seed: int = 42, pixel_size: float = 30.0,
                      nodata_border: int = 6, is_cancelled: Optional[IsCancelled] = None) -> List[SampleScene]:
    """One scene per ``years`` (years after 2021-08-15) in ``out_dir/LC08_<yyyymmdd>/``, with truth.json.

    The scenes share terrain and grid; the glacier termini rise by 6 m a year, so the lakes behind them grow.
    ``cloudy_years`` get clouds. truth.json: per date the true lake and glacier area (km²) and cloud share.
    """
    out_dir = os.fspath(out_dir)
    scenes: List[SampleScene] = []
    truth: Dict[str, Any] = {}
    for years_later in sorted(set(int(y) for y in years)):
        date = acquisition_date(years_later)
        folder = os.path.join(out_dir, f"LC08_{date.strftime('%Y%m%d')}")
        scene = generate_scene(folder, width, height, seed, pixel_size, clouds=years_later in set(cloudy_years),
                               years_later=years_later, nodata_border=nodata_border, is_cancelled=is_cancelled)
        scenes.append(scene)
        truth[date.isoformat()] = {"years_later": years_later, "folder": os.path.basename(folder),
                                   **_areas_km2(scene, pixel_size * pixel_size / 1e6)}
    dates = sorted(truth)
    if len(dates) > 1:
        span = [truth[d]["years_later"] for d in dates]
        rate = float(np.polyfit(span, [truth[d]["lake_km2"] for d in dates], 1)[0])
        truth["lake_km2_per_yr"] = {"least_squares": rate}
    with atomic_outputs() as outputs:
        outputs.add(_TextFile(os.path.join(out_dir, TRUTH_FILE), json.dumps(truth, indent=1)))
    return scenes
