"""prepare_scene: one multiband raster from a product, read by every imagery algorithm as it is.

The VRT (default) lies over the original files: band k is the product's k-th reflective band, described by
name and role ("B3 green"), with the GDAL scale and offset that give reflectance, its nodata value, and the
product's sensor, id, acquisition time and sun position as metadata. Masked pixels become nodata inside the
VRT without a copy of the data: the quality band is decoded by a lookup table (one entry per value the band
holds, found in one block-wise pass) into a reason raster (a sidecar VRT, ``<name>.qa.vrt``), and each band
paints the nodata value wherever the reason is not 0. The GeoTIFF output is that VRT translated.
"""
import datetime
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from typing import Callable, Collection, Dict, List, Optional, Sequence, Tuple
from xml.sax.saxutils import escape

import numpy as np
from osgeo import gdal

from ...errors import Cancelled, InputError, OutputError
from ...io import atomic
from ...io.raster import GTIFF_OPTIONS, RasterWriter, check_writable, raster_info, release_blocks, windows
from ...messages import translate
from ..bands import ROLE_LABELS
from .product import Product, ProductBand
from .qa import COLOURS, DECODERS, MASKABLE, REASONS, SATURATED, masked_counts, reason_lookup, value_counts

gdal.UseExceptions()

RESAMPLING_CHOICES = (("average", "Average"), ("bilinear", "Bilinear"), ("cubic", "Cubic"),
                      ("nearest", "Nearest neighbour"))
FORMAT_CHOICES = (("VRT", "VRT over the product's files"), ("GTiff", "GeoTIFF (a copy)"))
# Sentinel-2 grids: metres -> the band whose file defines the grid.
S2_GRID_BAND = {10: "B2", 20: "B11", 60: "B1"}
METADATA_PREFIX = "GLACIERMAPPER_"


@dataclass(frozen=True)
class PreparedScene:
    path: str
    product: Product
    band_descriptions: Tuple[str, ...]
    grid_band: str  # the band whose grid the scene has
    resampling: Optional[str]  # None when no band was resampled
    data_pixels: int  # pixels with an observation (not fill) in the quality band; 0 without one
    masked_pixels: int
    masked_by_reason: Dict[str, int] = field(default_factory=dict)
    saturated: Dict[str, int] = field(default_factory=dict)  # band -> saturated pixels (QA_RADSAT)
    qa_mask_path: Optional[str] = None
    warnings: Tuple[str, ...] = ()

    @property
    def masked_share(self) -> Optional[float]:
        return self.masked_pixels / self.data_pixels if self.data_pixels else None


@dataclass(frozen=True)
class _Grid:
    width: int
    height: int
    geotransform: Tuple[float, ...]
    projection: str
    data_type: str


def _grid(path: str) -> _Grid:
    dataset = gdal.Open(path)
    return _Grid(dataset.RasterXSize, dataset.RasterYSize, tuple(dataset.GetGeoTransform()),
                 dataset.GetProjection(), gdal.GetDataTypeName(dataset.GetRasterBand(1).DataType))


def _rects(source: _Grid, target: _Grid, path: str) -> str:
    """SrcRect/DstRect placing a source grid on the target grid (same CRS, aligned extent)."""
    sx, sy, tx, ty = source.geotransform[1], source.geotransform[5], target.geotransform[1], target.geotransform[5]
    x_off = (source.geotransform[0] - target.geotransform[0]) / tx
    y_off = (source.geotransform[3] - target.geotransform[3]) / ty
    width, height = source.width * sx / tx, source.height * sy / ty
    if abs(x_off) > 0.5 or abs(y_off) > 0.5 or abs(width - target.width) > 0.5 or abs(height - target.height) > 0.5:
        raise InputError(translate("GlacierMapperCore", "The band file '{path}' does not cover the same area as the "
                                   "product's other bands ({width} x {height} px of {sx:g} m against {width2} x "
                                   "{height2} px of {tx:g} m): the files come from different products or were cut "
                                   "differently.").format(
                                   path=path, width=source.width, height=source.height, sx=sx, width2=target.width,
                                   height2=target.height, tx=tx))
    return (f'<SrcRect xOff="0" yOff="0" xSize="{source.width}" ySize="{source.height}"/>'
            f'<DstRect xOff="{x_off:.10g}" yOff="{y_off:.10g}" xSize="{width:.10g}" ySize="{height:.10g}"/>')


