"""The chronology PDF: dates on one line, a heading and bookmark per year, highlighted rows that print."""

import io
from datetime import date

from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from careleaver_app.domain.eligibility import CarePeriod
from careleaver_app.domain.people import YoungPerson
from careleaver_app.reports.pdfbase import WARN, WARN_SHADE, build_pdf, styles, table


def test_every_date_prints_on_one_line_with_a_bookmark_per_year(services, team):
    pid = services.people.create(YoungPerson(legal_name="Kai Reid", dob=date(2008, 5, 1),
                                             care_periods=[CarePeriod(date(2021, 3, 1), date(2026, 3, 1))]), team["pa"])
    days = [date(2024, 12, 31), date(2025, 1, 1), date(2025, 11, 28), date(2026, 2, 28)]
    for d in days:
        services.chronology.add_event(pid, d, "Significant event " + "with a long title that wraps " * 3, "Detail line")
    reader = PdfReader(io.BytesIO(services.chronology.pdf(pid)))
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
    for d in days:
        assert d.strftime("%d/%m/%Y") in lines, d  # the whole date on its line, not "28/11/202" then "5"
    titles = [str(o.title) for o in reader.outline if not isinstance(o, list)] + \
        [str(x.title) for o in reader.outline if isinstance(o, list) for x in o]
    assert {"Chronology", "2024", "2025", "2026"} <= set(titles)
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def _fill_before(content: str, marker: str) -> str:
    """The last fill colour set before ``marker`` in a page's content stream."""
    head = content[: content.index(marker)]
    ops = [line for line in head.splitlines() if line.strip().endswith(" rg")]
    return ops[-1].strip() if ops else ""


def test_a_highlighted_row_prints_tinted_and_in_the_warning_colour():
    st = styles(12)
    pdf = build_pdf([table(["What", "When"], [["Fine row", "01/12/2026"], ["Late row", "01/11/2026"]], [100, 80], st, highlight=[1])],
                    title="Highlight")
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")

    def rg(c):
        return fp_str(c.red, c.green, c.blue) + " rg"

    assert _fill_before(content, "(Late row)") == rg(WARN)  # the text itself, not only the row's style
    assert _fill_before(content, "(Fine row)") != rg(WARN)
    assert rg(WARN_SHADE) in content  # and the row is tinted
