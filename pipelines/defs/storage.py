"""Where steps leave their outputs for the next: Arrow files, read back memory-mapped.

A table is written as one Arrow IPC stream file and read back memory-mapped, without a copy:
a step then holds in memory only the pages of the columns it reads (normalize reads each
document's publisher, never its text), and a table no running step reads takes no memory at
all. With Dagster's in-memory IO manager every table stays in memory until the run ends; with
its default filesystem IO manager each is pickled and read back whole.

Layout under `base_dir`, by asset key: `<key>.arrow` for a table, `<key>/<name>.arrow` for a
dict of tables (the extractions), `<key>.pickle` for anything else (the validation report).
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import pickle
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import dagster as dg
import pyarrow as pa

from pipelines.mapped_files import map_file, release_mapped_pages

TABLE_SUFFIX = ".arrow"
OBJECT_SUFFIX = ".pickle"


def write_table(table: pa.Table, path: Path) -> None:
    """Write `table` to `path` atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    os.close(handle)
    try:
        with pa.OSFile(temporary, "wb") as sink, pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_table(path: Path) -> pa.Table:
    """The table in `path`, its buffers mapped from the file rather than copied into memory."""
    return pa.ipc.open_stream(map_file(path)).read_all()


def release_memory() -> None:
    """Drop from memory the pages that tables read so far have touched, and hand back to the
    system the memory Arrow's allocator has freed but keeps for reuse. The tables stay valid
    and a page touched again is read back from the file (usually from the page cache).

    A step that reads several large tables one after the other (publishing writes each as
    Parquet) calls this between them, so that their pages are not all resident at once."""
    release_mapped_pages()
    pa.default_memory_pool().release_unused()


def _is_tables(value: object) -> bool:
    return (
        isinstance(value, dict)
        and bool(value)
        and all(isinstance(k, str) and isinstance(v, pa.Table) for k, v in value.items())
    )


@dataclasses.dataclass(frozen=True)
class StoredOutput:
    """The three forms one output can take on disk; only one exists at a time."""

    table: Path  # <key>.arrow
    tables: Path  # <key>/<name>.arrow
    value: Path  # <key>.pickle

    @classmethod
    def under(cls, base_dir: Path, identifier: Sequence[str]) -> StoredOutput:
        path = base_dir.joinpath(*identifier)
        return cls(
            path.with_name(path.name + TABLE_SUFFIX),
            path,
            path.with_name(path.name + OBJECT_SUFFIX),
        )

    def remove(self) -> None:
        shutil.rmtree(self.tables, ignore_errors=True)
        self.table.unlink(missing_ok=True)
        self.value.unlink(missing_ok=True)


def _step_key(context: dg.InputContext) -> str | None:
    try:
        return context.step_context.step.key
    except dg.DagsterInvariantViolationError:  # a context built outside a run
        return None


class ArrowFilesIOManager(dg.IOManager):
    """Tables as memory-mapped Arrow files, other outputs pickled, under one folder."""

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir
        self._loading_for: str | None = None

    def _stored(self, context: dg.OutputContext | dg.InputContext) -> StoredOutput:
        return StoredOutput.under(self.base_dir, context.get_asset_identifier())

    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        stored = self._stored(context)
        stored.remove()
        if isinstance(obj, pa.Table):
            write_table(obj, stored.table)
        elif _is_tables(obj):
            for name, table in obj.items():
                write_table(table, stored.tables / f"{name}{TABLE_SUFFIX}")
        else:
            stored.value.parent.mkdir(parents=True, exist_ok=True)
            stored.value.write_bytes(pickle.dumps(obj))

    def load_input(self, context: dg.InputContext) -> object:
        step = _step_key(context)
        if step != self._loading_for:
            # Steps that ended may still hold tables in reference cycles: free them before
            # mapping the next step's inputs, or two copies would be resident at once.
            self._loading_for = step
            gc.collect()
            pa.default_memory_pool().release_unused()
        stored = self._stored(context)
        if stored.table.is_file():
            return read_table(stored.table)
        if stored.tables.is_dir():
            files = sorted(stored.tables.glob(f"[!.]*{TABLE_SUFFIX}"))
            return {f.name.removesuffix(TABLE_SUFFIX): read_table(f) for f in files}
        if stored.value.is_file():
            return pickle.loads(stored.value.read_bytes())
        raise FileNotFoundError(f"no stored output for {context.asset_key.to_user_string()}")


class ArrowFiles(dg.ConfigurableIOManagerFactory):
    """Step outputs as Arrow files under `base_dir` (default: the Dagster instance's storage
    folder, as for Dagster's own filesystem IO manager). On a cluster every worker must see
    `base_dir` (a shared volume)."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> ArrowFilesIOManager:
        base_dir = self.base_dir or context.instance.storage_directory()
        return ArrowFilesIOManager(Path(base_dir))
