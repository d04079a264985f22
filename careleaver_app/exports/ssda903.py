"""The SSDA903 care-leaver files the DfE's collection takes: OC3 and Header as CSV, from rows
the domain has already derived and checked (domain/returns.py), and the companion list of rows
that fail its checks. Pure: rows in, bytes out; what is read, refused and audited is
services/returns.py's."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..domain.dates import format_uk
from ..domain.returns import HEADER_COLUMNS, OC3_COLUMNS, HeaderRow, Oc3Row, PersonFacts, RuleFailure
from .csv_safe import csv_bytes

FAILING_COLUMNS = ["CHILD", "DOB", "Young person", "Rule", "Problem", "Put it right"]


@dataclass
class Oc3Files:
    year: int
    oc3: bytes
    header: bytes
    rows: int
    failing: bytes | None = None  # the companion list of failing rows, when written anyway
    left_out: int = 0  # young people whose rows fail and were left out
    notes: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [f"OC3_{self.year}.csv", f"Header_{self.year}.csv"] + ([f"OC3_{self.year}_failing.csv"] if self.failing else [])

    def contents(self) -> list[bytes]:
        """Each file's bytes, in the order of ``names()``."""
        return [self.oc3, self.header] + ([self.failing] if self.failing else [])


def oc3_files(year: int, rows: Sequence[Oc3Row], headers: Sequence[HeaderRow], blocking: Sequence[RuleFailure],
              facts: Mapping[str, PersonFacts], notes: list[str]) -> Oc3Files:
    """The OC3 and Header files of every row whose young person fails none of the ``blocking``
    checks (rows and headers pair up, one per young person), in CHILD order as the DfE's tool
    lists them; with ``blocking`` findings, the companion list of them (rule, problem, fix).
    Files for upload start with the column names themselves (no byte-order mark)."""
    failing = {f.person_id for f in blocking}
    keep = sorted(((r, h) for r, h in zip(rows, headers) if r.person_id not in failing), key=lambda rh: rh[0].child)
    oc3 = csv_bytes(OC3_COLUMNS, [r.cells() for r, _ in keep], bom=False)
    header = csv_bytes(HEADER_COLUMNS, [h.cells() for _, h in keep], bom=False)
    companion = None
    if blocking:
        companion = csv_bytes(FAILING_COLUMNS, [
            [facts[f.person_id].la_id, format_uk(facts[f.person_id].dob), f.name, f.rule, f.problem, f.fix]
            for f in sorted(blocking, key=lambda f: (facts[f.person_id].la_id, f.name, f.rule))])
    return Oc3Files(year, oc3, header, len(keep), companion, len(failing), notes)
