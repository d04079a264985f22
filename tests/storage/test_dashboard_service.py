"""The dashboard's figures equal counts made independently here, straight from the demo data's
tables, for the whole service and a past date; and the PDF carries them."""

import io
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from pypdf import PdfReader

from careleaver_app.domain.accommodation import forced_unsuitable
from careleaver_app.domain.dates import age_on
from careleaver_app.domain.eligibility import CarePeriod, Category, derive_category
from careleaver_app.domain.errors import ValidationError
from careleaver_app.services.people import Scope, ScopeKind
from tests.support.acting import as_manager

EVERYONE = Scope(ScopeKind.ALL)
NEET = ("G4", "G5", "G6")


def d(text):
    return date.fromisoformat(text) if text else None


def care_leavers(store, as_at: date) -> dict[str, tuple[dict, Category]]:
    """Everyone not archived who is a care leaver on ``as_at``, counted from the tables."""
    periods: dict[str, list] = {}
    for r in store.query("SELECT person_id, start_date, end_date, short_breaks FROM care_periods"):
        periods.setdefault(r["person_id"], []).append(CarePeriod(d(r["start_date"]), d(r["end_date"]), bool(r["short_breaks"])))
    out = {}
    for p in store.query("SELECT * FROM young_people WHERE archived_at IS NULL"):
        dob = d(p["dob"])
        if dob > as_at:
            continue
        cat = derive_category(dob, sorted(periods.get(p["id"], []), key=lambda c: c.start), as_at,
                              returned_home_from=d(p["returned_home_from"]),
                              support_requested_to_25=bool(p["support_requested_to_25"]),
                              in_education_or_training=bool(p["in_education_or_training"]))
        if cat.category != Category.NONE and cat.active:
            out[p["id"]] = (p, cat.category)
    return out


def ids(figure) -> set[str]:
    return {p.id for p in figure.people}


