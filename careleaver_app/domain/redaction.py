"""What the redacted cover summary leaves out of free text: other people's names and phone numbers.

The redacted copy is the one a duty worker may carry on a phone (docs/decisions.md, Duty cover).
It keeps the young person's own name and number and the LA staff's, and says the *role* of a key
person instead of their name, so the duty worker can still act on it ("ring the former foster
carer first"). A name the app cannot tie to a key person is left out as "(name left out)".

Phone numbers are found with Google's libphonenumber (``phonenumbers``) in every way people write
them ("(01632) 960123", "07700-900-998", "+44 (0)7700 900997"), and anything still left with seven
or more digits in a row (spaces, dots, hyphens and brackets between them) goes too: in a redacted
copy a date of birth or a case number is better left out than a number half-removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import phonenumbers

NUMBER_LEFT_OUT = "(number left out)"
NAME_LEFT_OUT = "(name left out)"

# Words that say who someone is to the young person: a capitalised name straight after one is
# someone else's ("mum's partner Kwame Asante-Boateng", "her friend Tiny").
RELATION_WORDS = (
    "mum", "mother", "dad", "father", "stepmum", "stepdad", "step-mum", "step-dad", "parent", "brother", "sister",
    "sibling", "nan", "nana", "gran", "granny", "grandma", "grandad", "grandfather", "grandmother", "uncle", "aunt",
    "auntie", "cousin", "partner", "boyfriend", "girlfriend", "ex", "ex-partner", "husband", "wife", "friend", "mate",
    "neighbour", "carer", "landlord", "landlady", "associate", "associates", "son", "daughter", "baby", "child",
    "called", "named", "known as", "nicknamed", "goes by", "with",
)
# Words that make a run of capitalised words an organisation or a place rather than a person.
INSTITUTION_WORDS = {
    "team", "duty", "emergency", "police", "college", "school", "university", "academy", "centre", "center", "council",
    "housing", "hospital", "services", "service", "nhs", "gp", "camhs", "options", "jobcentre", "plus", "road", "street",
    "lane", "avenue", "close", "way", "court", "drive", "house", "hostel", "foyer", "trust", "association", "group",
    "project", "clinic", "surgery", "practice", "ward", "unit", "office", "bank", "church", "mosque", "library",
    "station", "line", "lines", "county", "city", "borough", "district", "health", "care", "leaving", "youth", "young",
    "people", "adviser", "advisor", "worker", "officer", "manager", "christmas", "easter", "eid", "ramadan", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "english", "maths", "level", "btec",
    "universal", "credit", "put", "staying", "cross", "society", "charity", "foundation", "refuge", "advice", "aid",
    "network", "partnership", "agency", "department", "home", "homes", "hub", "café", "cafe", "ltd", "limited", "plc",
    "motors", "warehouse", "shop", "store", "stores", "market", "park", "gym", "club", "samaritans", "learning", "adult",
    "education", "training", "skills", "apprenticeships", "shout", "mind", "benefit", "pip", "esa", "edt", "pa", "ok", "uk", "i", "if", "then", "the", "a", "an",
}
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*"  # a capitalised word (accents, apostrophes, hyphens)
_NAME_RUN = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
_RELATION = re.compile(rf"(?i:\b(?:{'|'.join(re.escape(w) for w in sorted(RELATION_WORDS, key=len, reverse=True))})(?:'s)?)"
                       rf"(\s+)({_NAME_RUN})")
_TITLED = re.compile(rf"\b(?:{'|'.join(TITLES)})\.?\s+{_NAME_RUN}")
_QUOTED = re.compile(r"(?<!\w)([\"“‘'])(\S[^\"“”‘’\n]{0,38}?)([\"”’'])(?!\w)")  # a quote not an apostrophe
_CAPITAL_RUN = re.compile(rf"\b{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*")
# Words that often start a sentence, so a capital there says nothing: "Ring Ciara" is a name after a verb.
STARTERS = {
    "ring", "call", "phone", "text", "email", "visit", "visited", "see", "saw", "met", "meet", "ask", "asked", "tell", "told",
    "check", "lives", "living", "staying", "stays", "moved", "she", "he", "they", "we", "i", "if", "when", "do", "don't",
    "never", "always", "has", "had", "have", "is", "was", "are", "were", "can", "can't", "will", "won't", "not", "no",
    "yes", "and", "but", "or", "so", "then", "after", "before", "since", "until", "also", "speak", "spoke", "talk", "talked",
    "contact", "contacted", "go", "went", "take", "took", "get", "got", "make", "made", "keep", "kept", "let", "please",
    "only", "mum", "dad", "her", "his", "their", "my", "your", "our", "this", "that", "there", "here", "at", "in", "on", "to",
    "from", "for", "by", "about", "known", "gets", "says", "said", "wants", "needs", "likes", "uses", "use", "avoid",
    "it", "it's", "i'm", "i've", "i'd", "there's", "she's", "he's", "they're", "we're", "what", "who", "where", "why", "how",
    "any", "all", "every", "each", "some", "one", "two", "three", "new", "old", "next", "last", "first", "today", "tomorrow",
    # verbs a contact record starts with ("Posted Tyler a letter"), so the name after them is judged alone
    "posted", "sent", "wrote", "emailed", "texted", "rang", "phoned", "called", "helped", "gave", "agreed", "discussed",
    "explained", "reminded", "booked", "arranged", "showed", "checked", "drove", "picked", "dropped", "supported",
    "introduce", "introduced", "book", "apply", "applied", "register", "registered", "open", "opened", "complete",
    "completed", "finish", "finished", "start", "started", "attend", "attended", "join", "joined", "help", "remind",
}
_DIGITS = re.compile(r"(?<![\d])(?:\+?\d[\d \t.\-()]{5,}\d)(?![\d])")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_key(number: str) -> str:
    """A number reduced to what identifies it (E.164 where it parses), for comparing."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(number, "GB"), phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return _digits(number)