def _source(kind: str, path: str, source: _Grid, target: _Grid, resampling: str, extra: str = "",
            relative: bool = False) -> str:
    attribute = f' resampling="{resampling}"' if (source.width, source.height) != (target.width, target.height) else ""
    return (f'<{kind}{attribute}><SourceFilename relativeToVRT="{int(relative)}">{escape(path)}</SourceFilename>'
            f'<SourceBand>1</SourceBand>{_rects(source, target, path)}{extra}</{kind}>')


def _dataset_xml(target: _Grid, bands: Sequence[str], metadata: Dict[str, str]) -> str:
    items = "".join(f'<MDI key="{escape(k)}">{escape(str(v))}</MDI>' for k, v in metadata.items())
    return (f'<VRTDataset rasterXSize="{target.width}" rasterYSize="{target.height}">'
            f'<SRS>{escape(target.projection)}</SRS>'
            f'<GeoTransform>{", ".join(f"{v:.17g}" for v in target.geotransform)}</GeoTransform>'
            f'<Metadata>{items}</Metadata>{"".join(bands)}</VRTDataset>')


def _histogram(path: str, is_cancelled: Callable[[], bool]) -> Dict[int, int]:
    """value -> pixel count of a quality band, read block by block."""
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    counts = np.zeros(65536, np.int64)
    for window in windows(dataset.RasterXSize, dataset.RasterYSize):
        if is_cancelled():
            raise Cancelled()
        values = band.ReadAsArray(window.x, window.y, window.width, window.height)
        counts += np.bincount(values.ravel().astype(np.int64) & 0xFFFF, minlength=65536)
    return value_counts(counts)


def _lut_band(path: str, source: _Grid, target: _Grid, lookup: Dict[int, int]) -> str:
    """A Byte band of the reason per pixel: the quality band through a LUT of exactly its values."""
    lut = ",".join(f"{value}:{reason}" for value, reason in sorted(lookup.items()))
    return ('<VRTRasterBand dataType="Byte" band="1">'
            + _source("ComplexSource", path, source, target, "nearest", f"<LUT>{lut}</LUT>") + "</VRTRasterBand>")


@dataclass
class _Masks:
    """The sidecar VRTs to write (name -> XML) and what the bands reference."""
    files: Dict[str, str] = field(default_factory=dict)
    reasons: Optional[str] = None  # sidecar name of the reason raster
    radsat: Dict[str, str] = field(default_factory=dict)  # band name -> sidecar name of its saturation raster
    data: int = 0
    masked: int = 0
    per_reason: Dict[str, int] = field(default_factory=dict)
    saturated: Dict[str, int] = field(default_factory=dict)
    kinds: List[str] = field(default_factory=list)
    radsat_values: List[int] = field(default_factory=list)  # the values QA_RADSAT holds


def _plan_masks(product: Product, target: _Grid, stem: str, is_cancelled: Callable[[], bool],
                reasons: Collection[int]) -> _Masks:
    masks = _Masks()
    for kind in (k for k in product.qa if k in DECODERS):
        path = product.qa[kind]
        counts = _histogram(path, is_cancelled)
        masks.data, masks.masked, masks.per_reason = masked_counts(kind, counts, reasons)
        lookup = reason_lookup(kind, counts, reasons)
        masks.reasons = f"{stem}.qa.vrt"
        masks.files[masks.reasons] = _dataset_xml(target, [_lut_band(path, _grid(path), target, lookup)], {})
        masks.kinds.append(kind)
    if "qa_radsat" in product.qa and SATURATED in reasons:
        path = product.qa["qa_radsat"]
        counts = _histogram(path, is_cancelled)
        masks.kinds.append("qa_radsat")
        masks.radsat_values = sorted(counts)
        for band in product.bands:
            bit = 1 << (int(band.name[1:]) - 1)
            hit = {v: int(v & bit != 0) for v in counts}
            masks.saturated[band.name] = sum(c for v, c in counts.items() if hit[v])
            if masks.saturated[band.name]:
                name = f"{stem}.radsat_{band.name}.vrt"
                masks.files[name] = _dataset_xml(target, [_lut_band(path, _grid(path), target, hit)], {})
                masks.radsat[band.name] = name
    return masks


