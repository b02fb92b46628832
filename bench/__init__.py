"""Benchmarks: `make bench` (or `python -m bench --help`). Results go to docs/benchmarks.md."""
