"""What noise looks like in news and web writing: pattern data only; `clean.py` applies it.

Each rule is a regular expression (case-insensitive) with a name that `clean` reports.
PARAGRAPH_RULES must match a whole short paragraph that opens with a label word (page furniture:
bylines, ads, promos, credits, share buttons, related links, timestamps). LINE_RULES match a
whole short line that opens with a name or a date instead (a byline without "By", a date line,
a contributor line, an embedded post). SPAN_RULES remove a piece inside a paragraph (an inline
photo credit). Noise told by its place on the page (captions, embedded posts, datelines,
subheads) is in `layout_rules.py`. OFFER_RULES must match a whole sentence at the edge
of a paragraph that a chatbot addresses to its user ("Would you like me to ...?"). Patterns
describe the genre, never one article's words: every comment names the layout pattern and gives
examples in the styles of more than one outlet. They are written without nested quantifiers (or
with atomic groups) so that they stay linear.
"""

from __future__ import annotations

# Rules are matched case-insensitively; a name word must still start with a capital.
# A capitalised name word: "Naomi", "O'Neil", "McAllister-Smith", "J." (bylines may be in capitals).
NAME = r"(?-i:[A-Z][\w'’.-]*)"
# One to four name words: "Naomi Carter", "Mary Ann de la Cruz" (particles allowed between).
PERSON = rf"{NAME}(?:\s+(?:(?:de|da|del|van|von|der|den|la|le|bin|al)\s+){{0,2}}{NAME}){{0,3}}"
# Two to four name words: a name standing without "By" must be a full name ("Naomi Carter", not "Canada").
FULL_NAME = rf"{NAME}(?:\s+(?:(?:de|da|del|van|von|der|den|la|le|bin|al)\s+){{0,2}}{NAME}){{1,3}}"
# Words that follow "By" in a sentence and are no name: "By Friday, the union said ...", "By March 2026".
NOT_A_NAME = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|christmas|easter|then|now|noon|midnight|law|"
    r"contrast|comparison|far|mid-\w+|late|early)\b"
)

# A byline's trailing role or outlet: "Staff Writer", "Senior Correspondent in Tokyo", "The Associated Press".
TITLE_WORDS = r"(?-i:[A-Z][\w'’.&-]*)(?:\s+(?:(?-i:[A-Z&][\w'’.&-]*)|in|at|of|for|and|the)){0,6}"

# A label's separator: a colon, pipe or arrow, or a dash with a space before it ("See-saw talks" is no label).
SEPARATOR = r"(?:\s*[:：|»›>]|\s+[—–-])"

# A promo is the outlet speaking, never someone reported: no "said" in it ("Watch the talks, she said, live ...").
NOT_REPORTED = r"(?![^\"“”]*\b(?:said|says|told|tells|warned|added|asked|urged)\b)"

# "Get the day's top stories delivered straight to your inbox." (The lookahead finds "delivered" first: a line
# without it is given up in one quick scan, not tried at each of its first 120 characters. Its first letter is
# spelt out in either case, as re skips ahead at C speed only to a letter matched with its case.)
INBOX_PROMO = (
    r"(?=.{0,120}(?-i:d)elivered|.{0,120}(?-i:D)elivered)"
    r".{0,120}\bdelivered\s+(?:straight\s+)?to\s+your\s+inbox\b.{0,120}"
)

