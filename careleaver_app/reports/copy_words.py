"""The fixed wording of the young person's own copy (My plan), in its two forms: the standard
copy and the easy read one (short sentences, one idea per line).

Every sentence here is a gettext message (its English text is its id), kept in the catalogue
``careleaver_app/locale/young_persons_copy.pot``; English ships as ``locale/en``. A translation
is added as ``locale/<language>/LC_MESSAGES/young_persons_copy.po`` and compiled with
``python scripts/build_catalogues.py`` (tests/reports/test_my_plan.py checks the template and
the compiled English catalogue are up to date with this file).

Placeholders are ``{name}`` fields, filled after translation, so a translator can move them.
"""

from __future__ import annotations

import gettext
from pathlib import Path


def N_(text: str) -> str:
    """Marks a message for the catalogue (translated when used, not here)."""
    return text


DOMAIN = "young_persons_copy"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

# key -> (standard wording, easy read wording)
WORDS: dict[str, tuple[str, str]] = {
    "title": (N_("{name}'s plan"), N_("{name}'s plan")),
    "version_final": (N_("Version {version}, agreed {date}. Made for you on {today}."),
                      N_("This is your plan.\nWe agreed it on {date}.")),
    "version_draft": (N_("Draft: version {version}, not agreed yet. Made for you on {today}."),
                      N_("This plan is a draft.\nWe have not agreed it yet.")),
    "older": (N_("This is an older version of your plan: ask your personal adviser for the latest one."),
              N_("This is an old plan.\nAsk your personal adviser for the new one.")),
    "own_words": (N_("In your own words"), N_("What you said")),
    "no_words": (N_("Your own words are not written down yet."), N_("We have not written down what you said yet.")),
    "disagree": (N_("What you don't agree with"), N_("What you do not agree with")),
    "who_to_call": (N_("Who to call"), N_("Who to call")),
    "pa": (N_("Your personal adviser"), N_("Your personal adviser")),
    "no_pa": (N_("Not allocated yet: call the duty team."), N_("You do not have one yet.\nCall the duty team.")),
    "duty": (N_("If you can't reach them: the leaving care duty team"), N_("If you cannot reach them")),
    "no_duty": (N_("Ask your personal adviser for the duty team's number."), N_("Ask your personal adviser for this number.")),
    "ooh": (N_("Evenings, nights and weekends: the Emergency Duty Team"), N_("At night and at weekends")),
    "no_ooh": (N_("Call 999 in an emergency."), N_("Call 999 in an emergency.")),
    "emergency": (N_("In an emergency, when someone is in danger, call 999."), N_("If someone is in danger, call 999.")),
    "review": (N_("Your next review"), N_("When we look at your plan again")),
    "review_by": (N_("By {date}. You can ask for a review at any time."),
                  N_("By {date}.\nYou can ask for this at any time.")),
    "review_late": (N_("Late: your review was due by {date}. Ask your personal adviser when it will be. You can ask for a "
                       "review at any time."),
                    N_("This is late.\nIt should have been by {date}.\nAsk your personal adviser when it will be.")),
    "review_unknown": (N_("Six months after the plan is agreed. You can ask for a review at any time."),
                       N_("6 months after we agree the plan.\nYou can ask for this at any time.")),
    "you_do": (N_("What you will do"), N_("What you will do")),
    "others_do": (N_("What others will do for you"), N_("What other people will do for you")),
    "by": (N_("By {date}"), N_("By {date}")),
    "no_date": (N_("No date set"), N_("No date yet")),
    "who": (N_("Who: {who}"), N_("Who: {who}")),
    "st_todo": (N_("To do"), N_("Not done yet")),
    "st_late": (N_("Late: not done yet"), N_("Late: not done yet.")),
    "st_done": (N_("Done {date}"), N_("Done on {date}")),
    "st_dropped": (N_("No longer needed"), N_("Not needed now")),
    "nothing_to_do": (N_("Nothing written down yet."), N_("Nothing yet.")),
    "where_you_live": (N_("Where you live"), N_("Where you live")),
    "money": (N_("What you are entitled to"), N_("Money and help you can get")),
    "money_none": (N_("Ask your personal adviser about the council's local offer: what you can get as a care leaver."),
                   N_("Ask your personal adviser what help you can get.")),
    "parts": (N_("Your plan, part by part"), N_("Your plan")),
    "need": (N_("What you need and what will happen"), N_("What will happen")),
    "not_written": (N_("Not written yet."), N_("Nothing yet.")),
    "if_wrong": (N_("If things go wrong"), N_("If things go wrong")),
    "no_contingency": (N_("No plans written yet for if things go wrong."), N_("Nothing yet.")),
    "keeping_safe": (N_("Keeping safe: {what}"), N_("Keeping safe: {what}")),
    "right_now": (N_("Right now: {what}"), N_("Now: {what}")),
    "more_risky": (N_("If it gets more risky: {what}"), N_("If it gets worse: {what}")),
    "advocate": (N_("Getting an advocate"), N_("Someone on your side")),
    "advocate_text": (N_("An advocate is someone independent who helps you say what you want and makes sure you are heard. "
                         "It is free, and you have a right to one if you want to make a complaint or a representation."),
                      N_("An advocate helps you say what you want.\nThey are on your side.\nIt is free.")),
    "advocate_ask": (N_("Ask your personal adviser to put you in touch with an advocate."),
                     N_("Ask your personal adviser to find you one.")),
    "complain": (N_("How to complain"), N_("If you are not happy")),
    "complain_text": (N_("If you are not happy with the support you get, you can complain. You will not get into trouble for "
                         "complaining. If you are still not happy with the council's answer, you can go to the Local "
                         "Government and Social Care Ombudsman."),
                      N_("You can complain.\nYou will not get into trouble.\nAn advocate can help you.")),
    "complain_ask": (N_("Ask your personal adviser or the duty team how to complain to the council."),
                     N_("Ask your personal adviser how to complain.")),
    "story": (N_("Your story"), N_("Your story")),
    "story_intro": (N_("Written with you, in your words, about why you came into care and what happened."),
                    N_("You wrote this with us.")),
    "helped": (N_("Who helped write this plan"), N_("Who helped with this plan")),
    "written_by": (N_("Plan version {version}, written with you by {pa}."), N_("Your personal adviser {pa} wrote this with you.")),
    "your_pa": (N_("your personal adviser"), N_("your personal adviser")),
    "keep_safe_file": (N_("This is your own copy. Keep it somewhere private: it has your personal details in it."),
                       N_("This is your copy.\nKeep it private.")),
    "locked_title": (N_("Your plan is locked"), N_("Your plan is locked")),
    "locked_text": (N_("Type the password your personal adviser gave you to open it."),
                    N_("Type your password.\nYour personal adviser gave it to you.")),
    "password": (N_("Password"), N_("Password")),
    "open": (N_("Open my plan"), N_("Open my plan")),
    "wrong_password": (N_("That password did not open your plan. Check it and try again."),
                       N_("That password is wrong.\nTry again.")),
    "no_crypto": (N_("This browser cannot open a locked plan. Try another browser, or ask your personal adviser for a copy."),
                  N_("This browser cannot open your plan.\nTry another browser.")),
    "opening": (N_("Opening your plan…"), N_("Opening your plan…")),
}


def translator(language: str = "en") -> gettext.NullTranslations:
    """The catalogue for ``language``; English (the message ids) where there is none."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


class Words:
    """The copy's wording in one form (standard or easy read) and one language."""

    def __init__(self, easy_read: bool = False, language: str = "en"):
        self.easy_read = easy_read
        self._gettext = translator(language).gettext

    def __call__(self, key: str, **fields) -> str:
        standard, easy = WORDS[key]
        return self._gettext(easy if self.easy_read else standard).format(**fields)
