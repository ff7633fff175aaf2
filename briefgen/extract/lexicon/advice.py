"""Expert advice: who counts as an expert when unnamed, and the words by which experts advise.

Named experts come from the entity pass (a role such as analyst, economist, fellow, professor, a former
official: `lexicon.EXPERT_WORDS`); the constructions here find experts news writing names only as a group
or a firm, and the verbs and modals that make what an expert says a recommendation.
"""

from __future__ import annotations

from briefgen.extract.constructions import Construction, declare

# Groups of unnamed experts ("Analysts said ...", "..., economists say.").
EXPERT_GROUPS = (
    "analysts",
    "economists",
    "experts",
    "observers",
    "critics",
    "diplomats",
    "strategists",
    "academics",
    "commentators",
    "bankers",
    "lawyers",
)
EXPERT_GROUP_VERBS = (
    r"(?:say|says|said|warn|warns|warned|argue|argues|argued|note|notes|noted|believe|believed|suggest|suggests"
    r"|suggested|caution|cautioned|predict|predicted|expect|expected)"
)
# Firms whose business is advice, named by what they are before their name ("brokerage Merrill Lynch").
FIRM_DESCRIPTORS = (
    "brokerage",
    "broker",
    "stockbroker",
    "ratings agency",
    "rating agency",
    "credit rating agency",
    "consultancy",
    "consulting firm",
    "think tank",
    "think-tank",
    "research firm",
    "research group",
    "research house",
    "investment bank",
    "analysts at",
    "economists at",
    "analysts from",
)

EXPERTS = declare(
    "advice",
    Construction(
        "group-opening",
        """Unnamed experts open the sentence: "Analysts said ...", "Economists at Norbank warn ...".""",
        words=EXPERT_GROUPS,
        before=r"^",
        after=r"(?:\s+(?:at|from|with)\s+(?:the\s+)?[\w&.’'-]+(?:\s+(?:(?:of|for|and)\s+)?[\w&.’'-]+){0,4}?)?\s+"
        + EXPERT_GROUP_VERBS
        + r"\b",
        examples=(
            "Analysts said the union should settle before the winter rush.",
            "Economists at Norbank warn the merger must clear regulators first.",
        ),
        nothing=("Analysts at the bank ate lunch early.",),
    ),
    Construction(
        "group-closing",
        """Unnamed experts close the sentence: "A quick settlement looks unlikely, analysts say." """,
        words=EXPERT_GROUPS,
        before=r",",
        after=r"\s+" + EXPERT_GROUP_VERBS + r"\W*\Z",
        examples=(
            "Selling the unit may not prove so simple, analysts say.",
            "A quick settlement looks unlikely, diplomats said.",
        ),
        nothing=("The firm hired three analysts, two lawyers and a cook.",),
    ),
    Construction(
        "firm",
        """A firm of advisers named by its trade, speaking: "brokerage Halvard Capital said", "ratings agency
        Norstar warned".""",
        words=FIRM_DESCRIPTORS,
        after=r"\s+(?:\S+\s+){1,4}?" + EXPERT_GROUP_VERBS + r"\b",
        examples=(
            "Brokerage Halvard Capital said the bid was likely to be raised.",
            "Ratings agency Norstar warned that the merger could strain the buyer's balance sheet.",
        ),
        nothing=("The brokerage moved to a new office in May.",),
    ),
)

# Verbs by which an expert recommends: what follows them is advice and, unless it warns, a recommendation.
ADVICE_VERBS = frozenset(
    """
advised advises advise urged urges urge recommended recommends recommend suggested suggests suggest
stressed stresses argued argues counselled counseled cautioned cautions warned warns
""".split()
)
# Verbs of advice that warn rather than recommend: their advice is no recommended ask.
WARNING_VERBS = frozenset("warned warns cautioned cautions".split())
# Modals that make an expert's sentence a recommendation ("Carney should", "the bank must", "is best").
ADVICE_MODALS = (
    "should",
    "must",
    "needs to",
    "need to",
    "ought to",
    "has to",
    "have to",
    "would do well",
    "is best",
    "importance of",
    "need for",
    "better to",
    "best to",
    "avoid",
)
# Advice to refrain from something is kept as advice, never as a recommended ask.
NEGATIVE_ADVICE = ("avoid", "resist", "not ", "never", "refrain")

# Sentences run by the tests through expert advice: what each word list states, and where it must not fire.
ADVICE_EXAMPLES = (
    ("Economist Dana Roe urged Arland to sign the accord before the vote.", "Dana Roe"),
    ("Mr Tiber should show he is ready to compromise, said Lena Holt, a fellow at the Marsh Institute.", "Lena Holt"),
    ("Professor Ian Kerr said the unions would do well to settle early.", "Ian Kerr"),
)
ADVICE_NOTHING = (
    "Leaked memos suggest that former defence chief Ivo Mark has been planning a comeback.",
    "The minister said the union should accept the offer.",
)
