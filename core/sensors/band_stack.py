"""One multiband VRT over single-band files (as Landsat, HLS and Sentinel-2 products come), read in place."""
import os
from typing import Optional, Sequence, Union

from osgeo import gdal

from ..errors import InputError
from ..messages import translate
from .bands import parse_description

gdal.UseExceptions()


def stack_band_files(paths: Sequence[str], out_vrt: Union[str, "os.PathLike[str]"],
                     nodata: Optional[float] = None) -> str:
    """Write a VRT with one band per file and return its path.

    Each band is described by the band its file name names (``..._B03_L30.tif`` -> ``B3``), so the band
    table finds the bands whatever their order; ``nodata`` overrides the files' own nodata value.
    """
    missing = [p for p in paths if not os.path.isfile(p)]
    if missing:
        raise InputError(translate("GlacierMapperCore", "Band files not found: "
                                   "{missing}.").format(missing=', '.join(missing)))
    vrt = gdal.BuildVRT(str(out_vrt), [str(p) for p in paths], separate=True)
    for index, path in enumerate(paths, start=1):
        band = vrt.GetRasterBand(index)
        parsed = parse_description(os.path.splitext(os.path.basename(path))[0])
        if parsed is not None:
            band.SetDescription(parsed[1] if parsed[0] == "band" else parsed[1].upper())
        if nodata is not None:
            band.SetNoDataValue(nodata)
    vrt = None
    return str(out_vrt)
