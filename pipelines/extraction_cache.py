"""Incremental extraction: a document extracted once is not extracted again.

Each document's meetings are kept as one small JSON file under
`<outputs>/cache/extractions/<EXTRACTOR_VERSION>/<key[:2]>/<key>.json`, where the key is a
digest of every field of the document (its id is a hash of the text; the publisher and the
publication date matter to extraction too). A new extractor version reads none of the old
entries, and the old versions' folders are removed.

Safe by construction: an entry is written to a temporary file and renamed into place, so a
reader sees a whole entry or none; a torn, corrupt or foreign entry fails to decode and is
simply extracted again. Concurrent builds may write the same entry: the content is the same
and the last rename wins. Writing is best-effort: a cache that cannot be written never fails
a build.

Reading one file per document is slow at 100,000 documents, so the build's extract step also
keeps the rows of all the last build's documents in one Arrow file next to the entries,
`<EXTRACTOR_VERSION>/rows.arrow` (see extraction_pack.py); the entries here serve the
documents that file does not hold, and keep the work of an interrupted build.

    found, stats = extract_incrementally(documents, outputs / "cache" / "extractions")
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from pipelines.extraction.batch import chunked, extract_chunks, pool_size
from pipelines.extraction.version import EXTRACTOR_VERSION
from pipelines.model import Document, ExtractedMeeting

CACHE_SUBDIR = ("cache", "extractions")
ENTRY_FORMAT = 1  # the layout of one entry file; bump if `encode_entry` changes

Progress = Callable[[int, int], None]  # (documents extracted, documents to extract)


@dataclasses.dataclass(frozen=True)
class CacheStats:
    """How a set of extractions was obtained."""

    documents: int
    reused: int  # read from the cache
    extracted: int  # computed now
    unreadable: int  # entries present but torn, corrupt or foreign: extracted again


def cache_folder(outputs_dir: Path) -> Path:
    """Where the extraction cache lives inside an outputs folder."""
    return outputs_dir.joinpath(*CACHE_SUBDIR)


_DOCUMENT_FIELDS = tuple(f.name for f in dataclasses.fields(Document))


def document_key(document: Document) -> str:
    """A digest of every field of the document: equal keys mean equal inputs to extraction."""
    fields = {name: getattr(document, name) for name in _DOCUMENT_FIELDS}
    payload = json.dumps(fields, sort_keys=True, default=_iso, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- JSON of the dataclasses (dates as ISO strings) ---------------------------------------


def _iso(value: object) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


@functools.cache
def _decoder(hint: object) -> Callable[[object], object]:
    """A function turning a value read from JSON back into the type `hint` describes.

    Built once per type: resolving a dataclass's type hints is far slower than decoding."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        decode_inner = _decoder(inner)
        return lambda value: None if value is None else decode_inner(value)
    if origin is list:
        (item,) = typing.get_args(hint)
        return functools.partial(_decode_list, _decoder(item))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(hint))
        return functools.partial(_decode_dataclass, hint, fields, {name for name, _ in fields})
    if hint is dt.datetime:
        return lambda value: dt.datetime.fromisoformat(value)  # type: ignore[arg-type]
    if hint is dt.date:
        return lambda value: dt.date.fromisoformat(value)  # type: ignore[arg-type]
    if isinstance(hint, type):
        return functools.partial(_decode_plain, hint)
    return lambda value: value


def _decode_list(decode_item: Callable[[object], object], value: object) -> list:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    return [decode_item(v) for v in value]


def _decode_dataclass(
    cls: type,
    fields: tuple[tuple[str, Callable[[object], object]], ...],
    names: set[str],
    value: object,
) -> object:
    if not isinstance(value, dict):
        raise ValueError(f"expected an object for {cls.__name__}")
    if value.keys() != names:
        raise ValueError(f"fields of {cls.__name__} differ")
    return cls(**{name: decode(value[name]) for name, decode in fields})


def _decode_plain(cls: type, value: object) -> object:
    if not isinstance(value, cls):
        raise ValueError(f"expected {cls.__name__}")
    return value


def encode_entry(key: str, meetings: list[ExtractedMeeting]) -> bytes:
    entry = {
        "format": ENTRY_FORMAT,
        "extractor_version": EXTRACTOR_VERSION,
        "key": key,
        "meetings": [dataclasses.asdict(m) for m in meetings],
    }
    return json.dumps(entry, default=_iso, ensure_ascii=False, separators=(",", ":")).encode()


