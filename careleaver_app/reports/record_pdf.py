"""Their record on request (subject access) as a PDF: the same content as the JSON export, laid
out to be read: each part a heading, each record a small table of what it holds, dates as
dd/mm/yyyy, the audit as a table, and what was left out and why at the end."""

from __future__ import annotations

import re
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from ..domain.dates import format_uk
from ..domain.plans import SECTION_INFO, ActionStatus, OwnerKind, SectionKey
from .pdfbase import SHADE, Bookmark, build_pdf, esc, gap, para, styles, table

PARTS = (
    ("details", "Your details"), ("contacts", "Contacts with you (with their amendments)"), ("plans", "Your pathway plans"),
    ("plan_review_requests", "Reviews asked for"), ("chronology", "Chronology"), ("accommodation", "Where you have lived"),
    ("suitability", "Whether where you lived suited you"), ("staying_put_or_close", "Staying Put and Staying Close"),
    ("housing_applications", "Housing applications"), ("education_training_employment", "Education, training and work"),
    ("entitlements", "Money and entitlements"), ("health", "Your health"), ("copies_of_your_plan", "Copies of your plan"),
    ("your_replies", "What you said about your plan"), ("your_story", "Your story"), ("record_requests", "Your requests for your record"),
)
# Internal keys that mean nothing to the reader.
HIDDEN = {"id", "person_id", "plan_id", "copy_id", "request_id", "worker_id", "pa_id", "ref", "position", "contact_id", "action_id",
          "contingency_id", "finalised_by", "manager_id", "allocated_pa_id", "cover_pack_id"}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})")


# Codes said in words: a part of the plan by its title, who does an action, an action's state.
RENAMED = {"key": "Part of the plan", "section": "Part of the plan", "need": "What is needed and what will happen",
           "own_words": "In your own words", "owner_kind": "Who does it", "dob": "Date of birth", "la_id": "LA ID",
           "uasc": "Unaccompanied asylum-seeking child", "edt_alert": "Emergency Duty Team alert"}
CODES = {"key": {k.value: f"{SECTION_INFO[k].number}. {SECTION_INFO[k].plain_title}" for k in SectionKey},
         "owner_kind": {k.value: k.label for k in OwnerKind}}
CODES["section"] = {**CODES["key"], "whole": "The whole plan"}
STATUS_WORDS = {s.value: s.label for s in ActionStatus}


def label(key: str) -> str:
    return RENAMED.get(key) or key.replace("_", " ").strip().capitalize()


def shown(value) -> str:
    """A value as the reader sees it: dates dd/mm/yyyy, yes/no, lists joined."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, str):
        if _ISO_DAY.match(value):
            return format_uk(date.fromisoformat(value))
        m = _ISO_TIME.match(value)
        if m:
            return f"{format_uk(date.fromisoformat(m[1]))} {m[2]}:{m[3]}"
        return value
    if isinstance(value, (date, datetime)):
        return format_uk(value if isinstance(value, date) else value.date())
    if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
        return ", ".join(shown(v) for v in value)
    return str(value)


def _facts(rows: list[tuple[str, str]], st) -> Table:
    t = Table([[Paragraph(f"<b>{esc(k, st.cell, bold=True)}</b>", st.cell), Paragraph(esc(v, st.cell), st.cell)] for k, v in rows],
              colWidths=[55 * mm, 119 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, SHADE),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def _item(d: dict, st, depth: int = 0) -> list:
    """One record: its plain values as a table, then anything nested under a small heading."""
    rows, nested = [], []
    for k, v in d.items():
        if k in HIDDEN:
            continue
        if isinstance(v, dict) and v:
            nested.append((k, list(v.values()) if all(isinstance(x, dict) for x in v.values()) else [v]))
        elif isinstance(v, list) and v and any(isinstance(x, dict) for x in v):
            nested.append((k, v))
        else:
            text = CODES.get(k, {}).get(v) if isinstance(v, str) else None
            text = text or (STATUS_WORDS.get(v, v) if k == "status" and "owner_kind" in d else shown(v))
            if text:
                rows.append((label(k), text))
    out: list = [_facts(rows, st)] if rows else []
    for k, items in nested:
        out.append(para(label(k), st.h3 if depth == 0 else st.label))
        for x in items:
            out += _item(x, st, depth + 1) if isinstance(x, dict) else [para(shown(x), st.body)]
    out.append(gap(4))
    return out


def record_pdf(data: dict, made_on: date) -> bytes:
    st = styles(11)
    details = data["details"]
    name = details.get("preferred_name") or details.get("legal_name") or ""
    story: list = [Bookmark("Your record"), para("Your record", st.h1),
                   para(f"Everything this service holds about {details.get('legal_name', '')}, made on {format_uk(made_on)} "
                        "because you asked for it (UK GDPR Article 15).", st.body),
                   para("Information about other people is left out unless they agreed: the last part of this document "
                        "lists what was left out and why. If you think something is wrong, tell us: you can ask for it to be "
                        "corrected (UK GDPR Article 16), and you can complain to the Information Commissioner's Office.",
                        st.body), gap(6)]
    for key, title in PARTS:
        value = data.get(key)
        story += [Bookmark(title, 1), para(title, st.h2)]
        items = [value] if isinstance(value, dict) else (value or [])
        if not items:
            story.append(para("Nothing held.", st.body))
        for item in items:
            story += _item(item, st)
    story += [Bookmark("Who looked at and changed your record", 1), para("Who looked at and changed your record", st.h2)]
    audit = data.get("audit") or []
    if audit:
        story.append(table(["When", "Who", "What", "Which record"],
                           [[shown(a["at"]), a["who"], a["action"] + (f" ({a['detail']})" if a.get("detail") else ""),
                             label(a["record"])] for a in audit], [30 * mm, 40 * mm, 64 * mm, 40 * mm], st))
    else:
        story.append(para("Nothing recorded.", st.body))
    story += [Bookmark("What was left out and why", 1), para("What was left out and why", st.h2)]
    withheld = data.get("withheld") or []
    if withheld:
        story.append(table(["Where", "What", "Why"], [[w["where"] + (f": {w['field']}" if w.get("field") else ""), w["what"], w["why"]]
                                                      for w in withheld], [58 * mm, 50 * mm, 66 * mm], st))
    else:
        story.append(para("Nothing was left out.", st.body))
    return build_pdf(story, title="Subject access record", footer_text=f"Your record ({name}), made {format_uk(made_on)}")
