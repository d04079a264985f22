"""My plan: the young person's own copy of their current pathway plan as one self-contained HTML
file they can keep on their phone (Vol 3: the young person gets a copy of the plan they
understand; CLR 2010 Schedule 1 for what a plan covers).

- No network: everything is in the file; a Content-Security-Policy allows only this file's own
  style and (for a locked copy) its own script, by hash, and nothing from anywhere else.
- Every field the app holds is escaped (a name with ``<script>`` in it is shown as text).
- Accessible: language set, landmarks and headings in order, 16 px body text, reflows at 320 px,
  contrast of at least 4.5:1, links to ring numbers.
- Optionally locked with a password (AES-256-GCM, key from PBKDF2-SHA-256): the page decrypts in
  the browser with WebCrypto (docs/decisions.md, "The young person's own copy").
- Made from what the printed plan shows (``PlanPrint``: the plan service gathers it, within
  consent), so nothing reaches it that the printed plan would not show: no risk notes, no
  safety notes, no cover notes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re

from ..domain.dates import format_uk
from ..domain.plans import SECTIONS, ActionStatus, ContingencyKind, OwnerKind, SectionKey
from .copy_words import Words
from .plan_pdf import YOUR_TITLES, Facts, PlanPrint, ordered_actions

# OWASP's 2023 figure for PBKDF2-HMAC-SHA256: slow enough that guessing passwords offline from a
# copied file costs about a second of a phone's time for each guess.
PBKDF2_ITERATIONS = 600_000
LANGUAGE = "en-GB"

STYLE = """
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;
color:#1b1b1b;background:#fff}
main{max-width:44rem;margin:0 auto;padding:.5rem 1rem 2rem}
h1{font-size:1.75rem;line-height:1.2;color:#0b3d6b;margin:.5rem 0}
h2{font-size:1.375rem;line-height:1.3;color:#0b3d6b;border-top:2px solid #c5d6e8;padding-top:.75rem;margin-top:1.75rem}
h3{font-size:1.125rem;line-height:1.3;margin:1.25rem 0 .25rem}
p,li,dd,dt,blockquote{overflow-wrap:anywhere}
a{color:#0b4f8a}
nav ul{padding-left:1.25rem}
.card{background:#eef4fa;border-left:4px solid #0b4f8a;padding:.5rem 1rem;border-radius:4px}
dl{margin:0}
dt{font-weight:700;margin-top:.5rem}
dd{margin:0 0 .5rem 0}
blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #5b3f86;background:#f5f1fa}
ul.todo{list-style:none;padding:0}
ul.todo li{border:1px solid #b9c6d3;border-radius:6px;padding:.25rem .75rem;margin:.5rem 0}
ul.todo li p{margin:.25rem 0}
.late{color:#9b1c1c;font-weight:700}
.warn{background:#fdf1e6;border-left:4px solid #9b1c1c;padding:.5rem 1rem}
label{display:block;font-weight:700;margin-top:1rem}
input{font-size:1rem;padding:.5rem;width:100%;max-width:20rem;box-sizing:border-box;border:2px solid #5a6b7c;border-radius:4px}
button{font-size:1rem;padding:.6rem 1.2rem;margin-top:.75rem;background:#0b4f8a;color:#fff;border:0;border-radius:4px}
button:focus,input:focus,a:focus{outline:3px solid #c25e00;outline-offset:2px}
@media print{nav,button{display:none}h2{break-after:avoid}}
""".strip()

# Opens a locked copy: derives the key from the password (PBKDF2) and decrypts the plan (AES-GCM)
# with the browser's own WebCrypto. Allowed by its hash in the Content-Security-Policy.
UNLOCK_SCRIPT = """
(function () {
  var box = document.getElementById("sealed"), form = document.getElementById("unlock"),
      msg = document.getElementById("unlock-message"), field = document.getElementById("password");
  function bytes(text) { var b = atob(text), a = new Uint8Array(b.length);
    for (var i = 0; i < b.length; i++) { a[i] = b.charCodeAt(i); } return a; }
  if (!(window.crypto && window.crypto.subtle && window.TextEncoder)) { msg.textContent = box.dataset.nocrypto; return; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    msg.textContent = box.dataset.opening;
    var subtle = window.crypto.subtle;
    subtle.importKey("raw", new TextEncoder().encode(field.value), "PBKDF2", false, ["deriveKey"])
      .then(function (base) {
        return subtle.deriveKey({name: "PBKDF2", salt: bytes(box.dataset.salt), iterations: parseInt(box.dataset.iterations, 10),
                                 hash: "SHA-256"}, base, {name: "AES-GCM", length: 256}, false, ["decrypt"]);
      })
      .then(function (key) { return subtle.decrypt({name: "AES-GCM", iv: bytes(box.dataset.iv)}, key, bytes(box.textContent.trim())); })
      .then(function (plain) {
        var main = document.getElementById("plan");
        main.innerHTML = new TextDecoder().decode(plain);
        var heading = main.querySelector("h1");
        document.title = heading.textContent;
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }, function () { msg.textContent = box.dataset.wrong; field.select(); });
  });
})();
""".strip()


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(locked: bool) -> str:
    """Nothing from anywhere: only this file's own style (and unlocking script), by hash."""
    script = _hash(UNLOCK_SCRIPT) if locked else "'none'"
    return (f"default-src 'none'; style-src {_hash(STYLE)}; script-src {script}; img-src 'none'; font-src 'none'; "
            "connect-src 'none'; form-action 'none'; base-uri 'none'; object-src 'none'")


def e(text) -> str:
    return html.escape(str(text or ""), quote=True)


def tel(number: str) -> str:
    """A number as a link that rings it on a phone."""
    digits = re.sub(r"[^\d+]", "", number or "")
    if digits.startswith("0"):
        digits = "+44" + digits[1:]
    return f'<a href="tel:{e(digits)}">{e(number)}</a>' if len(re.sub(r"\D", "", digits)) >= 3 else e(number)


class _Writer:
    def __init__(self, words: Words):
        self.w = words
        self.out: list[str] = []

    def add(self, *parts: str) -> None:
        self.out.extend(parts)

    def say(self, key: str, cls: str = "", **fields) -> None:
        """Fixed wording: in easy read each line (one idea) is a paragraph of its own."""
        attr = f' class="{cls}"' if cls else ""
        for line in self.w(key, **fields).split("\n"):
            self.add(f"<p{attr}>{e(line)}</p>")

    def text(self, text: str, cls: str = "") -> None:
        """What was written in the record: paragraphs as written; in easy read one sentence a line."""
        attr = f' class="{cls}"' if cls else ""
        pieces = re.split(r"\n\s*\n" if not self.w.easy_read else r"(?<=[.!?])\s+|\n+", (text or "").strip())
        for piece in pieces:
            if piece.strip():
                self.add(f"<p{attr}>{e(piece.strip())}</p>")

    def quote(self, text: str) -> None:
        self.add("<blockquote>")
        self.text(text)
        self.add("</blockquote>")


def _action_item(wr: _Writer, a, today) -> None:
    w = wr.w
    if a.status == ActionStatus.DONE:
        status, cls = w("st_done", date=format_uk(a.done_date)).strip(), ""
    elif a.status == ActionStatus.NOT_NEEDED:
        status, cls = w("st_dropped"), ""
    elif a.is_overdue(today):
        status, cls = w("st_late"), "late"
    else:
        status, cls = w("st_todo"), ""
    when = w("by", date=format_uk(a.target_date)) if a.target_date else w("no_date")
    shown = f'<span class="{cls}">{e(status)}</span>' if cls else e(status)
    wr.add("<li>", f"<p><strong>{e(a.what)}</strong></p>",
           f"<p>{e(w('who', who=a.who))}</p>" if a.owner_kind != OwnerKind.YOUNG_PERSON else "",
           f"<p>{e(when)}</p><p>{shown}</p>" if w.easy_read else f"<p>{e(when)} · {shown}</p>", "</li>")


def _notes(wr: _Writer, notes) -> None:
    for note in notes:
        if isinstance(note, Facts):
            wr.add(f"<p><strong>{e(note.title)}</strong></p>", "<dl>")
            for k, v in note.rows:
                wr.add(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>")
            wr.add("</dl>")
        else:
            wr.text(note)


def _contingency(wr: _Writer, c) -> None:
    w = wr.w
    if c.kind == ContingencyKind.SAFETY:
        wr.add('<div class="card">', f"<p><strong>{e(w('keeping_safe', what=c.trigger))}</strong></p>",
               f"<p>{e(w('right_now', what=c.response))}</p>",
               f"<p>{e(w('more_risky', what=c.escalation))}</p>" if c.escalation.strip() else "",
               f"<p>{e(w('who', who=c.who))}</p>", "</div>")
    else:
        wr.add(f"<p>{e(c.sentence())}</p>")


# Sections with a part of the page of their own (where they live, what they are entitled to, if
# things go wrong); the rest are shown part by part.
SHOWN_ABOVE = (SectionKey.ACCOMMODATION, SectionKey.FINANCE, SectionKey.CONTINGENCY)


def _section_words(wr: _Writer, section) -> None:
    """A section's need and what will happen, and the young person's own words on it."""
    wr.text(section.need.strip() or wr.w("not_written"))
    if section.own_words.strip():
        wr.add(f"<p><strong>{e(wr.w('own_words'))}</strong></p>")
        wr.quote(section.own_words)


def _part(wr: _Writer, p: PlanPrint, key: SectionKey, *, no_notes: str = "") -> None:
    """One part of the plan: its words, what the record shows of it (or the words ``no_notes``
    when it shows nothing), and its contingencies."""
    _section_words(wr, p.plan.sections[key])
    notes = p.section_notes.get(key, [])
    if notes or not no_notes:
        _notes(wr, notes)
    else:
        wr.say(no_notes)
    for c in p.plan.contingencies_in(key):
        _contingency(wr, c)


def plan_body(p: PlanPrint, words: Words) -> str:
    """The plan itself: the inside of the page's ``<main>``."""
    wr = _Writer(words)
    w = words
    plan = p.plan
    today = p.printed_on
    wr.add(f"<h1>{e(w('title', name=p.name))}</h1>")
    if p.replaced_by is not None:
        wr.say("older", "warn")
    if plan.is_final:
        wr.say("version_final", version=plan.version, date=format_uk(plan.plan_date), today=format_uk(today))
    else:
        wr.say("version_draft", version=plan.version, today=format_uk(today))
    parts = [("own-words", w("own_words")), ("to-do", w("you_do")), ("review", w("review")), ("call", w("who_to_call")),
             ("home", w("where_you_live")), ("entitled", w("money")), ("parts", w("parts")), ("wrong", w("if_wrong")),
             ("advocate", w("advocate")), ("complain", w("complain"))]
    if p.story.strip():
        parts.append(("story", w("story")))
    wr.add(f'<nav aria-label="{e(w("parts"))}"><ul>', *[f'<li><a href="#{k}">{e(t)}</a></li>' for k, t in parts], "</ul></nav>")

    # Their own words first.
    wr.add(f'<section aria-labelledby="own-words"><h2 id="own-words">{e(w("own_words"))}</h2>')
    if plan.views.strip():
        wr.quote(plan.views)
    else:
        wr.say("no_words")
    if plan.disagreements.strip():
        wr.add(f"<h3>{e(w('disagree'))}</h3>")
        wr.text(plan.disagreements)
    wr.add("</section>")

    # What they will do, and what others will do for them, by when.
    actions = ordered_actions(plan.actions, today)
    mine = [a for a in actions if a.owner_kind == OwnerKind.YOUNG_PERSON]
    others = [a for a in actions if a.owner_kind != OwnerKind.YOUNG_PERSON]
    wr.add(f'<section aria-labelledby="to-do"><h2 id="to-do">{e(w("you_do"))}</h2>')
    for group, title in ((mine, None), (others, w("others_do"))):
        if title:
            wr.add(f"<h3>{e(title)}</h3>")
        if group:
            wr.add('<ul class="todo">')
            for a in group:
                _action_item(wr, a, today)
            wr.add("</ul>")
        else:
            wr.say("nothing_to_do")
    wr.add("</section>")

    # The next review.
    wr.add(f'<section aria-labelledby="review"><h2 id="review">{e(w("review"))}</h2>')
    if p.next_review is None:
        wr.say("review_unknown")
    elif p.next_review < today:
        wr.say("review_late", "late", date=format_uk(p.next_review))
    else:
        wr.say("review_by", date=format_uk(p.next_review))
    wr.add("</section>")

    # Who to call.
    wr.add(f'<section aria-labelledby="call"><h2 id="call">{e(w("who_to_call"))}</h2><div class="card"><dl>')
    pa = " · ".join(x for x in (e(p.pa_name), tel(p.pa_phone) if p.pa_phone else "",
                                f'<a href="mailto:{e(p.pa_email)}">{e(p.pa_email)}</a>' if p.pa_email else "") if x)
    wr.add(f"<dt>{e(w('pa'))}</dt><dd>{pa or e(w('no_pa'))}</dd>")
    wr.add(f"<dt>{e(w('duty'))}</dt><dd>{tel(p.duty_phone) if p.duty_phone else e(w('no_duty'))}</dd>")
    wr.add(f"<dt>{e(w('ooh'))}</dt><dd>{tel(p.out_of_hours) if p.out_of_hours else e(w('no_ooh'))}</dd>")
    wr.add("</dl>")
    wr.say("emergency")
    wr.add("</div></section>")

    # Where they live, and whether it is judged suitable.
    wr.add(f'<section aria-labelledby="home"><h2 id="home">{e(w("where_you_live"))}</h2>')
    _part(wr, p, SectionKey.ACCOMMODATION)
    wr.add("</section>")

    # What they are entitled to (the local offer) and its status.
    wr.add(f'<section aria-labelledby="entitled"><h2 id="entitled">{e(w("money"))}</h2>')
    _part(wr, p, SectionKey.FINANCE, no_notes="money_none")
    wr.add("</section>")

    # The plan, part by part (CLR 2010 Schedule 1).
    wr.add(f'<section aria-labelledby="parts"><h2 id="parts">{e(w("parts"))}</h2>')
    for info in SECTIONS:
        if info.key in SHOWN_ABOVE:
            continue
        wr.add(f"<h3>{e(YOUR_TITLES[info.key])}</h3>")
        _part(wr, p, info.key)
    wr.add("</section>")

    # If things go wrong (Schedule 1 para 4).
    wr.add(f'<section aria-labelledby="wrong"><h2 id="wrong">{e(w("if_wrong"))}</h2>')
    section = plan.sections[SectionKey.CONTINGENCY]
    if section.need.strip():
        wr.text(section.need)
    conts = plan.contingencies_in(SectionKey.CONTINGENCY)
    for c in conts:
        _contingency(wr, c)
    if not conts and not section.need.strip():
        wr.say("no_contingency")
    wr.add("</section>")

    # Advocacy (CA 1989 s.26A) and complaints (s.26(3)): local settings.
    wr.add(f'<section aria-labelledby="advocate"><h2 id="advocate">{e(w("advocate"))}</h2>')
    wr.say("advocate_text")
    wr.text(p.advocacy) if p.advocacy.strip() else wr.say("advocate_ask")
    wr.add("</section>")
    wr.add(f'<section aria-labelledby="complain"><h2 id="complain">{e(w("complain"))}</h2>')
    wr.say("complain_text")
    wr.text(p.complaints) if p.complaints.strip() else wr.say("complain_ask")
    wr.add("</section>")

    if p.story.strip():
        wr.add(f'<section aria-labelledby="story"><h2 id="story">{e(w("story"))}</h2>')
        wr.say("story_intro")
        wr.text(p.story)
        wr.add("</section>")

    if plan.participants.strip():
        wr.add(f"<h2>{e(w('helped'))}</h2>")
        wr.text(plan.participants)
    wr.add("<hr>")
    wr.say("written_by", version=plan.version, pa=plan.pa_name or w("your_pa"))
    wr.say("keep_safe_file")
    return "\n".join(x for x in wr.out if x)


def my_plan_html(p: PlanPrint, *, easy_read: bool = False, password: str | None = None, language: str = "en") -> str:
    """The whole self-contained page. With ``password``, the plan is sealed inside it."""
    words = Words(easy_read, language)
    body = plan_body(p, words)
    locked = bool(password)
    if locked:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

        salt, iv = os.urandom(16), os.urandom(12)
        key = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=PBKDF2_ITERATIONS).derive(password.encode("utf-8"))
        sealed = base64.b64encode(AESGCM(key).encrypt(iv, body.encode("utf-8"), None)).decode("ascii")
        b64 = lambda b: base64.b64encode(b).decode("ascii")
        main = (f"<h1>{e(words('locked_title'))}</h1>"
                + "".join(f"<p>{e(line)}</p>" for line in words("locked_text").split("\n"))
                + f'<form id="unlock"><label for="password">{e(words("password"))}</label>'
                  f'<input id="password" type="password" autocomplete="current-password" required>'
                  f'<button type="submit">{e(words("open"))}</button></form>'
                  f'<p id="unlock-message" role="status" aria-live="polite"></p>'
                  f'<div id="sealed" hidden data-salt="{b64(salt)}" data-iv="{b64(iv)}" data-iterations="{PBKDF2_ITERATIONS}"'
                  f' data-wrong="{e(words("wrong_password"))}" data-nocrypto="{e(words("no_crypto"))}"'
                  f' data-opening="{e(words("opening"))}">{sealed}</div>')
        title = words("locked_title")
        script = f"<script>{UNLOCK_SCRIPT}</script>"
    else:
        main, title, script = body, words("title", name=p.name), ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{LANGUAGE}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(locked)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<main id="plan">\n{main}\n</main>\n{script}\n</body>\n</html>\n'
    )
