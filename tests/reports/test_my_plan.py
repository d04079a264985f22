"""My plan, the young person's own copy, read as a file: what it shows and in what order, what it
never shows, escaping, its Content-Security-Policy, the locked copy and the password rule.
(tests/browser/ opens it in a real browser.)"""

import base64
import re
from dataclasses import replace
from datetime import date, timedelta
from html.parser import HTMLParser

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from careleaver_app.domain.errors import NotFound, ValidationError
from careleaver_app.domain.people import YoungPerson
from careleaver_app.reports.my_plan import PBKDF2_ITERATIONS, STYLE, UNLOCK_SCRIPT, _hash, my_plan_html
from tests.support.acting import as_manager
from tests.support.young_persons_copy import HOSTILE_NAME, RISK_NOTE, SAFETY_NOTE, person_with_plan


class Text(HTMLParser):
    """What a reader sees (the text, with scripts and styles left out), and the tags used."""

    def __init__(self):
        super().__init__()
        self.parts, self.tags, self._skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self):
        return " ".join(" ".join(self.parts).split())


def read(page):
    t = Text()
    t.feed(page)
    return t


def test_the_copy_starts_with_their_own_words_then_what_is_to_be_done_review_and_who_to_call(services, team):
    pid, _ = person_with_plan(services, team)
    text = read(services.plans.my_plan(pid)).text
    order = ["In your own words", "I want to stay near my college.", "What you will do", "Book a dentist appointment",
             "What others will do for you", "Ask housing about a move-on flat", "Your next review", "By 01/05/2027",
             "Who to call", "Priya Valente", "01632 960001", "Where you live", "Stay in the supported flat",
             "What you are entitled to", "Setting-up-home allowance", "Your plan, part by part", "I want to be a nurse.",
             "If things go wrong", "If I lose my place at college, then my PA helps me find another course",
             "Keeping safe: going missing", "Getting an advocate", "How to complain"]
    text = text[text.index("How to complain") + len("How to complain"):]  # after the list of parts at the top
    at = 0
    for s in order:
        at = text.index(s, at)  # each after the one before
    assert "By 10/11/2026 · Late: not done yet" in text  # late on 22/11/2026
    assert "By 01/12/2026 · To do" in text


def test_nothing_internal_reaches_the_copy(services, team):
    """Risk and safety notes are the staff's; a key person's name and number are a third party's."""
    pid, _ = person_with_plan(services, team)
    services.cover  # noqa: B018 - the cover summary would show these; the young person's copy never does
    for page in (services.plans.my_plan(pid), services.plans.my_plan(pid, easy_read=True)):
        for secret in (RISK_NOTE, SAFETY_NOTE, "Kwame", "Asante", "07700 900222"):
            assert secret not in page


def test_every_field_is_escaped_so_a_name_with_a_script_in_it_is_text(services, team):
    pid, _ = person_with_plan(services, team, name=HOSTILE_NAME, preferred="")
    page = services.plans.my_plan(pid)
    r = read(page)
    assert [t for t, _ in r.tags if t in ("script", "img")] == []
    assert HOSTILE_NAME + "'s plan" in r.text
    assert "onerror" not in [k for _, attrs in r.tags for k in attrs]


def test_the_page_allows_nothing_from_anywhere_else(services, team):
    pid, _ = person_with_plan(services, team)
    for page, script in ((services.plans.my_plan(pid), "'none'"),
                         (services.plans.my_plan(pid, password="purple otter 42"), _hash(UNLOCK_SCRIPT))):
        r = read(page)
        csp = next(a["content"] for t, a in r.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["default-src"] == "'none'"
        assert directives["style-src"] == _hash(STYLE)
        assert directives["script-src"] == script
        assert not re.search(r"https?:|//", csp)
        for tag, attrs in r.tags:  # no address to fetch: links only ring, email or jump within the page
            for name in ("src", "href", "action"):
                if name in attrs:
                    assert attrs[name].startswith(("#", "tel:", "mailto:")), (tag, attrs)
        assert ("html", {"lang": "en-GB"}) in r.tags


def test_a_locked_copy_holds_nothing_in_clear_and_opens_with_its_password_alone(services, team):
    pid, _ = person_with_plan(services, team)
    page = services.plans.my_plan(pid, password="purple otter 42")
    assert "Zoë" not in page and "college" not in page and "Priya" not in page
    sealed = re.search(r'<div id="sealed" hidden data-salt="([^"]+)" data-iv="([^"]+)" data-iterations="(\d+)"[^>]*>([^<]+)</div>',
                       page)
    salt, iv, iterations, body = (base64.b64decode(sealed[1]), base64.b64decode(sealed[2]), int(sealed[3]),
                                  base64.b64decode(sealed[4]))
    assert iterations == PBKDF2_ITERATIONS >= 600_000 and len(salt) == 16 and len(iv) == 12

    def open_with(password):
        key = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations).derive(password.encode())
        return AESGCM(key).decrypt(iv, body, None).decode()

    assert "<h1>Zoë Łucja Şahin&#x27;s plan</h1>" in open_with("purple otter 42")
    with pytest.raises(InvalidTag):
        open_with("purple otter 43")
    # Each copy has its own salt and nonce: two copies of the same plan share nothing.
    again = services.plans.my_plan(pid, password="purple otter 42")
    assert re.search(r'data-salt="([^"]+)"', again)[1] != sealed[1]


