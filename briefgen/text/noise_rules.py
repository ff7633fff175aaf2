"""What noise looks like in news and web writing: pattern data only; `clean.py` applies it.

Each rule is a regular expression (case-insensitive) with a name that `clean` reports.
PARAGRAPH_RULES must match a whole short paragraph (page furniture: bylines, ads, promos,
credits, share buttons). SPAN_RULES remove a piece inside a paragraph (an inline photo
credit). OFFER_RULES must match a whole sentence at the edge of a paragraph that a chatbot
addresses to its user ("Would you like me to ...?"). Patterns describe the genre, never one
article's words, and are written without nested quantifiers so that they stay linear.
"""

from __future__ import annotations

# Rules are matched case-insensitively; a name word must still start with a capital.
# A capitalised name word: "Naomi", "O'Neil", "McAllister-Smith", "J." (bylines may be in capitals).
NAME = r"(?-i:[A-Z][\w'’.-]*)"
# One to four name words: "Naomi Carter", "Mary Ann de la Cruz" (particles allowed between).
PERSON = rf"{NAME}(?:\s+(?:(?:de|da|del|van|von|der|den|la|le|bin|al)\s+){{0,2}}{NAME}){{0,3}}"

# A byline's trailing role or outlet: "Staff Writer", "Senior Correspondent in Tokyo", "The Associated Press".
TITLE_WORDS = r"(?-i:[A-Z][\w'’.&-]*)(?:\s+(?:(?-i:[A-Z&][\w'’.&-]*)|in|at|of|for|and|the)){0,6}"

# A label's separator: a colon, pipe or arrow, or a dash with a space before it ("See-saw talks" is no label).
SEPARATOR = r"(?:\s*[:：|»›>]|\s+[—–-])"

# "Get the day's top stories delivered straight to your inbox."
INBOX_PROMO = r".{0,120}\bdelivered\s+(?:straight\s+)?to\s+your\s+inbox\b.{0,120}"

PARAGRAPH_RULES: tuple[tuple[str, str], ...] = (
    # "By Naomi Carter, Staff Writer", "By JANE DOE and JOHN ROE | Reuters", "Written by Ana Ruiz".
    (
        "byline",
        rf"(?:written\s+)?by\s+{PERSON}(?:\s*(?:,|and|&)\s*{PERSON}){{0,3}}"
        rf"(?:\s*[,|—–-]\s*{TITLE_WORDS})?\.?",
    ),
    # Wire-service credits at the foot: "Reporting by A; Editing by B".
    ("byline", r"(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.!?]{1,160}\.?"),
    (
        "advertisement",
        r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad|paid\s+content|"
        r"story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?"
        r"|scroll\s+to\s+continue(?:\s+with\s+content)?)\s*[.:…-]?",
    ),
    # A pointer to another story: "Read more: ...", "Related: ...", "See also – ...", or alone.
    ("read more", rf"(?:read|see|watch|listen)(?:\s+(?:more|also|next|now))?{SEPARATOR}\s*.{{0,240}}"),
    (
        "read more",
        r"(?:also\s+read|read\s+more|more\s+on\s+this(?:\s+story)?|related(?:\s+(?:coverage|articles?|"
        r"stories|content|reading))?|recommended(?:\s+reading)?|most\s+read|trending|editor'?s\s+picks?)"
        rf"(?:{SEPARATOR}\s*.{{0,240}}|\s*[»›>…]?)",
    ),
    # Newsletter and subscription promos: "Sign up for our newsletter: ...", "Subscribe to ...".
    (
        "newsletter",
        r"(?:sign\s+up|subscribe|register\s+(?:for|now|here|to)|join\s+(?:our|us|now))\b.{0,200}\b(?:newsletters?|inbox|e-?mails?|"
        r"updates|subscription|digest|briefing|alerts)\b.{0,160}",
    ),
    ("newsletter", INBOX_PROMO),
    (
        "newsletter",
        r"get\s+(?:the\s+latest|our|breaking|daily|weekly)\b.{0,120}\b(?:newsletter|inbox|app|alerts)\b.{0,80}",
    ),
    # Photo credits: "Photo: Jane Doe/Reuters", "(Photo credit: AP)", "Image: Getty Images".
    (
        "photo credit",
        rf"\(?\s*(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|illustration|video)"
        rf"(?:\s+(?:credit|courtesy|by|illustration))?(?:{SEPARATOR}|\s*/)\s*[^.!?]{{0,160}}\)?\.?",
    ),
    ("photo credit", r"\(?\s*(?:(?:photo|image)\s+credits?\s*[:：]?|credits?\s*[:：])\s*[^.!?]{0,160}\)?\.?"),
    # A bare agency credit under a picture: "Jane Doe/Reuters", "AFP via Getty Images".
    (
        "photo credit",
        rf"(?:{PERSON}\s*/\s*)?(?:reuters|ap|afp|getty\s+images|bloomberg|epa|shutterstock|"
        rf"the\s+canadian\s+press|ap\s+photo)(?:\s+via\s+getty\s+images)?(?:\s*/\s*{PERSON})?",
    ),
    (
        "share",
        r"(?:share|tweet|email|print|copy\s+link|save)(?:\s+(?:this|the))?"
        r"(?:\s+(?:article|story|post|page|link))?(?:\s+(?:on|via)\s+(?:facebook|twitter|x|linkedin|whatsapp|"
        r"email|reddit))?\s*[.:!]?",
    ),
    ("share", r"(?:follow\s+us|like\s+us)\s+on\s+.{0,120}"),
    ("share", r"(?:click|tap)\s+here\b.{0,160}"),
    ("copyright", r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,160}"),
    # Timestamps of the page: "Updated May 3, 2025 at 4:05 p.m. ET", "Published: 15 minutes ago".
    ("timestamp", r"(?:published|updated|posted|last\s+updated)(?:\s+on)?\s*:?\s+(?-i:[A-Z0-9])[\w\s,:./-]{0,60}"),
    ("copyright", r"all\s+rights\s+reserved\.?"),
)

