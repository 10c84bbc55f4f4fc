"""The benchmark: how light and punctual ritmeregie is, against the stack it is built on.

`python -m ritmeregie.bench` (or `ritmeregie-bench`) measures every figure of docs/benchmarks.md in
one run on one machine, prints a table and writes it as JSON and Markdown. Timings live here, never
in the tests. The probes it times (floor.py, app_probe.py, worker.py) run as separate processes.
"""