@dataclass
class Redactor:
    """Removes other people from free text. ``roles``: a third party's name (and each part of it
    of three letters or more) -> the role said instead; ``keep``: names that stay (the young
    person's, the staff's); ``allowed_phones``: numbers that stay (the young person's, the LA's)."""

    roles: dict[str, str] = field(default_factory=dict)
    keep: set[str] = field(default_factory=set)
    allowed_phones: set[str] = field(default_factory=set)

    def __post_init__(self):
        self._allowed = {phone_key(p) for p in self.allowed_phones if p and _digits(p)}
        self._keep = {k.casefold() for k in self.keep for k in [k, *k.split()] if k}
        parts: dict[str, str] = {}
        for name, role in list(self.roles.items()):
            for part in re.split(r"\s+", name.strip()):
                if len(part) >= 3 and part.casefold() not in self._keep:
                    parts.setdefault(part, role)
        self._names = sorted({**parts, **{n.strip(): r for n, r in self.roles.items() if n.strip()}}.items(),
                             key=lambda kv: len(kv[0]), reverse=True)

    # -- numbers ---------------------------------------------------------------------------------
    def _numbers(self, text: str) -> str:
        out, last = [], 0
        for m in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            if len(str(m.number.national_number)) < 7:  # "2026", "999": not a phone number to hide
                continue
            key = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            out.append(text[last:m.start])
            out.append(m.raw_string if key in self._allowed else NUMBER_LEFT_OUT)
            last = m.end
        out.append(text[last:])
        text = "".join(out)

        def rest(m):
            return m.group(0) if phone_key(m.group(0)) in self._allowed or len(_digits(m.group(0))) < 7 else NUMBER_LEFT_OUT

        return _DIGITS.sub(rest, text)

    # -- names -------------------------------------------------------------------------------------
    def _kept(self, run: str) -> bool:
        words = [re.sub(r"['’]s$", "", w.casefold()).strip("'’") for w in run.split()]  # "Amira's" is Amira
        return all(w in self._keep for w in words) or any(w in INSTITUTION_WORDS for w in words)

    def _known(self, text: str) -> str:
        for name, role in self._names:
            text = re.sub(rf"(?i)(?<![\w]){re.escape(name)}(?![\w])", f"the {role.casefold()}" if role else NAME_LEFT_OUT, text)
        # "the foster carer's partner the partner" reads badly: a role right after "the" loses its article
        return re.sub(r"\b(the|my|her|his|their|your) the\b", r"\1", text, flags=re.I)

    def _unknown(self, text: str) -> str:
        text = _TITLED.sub(NAME_LEFT_OUT, text)

        def relation(m):
            run = m.group(2)
            return m.group(0) if self._kept(run) else m.group(0)[: m.start(2) - m.start(0)] + NAME_LEFT_OUT

        text = _RELATION.sub(relation, text)

        def quoted(m):
            inner = m.group(2).strip()
            words = inner.split()
            if words and len(words) <= 3 and all(w[:1].isupper() for w in words) and not self._kept(inner):
                return NAME_LEFT_OUT
            return m.group(0)

        text = _QUOTED.sub(quoted, text)
        return _CAPITAL_RUN.sub(lambda m: self._capital_run(text, m), text)

    def _capital_run(self, text: str, m) -> str:
        """A run of capitalised words is a name unless it is kept or an organisation. A single
        capitalised word is a name only after a word that often starts a sentence ("Ring Ciara");
        elsewhere it may be a place or a shop, which only a relation word ("with", "partner") marks."""
        run = m.group(0)
        words = run.split()
        before = text[: m.start()].rstrip(" \t")
        lead = ""
        if not before or before[-1] in ".!?:;\n(\"“‘-–•":
            if words[0].casefold() in STARTERS or words[0].casefold() in INSTITUTION_WORDS:
                lead, words = words[0], words[1:]
            elif len(words) == 1:
                return run
        elif len(words) == 1:
            return run
        if not words or self._kept(" ".join(words)):
            return run
        return (lead + " " if lead else "") + NAME_LEFT_OUT

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        return self._unknown(self._known(self._numbers(text)))


