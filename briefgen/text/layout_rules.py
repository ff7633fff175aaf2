"""Noise told by its place on the page: pattern data only; `clean.py` applies it.

A picture's caption (CAPTION_CREDIT_END, PICTURE_POSITION, CAPTION_DATE), an embedded post
(EMBED_SIGNATURE, EMBED_LINKS), a dateline that opens a story (DATELINE, NOT_A_PLACE) and a subhead
standing alone (SUBHEAD_MAX_WORDS, HEADLINE_SMALL_WORDS, QUESTION_WORDS). Each comment names the
layout pattern and gives examples in the styles of more than one outlet; the building blocks (names,
months, agencies) are `noise_rules`'.
"""

from __future__ import annotations

from briefgen.text.noise_rules import AGENCY, FULL_NAME, MONTH_NAME, NAME, WEEKDAY

# An embedded post as its page gives it in text: the post, then "— Name (@handle) March 3, 2025", or a
# "pic.twitter.com/..." link. `clean` drops a paragraph of up to MAX_CAPTION characters ending so.
EMBED_SIGNATURE = (
    rf"[—–-]{{1,2}}\s*[^()\"“”\n]{{1,60}}\(@\w{{1,30}}\)\s*"
    rf"(?:(?:on\s+)?{MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|"
    rf"\d{{1,2}}\s+{MONTH_NAME}\s+\d{{4}})?[^\w]{{0,3}}"
)
EMBED_LINKS = ("pic.twitter.com/", "t.co/", "instagram.com/p/")

# A caption ends with its picture's credit: "... a refugee camp on Monday. Credit Jo Li/Agence France-Presse —
# Getty Images" (NYT), "... on Monday.Credit...Jo Li/The Metro" (NYT), "... after the takeover Credit: METRO
# HERALD" (Telegraph), "... in Kabul. REUTERS/Jo Li", "... his colleague Sam Roe AP" (NY Post), "... in Ottawa.
# (Jo Li/The Canadian Press)" (CBC), "... the summit (AP Photo/Jo Li)", "... Photograph: Jo Li/Reuters"
# (Guardian), "... at her morning briefing. (Presidency)" (a source in brackets after the caption's last full
# stop). `clean` searches it at a paragraph's end.
CAPTION_CREDIT_END = (
    rf"(?:\bcredits?\s*(?::|\.{{2,3}}|…)\s*[^\"“”.!?]{{1,100}}"
    rf"|\bcredits?\s+[^\"“”.!?]{{0,60}}(?:/|\b{AGENCY}\b)[^\"“”.!?]{{0,60}}"
    rf"|(?<=[.!?])\s*\((?!{AGENCY}\))(?-i:[A-Z])[\w .&'’-]{{1,40}}\)"
    rf"|\b(?:photo(?:graph)?|image|picture)(?:\s+(?:credit|courtesy))?\s*:\s*[^\"“”.!?]{{1,100}}"
    rf"|\((?:[^()\"“”]{{0,60}}\bphoto\b[^()\"“”]{{0,60}}|"
    rf"{FULL_NAME}\s*/\s*[^()\"“”]{{1,60}}|"
    rf"{AGENCY}\s*/\s*[^()\"“”]{{1,60}})\)"
    rf"|(?-i:[A-Z][\w'’.-]*)?\s*/\s*{AGENCY}(?:\s*/\s*[^\"“”.!?]{{1,60}})?"
    rf"|{AGENCY}\s*/\s*(?:{FULL_NAME}|{NAME})(?:\s*/\s*[\w ]{{1,20}})?"
    rf"|(?<=[A-Za-z’'.)])\s+{AGENCY})\s*$"
)
# A word before a bare agency at the end that makes it part of a sentence ("... told Reuters"), not a credit.
CREDIT_PRECEDING_WORDS = frozenset(
    {
        "to",
        "told",
        "by",
        "from",
        "with",
        "said",
        "says",
        "the",
        "of",
        "and",
        "or",
        "for",
        "via",
        "according",
        "in",
        "at",
        "on",
        "an",
        "a",
        "cited",
        "quoted",
        "reported",
        "reports",
        "per",
    }
)

