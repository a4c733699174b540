"""open_product: which kind of product a path is, decided from the product itself, never asked."""
import os
import re

from ...errors import InputError
from ...messages import translate
from .hls import HLS_NAME, hls_in, open_hls
from .landsat import open_landsat
from .product import Product, is_archive, list_files, vsi_root
from .sentinel2 import open_safe
from .stac import is_stac_item, open_stac_item

_WHAT = translate("GlacierMapperCore", "a Landsat product folder, .tar archive or MTL file (*_MTL.txt/.json/.xml); "
                  "a Sentinel-2 SAFE folder, .zip or MTD_MSIL2A.xml / MTD_MSIL1C.xml; a Sentinel-2 STAC item .json; "
                  "or a folder of HLS band files")


def open_product(path: str, require_level2: bool = False) -> Product:
    """The Product at ``path``; InputError saying what was looked for when it is none.

    ``require_level2`` refuses top-of-atmosphere products (Landsat Level-1, Sentinel-2 L1C)."""
    path = os.fspath(path)
    if not path or not os.path.exists(path):
        raise InputError(translate("GlacierMapperCore", "'{path}' does not exist. Give "
                                   "{what}.").format(path=path, what=_WHAT))
    product = _open(path, require_level2)
    if require_level2 and product.kind == "landsat_l1":
        raise InputError(translate("GlacierMapperCore", "'{path}' is a Landsat Level-1 product (top-of-atmosphere "
                                   "reflectance), but surface reflectance (Level-2) was asked for: download the "
                                   "Collection 2 Level-2 product.").format(path=path))
    return product


def _open(path: str, require_level2: bool) -> Product:
    name = os.path.basename(path).lower()
    if os.path.isfile(path):
        if re.search(r"_mtl\.(txt|json|xml)$", name):
            return open_landsat(path)
        if re.fullmatch(r"mtd_msil(1c|2a)\.xml", name):
            return open_safe(path, require_level2)
        if HLS_NAME.match(os.path.basename(path)):
            return open_hls(path)
        if name.endswith(".json"):
            if is_stac_item(path):
                return _from_stac(path, require_level2)
            raise InputError(translate("GlacierMapperCore", "'{path}' is not a STAC "
                                       "item. Give {what}.").format(path=path, what=_WHAT))
        if is_archive(path):
            return _from_archive(path, require_level2)
        raise InputError(translate("GlacierMapperCore", "'{path}' is not a product "
                                   "this plugin opens. Give {what}.").format(path=path, what=_WHAT))
    files = list_files(path)
    names = [os.path.basename(f).lower() for f in files]
    if any(re.search(r"_mtl\.(txt|json|xml)$", n) for n in names):
        return open_landsat(path)
    if any(re.fullmatch(r"mtd_msil(1c|2a)\.xml", n) for n in names):
        return open_safe(path, require_level2)
    if hls_in(files):
        return open_hls(path)
    items = [f for f in files if f.lower().endswith(".json") and is_stac_item(f)]
    if len(items) == 1:
        return _from_stac(items[0], require_level2)
    raise InputError(translate("GlacierMapperCore", "'{path}' holds no product: no MTL file, no MTD_MSIL*.xml, no HLS "
                               "band files and no STAC item were found in it. Give "
                               "{what}.").format(path=path, what=_WHAT))


def _from_stac(path: str, require_level2: bool) -> Product:
    if re.match(r"L[COTEM]0\d_", os.path.basename(path)):
        return open_landsat(os.path.dirname(os.path.abspath(path)))
    return open_stac_item(path, require_level2)


def _from_archive(path: str, require_level2: bool) -> Product:
    try:
        names = [os.path.basename(f).lower() for f in list_files(vsi_root(path))]
    except RuntimeError as error:
        raise InputError(translate("GlacierMapperCore", "'{path}' is not an "
                                   "archive GDAL can read ({error}).").format(path=path, error=error)) from None
    if any(re.search(r"_mtl\.(txt|json|xml)$", n) for n in names):
        return open_landsat(path)
    if any(re.fullmatch(r"mtd_msil(1c|2a)\.xml", n) for n in names):
        return open_safe(path, require_level2)
    raise InputError(translate("GlacierMapperCore", "The archive '{path}' holds no Landsat MTL file and no Sentinel-2 "
                               "MTD_MSIL*.xml: it is not a product. Give {what}.").format(path=path, what=_WHAT))