SPAN_RULES: tuple[tuple[str, str], ...] = (
    # An inline credit in parentheses: "(Photo credit: AP)", "(AP Photo/Evan Vucci)", "(Image: Getty)".
    (
        "photo credit",
        r"\s*\((?:(?:AP|AFP|Reuters|Getty|File|CP)\s+)?(?:photo(?:graph)?s?|images?|pictures?)"
        r"(?:\s+credit)?\b[^()]{0,200}\)",
    ),
)

# Words a chatbot offers to produce; an article's own questions do not offer these to "you".
DELIVERABLE = (
    r"(?:summary|summaries|version|draft|press\s+release|bullet|tweet|thread|post|outline|rewrite|"
    r"translation|headline|caption|infographic|table|timeline|briefing|talking\s+points|list|"
    r"shorter|longer|edit|changes|revisions?|more\s+details?|expand|article|piece|story)"
)

# No offer rule lets in a double quotation mark (`clean` relies on it to skip quoting sentences at once).
OFFER_RULES: tuple[tuple[str, str], ...] = (
    # "Do you want a summary version of this for social media or a press release?"
    (
        "chatbot offer",
        rf"(?:do|would)\s+you\s+(?:like|want|prefer)\b(?=[^\"“”]*\b(?:me|I|{DELIVERABLE})\b)"
        r"[^\"“”]{0,280}\?",
    ),
    # "Shall I draft a press release?", "Should I make it shorter?", "Want me to ...?"
    (
        "chatbot offer",
        rf"(?:shall|should|can|may)\s+I\s+(?=[^\"“”]*\b(?:{DELIVERABLE}|this|it|you)\b)[^\"“”]{{0,280}}\?",
    ),
    ("chatbot offer", r"(?:want|need)\s+me\s+to\b[^\"“”]{0,280}\?"),
    # "Let me know if you'd like ...", "I can also turn this into ...", "Hope this helps!"
    (
        "chatbot offer",
        r"(?:let\s+me\s+know|feel\s+free\s+to\s+(?:ask|let)|I['’]?d\s+be\s+happy\s+to|"
        r"I\s+am\s+happy\s+to|I['’]m\s+happy\s+to|happy\s+to\s+help|is\s+there\s+anything\s+else|"
        r"(?:I\s+)?hope\s+(?:this|that)\s+helps)\b[^\"“”]{0,280}",
    ),
    # "I can also turn this into ...", "If you'd like, I can ...": an assistant speaking of itself.
    ("chatbot offer", rf"I\s+(?:can|could)\s+also\b(?=[^\"“”]*\b(?:{DELIVERABLE}|this|it|you)\b)[^\"“”]{{0,280}}"),
    ("chatbot offer", r"if\s+you(?:['’]d|\s+would)?\s+(?:like|want|prefer)\b(?=[^\"“”]*\b(?:me|I)\b)[^\"“”]{0,280}"),
    # A preamble: "Sure! Here's a news article about ...:", "Certainly, here is the rewritten text."
    (
        "chatbot offer",
        r"(?:sure|certainly|absolutely|of\s+course|okay|ok)[!,.]?\s+here(?:'s|’s|\s+is|\s+are)\b"
        r"[^\"“”]{0,280}[:.!]?",
    ),
    (
        "chatbot offer",
        r"here(?:'s|’s|\s+is|\s+are)\s+(?:a|an|the|your)\s+(?:\w+\s+){0,4}"
        rf"{DELIVERABLE}\b[^\"“”]{{0,200}}:",
    ),
)