@pytest.mark.parametrize("as_at", [date(2026, 11, 22), date(2026, 3, 31)])
def test_figures_match_independent_counts(demo_services, as_at):
    s = demo_services
    store = s.store
    dash = s.dashboard.build(EVERYONE, as_at)
    leavers = care_leavers(store, as_at)
    assert ids(dash.care_leavers) == set(leavers)
    for f, cat in zip(dash.by_category, (Category.ELIGIBLE, Category.RELEVANT, Category.FORMER_RELEVANT, Category.QUALIFYING)):
        assert ids(f) == {pid for pid, (_, c) in leavers.items() if c == cat}
        assert f.total == len(leavers)

    # In touch: reached within the lost-touch period, with no decision in force.
    day = as_at.isoformat()
    lost = s.settings.get().lost_touch_days
    decided = {r["person_id"] for r in store.query(
        "SELECT person_id FROM in_touch_decisions WHERE decided_on <= ? AND (ended_on IS NULL OR ended_on > ?)", [day, day])}
    reached = {r["person_id"]: d(r["last"][:10]) for r in store.query(
        "SELECT person_id, max(occurred_at) AS last FROM contacts WHERE two_way = 1 AND occurred_at <= ? "
        "GROUP BY person_id", [day + "T23:59"])}
    allocated = {r["person_id"]: d(r["first"]) for r in store.query(
        "SELECT person_id, min(start_date) AS first FROM allocations GROUP BY person_id")}
    since = {pid: reached.get(pid) or allocated.get(pid) for pid in leavers}  # never reached: from the first allocation
    in_touch = {pid for pid in leavers if pid not in decided and since[pid] and 0 <= (as_at - since[pid]).days <= lost}
    assert ids(dash.in_touch) == in_touch and 0 < len(in_touch) < len(leavers)

    # In EET: an education, employment or training episode (not NEET) running on the day.
    eet = {r["person_id"] for r in store.query(
        f"SELECT person_id FROM eet_episodes WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?) "
        f"AND activ NOT IN ({','.join('?' * len(NEET))})", [day, day, *NEET])}
    assert ids(dash.in_eet) == eet & set(leavers) and 0 < dash.in_eet.count < len(leavers)
    g5 = {r["person_id"] for r in store.query(
        "SELECT person_id FROM eet_episodes WHERE start_date <= ? AND (end_date IS NULL OR end_date > ?) AND activ = 'G5'", [day, day])}
    assert ids(next(f for f in dash.neet_by_reason if f.key == "neet_G5")) == (g5 - eet) & set(leavers)

    # Suitably housed: the latest judgement of the stay they were in says suitable (and nothing forces it unsuitable).
    suitable = set()
    for r in store.query("SELECT e.id, e.person_id, e.accom_type, e.emergency, e.start_date FROM accommodation_episodes e "
                         "WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)", [day, day]):
        latest = store.query("SELECT overall FROM suitability_assessments WHERE episode_id = ? AND assessed_on <= ? "
                             "ORDER BY assessed_on DESC LIMIT 1", [r["id"], day])
        p = leavers.get(r["person_id"])
        if p and latest and latest[0]["overall"] == "1" and not forced_unsuitable(
                r["accom_type"], d(p[0]["dob"]), as_at, bool(r["emergency"]), since=d(r["start_date"]),
                bb_emergency_days=s.settings.get().bb_emergency_days):
            suitable.add(r["person_id"])
    assert ids(dash.suitable) == suitable and 0 < len(suitable) < len(leavers)
    assert ids(dash.not_suitable) == set(leavers) - suitable

    # Plans: those owed one, and who has a finalised plan dated on or before the day.
    owed = {pid for pid, (_, c) in leavers.items() if c != Category.QUALIFYING}
    finals = {r["person_id"] for r in store.query(
        "SELECT DISTINCT person_id FROM plans WHERE status = 'final' AND max(start_date, coalesce(review_date, start_date)) <= ?",
        [day])}
    assert dash.plans_in_date.total == len(owed)
    assert ids(dash.no_plan) == owed - finals
    assert ids(dash.plans_in_date) | ids(dash.reviews_overdue) == owed & finals
    assert not ids(dash.plans_in_date) & ids(dash.reviews_overdue)

    # Health histories: care leavers aged 18 and over who had been given theirs (or declined it) by the day.
    adults = {pid for pid, (p, _) in leavers.items() if age_on(d(p["dob"]), as_at) >= 18}
    given = {r["person_id"] for r in store.query(
        "SELECT person_id FROM health_handovers WHERE given_on <= ? OR declined_on <= ?", [day, day])}
    assert dash.health_history.total == len(adults) and ids(dash.health_history) == adults & given

    # PA changes: allocations that began in the 12 months to the day, other than someone's first.
    since = (as_at - relativedelta(months=12)).isoformat()
    changed = {r["person_id"] for r in store.query(
        "SELECT a.person_id FROM allocations a WHERE a.start_date >= ? AND a.start_date <= ? AND a.start_date > "
        "(SELECT min(b.start_date) FROM allocations b WHERE b.person_id = a.person_id)", [since, day])}
    assert ids(dash.pa_changes) == changed & set(leavers)


def test_caseload_per_pa_and_the_threshold(demo_services):
    s = demo_services
    dash = s.dashboard.build(EVERYONE)
    counts = {r["allocated_pa_id"]: r["n"] for r in s.store.query(
        "SELECT allocated_pa_id, count(*) AS n FROM young_people WHERE archived_at IS NULL GROUP BY allocated_pa_id")}
    assert {p.worker_id: p.count for p in dash.caseloads if p.count} == counts
    biggest = max(counts.values())
    with as_manager(s):
        s.settings.save(s.settings.get().__class__(**{**s.settings.get().to_dict(), "caseload_threshold": biggest - 1}))
    dash = s.dashboard.build(EVERYONE)
    assert [p.count for p in dash.caseloads if p.over] == [c for c in sorted(counts.values(), reverse=True) if c > biggest - 1]


def test_my_caseload_is_only_mine(demo_services):
    s = demo_services
    me = s.workers.current()
    dash = s.dashboard.build(Scope(ScopeKind.MINE, me.id))
    mine = {r["id"] for r in s.store.query("SELECT id FROM young_people WHERE allocated_pa_id = ? AND archived_at IS NULL", [me.id])}
    assert ids(dash.care_leavers) <= mine and dash.care_leavers.count > 0
    assert dash.scope_label == f"Caseload of {me.name}"


def test_a_future_date_is_refused(demo_services, today):
    with pytest.raises(ValidationError) as exc:
        demo_services.dashboard.build(EVERYONE, today + timedelta(days=1))
    assert "future" in exc.value.for_field("as_at").message


