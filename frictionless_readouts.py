"""A frictionless plugin that measures Parquet files, so `frictionless validate datapackage.json`
checks a release's declared `bytes` and `hash` against the files themselves.

frictionless 5 reads Parquet through pyarrow instead of its own byte stream, so it never counts
a Parquet file's bytes or hashes it: every declared `bytes` fails as a byte-count error and
every `hash` goes unchecked (frictionless-py issue #438; its xlsx parser has the same gap and
measures the file this way). frictionless loads every importable top-level module whose name
starts with `frictionless_` as a plugin and asks it first, so installing Readouts is enough.
"""

from __future__ import annotations

import hashlib
import os

from frictionless.formats.parquet.parser import ParquetParser
from frictionless.system import Plugin

_CHUNK = 1 << 20


class MeasuredParquetParser(ParquetParser):
    """frictionless's Parquet parser, plus the file's size and digests in the resource stats."""

    def read_cell_stream_create(self):
        path = self.resource.normpath
        if path and not self.resource.remote:
            stats = self.resource.stats
            stats.bytes = os.stat(path).st_size
            md5, sha256 = hashlib.md5(), hashlib.sha256()
            with open(path, "rb") as file:
                for chunk in iter(lambda: file.read(_CHUNK), b""):
                    md5.update(chunk)
                    sha256.update(chunk)
            stats.md5, stats.sha256 = md5.hexdigest(), sha256.hexdigest()
        yield from super().read_cell_stream_create()


class ReadoutsPlugin(Plugin):
    """Parquet resources get the measuring parser; everything else is left to frictionless."""

    def create_parser(self, resource):
        if resource.format in ("parq", "parquet"):
            return MeasuredParquetParser(resource)
        return None
