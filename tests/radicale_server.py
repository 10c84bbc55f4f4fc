"""The tests' CalDAV server: the benchmark's Radicale helper (ritmeregie/bench/radicale.py)."""

from ritmeregie.bench.radicale import PASSWORD, USER, RadicaleServer, free_port

__all__ = ["PASSWORD", "USER", "RadicaleServer", "free_port"]
