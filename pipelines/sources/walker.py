"""Listing the inputs under the seeds folder, in a deterministic order, following no links.

Every directory entry is an input except sub-folders, which are walked into. Entries that
cannot be read as files are still listed, with a kind saying why, so that the reader can turn
each into a rejection:

- `symlink`: a symbolic link (to a file or a folder, inside or outside the seeds folder) is
  never followed;
- `special`: a FIFO, socket or device is never opened (reading a FIFO would block);
- `hidden_folder`: a folder whose name starts with "." (.git, .cache, ...) is not walked
  into; it is listed once, as one input. Hidden files are ordinary inputs;
- `unreadable_folder`: a folder that cannot be listed.

The order is the sorted order of the relative paths (as strings), so runs are repeatable and
"the first" of two duplicates is well defined.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HIDDEN_FOLDER_DETAIL = "hidden folder, not read (move its files out of it to include them)"
SPECIAL_FILE_DETAIL = "not a regular file (a FIFO, socket or device), not opened"


@dataclass(frozen=True)
class InputEntry:
    """One input found under the seeds folder."""

    path: Path  # where to open it
    relative: str  # posix path relative to the seeds folder, printable
    kind: str  # file | symlink | special | hidden_folder | unreadable_folder
    size: int  # bytes, for files
    detail: str = ""  # for entries that are not files: what they are

    @property
    def name(self) -> str:
        return self.relative.rsplit("/", 1)[-1]


def walk_inputs(seeds_dir: Path) -> Iterator[InputEntry]:
    """Every input under `seeds_dir`, recursively, sorted by relative path."""
    root = Path(seeds_dir)
    if not root.is_dir():
        raise NotADirectoryError(f"seeds folder {str(root)!r} does not exist or is not a folder")
    entries = list(_entries_under(root, ""))
    entries.sort(key=lambda entry: entry.relative)
    yield from entries


def printable(name: str) -> str:
    """A file name as text that can be stored: undecodable bytes shown as \\xNN escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _entries_under(folder: Path, prefix: str) -> Iterator[InputEntry]:
    try:
        with os.scandir(folder) as listing:
            children = list(listing)
    except OSError as error:
        detail = f"folder could not be listed: {error.strerror or error}"
        yield InputEntry(folder, prefix.rstrip("/"), "unreadable_folder", 0, detail)
        return
    for child in children:
        relative = prefix + printable(child.name)
        path = Path(child.path)
        try:
            info = child.stat(follow_symlinks=False)
        except OSError as error:
            yield InputEntry(path, relative, "special", 0, f"could not be inspected: {error}")
            continue
        if stat.S_ISLNK(info.st_mode):
            yield InputEntry(path, relative, "symlink", 0, _link_detail(path))
        elif stat.S_ISDIR(info.st_mode):
            if child.name.startswith("."):
                yield InputEntry(path, relative, "hidden_folder", 0, HIDDEN_FOLDER_DETAIL)
            else:
                yield from _entries_under(path, relative + "/")
        elif stat.S_ISREG(info.st_mode):
            yield InputEntry(path, relative, "file", info.st_size)
        else:
            yield InputEntry(path, relative, "special", 0, SPECIAL_FILE_DETAIL)


def _link_detail(path: Path) -> str:
    try:
        target = printable(os.readlink(path))
    except OSError:
        return "symbolic link, not followed"
    return f"symbolic link to {target!r}, not followed"