def _band_xml(index: int, band: ProductBand, target: _Grid, resampling: str, masks: _Masks) -> str:
    description = f"{band.name} {ROLE_LABELS[band.role].lower()}" if band.role else band.name
    nodata = 0.0 if band.nodata is None else band.nodata
    sources = [_source("SimpleSource", band.path, _grid(band.path), target, resampling)]
    # reason 0 is transparent (NODATA 0); any other reason paints 0 x reason + nodata
    paint = f"<ScaleOffset>{nodata:.10g}</ScaleOffset><ScaleRatio>0</ScaleRatio><NODATA>0</NODATA>"
    for sidecar in ([masks.reasons] if masks.reasons else []) + ([masks.radsat[band.name]]
                                                                  if band.name in masks.radsat else []):
        sources.append(_source("ComplexSource", sidecar, target, target, "nearest", paint, relative=True))
    return (f'<VRTRasterBand dataType="{target.data_type}" band="{index}">'
            f"<Description>{escape(description)}</Description><NoDataValue>{nodata:.10g}</NoDataValue>"
            f"<Offset>{band.offset:.10g}</Offset><Scale>{band.scale:.10g}</Scale>{''.join(sources)}</VRTRasterBand>")


def scene_metadata(product: Product, masks: _Masks, resampling: Optional[str], grid_band: str) -> Dict[str, str]:
    """The metadata items a prepared scene carries (Scene.from_raster reads them back)."""
    acquired = product.acquired
    items = {"ACQUISITION_DATE": acquired.date().isoformat() if acquired else "",
             "ACQUISITION_TIME": acquired.strftime("%H:%M:%S.%f")[:-3] + "Z" if acquired else "",
             "SUN_AZIMUTH": "" if product.sun_azimuth is None else f"{product.sun_azimuth:.6f}",
             "SUN_ELEVATION": "" if product.sun_elevation is None else f"{product.sun_elevation:.6f}",
             METADATA_PREFIX + "SENSOR": product.sensor, METADATA_PREFIX + "PRODUCT_ID": product.product_id,
             METADATA_PREFIX + "PRODUCT_KIND": product.kind, METADATA_PREFIX + "SCALING": product.scaling_label,
             METADATA_PREFIX + "GRID_BAND": grid_band, METADATA_PREFIX + "RESAMPLING": resampling or "none",
             METADATA_PREFIX + "QA_MASKS": ",".join(masks.kinds) or "none",
             METADATA_PREFIX + "QA_MASKED_SHARE": f"{masks.masked / masks.data:.6f}" if masks.data else ""}
    for band, count in masks.saturated.items():
        items[METADATA_PREFIX + f"SATURATED_{band}"] = str(count)
    return {k: v for k, v in items.items() if v != ""}


def _target(product: Product, resolution: Optional[int]) -> Tuple[_Grid, str]:
    if product.sensor == "sentinel2" and product.kind != "hls":
        metres = resolution or 20
        if metres not in S2_GRID_BAND:
            raise InputError(translate("GlacierMapperCore", "A Sentinel-2 scene can be prepared at 10, 20 or 60 m, not "
                                       "{metres} m.").format(metres=metres))
        name = S2_GRID_BAND[metres]
        return _grid(product.band(name).path), name
    return _grid(product.bands[0].path), product.bands[0].name


