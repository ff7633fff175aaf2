"""Background: the words that mark a sentence as a fact worth knowing before the meeting.

A fact is dated, counted or done: numbers ("221,000 people", "three unions"), past events and standing
arrangements ("signed", "imposed", "owns"). These lists raise a sentence's score; the extractor picks the
best few, in article order.
"""

from __future__ import annotations

# Verbs of events and standing arrangements ("The two sides signed a pact in 2019", "The group owns
# three airlines", "Regulators blocked a similar deal").
FACT_VERBS = frozenset(
    """
signed agreed struck set imposed voted expired represents represent spoke met held hired sued blocked
won lost announced reached visited negotiated launched began started sends sent deployed grew fell rose
flies employs chairs leads spent topped includes owns owned valued controls based organized organised
appointed ousted elected founded acquired bought sold merged
""".split()
)

# Number words: like a digit, the mark of a fact ("three unions", "hundreds of workers", "its fourth trip").
# Not "first": it mostly ranks or opens ("the first projects", "first announced", "at first"), counting nothing.
NUMBER_WORDS = frozenset(
    """
one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million
millions billion billions second third fourth fifth sixth seventh eighth ninth tenth
""".split()
)

# A list of three or more names ("Redline, Osprey and Tarvo", "West Arland, Kordan and Vessa"): who is in a
# group, who signed, where: a fact of its own. NAME is one name of the list (up to four capitalised words);
# the list is a name, then NAME_LIST_REST: more names after commas and the last after "and".
NAME = r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}"
NAME_LIST_REST = r",\s+(?:" + NAME + r",\s+)*" + NAME + r",?\s+and\s+[A-Z]"

# A capitalised word inside a sentence (after a lowercase word or a comma): a name the entity pass may not
# know ("reached with Hachette", "will meet at Gleneagles").
NAME_INSIDE = r"[a-z,] [A-Z][a-z]+"

# A clause that describes a party as it stands: a comma, "which", "who" or "where ...", and a verb in the
# present ("Macmillan, which owns Henry Holt, ...", "the union, which represents 3,200 nurses", "Doha, where
# the group maintains an office", "the minister, who chairs the committee"): who is who, a fact of its own.
DESCRIBING_CLAUSE = r",\s+(?:which|who|where\s+[\w’']+(?:\s+[\w’']+)?)\s+(?:\w+ly\s+)?(?:[a-z]+[^s\W]s|is|has)\b"

# Each describing clause beside a sentence with more names and no such clause, written before it: the
# description must win.
DESCRIBING_PAIRS = (
    (
        "The drivers' union, which represents most of the crews, has a seat on the port board.",
        "The drivers' union of Tarvik has long had a seat on the Arland port board.",
    ),
    (
        "The rebels were freed in the capital, where the movement maintains an office.",
        "The rebels were freed in the capital of Tarvik and left by car.",
    ),
)

# A date told without digits: a month or a day ("in November", "on Tuesday"), or a week, month or year
# counted from now ("last week", "early next year").
DATE_WORDS = frozenset(
    """
january february march april june july august september october november december monday tuesday
wednesday thursday friday saturday sunday
""".split()
) | {f"{when} {span}" for when in ("last", "next", "this") for span in ("week", "month", "year")}

# How many facts a brief wants from one article, short or long: news stories carry six to eight facts worth
# knowing before a meeting, whatever their length; a longer story adds quotes, reactions and forecasts.
FACTS_WANTED = 7

# Risk constructions (`lexicon/risks.py`) that tell what may come, not what is: a threat, a vow, a warning, a
# condition, hedged harm, a danger, a rival bid in prospect ("has threatened to raise the rate if no deal is
# reached", "has warned that the target would require cuts", "a group that could make a rival bid"). The
# sentence belongs to the risks; a fact is what happened or stands.
MAY_COME = frozenset("threat vow warning consequences condition hedged-harm danger rival concern".split())

# Sentences run by the tests: each must be picked as background among plain filler, each near miss not.
FACT_EXAMPLES = (
    "Redline, Osprey and Tarvo signed the port accord last year.",
    "The group, which owns Helix and Norwin, is based in Turin.",
    "About 9,000 drivers work for the three bus companies in the region.",
    "Similar deals were reached with Harlow in October and with Pell in November.",
)
FACT_NOTHING = (
    "It was a nice day and everyone felt fine about it all.",
    "The crowd, who cheered loudly, was happy about it all.",
)
# What is not a fact, each beside a plain fact of no higher score that must win over it: a quotation with its
# speaker, a threat of what may come, a statement (a verb of saying), "first" that counts nothing.
NOT_FACT_PAIRS = (
    (
        "“We signed the deal with Arland,” Mr Ande said at a press conference in Tarvik on Monday.",
        "The delegation from Tarvik arrived on the coast.",
    ),
    (
        "Arland has threatened to raise port fees to 30% if no deal is reached by Friday.",
        "Arland set port fees of 30% on Friday shipments.",
    ),
    (
        "Mr Ande said the port handled 9,000 ships in 2024.",
        "The port of Tarvik handled 9,000 ships for Arland in 2024.",
    ),
    (
        "Tarvik wants the first port projects to favour Arland's shipyards.",
        "The port of Tarvik employs Arland's dockers.",
    ),
)