# Picture agencies and wire services as photo credits write them: "AP", "REUTERS", "AFP via Getty Images",
# "EPA-EFE", "The Canadian Press", "PA Wire". The abbreviations must be in capitals ("ap", "pa" are no credit).
AGENCY = (
    r"(?:(?-i:AP|AFP|EPA(?:-EFE)?|CP|PA(?:\s+(?:Images|Wire|Media))?|ANI|PTI|IANS|TASS|UPI|SOPA\s+Images)|"
    r"reuters|getty\s+images|getty|bloomberg|shutterstock|alamy|xinhua|anadolu(?:\s+agency)?|nurphoto|"
    r"sipa(?:\s+usa)?|redux|zuma(?:\s+(?:press|wire))?|the\s+canadian\s+press|associated\s+press|"
    r"agence\s+france-presse|kyodo|yonhap|sputnik|handout|pool)(?:\s+(?:photo|images?))?"
    r"(?:\s+via\s+getty\s+images)?"
)
# An outlet or a role as a byline names it after the writer: "CBC News", "The Washington Post", "Staff Writer".
OUTLET_NOUN = (
    r"(?-i:News|Press|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Star|Globe|"
    r"Mail|Express|Independent|Standard|Observer|Reporters?|Correspondents?|Writers?|Editors?|"
    r"Columnists?|Contributors?|Staff|Bureau|Desk|Producers?|Agencies|Wire|Network|Radio|Television|TV|"
    r"Online|Magazine|Review|Today|Daily|Weekly|Media|Digital|CBC|BBC|CNN|NPR|ABC|CBS|NBC)"
)
OUTLET = rf"(?:{AGENCY}|(?:the\s+)?(?:(?-i:[A-Z][\w'’.&-]*)\s+){{0,4}}{OUTLET_NOUN})"

# Dates and times as page furniture writes them, one word at a time: "November 19, 2019 | 4:20am",
# "16 November 2017 • 2:15pm", "Published 11:34 PM EST Nov 19, 2019", "2 hours ago". Each word is an atomic
# group and the separators hold no letter or digit, so a failed match is given up in linear time.
MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?"
TIME_WORD = (
    rf"(?>{MONTH_NAME}|{WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th|h|[ap]\.?m\.?)?|[ap]\.m\.|[ap]m|(?-i:[A-Z]{{2,4}})|"
    r"at|on|ago|today|yesterday|hours?|hrs?|minutes?|mins?|days?|weeks?|updated|published|posted|modified|"
    r"first|last|originally)(?![\w])"
)
TIME_SEPARATOR = r"[\s|·•,:/()+–—-]+"
# A line holding a date or a time and nothing else. The rule that uses it first looks (once, from the line's
# start) for a month, weekday, clock time, d/m/y or "ago" in a line of at most MAX_DATE_LINE characters.
MAX_DATE_LINE = 160
DATE_CUE = (
    rf"(?=.{{0,{MAX_DATE_LINE}}}+\Z)(?=[^\"“”]{{0,{MAX_DATE_LINE}}}?(?:\d:\d\d|\d/\d|\d-\d\d-\d|\bago\b|"
    rf"\b{MONTH_NAME}\s*\d|\d\s*{MONTH_NAME}|\b{WEEKDAY}\b))"
)
DATE_LINE = rf"(?:{TIME_SEPARATOR})?{TIME_WORD}(?:{TIME_SEPARATOR}{TIME_WORD}){{0,30}}[\s.]*"
TIMESTAMP_LABEL = r"(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified)(?:\s+(?:on|at))?"