@pytest.mark.parametrize("password, ok", [("123456789", False), ("1234567890", True), ("", True)])
def test_a_password_shorter_than_ten_characters_is_refused_with_a_message(services, team, password, ok):
    pid, _ = person_with_plan(services, team)
    if ok:
        assert "<html" in services.plans.my_plan(pid, password=password)
    else:
        with pytest.raises(ValidationError) as exc:
            services.plans.my_plan(pid, password=password)
        assert "Password: use at least 10 characters" in str(exc.value)


def test_the_next_review_is_late_only_after_its_day(services, team):
    _, plan_id = person_with_plan(services, team)
    data = services.plans.print_data(plan_id)
    due = data.next_review
    for today, late in ((due - timedelta(days=1), False), (due, False), (due + timedelta(days=1), True)):
        text = read(my_plan_html(replace(data, printed_on=today))).text
        assert (f"Late: your review was due by {due.strftime('%d/%m/%Y')}" in text) is late
        assert (f"By {due.strftime('%d/%m/%Y')}. You can ask for a review at any time." in text) is not late


def test_advocacy_and_complaints_come_from_the_local_settings(services, team):
    pid, _ = person_with_plan(services, team)
    text = read(services.plans.my_plan(pid)).text
    assert "Ask your personal adviser to put you in touch with an advocate." in text
    assert "Ask your personal adviser or the duty team how to complain to the council." in text
    local = services.settings.get()
    with as_manager(services):  # a team manager sets them (File -> Local settings)
        services.settings.save(replace(local, advocacy_contact="Advocacy: 01632 960444, advocacy@example.org",
                                       complaints_contact="Complaints team: 01632 960555"))
    text = read(services.plans.my_plan(pid)).text
    assert "Advocacy: 01632 960444, advocacy@example.org" in text and "Complaints team: 01632 960555" in text
    assert "Ask your personal adviser to put you in touch" not in text


def test_a_too_long_advocacy_setting_is_refused_naming_the_field(services, team):
    with as_manager(services), pytest.raises(ValidationError) as exc:
        services.settings.save(replace(services.settings.get(), advocacy_contact="x" * 201))
    assert "My plan: how to get an advocate" in str(exc.value) and "at most 200 characters" in str(exc.value)


def test_easy_read_says_one_idea_a_line(services, team):
    pid, _ = person_with_plan(services, team)
    page = services.plans.my_plan(pid, easy_read=True)
    paragraphs = [re.sub(r"<[^>]+>", "", p) for p in re.findall(r"<p[^>]*>(.*?)</p>", page)]
    assert "This is your plan." in paragraphs and "We agreed it on 01/11/2026." in paragraphs
    assert "I want to stay near my college." in paragraphs and "I feel listened to." in paragraphs
    # One sentence a line: nothing the app wrote has two.
    fixed = [p for p in paragraphs if not any(w in p for w in ("college", "nurse", "Keep going", "course", "Brackenford"))]
    assert [p for p in fixed if len(re.findall(r"[.!?](\s|$)", p)) > 1] == []


def test_a_draft_is_marked_as_not_agreed_and_no_plan_is_a_clear_message(services, team):
    pid, _ = person_with_plan(services, team, final=False)
    assert "Draft: version 1, not agreed yet." in read(services.plans.my_plan(pid)).text
    other = services.people.create(YoungPerson(legal_name="Ana Ferreira", dob=date(2008, 5, 1)), team["pa"])
    with pytest.raises(NotFound, match="no pathway plan yet"):
        services.plans.my_plan(other)


def test_making_the_copy_is_audited(services, team):
    pid, plan_id = person_with_plan(services, team)
    services.plans.my_plan(pid, easy_read=True)
    assert any(e["action"] == "export" and "My plan (easy read)" in (e.get("detail") or "")
               for e in services.store.audit_entries(plan_id))


def test_the_message_catalogues_are_up_to_date_with_the_wording():
    """Run `python scripts/build_catalogues.py` after changing reports/copy_words.py."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("build_catalogues", Path(__file__).parents[2] / "scripts" / "build_catalogues.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.stale() == []


def test_a_translation_in_a_catalogue_is_used_and_english_ships(tmp_path, monkeypatch, services, team):
    import gettext

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from careleaver_app.reports import copy_words

    assert isinstance(copy_words.translator("en"), gettext.GNUTranslations)  # English is a real catalogue
    cat = Catalog(locale="cy", domain=copy_words.DOMAIN)
    cat.add("Who to call", "Pwy i'w ffonio")
    cat.add("{name}'s plan", "Cynllun {name}")
    (tmp_path / "cy" / "LC_MESSAGES").mkdir(parents=True)
    with open(tmp_path / "cy" / "LC_MESSAGES" / f"{copy_words.DOMAIN}.mo", "wb") as f:
        write_mo(f, cat)
    monkeypatch.setattr(copy_words, "LOCALE_DIR", tmp_path)
    words = copy_words.Words(language="cy")
    assert words("who_to_call") == "Pwy i'w ffonio"
    assert words("title", name="Zoë") == "Cynllun Zoë"
    assert words("review") == "Your next review"  # not translated yet: English
