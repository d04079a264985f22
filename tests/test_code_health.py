"""Lint (ruff) and types (mypy) on careleaver_app: a problem beyond the committed baseline
(tests/code_health_baseline.json, counted per file and rule) fails, and so does a baseline
that still lists problems since fixed, so it only ever shrinks. The rules are in pyproject.toml;
`python -m tests.support.code_health --update` rewrites the baseline."""

import functools
import textwrap

import pytest

from tests.support import code_health as ch


@functools.cache
def found(tool: str) -> tuple:
    return tuple(ch.TOOLS[tool]())


# mypy on a clean clone (no cache) takes half a minute on a quiet 2-core machine; more when busy.
@pytest.mark.timeout(600)
@pytest.mark.parametrize("tool", ["ruff", "mypy"])
def test_no_problems_beyond_the_baseline(tool):
    new = ch.new_problems(list(found(tool)), ch.load_baseline().get(tool, {}))
    assert [str(p) for p in new] == [], f"{tool} found new problems: fix them (see pyproject.toml for the rules)"


@pytest.mark.timeout(600)
@pytest.mark.parametrize("tool", ["ruff", "mypy"])
def test_the_baseline_lists_only_problems_still_there(tool):
    stale = ch.fixed(list(found(tool)), ch.load_baseline().get(tool, {}))
    assert stale == [], "fixed, well done: run `python -m tests.support.code_health --update` to tighten the baseline"


BAD_MODULE = textwrap.dedent('''\
    import os


    def half(n: int) -> int:
        return n / 2
    ''')


@pytest.mark.timeout(600)
def test_the_tools_find_a_planted_problem(tmp_path):
    """The checks can fail: an unused import and a wrong return type are caught, with their line,
    in a file beside the project's configuration."""
    (tmp_path / "pyproject.toml").write_text((ch.ROOT / "pyproject.toml").read_text())
    (tmp_path / "planted.py").write_text(BAD_MODULE)
    lint = ch.ruff_problems("planted.py", cwd=tmp_path)
    types = ch.mypy_problems("planted.py", cwd=tmp_path, cache=tmp_path / "cache")
    assert [(p.path, p.line, p.code) for p in lint] == [("planted.py", 1, "F401")]
    assert [(p.path, p.line, p.code) for p in types] == [("planted.py", 5, "return-value")]
    assert ch.new_problems(lint, {}) == lint
    assert ch.new_problems(lint, {"planted.py": {"F401": 1}}) == []
    assert ch.fixed([], {"planted.py": {"F401": 1}}) == ["planted.py [F401]: 1 in the baseline, 0 now"]