PARAGRAPH_RULES: tuple[tuple[str, str], ...] = (
    # "By Naomi Carter, Staff Writer", "By JANE DOE and JOHN ROE | Reuters", "Written by Ana Ruiz",
    # "By Jo Li · Metro News · Posted: Aug 8, 2024 4:00 AM ET", "by Jo Li @joli March 3, 2025: 3:42 PM ET",
    # "By JO LI MARCH 3, 2025", "Edited by Jo Li (with inputs from agencies)". After a comma only a role or an
    # outlet may follow (capitalised), so "By Friday, the union said ..." is no byline.
    (
        "byline",
        rf"(?:(?:written|edited|compiled|produced|reported|curated)\s+)?by\s+(?!{NOT_A_NAME}){PERSON}"
        rf"(?:\s*(?:,|and|&)\s*{PERSON}){{0,3}}"
        rf"(?:\s*[,—–-]\s*{TITLE_WORDS}|\s*[|·•]\s*[^\"“”]{{0,160}}|\s+@\w[^\"“”]{{0,160}}"
        rf"|\s+\d[^\"“”.!?]{{0,60}})?(?:\s*\((?:with\s+)?inputs?\s+from\s+[^()]{{1,60}}\))?\.?",
    ),
    # Wire-service credits at the foot: "Reporting by A; Editing by B", "(Additional reporting by A)".
    ("byline", r"\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+[^.!?]{1,160}\.?\)?"),
    # A desk instead of a writer: "Our Foreign Staff", "From our correspondent in Paris", "Staff and agencies".
    (
        "byline",
        r"(?:(?:by|from)\s+)?our\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){0,3}(?:staff|correspondents?|reporters?|team|"
        r"bureau|desk|writers?)(?:\s+(?:in|at)\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2})?\.?",
    ),
    ("byline", r"(?:staff|agencies|wires|staff\s+(?:and|&)\s+agencies|news\s+desk|web\s+desk|news\s+agencies)\.?"),
    # Who helped at the foot: "With files from The Canadian Press" (CBC), "With inputs from agencies" (NDTV),
    # "—With assistance from Jo Li" (Bloomberg), "With reports from Reuters and El Diario".
    (
        "contributor line",
        r"(?:[-—–]+\s*)?with\s+(?:files|inputs?|assistance|additional\s+reporting|reporting|reports)"
        r"\s+from\s+"
        r"(?:agencies|(?:the\s+)?(?-i:[A-Z])[^\"“”.!?,;]{0,120})\.?",
    ),
    # Ad slots and paywall notes: "Advertisement", "Story continues below advertisement", "Ad Feedback",
    # "Supported by", "Continue reading the main story", "after newsletter promotion", "Subscribers only".
    (
        "advertisement",
        r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad|paid\s+content|supported\s+by|"
        r"(?:video\s+)?ad\s+feedback|story\s+continues\s+below(?:\s+advertisement)?|"
        r"continue\s+reading(?:\s+(?:below|the\s+main\s+story|the\s+article|this\s+article))?|"
        r"scroll\s+to\s+continue(?:\s+with\s+content)?|(?:skip\s+past\s+|after\s+)newsletter\s+promotion|"
        r"article\s+reserved\s+for\s+subscribers|subscribers?\s+only)\s*[.:…-]?",
    ),
    # The label of a list of links to other stories, standing alone; the links follow it (see `clean`):
    # "MORE FROM", "More On: taxes", "Related stories", "You may also like...", "DON'T MISS", "Most read",
    # "Popular on Metro", "More Great Tech Stories", and a summary box's "Highlights" or "Key points".
    (
        "related links",
        r"(?:more(?:\s+(?:on|from|in|about)\b\s*[:|]?[^:|.!?\"“”]{0,60})?|"
        r"related(?:\s+(?:coverage|articles?|stories|"
        r"content|reading|links?|news|videos?|topics))?|recommended(?:\s+(?:reading|for\s+you|stories|"
        r"videos?))?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|"
        r"don['’]?t\s+miss|must\s+(?:read|watch)|further\s+reading|"
        r"(?:most|top)\s+(?:read|popular|viewed|shared|stories|news)|trending(?:\s+(?:now|stories|news))?|"
        r"popular\s+(?:on|in|now)\b[^:|.!?\"“”]{0,40}|"
        r"more\s+(?:[\w'’-]+\s+){0,3}(?:stories|news|videos|coverage|reading|articles)|also\s+read|"
        r"read\s+(?:more|also|next)|see\s+also|editor['’]?s\s+picks?|in\s+other\s+news|"
        r"what\s+to\s+read\s+next|tags?|topics|filed\s+under|highlights|key\s+points|at\s+a\s+glance|"
        r"in\s+brief)\s*[:|»›>…]?\s*(?:\.\.\.)?",
    ),
    # A pointer to another story: "Read more: ...", "Related: ...", "See also – ...", "WATCH | ...", or alone.
    ("read more", rf"(?:read|see|watch|listen)(?:\s+(?:more|also|next|now))?{SEPARATOR}\s*.{{0,240}}"),
    (
        "read more",
        r"(?:also\s+read|read\s+more|more\s+on\s+this(?:\s+story)?|related(?:\s+(?:coverage|articles?|"
        r"stories|content|reading))?|recommended(?:\s+reading)?|most\s+read|trending|editor'?s\s+picks?)"
        rf"(?:{SEPARATOR}\s*.{{0,240}}|\s*[»›>…]?)",
    ),
    # A video's player: "Duration 2:05", "Play video", "Play Video: Strikers march", "Media playback is unsupported".
    (
        "video title",
        r"(?:duration|running\s+time)\s*:?\s*\d{1,2}:\d\d(?::\d\d)?|play\s+video\b[^\"“”]{0,160}|"
        r"media\s+playback\s+is\s+(?:unsupported|not\s+supported)\b.{0,80}",
    ),
    # A kicker naming the kind of story linked: "MORE: Talks stall again", "Profile | The union's leader",
    # "VIDEO: Strikers march", "Photos: The summit", "Podcast | Inside the deal".
    ("read more", r"(?:more|profile|video|videos|photos|gallery|podcast|explainer)\s*[:：|»›>]\s*.{0,240}"),
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
    # "Subscribe to Metro on YouTube for more tech news:", "SUBSCRIBE", "Subscribe now".
    ("newsletter", r"subscribe(?:\s+(?:to|now|today|here|for)\b[^\"“”]{0,200})?\s*[.:!]?"),
    # An app, a podcast or a live show: "Download the Metro app", "Get the latest updates: Download MetroStream",
    # "Listen to Newsbeat live at 12:45 weekdays", "Watch the full interview above", "Listen on Spotify".
    (
        "promo",
        r"(?:get\b[^\"“”:.!?]{0,80}:\s*)?download(?:\s*:|\s+(?:the|our|now|it|here|free)\b|\s+(?-i:[A-Z]))"
        r"[^\"“”]{0,160}",
    ),
    (
        "promo",
        rf"(?:listen|watch|tune\s+in)\b{NOT_REPORTED}[^\"“”]{{0,120}}?"
        r"\b(?:live|here|above|below|podcast|episode|on\s+(?:spotify|"
        r"apple|youtube|iplayer|sounds|demand)|full\s+(?:interview|video|episode))\b[^\"“”]{0,120}",
    ),
    # Go to the outlet's site or channel: "Follow Metro on Instagram, Facebook and YouTube.", "Follow her on X
    # @jdoe", "Follow our full coverage at https://...", "Track the outbreak on metro.example/covid".
    (
        "promo",
        rf"(?:follow|track|visit|find|check\s+out|stay\s+(?:up\s+to\s+date|informed|tuned)|keep\s+up)\b"
        rf"{NOT_REPORTED}[^\"“”]{{0,160}}?(?:\bon\s+(?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|"
        r"threads|bluesky|snapchat|whatsapp|telegram)\b|https?://\S+|\bwww\.\S+|"
        r"\b[\w-]+\.(?:com|org|net|co\.uk|in|ca|news|tv)\b\S*)"
        r"[^\"“”]{0,160}",
    ),
    (
        "promo",
        r"if\s+you(?:['’]re|\s+are)\s+(?:on|using|reading)\b[^\"“”]{0,120}?(?:click|tap)\s+here\b"
        r"[^\"“”]{0,120}",
    ),
    # Photo credits: "Photo: Jane Doe/Reuters", "(Photo credit: AP)", "Image: Getty Images", "Photo by Jo Li / AFP".
    (
        "photo credit",
        rf"\(?\s*(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|illustration|video)"
        rf"(?:\s+(?:credit|courtesy|by|illustration))?(?:{SEPARATOR}|\s*/)\s*[^.!?]{{0,160}}\)?\.?",
    ),
    ("photo credit", r"\(?\s*(?:(?:photo|image)\s+credits?\s*[:：]?|credits?\s*[:：])\s*[^.!?]{0,160}\)?\.?"),
    (
        "photo credit",
        r"\(?\s*(?:photo(?:graph)?s?|images?|pictures?|video)\s+(?:by|courtesy(?:\s+of)?)\s+"
        r"[^.!?\"“”]{1,120}\)?",
    ),
    # A bare agency credit under a picture: "Jane Doe/Reuters", "AFP via Getty Images".
    (
        "photo credit",
        rf"(?:{PERSON}\s*/\s*)?(?:reuters|ap|afp|getty\s+images|bloomberg|epa|shutterstock|"
        rf"the\s+canadian\s+press|ap\s+photo)(?:\s+via\s+getty\s+images)?(?:\s*/\s*{PERSON})?",
    ),
    # A caption's label: "Image caption Leaders at the summit", "Media caption ...", "Image copyright Getty
    # Images", "Image source, Getty Images", "Caption: ...", "Pictured: ...", "FILE PHOTO: ...",
    # "In this file photo, ...", "In this photo provided by the ministry, ...".
    (
        "caption",
        r"(?:image|media|photo|picture|video)\s+(?:caption|copyright|source|credit|courtesy)\b"
        r"[^\"“”]{0,380}",
    ),
    ("caption", r"(?:caption|pictured|inset|main\s+image|top\s+image)\s*:[^\"“”]{0,380}"),
    ("caption", r"file\s+(?:photo|image|picture)\b[^\"“”]{0,380}"),
    (
        "caption",
        r"in\s+this\s+(?:[\w.,’'-]+\s+){0,6}?(?:file\s+)?(?:photo|image|picture|handout|frame\s+grab|"
        r"screenshot|"
        r"video\s+still)\b[^\"“”]{0,380}",
    ),
    (
        "share",
        r"(?:share|tweet|email|print|copy\s+link|save|gift)(?:\s+(?:this|the|full))?"
        r"(?:\s+(?:article|story|post|page|link))?(?:\s+(?:on|via)\s+(?:facebook|twitter|x|linkedin|whatsapp|"
        r"email|reddit))?\s*[.:!]?",
    ),
    ("share", r"(?:follow\s+us|like\s+us)\s+on\s+.{0,120}"),
    ("share", r"(?:click|tap)\s+here\b.{0,160}"),
    # Buttons of an embedded post or a comments box: "Report", "Embed", "View on Instagram", "Skip twitter post",
    # "End of Instagram post", "Comments (12)", "Post Comment (+)", "Tell us what you think".
    (
        "share",
        r"(?:report|embed|reply|retweet|like|comments?|view\s+(?:on|in)\s+\w+|view\s+(?:all\s+)?comments|"
        r"(?:show|see|load)\s+(?:more|comments)|post\s+(?:a\s+)?comments?|(?:leave|add)\s+a\s+comment|"
        r"tell\s+us\s+what\s+you\s+think|join\s+the\s+(?:conversation|discussion|debate)|text\s+size|"
        r"(?:skip|end\s+of)\s+(?:\w+\s+){0,2}(?:post|content|video|embed)(?:\s+by\s+[^\"“”.]{1,60})?|"
        r"accept\s+and\s+continue|link\s+copied|read\s+\d+\s+comments|listen\s+to\s+this\s+(?:article|story)"
        r"(?:\s*[|·•-]?\s*\d+\s+min(?:ute)?s?)?|(?:add\s+to\s+your\s+)?saved\s+stories|see\s+full\s+web\s+article|"
        r"purchase\s+licensing\s+rights(?:,\s*opens\s+new\s+tab)?|sign\s+up\s+here|social\s+sharing|"
        r"(?:estimated\s+)?reading\s+time\s*:?\s*\d{1,3}\s+min(?:ute)?s?|"
        r"allow\s+\w+\s+content\?|a\s+post\s+shared\s+by\b[^\"“”]{0,120})\s*(?:\(\+?\d*\))?\s*[.:!…]*",
    ),
    ("copyright", r"(?:©|ⓒ|\(c\)|copyright\s*(?:©|ⓒ|\(c\))|copyright\s+\d{4}).{0,160}"),
    ("copyright", r"copyright\s+(?-i:[A-Z])[^.!?\"“”]{0,60}\d{4}[^\"“”]{0,100}"),
    ("copyright", r"this\s+material\s+may\s+not\s+be\s+published\b.{0,160}"),
    # Timestamps of the page: "Updated May 3, 2025 at 4:05 p.m. ET", "Published: 15 minutes ago", "Published on
    # 29 October 2023, at 4:28 am (Paris)", "First published November 29, 2016: 3:33 AM ET", "Last updated 2h ago".
    ("timestamp", rf"{TIMESTAMP_LABEL}(?:\s*:\s*|\s+)(?-i:[A-Z0-9])[\w\s,:./()|·•+-]{{0,100}}"),
    ("copyright", r"all\s+rights\s+reserved\.?"),
    # The print edition and reprints: "A version of this article appears in print on March 3, 2025, on Page A7",
    # "Order Reprints | Today's Paper | Subscribe", "This copy is for your personal, non-commercial use only.",
    # "This story was originally published by the Metro Herald."
    (
        "print edition",
        r"a\s+version\s+of\s+this\s+(?:article|story|report|review)\s+(?:appears|appeared|was\s+published)"
        r"\b.{0,380}",
    ),
    ("print edition", r"(?:order\s+reprints|today['’]s\s+paper)\b.{0,120}"),
    ("print edition", r"this\s+copy\s+is\s+for\s+your\s+personal\b.{0,380}"),
    (
        "print edition",
        r"this\s+(?:article|story|piece|report)\s+(?:was\s+|is\s+)?(?:originally|first)\s+"
        r"(?:published|appeared)\b[^\"“”]{0,200}",
    ),
    # An embedded post's consent box: "This article contains content provided by X. We ask for your permission
    # ...", "The Metro is not responsible for the content of external sites.", "Read about our approach to
    # external linking.", "Save articles to read later and create your own reading list."
    ("embedded post", r"this\s+article\s+contains\s+content\s+provided\s+by\b.{0,380}"),
    (
        "share",
        r"the\s+[\w ]{1,40}\s+(?:is|are)\s+not\s+responsible\s+for\s+the\s+content\s+of\s+external\s+"
        r"(?:internet\s+)?sites\.?",
    ),
    ("share", r"read\s+about\s+our\s+approach\s+to\s+external\s+linking\.?"),
    ("share", r"save\s+articles\s+to\s+read\s+later\b.{0,120}"),
    ("share", r"as\s+a\s+subscriber,\s+you\s+have\b.{0,160}"),
    # A wire's statement of principles at its foot: "Our Standards: The Trust Principles."
    ("print edition", r"our\s+standards\s*:.{0,120}"),
    # Who else reported: "Reporting was contributed by Jo Li and Sam Roe."
    ("contributor line", r"(?:additional\s+)?reporting\s+was\s+contributed\s+by\b[^\"“”]{1,200}"),
    # Where a wire story's facts came from, at its foot: "SOURCE: News agencies", "Source: Metro News".
    ("contributor line", r"sources?\s*:\s*(?-i:[A-Z])[^\"“”.!?]{0,60}\.?"),
)

