"""My plan in a real browser: headless Chromium at a phone's width and a desktop's, checked by
axe-core (WCAG 2.1 A and AA and its best practices) and by what a young person sees: 16 px text,
no sideways scrolling at 320 px, nothing fetched from anywhere, nothing run from a field, and a
locked copy opened by typing its password.

Chromium and axe-core are installed by tests/support/browser.py where they are missing (and by
.ci/run); the tests are skipped, saying why, only where they cannot be installed. Set
CARELEAVER_SCREENSHOTS to a folder to keep the screenshots."""

import os
import shutil
from pathlib import Path

import pytest

from tests.support.browser import Browser, find_or_install
from tests.support.young_persons_copy import HOSTILE_NAME, RISK_NOTE, person_with_plan


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary, axe_js, why_not = find_or_install()
    if binary is None:
        pytest.skip(why_not)
    if axe_js is None:
        pytest.fail(why_not)  # Chromium is here: the accessibility check must run too
    b = Browser(binary, tmp_path_factory.mktemp("chromium") / "profile")
    b.axe_js = axe_js
    yield b
    b.close()


def keep(path: Path) -> None:
    folder = os.environ.get("CARELEAVER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def write(tmp_path, name, page) -> Path:
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return path


def assert_reads_well(browser, width):
    violations = browser.axe(browser.axe_js)
    assert violations == [], violations
    assert browser.js("getComputedStyle(document.body).fontSize") == "16px"
    assert browser.js("document.documentElement.lang") == "en-GB"
    # Reflows: nothing wider than the screen, so nobody scrolls sideways to read it.
    assert browser.js("document.documentElement.scrollWidth") <= width
    assert browser.js("window.__cspViolations") == []
    assert [u for u in browser.requests() if not u.startswith("file:")] == []


@pytest.mark.parametrize("easy_read", [False, True], ids=["standard", "easy-read"])
def test_my_plan_on_a_phone_and_a_desktop_passes_axe_reflows_and_fetches_nothing(browser, services, team, tmp_path, easy_read):
    pid, _ = person_with_plan(services, team)
    page = write(tmp_path, f"my-plan{'-easy' if easy_read else ''}.html", services.plans.my_plan(pid, easy_read=easy_read))
    for width in (320, 360, 1280):
        browser.open(page, width)
        assert_reads_well(browser, width)
        assert browser.js("document.querySelector('h1').textContent") == "Zoë Łucja Şahin's plan"
        headings = browser.js("[...document.querySelectorAll('h2')].map(h => h.textContent)")
        assert headings[0] == ("What you said" if easy_read else "In your own words")
        if width != 320:
            keep(browser.screenshot(tmp_path / f"my-plan{'-easy' if easy_read else ''}-{width}.png"))
    text = browser.js("document.body.innerText")
    assert "I want to stay near my college." in text
    assert RISK_NOTE not in text and "Kwame" not in text
    # A number to ring is a link that rings it.
    assert browser.js("[...document.querySelectorAll('a[href^=\"tel:\"]')].map(a => a.getAttribute('href'))") == \
        ["tel:+441632960001"]  # the duty team's


def test_a_name_with_a_script_in_it_is_shown_as_text_and_runs_nothing(browser, services, team, tmp_path):
    pid, _ = person_with_plan(services, team, name=HOSTILE_NAME, preferred="")
    browser.open(write(tmp_path, "hostile.html", services.plans.my_plan(pid)), 360)
    assert browser.js("document.querySelector('h1').textContent") == HOSTILE_NAME + "'s plan"
    assert browser.js("document.scripts.length") == 0
    assert browser.js("document.images.length") == 0
    assert not [m for m in browser.events if m.get("method") == "Page.javascriptDialogOpening"]


def test_a_locked_copy_opens_only_with_its_password_typed(browser, services, team, tmp_path):
    pid, _ = person_with_plan(services, team)
    page = write(tmp_path, "locked.html", services.plans.my_plan(pid, password="purple otter 42"))
    browser.open(page, 360)
    assert_reads_well(browser, 360)
    assert browser.js("document.querySelector('h1').textContent") == "Your plan is locked"
    assert "Zoë" not in browser.js("document.documentElement.outerHTML")  # nothing of the plan in clear
    keep(browser.screenshot(tmp_path / "my-plan-locked-360.png"))

    browser.click("#password")
    browser.type("purple otter 41")
    browser.press_enter()
    browser.wait_until("document.getElementById('unlock-message').textContent.includes('did not open')")
    assert browser.js("document.querySelector('h1').textContent") == "Your plan is locked"

    browser.click("#password")
    browser.js("document.getElementById('password').select()")
    browser.type("purple otter 42")
    browser.click("button")
    browser.wait_until("document.querySelector('h1').textContent.includes('plan') && "
                       "!document.querySelector('h1').textContent.includes('locked')")
    assert browser.js("document.querySelector('h1').textContent") == "Zoë Łucja Şahin's plan"
    assert browser.js("document.activeElement.tagName") == "H1"  # a screen reader starts at the plan
    assert browser.js("document.title") == "Zoë Łucja Şahin's plan"
    assert_reads_well(browser, 360)
