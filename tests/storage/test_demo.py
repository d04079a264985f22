"""The synthetic demo caseload."""

from collections import Counter

from careleaver_app.domain.eligibility import Category
from careleaver_app.demo import generate_demo
from careleaver_app.services.people import Scope, ScopeKind
from careleaver_app.storage.store import Store


def test_demo_covers_every_category_age_and_flag(demo_services):
    rows = demo_services.people.caseload(Scope(ScopeKind.ALL), include_archived=True)
    assert len(rows) == 60
    cats = Counter(r.category for r in rows)
    for c in (Category.ELIGIBLE, Category.RELEVANT, Category.FORMER_RELEVANT, Category.QUALIFYING):
        assert cats[c] >= 2, c
    ages = {r.age for r in rows}
    assert min(ages) == 16 and max(ages) >= 24
    assert any(not r.category_active for r in rows)  # duties ended
    names = " ".join(r.legal_name for r in rows)
    assert any(ch in names for ch in "ëŁŞễá")
    assert demo_services.store.scalar("SELECT count(*) FROM young_people WHERE uasc = 1") >= 2


def test_demo_has_one_team_of_three_pas_a_duty_worker_and_a_manager(demo_services):
    roles = Counter(w.role.value for w in demo_services.workers.workers())
    assert roles == {"pa": 3, "duty": 1, "manager": 1}
    assert demo_services.workers.current().role.value == "pa"


def test_demo_is_deterministic(tmp_path, today):
    def names(path):
        s = Store.open(path)
        generate_demo(s, people=30, seed=7, today=today)
        out = [(r["id"], r["legal_name"], r["dob"]) for r in s.query("SELECT id, legal_name, dob FROM young_people ORDER BY id")]
        s.close()
        return out

    assert names(tmp_path / "a.db") == names(tmp_path / "b.db")


def test_demo_phone_numbers_are_in_the_drama_ranges(demo_services):
    phones = [r["phone"] for r in demo_services.store.query("SELECT phone FROM young_people UNION ALL SELECT phone FROM key_people")]
    assert phones and all(p.startswith(("07700 900", "01632 960")) for p in phones)
