"""Freed heap memory goes back to the system (glibc's malloc_trim), measured on this process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ritmeregie.platform.memory import release_free_memory


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_memory_freed_by_python_leaves_the_resident_set() -> None:
    # Many 1 kB strings: glibc malloc (not pymalloc), spread over the heap, then mostly freed
    # with a few survivors in between, so the heap's top cannot simply shrink.
    blocks = [bytes(1024) + str(i).encode() for i in range(60_000)]
    survivors = blocks[::500]
    del blocks
    before = rss_kb()

    assert release_free_memory() is True
    assert rss_kb() < before - 10_000, "at least 10 MB of the 60 MB went back"
    assert len(survivors) == 120
