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

# Number words: like a digit, the mark of a fact ("three unions", "hundreds of workers").
NUMBER_WORDS = frozenset(
    """
one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million
millions billion billions first second third fourth fifth sixth seventh eighth ninth tenth
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

# A date told without digits: a month or a day ("in November", "on Tuesday"), or a week, month or year
# counted from now ("last week", "early next year").
DATE_WORDS = frozenset(
    """
january february march april june july august september october november december monday tuesday
wednesday thursday friday saturday sunday
""".split()
) | {f"{when} {span}" for when in ("last", "next", "this") for span in ("week", "month", "year")}

# Sentences run by the tests: each must be picked as background among plain filler, each near miss not.
FACT_EXAMPLES = (
    "Redline, Osprey and Tarvo signed the port accord last year.",
    "The group, which owns Helix and Norwin, is based in Turin.",
    "About 9,000 drivers work for the three bus companies in the region.",
    "Similar deals were reached with Harlow in October and with Pell in November.",
)
FACT_NOTHING = ("It was a nice day and everyone felt fine about it all.",)
