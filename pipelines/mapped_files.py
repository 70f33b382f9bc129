"""Files read memory-mapped: tables use their pages without a copy, and the pages they touched
can be let go of at any time (the tables stay valid; a page touched again is read back from the
file, usually from the page cache). A resident page of a mapping counts in the process's RSS
until then, even though the kernel could drop it."""

from __future__ import annotations

import mmap
import weakref
from pathlib import Path

import pyarrow as pa

# Every mapping map_file made that something still uses.
_MAPPINGS: weakref.WeakSet[mmap.mmap] = weakref.WeakSet()


def map_file(path: Path) -> pa.Buffer:
    """The bytes of `path` as an Arrow buffer mapped from the file. ValueError when empty."""
    with open(path, "rb") as stream:
        mapping = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
    _MAPPINGS.add(mapping)
    return pa.py_buffer(mapping)


def release_mapped_pages() -> None:
    """Drop from memory the pages of every mapped file touched so far."""
    for mapping in list(_MAPPINGS):
        mapping.madvise(mmap.MADV_DONTNEED)
