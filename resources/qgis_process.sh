#!/usr/bin/env bash
# qgis_process with the plugin's Python packages (onnxruntime, shapely) on the path.
# Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which qgis_process.bin rejects,
# so this calls the binary directly.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
site="$(ls -d "$here"/.venv/lib/python3*/site-packages 2>/dev/null | head -n 1)"
export PYTHONPATH="${site:+$site:}/usr/share/qgis/python/plugins${PYTHONPATH:+:$PYTHONPATH}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
args=()
for a in "$@"; do [ "$a" = "--noversioncheck" ] || args+=("$a"); done
exec qgis_process.bin "${args[@]}"
