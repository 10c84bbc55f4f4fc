"""Give the heap memory Python has freed back to the system.

glibc keeps freed heap pages for later reuse, so memory used only during start-up (module code
compiled, the first plan, Qt's first paint) stays in the resident set of a tray app that then runs
all day. `malloc_trim(0)` returns those pages: about 2.7 MB at the app's start (docs/benchmarks.md).
A no-op where there is no glibc (macOS, Windows, musl).
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)


def release_free_memory() -> bool:
    """True when the C library gave memory back to the system."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # only here: a few hundred kB the start does not need

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    released = bool(trim(0))
    log.debug("malloc_trim: %s", "memory released" if released else "nothing to release")
    return released
