"""Second signals of a risk: words that make a risk with another signal, or in an expert's words, but never
alone (a tariff, a cost, a falling trend, the opposition, a regulator, a strike as such)."""

from __future__ import annotations

from briefgen.extract.constructions import RiskConstruction as Risk
from briefgen.extract.constructions import words

SIGNALS = (
    Risk(
        "regulator",
        """Regulators and reviews as such: a second signal ("regulators", "the watchdog", "a review").""",
        words=words(
            "regulator, regulators, watchdog, watchdogs, investigation, probe, inquiry, review, approval, "
            "competition authority"
        ),
        category="regulatory",
        strength=1,
        examples=("Regulators could force the buyer to sell gates at the airport.",),
        nothing=("The watchdog published its annual report on Tuesday.",),
    ),
    Risk(
        "concern",
        """Worries and concerns of a party: a second signal ("a growing concern", "a top worry", "fears of").""",
        words=words(
            "concern, concerns, concerned, worry, worries, worried, fear, fears, feared, anxious, alarm, unsettling"
        ),
        category="general",
        strength=1,
        examples=("A growing concern for the government is the humanitarian crisis at the border.",),
        nothing=("The firm said it was concerned with quality.",),
    ),
    Risk(
        "strike",
        """A strike, walkout or stoppage as such: a second signal ("not joining the strike", "the stoppage").""",
        words=words(
            "strike, strikes, striking, walkout, walkouts, walk out, stoppage, industrial action, picket, pickets"
        ),
        unless_before=r"\b(?:missile|air|drone|military|nuclear|lucky|pre-emptive)\s+",
        unless_after=r"\s+(?:ends?|ended|is\s+over|was\s+called\s+off|of\s+luck)\b",
        category="labour",
        strength=1,
        examples=("Station staff are not joining the strike, the operator said.",),
        nothing=("The actors' strike ends after five months.",),
    ),
    Risk(
        "politics",
        """Politics as a second signal: the opposition, critics, an election, a poll, voters, pressure.""",
        words=words(
            "opposition, critics, critic, criticism, criticised, criticized, election, elections, poll, polls, "
            "voters, pressure, pressures, lawmakers, coup, anger, protest"
        ),
        category="political",
        strength=1,
        examples=("Critics say the plan will cost voters more.",),
        nothing=("The opposition leader welcomed the plan.",),
    ),
    Risk(
        "trade-measure",
        """Trade measures: tariffs, duties, levies, sanctions, embargoes: a second signal ("a 25% tariff",
        "sanctions").""",
        words=words(
            "tariff, tariffs, duty, duties, levy, levies, sanction, sanctions, embargo, quota, quotas, trade war"
        ),
        unless_before=r"\b(?:lift\w*|eas\w*|remov\w*|end\w*|scrap\w*)\s+(?:\w+\s+){0,3}",
        category="trade",
        strength=1,
        examples=("Vessa set a 25% tariff on Arland's steel, raising costs for carmakers.",),
        nothing=("The club is on a tight budget this year.",),
    ),
    Risk(
        "burden",
        """Costs and debts weighing on a side: a second signal ("billions in extra costs", "$4 billion in debt",
        "losses", "the margin").""",
        words=words(
            "cost, costs, costly, debt, debts, prices, losses, margin, margins, inflation, unemployment, "
            "shortage, shortages, billion, billions"
        ),
        category="economic",
        strength=1,
        examples=("The carrier carries $4 billion in debt and its margin fell to 1.8%.",),
        nothing=("Prices at the market are posted daily.",),
    ),
    Risk(
        "adverse-trend",
        """Things getting worse: an economy or demand falling, a crisis, a conflict raging ("investment has
        slowed", "waning demand", "the economy is imploding", "loss-making", "a record number").""",
        words=words(
            "slowed, slowing, slowdown, fell, falling, declined, declining, decline, weaker, weakening, waning, "
            "imploding, collapsing, shrinking, shrank, loss-making, recession, downturn, slump, crisis, raging, "
            "discontent, soaring, surge, highest number, record number, twice as many, worst, lowest, "
            "amid rising, rising pressure, conflicts, violence, atrocities, abuses"
        ),
        category="economic",
        strength=1,
        examples=(
            "Both firms want to cut costs as the industry adjusts to waning demand.",
            "Output is collapsing and there is intense discontent in the provinces.",
        ),
        nothing=("Sales of the new model fell in May.",),
    ),
    Risk(
        "harm-done",
        """Harm a measure or a side has already done: a second signal ("actions that have disrupted the trade
        pact", "tariffs have hurt exporters", "relations soured").""",
        words=words(
            "disrupted, damaged, hurt, harmed, undermined, strained, soured, worsened, hampered, crippled, battered"
        ),
        category="economic",
        strength=1,
        examples=("He imposed tariffs on steel, actions that have disrupted the trade pact.",),
        nothing=("The storm damaged two boats in the harbour.",),
    ),
    Risk(
        "competitor",
        """Competitors and leverage: a second signal ("compete directly on 23 routes", "leverage").""",
        words=words("compete, competes, competing, competitor, competitors, rival, rivals, leverage"),
        category="competition",
        strength=1,
        examples=("The airlines compete directly on 23 routes, which regulators will not ignore.",),
        nothing=("The two rivals shook hands after the match.",),
    ),
)