def redactor_for(person, staff_names: set[str], staff_phones: set[str], places: set[str] = frozenset()) -> Redactor:
    """The redaction rules for one young person's records, used by the redacted cover summary and
    by their subject access export: their key people said by role, their own names and the LA
    staff's kept, their own number and the LA's kept; everyone else left out. ``places``: words
    that are the young person's own (where they lived, the services they used), kept too."""
    return Redactor(roles={kp.name: kp.role for kp in person.key_people},
                    keep={person.legal_name, person.preferred_name, person.display_name, *staff_names, *places},
                    allowed_phones=set(staff_phones) | {person.phone})


def unknown_names(text: str | None, known: set[str]) -> list[str]:
    """Names in ``text`` that are not in ``known`` (the young person's and their key people's): what
    the PA is warned about while writing a risk or a note, so they can add the person as a key
    person (the redacted summary then says their role)."""
    if not text:
        return []
    r = Redactor(keep=set(known))
    found: list[str] = []
    marked = r._unknown(r._numbers(text))  # where names were found, "(name left out)" stands
    if marked == text:
        return []
    # Read back what was replaced: align the two texts on the marker.
    pattern = re.escape(marked).replace(re.escape(NAME_LEFT_OUT), "(.+?)").replace(re.escape(NUMBER_LEFT_OUT), ".+?")
    m = re.fullmatch(pattern, text, flags=re.S)
    if m:
        for g in m.groups():
            g = g.strip(" \"“”‘’'")
            if g and g not in found:
                found.append(g)
    return found


def scrub(text: str, roles: dict[str, str], allowed_phones: set[str], keep: frozenset[str] | set[str] = frozenset()) -> str:
    """``text`` as the redacted cover summary prints it: third parties' names said by their role
    where it is known (else left out) and any phone number not on the allowed list left out."""
    return Redactor(roles=dict(roles), keep=set(keep), allowed_phones=set(allowed_phones))(text)