# The first word of every offer above (case-insensitive; in every rule a non-word character follows it): `clean`
# tries the offer rules only on a paragraph with a sentence that starts with one of them.
OFFER_OPENING_WORDS = frozenset(
    {
        "do",
        "would",
        "shall",
        "should",
        "can",
        "may",
        "want",
        "need",
        "let",
        "feel",
        "i",
        "id",
        "happy",
        "is",
        "hope",
        "if",
        "sure",
        "certainly",
        "absolutely",
        "of",
        "okay",
        "ok",
        "here",
    }
)

# How every paragraph rule but the lettered ones (below) begins, for `clean` to try them only on a paragraph that
# begins so: one of these words (case-insensitive, after an optional "(" and space, and never followed by a
# letter), or one of these marks; a credit that begins with a name ("Jane Doe/Reuters") holds NAME_MARK instead.
PARAGRAPH_OPENING_WORDS = frozenset(
    {
        "written",
        "by",
        "additional",
        "reporting",
        "writing",
        "editing",
        "advertisement",
        "advertising",
        "sponsored",
        "ad",
        "paid",
        "story",
        "continue",
        "scroll",
        "read",
        "see",
        "watch",
        "listen",
        "also",
        "more",
        "related",
        "recommended",
        "most",
        "trending",
        "editor",
        "editors",
        "sign",
        "subscribe",
        "register",
        "join",
        "get",
        "file",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "image",
        "images",
        "picture",
        "pictures",
        "illustration",
        "video",
        "credit",
        "credits",
        "reuters",
        "ap",
        "afp",
        "getty",
        "bloomberg",
        "epa",
        "shutterstock",
        "the",
        "share",
        "tweet",
        "email",
        "print",
        "copy",
        "save",
        "follow",
        "like",
        "click",
        "tap",
        "copyright",
        "published",
        "updated",
        "posted",
        "last",
        "all",
    }
)
PARAGRAPH_OPENING_MARKS = ("©", "(c)")
NAME_MARK = "/"

# A letter that a slow paragraph rule cannot match without ("x", of "inbox"): `clean` tries the rule only
# on a paragraph holding the letter in either case, a search far cheaper than the rule (INBOX_PROMO's leading
# .{0,120} is tried at every offset) or than lowercasing the paragraph. The letter must match no character
# but itself and its capital case-insensitively ("i" would not do: it also matches "ı" and "İ").
PARAGRAPH_RULE_LETTERS: dict[str, str] = {INBOX_PROMO: "x"}

# A noise paragraph is short; longer paragraphs are article text and are never dropped whole.
MAX_NOISE_PARAGRAPH = 400
# An offer is one sentence; longer sentences are never treated as one.
MAX_OFFER_SENTENCE = 320
# A paragraph that is a cut-off start of the next one (a copy-paste slip) must be this long to be dropped.
MIN_TRUNCATED_PREFIX = 40
# A paragraph given twice is dropped the second time only when it is this long: shorter blocks repeat on pages.
MIN_REPEATED_PARAGRAPH = 40