# Short lines that open with a name or a date rather than a label word (`clean` tries them on lines of up to
# MAX_FURNITURE_LINE characters): (name, pattern).
LINE_RULES: tuple[tuple[str, str], ...] = (
    # A byline without "By": "Jo Li · Metro News · Posted: Aug 8, 2024", "Jo Li Associated Press", "Jo Li,
    # Reuters", "Jo Li and Sam Roe | The Canadian Press", "Jo Li, Staff Writer", "Jo Li, AP" (a photographer).
    (
        "byline",
        rf"{FULL_NAME}(?:\s*(?:,|and|&)\s*{FULL_NAME}){{0,3}}\s*(?:[,|·•—–/-]\s*|\s+){OUTLET}"
        rf"(?:\s*[|·•,]\s*[^\"“”]{{0,160}})?\.?",
    ),
    # An outlet's own byline with a wire: "Le Metro with AFP", "Metro News with Reuters".
    ("byline", rf"(?:(?-i:[A-Z][\w'’.&-]*)\s+){{1,3}}with\s+{AGENCY}(?:\s+and\s+{AGENCY})?"),
    # A picture agency's credit standing alone: "PA Media", "Xinhua", "Anadolu Agency", "EPA-EFE/Jo Li".
    ("photo credit", rf"{AGENCY}(?:\s*/\s*{PERSON})?"),
    # How long the article takes to read: "3 min read", "4 minute read".
    ("share", r"\d{1,3}\s*-?\s*min(?:ute)?s?\s+read"),
    # A rule between parts of the page: "***", "___", "— —".
    ("separator", r"[\W_]{1,40}"),
    # A desk's byline: "Metro Reporters", "Reuters Staff", "Times Staff and Agencies".
    (
        "byline",
        r"(?:(?-i:[A-Z][\w'’.&-]*)\s+){1,3}(?:staff|reporters|correspondents|agencies|"
        r"staff\s+and\s+agencies)",
    ),
    # A date line, alone or after a place and desk, or with its label: "November 19, 2019 | 4:20am | Updated
    # November 19, 2019 | 9:32pm", "16 November 2017 • 2:15pm", "5:45 AM PST 11/19/2019 by Jo Li", "Metro News
    # (New York) First published November 29, 2016: 3:33 AM ET", "New Delhi, Metro Bureau | Updated : 19 March".
    (
        "timestamp",
        rf"{DATE_CUE}(?:(?-i:[A-Z][\w'’.&-]*)"
        rf"(?:[\s,]+(?-i:[A-Z][\w'’.&-]*)|\s*\([^()\"“”]{{1,40}}\)){{0,6}}"
        rf"\s*[|·•,-]?\s*)?(?:{TIMESTAMP_LABEL}\s*:?\s*)?{DATE_LINE}(?:\s+by\s+{PERSON})?",
    ),
    # Who helped, at the foot: "-- Metro's Jo Li contributed to this report.", "Jo Li contributed reporting from
    # Kyiv.", "Associated Press writers Jo Li and Sam Roe contributed to this report." (The lookahead finds
    # "contributed" first: a line without it is given up in one quick scan, back from its end to a "c" in either
    # case, which re does at C speed for a letter matched with its case.)
    (
        "contributor line",
        r"(?=(?s:.)*(?-i:c)ontributed|(?s:.)*(?-i:C)ontributed)"
        r"(?:[-—–]+\s*)?[^\"“”]{1,300}?\bcontributed\s+(?:(?:additional\s+)?reporting|"
        r"to\s+this\s+(?:report|story|article))(?:\s+(?:from|in)\s+[^\"“”.]{1,80})?\.?",
    ),
    # How to reach the writer: "Write to Jo Li at jo.li@metro.example", "Jo Li may be reached at jli@metro.example.
    # Follow her on X @joli.", "Have a tip? Email tips@metro.example". (A line without an "@" is given up at once.)
    (
        "contributor line",
        r"(?=[^@]*+@)[^\"“”]{0,200}?\b(?:(?:may|can)\s+be\s+reached|write\s+to|contact|e-?mail\s*:|"
        r"e-?mail\s+(?:him|her|them|us|me)|tips?)\b[^\"“”]{0,120}?[\w.+-]+@[\w-]+\.[\w.-]+"
        r"[^\"“”]{0,200}",
    ),
    # A writer's note with an address: "Jo Li (jo@metro.example) is the editor of Metro Review."
    ("contributor line", rf"{FULL_NAME}\s*\(\s*[\w.+-]+@[\w-]+\.[\w.-]+\s*\)[^\"“”]{{0,280}}"),
    # A wire service's slug: "AP-US--Trade-Talks, 4th Ld-Writethru", "BC-EU--Britain-Election, 1st Ld".
    ("wire slug", r"(?-i:[A-Z]{2,3}-[A-Z]{2,4}--)[\w-]+(?:,\s*[\w -]{1,40})?"),
    # A video's title with its running time in brackets: "Ministers arrive for the trade talks (2:15)",
    # "Strikers march on the capital (1:02:30)". A time without brackets is a clock's ("The vote is at 10:30").
    # (The time's bracket is the line's first: a line whose first bracket holds no digit is given up at once.)
    ("video title", r"(?=[^(]*+\(\d)[^\"“”.!?()]{3,160}\s+\(\d{1,2}:[0-5]\d(?::[0-5]\d)?\)"),
    # An embedded post's handles standing alone: "@metronews", "@jdoe @jdoe".
    ("embedded post", r"@\w{1,30}(?:\s+@\w{1,30}){0,5}"),
)