def decode_entry(key: str, data: bytes) -> list[ExtractedMeeting]:
    """The meetings in an entry; ValueError when it is torn, corrupt or for another key."""
    try:
        entry = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"unreadable entry: {error}") from error
    if not isinstance(entry, dict):
        raise ValueError("entry is not an object")
    expected = (ENTRY_FORMAT, EXTRACTOR_VERSION, key)
    if (entry.get("format"), entry.get("extractor_version"), entry.get("key")) != expected:
        raise ValueError("entry is for another format, version or document")
    try:
        return _decoder(list[ExtractedMeeting])(entry.get("meetings"))  # type: ignore[return-value]
    except (TypeError, KeyError) as error:
        raise ValueError(f"entry does not fit the model: {error}") from error


# --- The store ------------------------------------------------------------------------------


class ExtractionCache:
    """Entries of one extractor version under a cache folder."""

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.folder = folder
        self.version_dir = folder / (version or EXTRACTOR_VERSION)

    def _path(self, key: str) -> Path:
        return self.version_dir / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry exists (it may still turn out unreadable)."""
        return self._path(key).is_file()

    def get(self, key: str) -> list[ExtractedMeeting] | None:
        """The cached meetings, or None when absent. Raises ValueError when unreadable."""
        try:
            data = self._path(key).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise ValueError(f"cannot read entry: {error}") from error
        return decode_entry(key, data)

    def put(self, key: str, meetings: list[ExtractedMeeting]) -> bool:
        """Write an entry atomically (temporary file, then rename). False when it could not."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(encode_entry(key, meetings))
                os.replace(temporary, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError:
            return False
        return True

    def remove_other_versions(self) -> list[Path]:
        """Delete the folders of other extractor versions: their entries can never be read."""
        removed = []
        if self.folder.is_dir():
            for child in sorted(self.folder.iterdir()):
                if child.is_dir() and child != self.version_dir:
                    shutil.rmtree(child, ignore_errors=True)
                    removed.append(child)
        return removed


class IncrementalExtractor:
    """Extraction of a stream of documents through the cache, in the stream's order.

        extractor = IncrementalExtractor(folder)
        keys = [document_key(d) for d in documents]
        for document, meetings in extractor.run(documents_again, keys):
            ...
        extractor.stats

    Each newly extracted document is written to the cache as soon as it is done, so an
    interrupted build keeps what it finished. Only a few chunks of documents are held at once.
    """

    def __init__(
        self, folder: Path, workers: int | None = None, on_progress: Progress | None = None
    ) -> None:
        self.cache = ExtractionCache(folder)
        self.cache.remove_other_versions()
        self.workers = workers
        self.on_progress = on_progress
        self.reused = self.extracted = self.unreadable = 0

    def run(
        self, documents: Iterable[Document], keys: Sequence[str]
    ) -> Iterator[tuple[Document, list[ExtractedMeeting]]]:
        """Every document with its meetings, from the cache or extracted now. `keys` are the
        documents' `document_key`s, in the same order: counting the ones without an entry
        first decides whether a pool pays off."""
        uncached = sum(1 for key in keys if not self.cache.has(key))
        processes = pool_size(uncached, self.workers)
        looked_up_chunks = self._looked_up(zip(documents, keys, strict=True))
        for looked_up, extracted in extract_chunks(looked_up_chunks, processes):
            new = iter(extracted)
            for document, key, meetings in looked_up:
                if meetings is None:
                    meetings = next(new)
                    self.cache.put(key, meetings)
                    self.extracted += 1
                    if self.on_progress is not None:
                        self.on_progress(self.extracted, max(uncached, self.extracted))
                else:
                    self.reused += 1
                yield document, meetings

    def _looked_up(
        self, documents: Iterable[tuple[Document, str]]
    ) -> Iterator[tuple[list, list[Document]]]:
        """Per chunk: (document, key, cached meetings or None) each, and the ones to extract."""
        for chunk in chunked(documents):
            looked_up, missing = [], []
            for document, key in chunk:
                try:
                    meetings = self.cache.get(key)
                except ValueError:
                    self.unreadable += 1
                    meetings = None
                looked_up.append((document, key, meetings))
                if meetings is None:
                    missing.append(document)
            yield looked_up, missing

    @property
    def stats(self) -> CacheStats:
        return CacheStats(
            documents=self.reused + self.extracted,
            reused=self.reused,
            extracted=self.extracted,
            unreadable=self.unreadable,
        )


def extract_incrementally(
    documents: Sequence[Document],
    folder: Path,
    workers: int | None = None,
    on_progress: Progress | None = None,
) -> tuple[list[list[ExtractedMeeting]], CacheStats]:
    """The meetings of every document in order, extracting only those not in the cache."""
    extractor = IncrementalExtractor(folder, workers, on_progress)
    keys = [document_key(d) for d in documents]
    found = [meetings for _, meetings in extractor.run(documents, keys)]
    return found, extractor.stats
