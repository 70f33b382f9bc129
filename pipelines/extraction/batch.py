"""Extraction of many documents: a process pool over chunks, results in the input's order.

    from pipelines.extraction.batch import extract_all, extract_chunks
    meetings_per_document = extract_all(documents)          # list[list[ExtractedMeeting]]
    for tag, meetings in extract_chunks(tagged_chunks):     # streaming, in input order
        ...

The result is exactly what `[extract_meetings(d) for d in documents]` returns; only the time
differs. Chunks are handed to the pool as it takes them, with only a few in flight per worker,
so a stream of any length is extracted in bounded memory. Small inputs run serially: starting
the workers would cost more than it saves.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from pipelines.extraction import extractor
from pipelines.model import Document, ExtractedMeeting

CHUNK_SIZE = 64
# Below this many documents one process is faster than starting a pool (about 1 s of start-up
# against about 5 ms per document).
SERIAL_BELOW = 200
# Chunks queued per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_IN_FLIGHT_PER_WORKER = 4

Progress = Callable[[int, int], None]  # (documents done, documents in all)
Tag = TypeVar("Tag")
Item = TypeVar("Item")


def available_workers() -> int:
    """The cores this process may run on (its CPU affinity, not the machine's count)."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _extract(document: Document) -> list[ExtractedMeeting]:
    # Looked up at call time, so a test may replace extractor.extract_meetings.
    return extractor.extract_meetings(document)


_worker_mismatch: str | None = None  # set in a worker whose sources differ from its parent's


def _extract_chunk(documents: list[Document]) -> list[list[ExtractedMeeting]]:
    if _worker_mismatch is not None:
        raise SourcesChanged(_worker_mismatch)
    return [_extract(d) for d in documents]


class SourcesChanged(RuntimeError):
    """A worker imported other extraction sources than the process that started it."""


def _start_worker(expected_version: str) -> None:
    """Check that the worker runs the parent's extraction code, then load vocabularies, the
    city table and dateparser once per worker process."""
    from pipelines import extraction
    from pipelines.extraction.version import EXTRACTOR_VERSION

    global _worker_mismatch
    if expected_version != EXTRACTOR_VERSION:
        # Workers import the sources from disk: edited mid-build, they would extract with
        # other rules than the version the results are recorded under. Raised by each task
        # (an initializer's exception would only break the pool, without this message).
        _worker_mismatch = (
            f"extraction sources changed during the build ({expected_version} -> "
            f"{EXTRACTOR_VERSION}): run the build again"
        )
        return

    preload = getattr(extraction, "preload", None)
    if preload is not None:
        preload()


def _pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: workers fork from a clean server process, not from this one (which may hold
    # threads, e.g. Dagster's), and the server imports the extraction package once.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.extraction"])
    from pipelines.extraction.version import EXTRACTOR_VERSION

    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(EXTRACTOR_VERSION,)
    )


def extract_chunks(
    chunks: Iterable[tuple[Tag, list[Document]]], workers: int = 1
) -> Iterator[tuple[Tag, list[list[ExtractedMeeting]]]]:
    """(tag, the meetings of each of its documents) for every chunk, in the order of `chunks`.

    workers: processes to use; 1 means this process. The chunks are read lazily: at most
    CHUNKS_IN_FLIGHT_PER_WORKER per worker are waiting or being extracted at any time.
    """
    if workers <= 1:
        for tag, documents in chunks:
            yield tag, _extract_chunk(documents) if documents else []
        return
    in_flight: collections.deque[tuple[Tag, Future | None]] = collections.deque()
    with _pool(workers) as pool:
        for tag, documents in chunks:
            in_flight.append((tag, pool.submit(_extract_chunk, documents) if documents else None))
            if len(in_flight) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield _done(in_flight.popleft())
        while in_flight:
            yield _done(in_flight.popleft())


def _done(item: tuple[Tag, Future | None]) -> tuple[Tag, list[list[ExtractedMeeting]]]:
    tag, future = item
    return tag, future.result() if future is not None else []


def pool_size(
    documents: int,
    workers: int | None = None,
    serial_below: int = SERIAL_BELOW,
    chunk_size: int = CHUNK_SIZE,
) -> int:
    """The processes worth using for `documents` documents (1: extract in this process)."""
    workers = available_workers() if workers is None else max(1, workers)
    if documents < serial_below:
        return 1
    return max(1, min(workers, -(-documents // chunk_size)))


def chunked(items: Iterable[Item], size: int = CHUNK_SIZE) -> Iterator[list[Item]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_all(
    documents: Sequence[Document],
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    on_progress: Progress | None = None,
    serial_below: int = SERIAL_BELOW,
) -> list[list[ExtractedMeeting]]:
    """The meetings of every document, in the order of `documents`.

    workers: processes to use (default: every core available); 1 means serial.
    on_progress: called after each chunk with (documents done, documents in all).
    """
    total = len(documents)
    processes = pool_size(total, workers, serial_below, chunk_size)
    results: list[list[ExtractedMeeting]] = []
    tagged = ((None, chunk) for chunk in chunked(documents, chunk_size))
    for _, meetings in extract_chunks(tagged, processes):
        results.extend(meetings)
        if on_progress is not None:
            on_progress(len(results), total)
    return results