def test_the_pdf_carries_the_figures(demo_services, tmp_path):
    dash = demo_services.dashboard.build(EVERYONE)
    path = tmp_path / "dash.pdf"
    demo_services.dashboard.write_pdf(EVERYONE, None, path)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Leaving care dashboard" in text and "OFFICIAL-SENSITIVE" in text
    assert dash.in_touch.text in text and dash.in_eet.text in text and dash.health_history.text in text
    assert f"Not known to be suitably housed ({dash.not_suitable.count})" in text
    some = dash.not_suitable.people[0]
    assert some.la_id in text


def test_the_dashboard_reads_fewer_columns_and_reuses_the_caseload_when_known(demo_services):
    s = demo_services
    s.store.forget()
    light = s.people.caseload(EVERYONE, skip=("tray", "cover"))
    assert light and all(r.facts.tray is None and r.facts.touch is not None for r in light)
    # The caseload page still gets every column, worked out afresh...
    full = s.people.caseload(EVERYONE)
    assert all(r.facts.tray is not None for r in full)
    # ...and once every column is known, a lighter request (or a PA's share) is cut from it.
    assert s.people.caseload(EVERYONE, skip=("tray",))[0] is full[0]
    me = s.workers.current()
    mine = s.people.caseload(Scope(ScopeKind.MINE, me.id), skip=("tray", "cover"))
    assert mine and all(r.pa_id == me.id and r.facts.tray is not None for r in mine)
    # After a change nothing remembered is used.
    s.people.archive(mine[0].id, "Moved out of area (synthetic test)")
    assert all(r.id != mine[0].id for r in s.people.caseload(EVERYONE, skip=("tray",)))


def test_the_dashboard_is_remembered_until_the_data_changes(demo_services):
    s = demo_services
    dash = s.dashboard.build(EVERYONE)
    assert s.dashboard.build(EVERYONE) is dash  # shown again: nothing worked out again
    leaver = next(iter(dash.care_leavers.people))
    s.people.archive(leaver.id, "Moved out of area (synthetic test)")
    again = s.dashboard.build(EVERYONE)
    assert again is not dash and again.care_leavers.count == dash.care_leavers.count - 1
    assert leaver.id not in ids(again.care_leavers)


def test_the_pdf_sets_each_figure_beside_a_quarter_before_and_groups_housing_by_why(demo_services):
    from careleaver_app.domain.dates import add_months
    from careleaver_app.services.dashboard import HOUSING_GROUPS

    dash = demo_services.dashboard.build(EVERYONE)
    before = demo_services.dashboard.build(EVERYONE, add_months(dash.as_at, -3))
    reader = PdfReader(io.BytesIO(demo_services.dashboard.pdf(EVERYONE)))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert f"the same figure on {before.as_at.strftime('%d/%m/%Y')}" in text
    assert f"{dash.in_touch.text} before: {before.in_touch.text}" in text  # beside the headline bar
    assert f"In touch {dash.in_touch.count} {dash.in_touch.percent:.0f}% {before.in_touch.text}" in text  # and in the table
    assert "Category Young people Share Before" in text  # the first column has a header
    groups = [g for g in HOUSING_GROUPS if any(p.group == g for p in dash.not_suitable.people)]
    assert len(groups) >= 2
    positions = []
    for g in groups:
        n = sum(1 for p in dash.not_suitable.people if p.group == g)
        assert f"{g} ({n})" in text
        positions.append(text.index(f"{g} ({n})"))
    assert positions == sorted(positions)  # bed and breakfast first, then homeless, unsuitable, not judged, not recorded
    b_and_b = [p for p in dash.not_suitable.people if p.group == "Bed and breakfast"]
    assert all("bed and breakfast" in p.detail.lower() for p in b_and_b)


def test_with_no_records_a_quarter_before_the_pdf_says_so(services, team):
    from datetime import date

    from careleaver_app.domain.eligibility import CarePeriod
    from careleaver_app.domain.people import YoungPerson

    services.people.create(YoungPerson(legal_name="Kai Reid", dob=date(2008, 5, 1), care_periods=[CarePeriod(date(2026, 9, 1))]), team["pa"])
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(services.dashboard.pdf(EVERYONE))).pages)
    assert "No figures for a quarter before" in text