# A list of links after a "related links" label ends at the first line that reads as a sentence, or after this many.
MAX_LINK_LIST = 15
MAX_LINK_TITLE = 200
# A line of furniture is short; LINE_RULES are never tried on a longer one.
MAX_FURNITURE_LINE = 300

# Each piece is in brackets, and opens with its bracket: `clean` tries them only on a paragraph holding a "(", and
# cuts the space before a piece with it.
SPAN_RULES: tuple[tuple[str, str], ...] = (
    # An inline credit in parentheses: "(Photo credit: AP)", "(AP Photo/Evan Vucci)", "(Image: Getty)".
    (
        "photo credit",
        r"\((?:(?:AP|AFP|Reuters|Getty|File|CP)\s+)?(?:photo(?:graph)?s?|images?|pictures?)"
        r"(?:\s+credit)?\b[^()]{0,200}\)",
    ),
)

# A wire service credited after a story's last sentence, in its paragraph: "... into the country. PTI" (Indian
# outlets), "... the ministry said. IANS", "... talks resume on Monday. (AFP)". `clean` cuts it, keeping the sentence:
# the paragraph's last word is a WIRE_CREDIT, and the word before it ends with one of WIRE_CREDIT_AFTER.
WIRE = r"(?-i:PTI|IANS|ANI|UNI|AP|AFP|Reuters|REUTERS|dpa|DPA|Xinhua|TASS)"
WIRE_CREDIT = rf"{WIRE}|\({WIRE}\)"
WIRE_CREDIT_AFTER = (".", "!", "?", "”", '"', "’")

# What a page tells screen readers of a link, copied with its text: "Purchase Licensing Rights, opens new tab",
# "Our Standards: The Trust Principles., opens new tab", "(opens in a new window)". `clean` cuts it first.
LINK_NOTE = (
    r"(?:\s{0,3}purchase\s{1,3}licensing\s{1,3}rights)?\s{0,3}(?:,\s{0,3}|\(\s{0,3})?"
    r"opens\s{1,3}(?:in\s{1,3})?(?:a\s{1,3})?new\s{1,3}(?:tab|window)\s{0,3}\)?"
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

# A noise paragraph is short; longer paragraphs are article text and are never dropped whole.
MAX_NOISE_PARAGRAPH = 400
# An offer is one sentence; longer sentences are never treated as one.
MAX_OFFER_SENTENCE = 320
# A paragraph that is a cut-off start of the next one (a copy-paste slip) must be this long to be dropped.
MIN_TRUNCATED_PREFIX = 40
# A paragraph given twice is dropped the second time only when it is this long: shorter blocks repeat on pages.
MIN_REPEATED_PARAGRAPH = 40
