"""Parallel extraction gives exactly the serial output, in the input's order."""

import os

import pytest

from pipelines.extraction import batch, extract_meetings
from pipelines.extraction.batch import available_workers, extract_all


def test_parallel_equals_serial_on_the_dev_documents(dev_documents):
    serial = [extract_meetings(d) for d in dev_documents]
    progress: list[tuple[int, int]] = []
    parallel = extract_all(
        dev_documents,
        workers=2,
        chunk_size=8,
        serial_below=0,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    assert parallel == serial
    assert any(meetings for meetings in parallel)
    assert progress[-1] == (len(dev_documents), len(dev_documents))
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)


def test_parallel_output_keeps_the_input_order(dev_documents):
    reversed_documents = dev_documents[::-1]
    forwards = extract_all(dev_documents, workers=2, chunk_size=5, serial_below=0)
    backwards = extract_all(reversed_documents, workers=2, chunk_size=5, serial_below=0)
    assert backwards == forwards[::-1]


def test_small_inputs_run_without_a_pool(dev_documents, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small input")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    few = dev_documents[:10]
    assert extract_all(few) == [extract_meetings(d) for d in few]
    assert extract_all([]) == []


def test_workers_are_the_cores_this_process_may_use():
    workers = available_workers()
    assert 1 <= workers <= (os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        assert workers == len(os.sched_getaffinity(0))


def test_a_worker_with_other_extraction_sources_refuses_to_extract(dev_documents, monkeypatch):
    monkeypatch.setattr(batch, "_worker_mismatch", None)
    batch._start_worker("a-version-from-other-sources")
    with pytest.raises(batch.SourcesChanged, match="changed during the build"):
        batch._extract_chunk(dev_documents[:1])


def test_chunks_are_read_as_the_pool_takes_them_not_all_at_once(dev_documents):
    taken: list[int] = []

    def chunks():
        for number in range(40):
            taken.append(number)
            yield number, dev_documents[number % 3 : number % 3 + 1]

    stream = batch.extract_chunks(chunks(), workers=2)
    first_tag, first_meetings = next(stream)
    assert first_tag == 0 and len(first_meetings) == 1
    assert len(taken) <= 2 * batch.CHUNKS_IN_FLIGHT_PER_WORKER + 1
    assert [tag for tag, _ in stream] == list(range(1, 40))
