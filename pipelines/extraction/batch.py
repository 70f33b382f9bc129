"""Extraction of many documents: a process pool over chunks, in the input's order.

    from pipelines.extraction.batch import extract_all
    meetings_per_document = extract_all(documents)          # list[list[ExtractedMeeting]]

The result is exactly what `[extract_meetings(d) for d in documents]` returns; only the time
differs. Small inputs run serially: starting the workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from pipelines.extraction import extractor
from pipelines.model import Document, ExtractedMeeting

CHUNK_SIZE = 64
# Below this many documents one process is faster than starting a pool (about 1 s of start-up
# against about 5 ms per document).
SERIAL_BELOW = 200

Progress = Callable[[int, int], None]  # (documents done, documents in all)


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


def _chunks(documents: Sequence[Document], size: int) -> list[list[Document]]:
    return [list(documents[i : i + size]) for i in range(0, len(documents), size)]


def extract_each(
    documents: Sequence[Document],
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    serial_below: int = SERIAL_BELOW,
) -> Iterator[tuple[int, list[ExtractedMeeting]]]:
    """(position in `documents`, its meetings) for every document, as each chunk finishes.

    workers: processes to use (default: every core available); 1 means serial.
    The order of the pairs follows completion; the positions say where each belongs.
    """
    total = len(documents)
    workers = available_workers() if workers is None else max(1, workers)
    workers = min(workers, -(-total // chunk_size)) if total else 1
    if workers <= 1 or total < serial_below:
        for position, document in enumerate(documents):
            yield position, _extract(document)
        return

    chunks = _chunks(documents, chunk_size)
    # forkserver: workers fork from a clean server process, not from this one (which may hold
    # threads, e.g. Dagster's), and the server imports the extraction package once.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipelines.extraction"])
    from pipelines.extraction.version import EXTRACTOR_VERSION

    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(EXTRACTOR_VERSION,)
    ) as pool:
        futures = {pool.submit(_extract_chunk, chunk): i for i, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            first = futures[future] * chunk_size
            for offset, meetings in enumerate(future.result()):
                yield first + offset, meetings


def extract_all(
    documents: Sequence[Document],
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    on_progress: Progress | None = None,
    serial_below: int = SERIAL_BELOW,
) -> list[list[ExtractedMeeting]]:
    """The meetings of every document, in the order of `documents`.

    workers: processes to use (default: every core available); 1 means serial.
    on_progress: called now and then with (documents done, documents in all).
    """
    total = len(documents)
    results: list[list[ExtractedMeeting] | None] = [None] * total
    for done, (position, meetings) in enumerate(
        extract_each(documents, workers, chunk_size, serial_below), start=1
    ):
        results[position] = meetings
        if on_progress is not None and (done % chunk_size == 0 or done == total):
            on_progress(done, total)
    return [meetings or [] for meetings in results]
