"""Rule data about speech: the verbs of saying, and the speakers news writing leaves unnamed.

All entries are lowercase (but the capitalised groups), matching on lowercased tokens."""

from __future__ import annotations

# Verbs of saying, in the forms news writing uses for attribution.
REPORTING_VERBS = frozenset(
    """
said says say told tells added adds warned warns noted notes remarked remarks argued argues stressed
stresses emphasized emphasised emphasizes insisted insists explained explains wrote writes posted
stated states declared declares continued cautioned cautions recalled replied responded urged urges
claimed claims acknowledged admitted conceded predicted suggested recommended advised called
announced tweeted asked observed commented countered maintained contended vowed pledged promised
hailed described dubbed branded labelled labeled warn argue
""".split()
)

# Verbs that introduce reported speech without quotation marks ("X said (that) ...", "X warned that ...").
INDIRECT_SPEECH_VERBS = frozenset(
    """
said says told warned warns argued argues noted notes stressed insisted insists added cautioned urged
emphasized emphasised advised recommended predicted acknowledged suggested explained claimed maintained
""".split()
)

# Anonymous or collective speakers kept as a description ("a senior official said").
ANONYMOUS_SPEAKER_NOUNS = frozenset(
    """
official officials source sources aide aides diplomat diplomats person people spokesperson spokesman
spokeswoman observers analysts insider insiders negotiator negotiators executive executives
lawmaker lawmakers member members officer officers staffer staffers adviser advisers
""".split()
)
