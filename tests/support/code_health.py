"""Lint (ruff) and type (mypy) problems in careleaver_app, counted per file and rule, against a
committed baseline (tests/code_health_baseline.json) so new problems fail CI while the old ones
are paid down. Rules and settings are in pyproject.toml ([tool.ruff], [tool.mypy]).

    python -m tests.support.code_health            # what is new and what was fixed
    python -m tests.support.code_health --update   # write the baseline (only after fixing, or
                                                   # when a problem is accepted: say why in the commit)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASELINE = ROOT / "tests" / "code_health_baseline.json"
TARGET = "careleaver_app"


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the project, with forward slashes
    line: int
    code: str  # the rule (ruff: F401; mypy: arg-type)
    message: str

    @property
    def key(self) -> tuple[str, str]:
        return self.path, self.code

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: [{self.code}] {self.message}"


def _relative(path: str, cwd: Path) -> str:
    p = Path(path)
    if p.is_absolute():
        p = p.relative_to(cwd)
    return p.as_posix()


def ruff_problems(target: str = TARGET, cwd: Path = ROOT) -> list[Problem]:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "json", "--no-cache", target],
                          cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 2: ruff itself failed (bad configuration)
        raise RuntimeError(f"ruff failed: {done.stderr.strip()}")
    return [Problem(_relative(d["filename"], cwd), d["location"]["row"], d["code"] or "syntax", d["message"])
            for d in json.loads(done.stdout or "[]")]


_MYPY_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?:\d+:)? error: (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$")


def mypy_problems(target: str = TARGET, cwd: Path = ROOT, cache: Path | None = None) -> list[Problem]:
    cache = cache or ROOT / ".mypy_cache"
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--show-error-codes",
                           "--no-pretty", "--cache-dir", str(cache), target],
                          cwd=cwd, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 2: mypy itself failed (bad configuration, crash)
        raise RuntimeError(f"mypy failed: {done.stderr.strip() or done.stdout.strip()}")
    out = []
    for line in done.stdout.splitlines():
        m = _MYPY_LINE.match(line)
        if m:
            out.append(Problem(Path(m["path"]).as_posix(), int(m["line"]), m["code"] or "misc", m["message"]))
    return out


TOOLS = {"ruff": ruff_problems, "mypy": mypy_problems}


def counts(problems: list[Problem]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (path, code), n in sorted(Counter(p.key for p in problems).items()):
        out.setdefault(path, {})[code] = n
    return out


def load_baseline() -> dict[str, dict[str, dict[str, int]]]:
    return json.loads(BASELINE.read_text()) if BASELINE.exists() else {}


def new_problems(problems: list[Problem], baseline: dict[str, dict[str, int]]) -> list[Problem]:
    """Problems beyond the baseline's count for their file and rule (all of that file and rule's
    problems are listed, since which of them is the new one cannot be told apart)."""
    found = Counter(p.key for p in problems)
    over = {k for k, n in found.items() if n > baseline.get(k[0], {}).get(k[1], 0)}
    return [p for p in problems if p.key in over]


def fixed(problems: list[Problem], baseline: dict[str, dict[str, int]]) -> list[str]:
    """Baseline entries with fewer problems now than recorded: the baseline should be tightened."""
    found = Counter(p.key for p in problems)
    return [f"{path} [{code}]: {n} in the baseline, {found[(path, code)]} now"
            for path, codes in baseline.items() for code, n in codes.items() if found[(path, code)] < n]


def main(argv: list[str]) -> int:
    results = {name: run() for name, run in TOOLS.items()}
    if "--update" in argv:
        BASELINE.write_text(json.dumps({name: counts(p) for name, p in results.items()}, indent=1, sort_keys=True) + "\n")
        print(f"wrote {BASELINE.relative_to(ROOT)}: " + ", ".join(f"{n} {name}" for name, n in
                                                                  ((k, len(v)) for k, v in results.items())))
        return 0
    baseline, bad = load_baseline(), 0
    for name, problems in results.items():
        for p in new_problems(problems, baseline.get(name, {})):
            print(f"{name}: new: {p}")
            bad += 1
        for line in fixed(problems, baseline.get(name, {})):
            print(f"{name}: fixed: {line}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
