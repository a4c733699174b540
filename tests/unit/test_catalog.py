"""The model catalog: cards read once per file while it is unchanged, again after a change or a reload."""
import os
import shutil

from glacier_mapper.core.inference import catalog

MODELS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models")


def test_cards_are_read_once_and_again_when_the_file_changes(tmp_path):
    catalog.forget_cards()
    for name in ("pixel_logistic", "no_card"):
        shutil.copy(os.path.join(MODELS, f"{name}.onnx"), tmp_path / f"{name}.onnx")
    listed = catalog.list_models([str(tmp_path)])
    path = str(tmp_path / "pixel_logistic.onnx")
    assert [p for _, p in listed] == [path]  # the model without a card is not offered
    assert listed[0][0] == "pixel-logistic (glacier)"
    first = catalog.cached_card(path)
    assert catalog.cached_card(path) is first  # kept: the second listing parsed nothing
    assert catalog.list_models([str(tmp_path)]) == listed and catalog.cached_card(path) is first
    stat = os.stat(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10 ** 9))  # a retrained model saved over it
    changed = catalog.cached_card(path)
    assert changed is not first and changed.name == first.name
    catalog.forget_cards()  # what the provider does when it reloads
    assert catalog.cached_card(path) is not changed
    assert catalog.cached_card(str(tmp_path / "missing.onnx")) is None
