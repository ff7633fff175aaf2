"""Rule data of the sections: the cue words of advice, asks, risks and background.

All entries are lowercase; matching is on lowercased tokens."""

from __future__ import annotations

# Verbs by which an adviser recommends (advice and "recommended offers").
ADVICE_VERBS = frozenset(
    """
advised advises advise urged urges urge recommended recommends recommend suggested suggests suggest
stressed stresses argued argues proposed counselled counseled cautioned cautions warned warns
""".split()
)

ADVICE_MODALS = (
    "should",
    "must",
    "needs to",
    "need to",
    "ought to",
    "has to",
    "have to",
    "would do well",
    "the importance of",
    "is best",
    "avoid",
    "resist",
)

WARNING_VERBS = frozenset("warned warns cautioned cautions".split())

# Ask cues: what a party wants (demand), gives (offer) or aims at (objective).
DEMAND_CUES = (
    "wants",
    "want",
    "wanted",
    "seeking",
    "seeks",
    "seek",
    "sought",
    "asking for",
    "will ask",
    "would ask",
    "ask that",
    "demands",
    "demanded",
    "demand",
    "holding out for",
    "expects",
    "expect",
    "expected that",
    "calls for",
    "called for",
    "press for",
    "pressed for",
    "pushing for",
    "want assurances",
    "wants assurances",
    "will not back",
    "won't back",
    "will not accept",
    "will not agree",
    "will not sign",
    "commit to",
)

# "pushed Tokyo to buy", "urged every member to endorse": a party asked by name to do something.
PUSH_VERBS = ("pushed", "pressed", "urged", "pressured", "called on", "asked")

OFFER_CUES = (
    "offered",
    "offers",
    "ready to offer",
    "in exchange",
    "in return",
    "promised",
    "pledged",
    "agreed to",
    "proposed",
    "offering",
    "will offer",
    "would offer",
)

OBJECTIVE_CUES = (
    "aims to",
    "hopes to",
    "will focus on",
    "would focus on",
    "top of the agenda",
    "wants to",
    "seeks to",
    "is determined to",
)

# A speaker proposing or demanding in their own words ("Let's make a deal", "We want ...").
QUOTED_ASK_CUES = (
    "let's",
    "let’s",
    "we want",
    "we expect",
    "we need",
    "we will not accept",
    "we are asking",
    "we are seeking",
    "we demand",
)

# Recommendations that are things to avoid are advice, not asks.
NEGATIVE_ADVICE = ("avoid", "resist", "not ", "never", "refrain")

# Risk cues and the category they suggest.
RISK_CUES: dict[str, str] = {
    "tariff": "trade",
    "tariffs": "trade",
    "duty": "trade",
    "duties": "trade",
    "levy": "trade",
    "sanction": "trade",
    "sanctions": "trade",
    "retaliation": "trade",
    "threat": "pressure",
    "threats": "pressure",
    "threatened": "pressure",
    "threatens": "pressure",
    "pressure": "pressure",
    "pressures": "pressure",
    "consequences": "pressure",
    "strike": "labour",
    "walkout": "labour",
    "walk out": "labour",
    "disruption": "labour",
    "deadline": "timing",
    "expires": "timing",
    "expire": "timing",
    "pause": "timing",
    "months": "timing",
    "majority": "political",
    "opposition": "political",
    "skepticism": "political",
    "scepticism": "political",
    "skeptical": "political",
    "sceptical": "political",
    "voters": "political",
    "poll": "political",
    "accused": "political",
    "fragile": "political",
    "blank check": "political",
    "lacks": "political",
    "failed to": "political",
    "angrily": "diplomatic",
    "provocations": "diplomatic",
    "inflammatory": "diplomatic",
    "insulted": "diplomatic",
    "antagonistic": "diplomatic",
    "regulators": "regulatory",
    "antitrust": "regulatory",
    "scrutiny": "regulatory",
    "blocked": "regulatory",
    "sued": "regulatory",
    "review": "regulatory",
    "approval": "regulatory",
    "costs": "economic",
    "cost": "economic",
    "debt": "economic",
    "margin": "economic",
    "slowed": "economic",
    "weaker": "economic",
    "fell": "economic",
    "prices": "economic",
    "recession": "economic",
    "lowest": "economic",
    "disrupted": "economic",
    "rival bid": "competition",
    "compete": "competition",
    "risk": "general",
    "risks": "general",
    "danger": "general",
    "dangerous": "general",
    "backfire": "general",
    "complicate": "general",
    "lengthen": "general",
    "delay": "general",
    "warned": "general",
    "warns": "general",
    "warn": "general",
    "cautioned": "general",
    "would force": "operational",
    "could force": "operational",
    "grounded": "operational",
    "replacement": "operational",
    "far apart": "negotiation",
    "sticking point": "negotiation",
    "rejected": "negotiation",
}

# Cues that mark a risk on their own; the others (a tariff, a review, a cost) need a second signal.
STRONG_RISK_CUES = frozenset(
    """
threat threats threatened threatens sanction sanctions retaliation strike walkout skepticism scepticism
skeptical sceptical opposition accused fragile angrily provocations inflammatory insulted antagonistic
scrutiny blocked sued risk risks danger dangerous backfire warned warns warn cautioned lowest slowed
weaker fell disrupted consequences lacks
""".split()
) | {"would force", "could force", "far apart", "sticking point", "blank check", "failed to", "rival bid"}

# Wording that raises or lowers a risk's severity.
HIGH_SEVERITY = (
    "threat",
    "threatened",
    "threatens",
    "sanction",
    "strike",
    "walkout",
    "dangerous",
    "backfire",
    "blocked",
    "sued",
    "biggest",
    "consequences",
    "sweeping",
    "failed to",
    "lacks",
    "will not back",
    "rejected",
    "angrily",
    "retaliation",
)

LOW_SEVERITY = ("may", "might", "could", "possible", "potential", "early talks")

# Hedges: a quote with one weak risk cue and a hedge ("it could cost us") is a risk.
HEDGES = ("could", "would", "may", "might")

# Words that make a sentence a fact worth knowing (background).
FACT_VERBS = frozenset(
    """
signed agreed struck set imposed voted expired represents represent spoke met held hired sued blocked
won lost announced reached visited negotiated launched began started sends sent deployed grew fell rose
flies employs chairs leads spent topped includes owns valued
""".split()
)

# Number words: with a digit, the mark of a fact (background).
NUMBER_WORDS = frozenset(
    """
one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand thousands million
millions billion billions first second third fourth fifth sixth seventh eighth ninth tenth
""".split()
)

# Lowercase words too common to link two items by topic (mitigations are matched on the rest).
COMMON_WORDS = frozenset(
    """
that this with from have been will would could their there they them what when which while said says also
more than into over about after before other such only even just very
""".split()
)