def prepare_scene(product: Product, out_path: str, output_format: str = "VRT", resolution: Optional[int] = None,
                  resampling: str = "average", apply_masks: bool = True, qa_mask_path: Optional[str] = None,
                  mask_reasons: Collection[int] = MASKABLE,
                  progress: Callable[[float], None] = lambda f: None,
                  is_cancelled: Callable[[], bool] = lambda: False) -> PreparedScene:
    """Write the product as one raster (VRT or GeoTIFF) at ``out_path``; see the module note.

    ``mask_reasons``: the core.sensors.products.qa reasons that become nodata (fill always does, when
    ``apply_masks``); none, or ``apply_masks`` False, keeps every pixel."""
    if output_format not in ("VRT", "GTiff"):
        raise InputError(translate("GlacierMapperCore", "Unknown output format "
                                   "'{output_format}': VRT or GTiff.").format(output_format=output_format))
    if resampling not in dict(RESAMPLING_CHOICES):
        raise InputError(translate("GlacierMapperCore", "Unknown resampling '{resampling}'. Choose one of: "
                                   "{choices}.").format(
                                   resampling=resampling, choices=', '.join(dict(RESAMPLING_CHOICES))))
    out_path = os.fspath(out_path)
    check_writable(out_path)
    target, grid_band = _target(product, resolution)
    sizes = {(g.width, g.height) for g in (_grid(b.path) for b in product.bands)}
    resampled = sizes != {(target.width, target.height)}
    stem = os.path.splitext(os.path.basename(out_path))[0]
    apply_masks = apply_masks and bool(mask_reasons)
    masks = _plan_masks(product, target, stem, is_cancelled, set(mask_reasons)) if apply_masks else _Masks()
    progress(0.3)
    # the GeoTIFF masks in numpy (the quality band read once per window, not once per band)
    painted = masks if output_format == "VRT" else _Masks()
    bands = [_band_xml(i + 1, band, target, resampling, painted) for i, band in enumerate(product.bands)]
    metadata = scene_metadata(product, masks, resampling if resampled else None, grid_band)
    _write(out_path, output_format, _dataset_xml(target, bands, metadata), masks, qa_mask_path, target,
           product, is_cancelled, progress)
    progress(1.0)
    written = gdal.Open(out_path)
    descriptions = tuple(written.GetRasterBand(i + 1).GetDescription() for i in range(written.RasterCount))
    written = None
    return PreparedScene(
        path=out_path, product=product, band_descriptions=descriptions,
        grid_band=grid_band, resampling=resampling if resampled else None, data_pixels=masks.data,
        masked_pixels=masks.masked, masked_by_reason=masks.per_reason, saturated=masks.saturated,
        qa_mask_path=qa_mask_path if qa_mask_path and masks.reasons else None, warnings=product.warnings)


