"""Speed and memory benchmarks for Truce Watch (run each with ``python -m benchmarks.NAME``)."""
