"""Word lists the briefing note's wording rules read (render/wording.py), each with the pattern of news writing
it states; tests/render/test_wording.py runs every example through its rule.
"""

from __future__ import annotations

# A predicate without its subject: an extracted ask, advice or summary line that is the verb phrase of a
# sentence whose subject was the speaker ("Carney has pledged to push back ..." → "Pledged to push back ...";
# "The IMF is to look at a proposal ..." → "Is to look at a proposal ..."). A word ending in -ed is also read
# as one (a past tense: "Agreed to defer ...", "Urged Carney's team to ...").
# Examples: "Pledged to push back on threats.", "Plans to write off the debts.", "Would take action soon.",
# "Is to look at a proposal.", "Wanted to provide $10bn a year."
# Counter-examples (a subject or an imperative comes first): "Tariffs rose.", "Focus on trade.",
# "Red lines were drawn.", "Need more time." (no -ed, not listed), "Speed matters."
PREDICATE_STARTS = frozenset(
    {
        "would",
        "will",
        "could",
        "should",
        "might",
        "must",
        "is",
        "was",
        "has",
        "had",
        "plans",
        "wants",
        "says",
        "hopes",
        "seeks",
        "intends",
    }
)

# Words ending in -ed that start a sentence as its subject or an adjective, not as a past tense
# ("Red lines were drawn.", "Seed funding ...", "Need more time.", "Speed matters.", "United States ...").
NOT_PAST_TENSE = frozenset({"red", "need", "seed", "speed", "feed", "bed", "shed", "united", "based"})

# A sentence's last character: a bottom line that ends otherwise is a fragment cut from a sentence
# ("Expert advice (Max Lawson): Passed the first hurdle of 2005", "Expert advice (Eric Reeves): Appalled").
SENTENCE_ENDS = frozenset('.!?"”’)')

FEWEST_WORDS = 4  # a drafted line with fewer words after its label is a fragment ("Appalled", "Deal.")

# The words a drafted meeting line adds to the meeting's names, place and time: "Ben Verwaayen meets Ofcom.",
# "Ana Diaz meets Ben Cole at Oslo (next week)." restate the purpose; "Ana Diaz meets the fleet union's
# demands." does not (demands, fleet, union are not the meeting's words).
MEETING_WORDS = frozenset({"meets", "meet", "meeting", "with", "the", "and"})