def _write(out_path: str, output_format: str, xml: str, masks: _Masks, qa_mask_path: Optional[str],
           target: _Grid, product: Product, is_cancelled: Callable[[], bool],
           progress: Callable[[float], None]) -> None:
    """The VRT and its sidecars into a partial folder, then moved into place together (or the GeoTIFF)."""
    folder = tempfile.mkdtemp(prefix=".glaciermapper-prepare-", dir=os.path.dirname(os.path.abspath(out_path)))
    try:
        vrt = os.path.join(folder, os.path.basename(os.path.splitext(out_path)[0]) + ".vrt")
        for name, text in masks.files.items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
                handle.write(text)
        with open(vrt, "w", encoding="utf-8") as handle:
            handle.write(xml)
        if qa_mask_path and masks.reasons:
            _write_qa_mask(qa_mask_path, os.path.join(folder, masks.reasons), masks, folder, target, product)
        if output_format == "GTiff":
            _write_geotiff(out_path, vrt, masks, folder, product, is_cancelled, progress)
            return
        for name in masks.files:
            os.replace(os.path.join(folder, name), os.path.join(os.path.dirname(os.path.abspath(out_path)), name))
        os.replace(vrt, out_path)
    except OSError as error:
        raise OutputError(translate("GlacierMapperCore", "Cannot write '{out_path}': {error}.").format(
                                    out_path=out_path, error=error)) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _write_geotiff(out_path: str, vrt: str, masks: _Masks, folder: str, product: Product,
                   is_cancelled: Callable[[], bool], progress: Callable[[float], None]) -> None:
    """The unmasked VRT copied window by window into a GeoTIFF, masked pixels set to nodata on the way."""
    source = gdal.Open(vrt)
    reasons = gdal.Open(os.path.join(folder, masks.reasons)) if masks.reasons else None
    saturated = {i + 1: gdal.Open(os.path.join(folder, masks.radsat[b.name]))
                 for i, b in enumerate(product.bands) if b.name in masks.radsat}
    bands = [source.GetRasterBand(i + 1) for i in range(source.RasterCount)]
    writer = RasterWriter(out_path, raster_info(source), len(bands), gdal.GetDataTypeName(bands[0].DataType),
                          descriptions=[b.GetDescription() for b in bands], metadata=source.GetMetadata())
    try:
        for band, out in zip(bands, (writer.dataset.GetRasterBand(i + 1) for i in range(len(bands)))):
            out.SetNoDataValue(band.GetNoDataValue())
            out.SetScale(band.GetScale())
            out.SetOffset(band.GetOffset())
        all_windows = windows(source.RasterXSize, source.RasterYSize)
        for done, window in enumerate(all_windows):
            if is_cancelled():
                raise Cancelled()
            args = (window.x, window.y, window.width, window.height)
            masked = reasons.ReadAsArray(*args) != 0 if reasons is not None else None
            for index, band in enumerate(bands, start=1):
                values = band.ReadAsArray(*args)
                hide = masked
                if index in saturated:
                    extra = saturated[index].ReadAsArray(*args) != 0
                    hide = extra if hide is None else hide | extra
                if hide is not None:
                    values[hide] = band.GetNoDataValue()
                writer.write(window, values, index)
            release_blocks(writer, source, reasons, *saturated.values())  # memory stays one window
            progress(0.3 + 0.7 * (done + 1) / len(all_windows))
        writer.commit()
    except BaseException:
        writer.abort()
        raise


def _write_qa_mask(path: str, reasons_vrt: str, masks: _Masks, folder: str, target: _Grid,
                   product: Product) -> None:
    """The reason per pixel as a UInt8 GeoTIFF with a colour table: saturation under the QA band's reasons."""
    sources = []
    radsat = product.qa.get("qa_radsat")
    if radsat and any(masks.saturated.values()):
        bits = sum(1 << (int(b.name[1:]) - 1) for b in product.bands)
        lut = ",".join(f"{v}:{SATURATED if v & bits else 0}" for v in sorted(masks.radsat_values))
        sources.append(_source("ComplexSource", radsat, _grid(radsat), target, "nearest", f"<LUT>{lut}</LUT>"))
    sources.append(_source("ComplexSource", reasons_vrt, target, target, "nearest", "<NODATA>0</NODATA>"))
    xml = _dataset_xml(target, ['<VRTRasterBand dataType="Byte" band="1">' + "".join(sources) + "</VRTRasterBand>"],
                       {METADATA_PREFIX + "QA_REASONS": ", ".join(f"{k} {v}" for k, v in REASONS.items())})
    check_writable(path)
    partial = atomic.partial_path(path, ".tif")
    dataset = gdal.Translate(partial, xml, format="GTiff", creationOptions=list(GTIFF_OPTIONS))
    table = gdal.ColorTable()
    for reason, colour in COLOURS.items():
        table.SetColorEntry(reason, colour)
    dataset.GetRasterBand(1).SetRasterColorTable(table)
    dataset.GetRasterBand(1).SetDescription("QA mask reason")
    dataset = None
    atomic.commit(partial, path)


def acquisition_text(value: Optional[datetime.datetime]) -> str:
    return value.isoformat(timespec="seconds") + "Z" if value else "unknown"


def prepare_product(path: str, out_path: str, require_level2: bool = False, **options) -> PreparedScene:
    """open_product then prepare_scene: the one call of the Prepare scene algorithm."""
    from .open import open_product
    return prepare_scene(open_product(path, require_level2), out_path, **options)