# A caption names where people stand in the picture: "Jo Li, left, meets Sam Roe, centre,", "Jo Li (left) and
# Sam Roe", "Jo Li (L) speaks ...", "second from right". `clean` takes a short paragraph holding one after a
# capitalised word for a caption.
PICTURE_POSITION = (
    r"(?-i:[A-Z][\w'’.-]*+)(?:,\s+(?:(?:second|third)\s+(?:from\s+)?|far\s+)?(?:left|right|centre|center|"
    r"top|bottom|front|rear|back|foreground|background)(?:\s+(?:front|back|rear|row))?,|"
    r"\s+\((?:(?:second|third)\s+(?:from\s+)?|far\s+)?(?:left|right|centre|center|top|bottom|"
    r"front|back|L|R|C|pictured|inset|above)\))"
)
# An agency caption's date: "... at the Statehouse in Springfield, Tuesday, Nov. 19, 2019, calling for ..." (AP),
# "... in Kyiv, Ukraine, Monday, March 3, 2025." A story writes "on Tuesday"; a caption gives weekday and year.
CAPTION_DATE = rf",\s+{WEEKDAY},\s+{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}\b"
# A caption is short: a longer paragraph is never taken for one.
MAX_CAPTION = 600

# A dateline opens a story's first paragraph: the place, an agency, a dash, then the story: "WASHINGTON (AP) —",
# "LONDON —", "KYIV, Ukraine (Reuters) -", "WASHINGTON, Aug 25 (Reuters) -", "Springfield – Several ...",
# "The Hague —", and with a colon
# "NEW DELHI:", "Washington/ New Delhi:" (`clean` takes the colon form only in capitals or with two places).
# Group "place" is the place, "agency" the agency in brackets; the story's first word follows (a capital, digit
# or quote).
DATELINE_PLACE = (
    r"(?-i:[A-Z][A-Za-z.'’-]*)(?:\s+(?-i:[A-Z][A-Za-z.'’-]*)){0,2}"
    r"(?:\s*/\s*(?-i:[A-Z][A-Za-z.'’-]*)(?:\s+(?-i:[A-Z][A-Za-z.'’-]*)){0,2}){0,2}"
    r"(?:,\s+(?-i:[A-Z][A-Za-z.'’-]*)(?:\s+(?-i:[A-Z][A-Za-z.'’-]*)){0,2})?"
)
DATELINE = (
    rf"(?P<place>{DATELINE_PLACE})(?:,?\s+{MONTH_NAME}\s+\d{{1,2}})?"
    rf"(?:\s*\((?P<agency>[A-Za-z][^()\"“”]{{0,29}})\))?"
    rf"(?P<mark>\s*[—–]{{1,2}}|\s+--?|\s*:)\s+(?=[A-Z0-9\"“‘'])"
)
# Words that open a sentence, not a place: "Mr Brown — who ...", "President Li: ...".
NOT_A_PLACE = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "secretary",
        "senator",
        "sen",
        "sen.",
        "gov",
        "gov.",
        "governor",
        "rep",
        "rep.",
        "mayor",
        "chancellor",
        "king",
        "queen",
        "prince",
        "pope",
        "general",
        "gen.",
        "judge",
        "chief",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "prof",
        "prof.",
        "professor",
        "rev",
        "rev.",
        "fr",
        "fr.",
        "dear",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "yet",
        "so",
        "source",
        "sources",
        "update",
        "updated",
        "editor's",
        "note",
        "correction",
        "breaking",
        "analysis",
        "opinion",
        "more",
        "read",
        "see",
        "watch",
        "listen",
        "related",
        "video",
        "photos",
        "live",
        "exclusive",
        "explainer",
        "profile",
        "comment",
        "editorial",
        "review",
        "podcast",
        "interview",
        "factbox",
        "timeline",
        "q",
        "a",
    }
)
# A story's first paragraphs that may open with a dateline (after the header's furniture is gone).
DATELINE_REACH = 3

# A subhead: a short line in headline case ("Talks Stall Over Steel Quotas", "What Happens Next for the
# Union"), or a question standing alone ("Where do the talks go from here?", "What happens next?").
SUBHEAD_MAX_WORDS = 12
# Words a headline leaves in lower case.
HEADLINE_SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "but",
        "or",
        "nor",
        "for",
        "so",
        "yet",
        "as",
        "at",
        "by",
        "in",
        "of",
        "off",
        "on",
        "per",
        "to",
        "up",
        "via",
        "vs",
        "vs.",
        "with",
        "from",
        "into",
        "over",
        "than",
        "is",
        "are",
        "be",
    }
)
QUESTION_WORDS = frozenset({"what", "why", "where", "when", "who", "whom", "whose", "which", "how"})
