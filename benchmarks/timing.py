"""The one way the benchmark runners time a call: the median of several runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], runs: int, before: Callable[[], object] | None = None, *,
              warm_up: bool = True) -> float:
    """Median wall time of ``fn`` over ``runs`` runs, after one untimed warm-up run unless
    ``warm_up`` is False; ``before`` runs untimed before each timed run."""
    if warm_up:
        fn()
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)
