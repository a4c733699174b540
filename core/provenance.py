"""Provenance written into every output's GDAL metadata: which algorithm, input and parameters made it."""
import datetime
import json
import os
from typing import Any, Dict, Mapping

from .version import VERSION


def provenance(algorithm: str, inputs: Mapping[str, Any], parameters: Any) -> Dict[str, str]:
    """Metadata items for an output; ``inputs`` maps a role to a path, ``parameters`` must be JSON-able."""
    return {
        "GLACIERMAPPER_VERSION": VERSION,
        "GLACIERMAPPER_ALGORITHM": algorithm,
        "GLACIERMAPPER_INPUTS": json.dumps({k: os.path.abspath(v) if v else v for k, v in inputs.items()}),
        "GLACIERMAPPER_PARAMETERS": json.dumps(parameters, default=str, sort_keys=True),
        "GLACIERMAPPER_CREATED": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }
