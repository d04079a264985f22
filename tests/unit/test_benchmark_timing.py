"""The benchmark runners' one timing rule: a warm-up run (unless told not to), then the median."""

import time

from benchmarks.timing import median_ms


def test_the_median_skips_the_warm_up_and_runs_before_untimed_each_time():
    calls: list[str] = []
    slow = iter([0.0, 0.001, 0.2, 0.001])  # the warm-up, then three timed runs: one slow

    def fn():
        calls.append("fn")
        time.sleep(next(slow))

    ms = median_ms(fn, 3, before=lambda: calls.append("before"))
    assert calls == ["fn", "before", "fn", "before", "fn", "before", "fn"]
    assert 0 < ms < 100  # the one slow run (200 ms) is not the median


def test_without_warm_up_every_run_is_timed():
    calls: list[str] = []
    ms = median_ms(lambda: calls.append("fn"), 2, warm_up=False)
    assert calls == ["fn", "fn"] and ms >= 0
