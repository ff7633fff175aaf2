"""Risks: what could go wrong for the side the brief is for, as news writing says it.

A sentence is a risk when it holds a strong construction (strength 2, here), or two weak ones (strength
1 each, `risk_signals.py`: an economic burden and an adverse trend, a strike and a ballot), or one weak one
in an expert's words. A cue word alone is no risk: "strike" is one when a strike is to come, not when it "ends".
"""

from __future__ import annotations

from briefgen.extract.constructions import RiskConstruction as Risk
from briefgen.extract.constructions import declare, words
from briefgen.extract.lexicon.risk_signals import SIGNALS

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Hedges that lower a risk's severity ("the stoppage could cause delays": low) and the hedges that make a quote
# with one weak construction a risk ("it may cost us"); found as cue words (`cues.CUES`).
LOW_SEVERITY_WORDS = ("may", "might", "could", "possible", "possibly", "potential", "potentially")
HEDGE_WORDS = ("could", "would", "may", "might")
# Verbs of harm after a hedge ("could backfire", "would hurt both carmakers", "may end up costing").
HARM_VERBS = (
    r"(?:backfire|complicate|derail|delay|lengthen|prolong|force|hurt|harm|damage|undermine|jeopardi[sz]e|threaten"
    r"|disrupt|strand|cost|impede|cause|end\s+up|collapse|fail|lose|weaken|anger|upset|block|kill|scupper|sink"
    r"|deter|slow|stall|drag\s+on|spark|trigger|provoke|hit|cut\s+off|wreck|push\s+\w+\s+into"
    r"|be\s+(?:\w+\s+)?(?:protracted|damaging|costly|difficult|dangerous|painful|risky|expensive|disastrous|pushed))"
)
# Objects of a vow against something ("vowed to block any accord", "vowed to vote against").
VOW_OBJECTS = (
    r"(?:block|kill|fight|oppose|vote\s+against|reject|veto|resist|stop|boycott|retaliate|sue|challenge|scrap|destroy"
    r"|punish|overturn|strike|walk\s+out)"
)
HEDGE_OR_THREAT = (
    r"\b(?:could|may|might|would|will|threat\w*|warn\w*|fac(?:e|es|ing)|risk\w*|possible|potential)\b[^.;]{0,40}"
)

STRONG_RISKS = (
    # --- pressure: threats, vows, ultimatums, warnings ------------------------------------------
    Risk(
        "threat",
        """A threat: a party threatens the other, or a threat hangs over the talks ("has threatened to double
        port fees", "the threat of a break-up", "an ultimatum").""",
        words=words("threat, threats, threaten, threatens, threatened, threatening, ultimatum, ultimatums"),
        category="pressure",
        severity="high",
        examples=(
            "Arland has threatened to double port fees if the talks collapse.",
            "Mr Brandt said the threat of a break-up still hung over the company.",
            "The rebels issued an ultimatum to the army on Sunday.",
        ),
        nothing=("The minister met farmers in Tarvik on Monday.",),
    ),
    Risk(
        "vow",
        """A vow against the deal or the other side ("vowed to block any accord", "vowed to vote against the
        budget"); a vow to support is none.""",
        words=words("vow, vows, vowed, vowing, pledged, promised, swore"),
        after=r"\s+to\s+(?:\w+\s+){0,2}?" + VOW_OBJECTS + r"\b",
        category="pressure",
        severity="high",
        examples=(
            "Farmers' groups have vowed to block any accord that opens the beef market.",
            "Rebel leaders vowed to kill anyone who signs the ceasefire, a spokesman said.",
            "Opposition parties have vowed to vote against the budget in March.",
        ),
        nothing=("She vowed to support her team in the final.", "The mayor promised to open two new libraries."),
    ),
    Risk(
        "warning",
        """A party or an expert warns ("warned that the changes would have to go ahead", "cautioned against a
        quick deal").""",
        words=words("warn, warns, warned, warning, warnings, cautioned, cautions"),
        unless_after=r"\s+(?:light|label|sign)s?\b",
        severity="medium",
        examples=(
            "A spokesman for the minister warned that the changes would go ahead in April.",
            "Economists cautioned that the yen could weaken further before the vote.",
        ),
        nothing=("The lights on the dashboard flashed as the car started.",),
    ),
    Risk(
        "consequences",
        """Sanctions or consequences a party is told it will face ("could face consequences in trade talks", "or
        face penalties").""",
        words=words("face, faces, facing, faced"),
        after=r"\s+(?:\w+\s+){0,2}?(?:consequences|sanctions|penalties|retaliation|tariffs|fines?|charges|prosecution|expulsion|suspension|censure)\b",
        category="pressure",
        severity="high",
        examples=(
            "Allies that fall short could face consequences in trade talks, officials said.",
            "Mr Issak said firms breaking the embargo would face heavy fines.",
        ),
        nothing=("The two leaders will face each other in a debate on Friday.",),
    ),
    Risk(
        "retaliation",
        """Retaliation to come ("there may be retaliation if", "threatened retaliatory tariffs"); an act of
        retaliation told as history is background.""",
        words=words("retaliation, retaliate, retaliatory, reprisals, countermeasures, counter-measures"),
        before=HEDGE_OR_THREAT,
        category="trade",
        severity="high",
        examples=(
            "There may be retaliation if Vessa does not lift the levy, the president said.",
            "Kordan has warned of retaliatory tariffs on Arland's cars.",
        ),
        nothing=("In retaliation, the navy shelled the port in 1998.",),
    ),
    # --- conditions and deadlines -----------------------------------------------------------------
    Risk(
        "condition",
        """A condition or ultimatum: something happens if a party does not act ("if Arland does not cut its
        exports", "unless the board drops the rule", "only if", "or else").""",
        words=words("if, unless, only if, on condition that, or else, otherwise"),
        unless_after=r"\s+(?:you\s+ask|anything|any|so|not\s+more|possible|necessary|needed)\b",
        after=r"(?<=unless)|(?<=only if)|(?<=on condition that)|(?<=or else)|(?<=otherwise)(?=\s*,)"
        r"|[^.;:]{0,90}?(?:n[’']t|\b(?:not|no|never|fails?|failed|refuses?|refused|misses|rejects?|rejected|breaks|breached))\b",
        category="negotiation",
        severity="high",
        examples=(
            "If the refinery misses its emission targets, its permit will be withdrawn.",
            "Arland will face counter-measures unless it reopens the border crossing.",
            "There may be more walkouts unless ministers rethink the plan, Ms Koll said.",
            "“If they don't sign by Friday, that's it,” he said, adding that the union was ready.",
        ),
        nothing=("If it rains, the rally will move indoors.", "If you ask me, it was a good day for the club."),
    ),
    Risk(
        "deadline",
        """A deadline or an expiry to come ("the truce expires at midnight", "the deadline for a deal", "runs
        out"); an expiry told in the past ("expired in June") is background.""",
        words=words("deadline, deadlines, expire, expires, expiring, expiry, expiration, runs out, run out"),
        category="timing",
        examples=(
            "The truce expires at midnight on Sunday.",
            "Talks must end before the deadline of 1 March, Mr Lund said.",
        ),
        nothing=("The previous contract expired in June.",),
    ),
    Risk(
        "time-limit",
        """A time limit on a measure or a promise: "until 30 June 2027", "until at least 2028", "by the end of
        2026", "no later than".""",
        words=words("until, by the end of, no later than, no earlier than, not before"),
        after=r"(?<=no later than)|(?<=no earlier than)|(?<=not before)|(?<=by the end of)"
        r"|\s+(?:at\s+least\s+|after\s+)?(?:the\s+end\s+of\s+|next\s+|early\s+|late\s+|mid-?\s*)?(?:(?:19|20)\d\d|\d{1,2}\s+"
        + MONTHS
        + r"|"
        + MONTHS
        + r"\s+\d|year|month|spring|summer|autumn|fall|winter)\b",
        unless_before=r"\b(?:from|wait\w*)\s+\S+\s+",
        category="timing",
        examples=(
            "The waiver on grain duties runs until 30 June 2027.",
            "The ministry will not revisit the pay scale until at least 2028.",
            "The regulator wants a decision by the end of 2026, a spokeswoman said.",
        ),
        nothing=("The shop is open until 9 pm on weekdays.",),
    ),
    Risk(
        "review-period",
        """A review period that can undo a measure ("a six-month review period", "subject to review every 90
        days").""",
        words=words("review, review period, reviews"),
        before=r"\b(?:\d+|one|two|three|four|five|six|nine|twelve)[- ](?:day|week|month|year)|\bsubject\s+to",
        category="timing",
        examples=(
            "The exemption is subject to review every 90 days.",
            "The order will carry a six-month review period before it becomes permanent.",
        ),
        nothing=("The film got a glowing review in the Tarvik Post.",),
    ),
    Risk(
        "delay",
        """A delay of the deal, a vote or an approval ("could now be pushed into next year", "the vote has been
        postponed", "may take up to a year").""",
        words=words(
            "delayed, postponed, postpone, postpones, pushed back, pushed into, put off, drag on, dragged on, "
            "stalled, slipped, take up to, could take, may take, might take"
        ),
        unless_after=r"\s+(?:a|the)\s+(?:break|look|photo|seat)",
        category="timing",
        examples=(
            "The approval could now be pushed into next year.",
            "Clearing the takeover may take up to a year, lawyers said.",
            "The vote has been postponed until after the holidays.",
        ),
        nothing=("Passengers faced long queues at the airport on Friday.",),
    ),
    Risk(
        "waiting",
        """A side waits for a body or a report before it acts ("is waiting for an auditor's report before it
        signs", "not until").""",
        words=words("waiting for, wait for, not until, awaiting, awaits"),
        after=r"\s+(?:a|an|the|its|their|his|her)\b",
        category="timing",
        examples=(
            "The council is waiting for an auditor's report before it signs.",
            "Mr Osei said he was waiting for a pay commission to make its recommendations.",
        ),
        nothing=("Fans were waiting outside the stadium.",),
    ),
    # --- refusals, disputes, unsettled or blocked agreement ---------------------------------------
    Risk(
        "refusal",
        """A party will not back the deal ("cannot support the fund", "will not sign", "rejected the offer",
        "refused to negotiate"); refusing to comment is none.""",
        words=words(
            "cannot, can not, could not, will not, won't, would not, does not, do not, did not, refused to, "
            "refuses to, refuse to, unwilling to, declined to"
        ),
        after=r"\s+(?:\w+\s+)?(?:support|accept|agree|back|sign|endorse|approve|ratify|work\s+for|negotiate|join|honou?r|budge|compromise|pay|recogni[sz]e|talk)\b",
        unless_after=r"\s+(?:comment|say|speculate|confirm|discuss|elaborate)\b",
        category="negotiation",
        severity="high",
        examples=(
            "Kordan will not back the proposed clearing fund, its finance minister said.",
            "But the US says it cannot support the plan to boost aid.",
            "The rebels, who have long refused to negotiate with Vessa, made no comment.",
        ),
        nothing=("The ministry refused to comment on the report.", "She did not attend the dinner."),
    ),
    Risk(
        "rejection",
        """An offer or a plan rejected, talks broken off or walked away from ("rejected that price", "broke off
        the negotiations", "pulled out of the accord", "scuttled the talks").""",
        words=words(
            "rejected, rejects, reject, rejecting, rebuffed, broke off, broken off, pulled out of, "
            "withdrew from, walked away, walk away, walked out of, scuttled, scuttle, torpedoed, terminated, "
            "terminate, collapsed, broke down, break down"
        ),
        category="negotiation",
        severity="high",
        examples=(
            "The union rejected that price as far too low.",
            "Arland pulled out of the 1994 fishing accord in March.",
            "They were close to a deal when the president scuttled the talks.",
        ),
        nothing=("The minister opened the new bridge on Tuesday.",),
    ),
    Risk(
        "not-settled",
        """The agreement is not settled or not delivered ("no deal was offered", "has not yet been released",
        "nothing has been definitely sorted", "an agreement in principle", "unclear whether").""",
        words=words(
            "not, no, nothing, yet to, unclear, uncertain, in principle, did not know, does not know, do not know"
        ),
        after=r"(?<=in principle)|(?<=know)\s+(?:if|whether)\b|(?<=unclear)\s+(?:if|whether|how|when)\b"
        r"|(?<=uncertain)\s+(?:if|whether|how|when)\b"
        r"|(?<=not)\s+(?:yet\s+)?(?:been\s+)?(?:definitely\s+|fully\s+|formally\s+)?(?:agreed|decided|dispensed|released|paid|resolved|sorted|settled|finali[sz]ed|approved|ratified|signed|delivered|given|reached)\b"
        r"|(?<=nothing)\s+has\s+been\s+(?:\w+\s+)?(?:agreed|decided|sorted|settled|signed)\b"
        r"|(?<=yet to)\s+(?:be\s+)?(?:agree|decide|approve|ratify|sign|pay|release|deliver|reach|agreed|approved"
        r"|ratified|signed|paid|released)\w*"
        r"|(?<=no)\s+(?:deal|agreement|settlement|offer|breakthrough|progress|compromise)\b",
        category="negotiation",
        examples=(
            "Sources said no settlement was put on the table on Monday.",
            "Most of the funds pledged by the lenders have not yet been released.",
            "It is unclear whether the incoming cabinet will honour the pledge.",
            "The broadcaster says nothing has been definitely agreed, though.",
        ),
        nothing=("No one was hurt in the fire.", "The museum is not open on Mondays."),
    ),
    Risk(
        "ratification",
        """The deal still needs approval or ratification ("still has to be ratified by both parliaments", "needs
        the approval of regulators", "subject to approval").""",
        words=words("ratified, ratification, approved, approval, sign-off, signed off, cleared"),
        before=r"\b(?:still|yet|must|needs?|needing|requires?|subject|pending|awaits?|awaiting|has\s+to|have\s+to)\b(?:\s+\w+){0,4}",
        category="regulatory",
        examples=(
            "The accord still has to be ratified by both parliaments.",
            "The sale is subject to approval by the Tarvik competition authority.",
        ),
        nothing=("The deal was ratified in 2019.",),
    ),
    Risk(
        "dispute",
        """A dispute between the parties: accusations, denials, complaints, claims of misconduct ("accuse each
        other of dumping", "has denied any wrongdoing", "filed a complaint against").""",
        words=words(
            "accuse, accuses, accused, accusing, accusation, accusations, deny, denies, denied, denying, "
            "complaint against, complaint with, complaints against, filed a complaint, lodged a complaint, "
            "dispute, disputes, row, feud, rift, clash, clashed, bully, bullying, unfair, illegal, illegally"
        ),
        unless_after=r"\s+(?:entry|a\s+visa|bail|access\s+to\s+the\s+building)\b",
        unless_before=r"\b(?:in\s+a|front|back)\s+",
        category="political",
        examples=(
            "The two shipyards accuse each other of dumping hulls below cost.",
            "The broadcaster has repeatedly denied any wrongdoing.",
            "Ardent filed a complaint against Halden with the trade body last month.",
        ),
        nothing=("Her visa was denied entry at the border.", "They sat in a row at the back of the hall."),
    ),
    Risk(
        "legal",
        """Legal and regulatory blocks: lawsuits, injunctions, courts, regulators' scrutiny, antitrust
        ("sued to stop the merger", "antitrust regulators", "price-fixing").""",
        words=words(
            "sued, sue, sues, suing, lawsuit, lawsuits, injunction, blocked, block, antitrust, anti-trust, "
            "price-fixing, fix prices, scrutiny, arbitration, legal battle, legal action, legal challenge, "
            "court"
        ),
        unless_before=r"\b(?:city|street|a|one)\s+",
        category="regulatory",
        severity="high",
        examples=(
            "The government sued to stop a similar merger two years ago.",
            "A federal judge blocked the tie-up, citing higher fares.",
            "Any legal battle would be long, lawyers for the firm said.",
        ),
        nothing=("The new stadium will take up a whole city block.",),
    ),
    # --- hedged harm --------------------------------------------------------------------------
    Risk(
        "hedged-harm",
        """What could go wrong, hedged: a modal and a verb of harm ("could backfire", "would hurt both
        carmakers", "may end up costing more", "would be protracted").""",
        words=words("could, may, might, would, will, can"),
        after=r"(?:\s+(?:not\s+)?(?:now|also|well|still|only|further|easily|seriously|even|quickly|\w+ly))?\s+"
        + HARM_VERBS
        + r"\b",
        unless_after=r"\s+(?:force\s+a\s+smile|cost\s+nothing|hit\s+the\s+shelves|cause\s+for\s+celebration)\b",
        category="general",
        examples=(
            "Going public with the offer could backfire, aides fear.",
            "A legal fight would drag on for years and hurt both carmakers.",
            "A higher bid may end up costing shareholders more.",
            "The stoppage could cause delays at the baggage belts.",
        ),
        nothing=("The joke could force a smile from anyone.", "The new phone will hit the shelves in May."),
    ),
    Risk(
        "danger",
        """Risk and danger named as such ("the risk is that", "at risk", "could be dangerous", "the biggest
        threat"); taking a risk is a person's trait, not a risk.""",
        words=words("risk, risks, risky, danger, dangers, dangerous, jeopardy, peril, perilous"),
        unless_before=r"\b(?:take|takes|taking|took|taken)\s+(?:\w+\s+)?",
        unless_after=r"\s+(?:takers?|appetite|management)\b",
        examples=(
            "The risk is that the yen falls further before the vote.",
            "Diplomats said the timing could be dangerous for both leaders.",
            "Thousands of jobs are at risk if the plant closes.",
        ),
        nothing=("She takes political risks and enjoys it.",),
    ),
    # --- labour action ------------------------------------------------------------------------
    Risk(
        "strike-to-come",
        """A strike or walkout to come, voted on or threatened ("could take part in a strike", "balloting on
        strikes", "further walkouts", "authorize a walkout"); a strike that ends, or a missile strike, is none.""",
        words=words(
            "strike, strikes, walkout, walkouts, walk out, industrial action, stoppage, stoppages, work stoppage"
        ),
        before=r"\b(?:could|will|would|may|might|threat\w*|vot\w+|ballot\w*|authori[sz]\w*|planned|plans?|possible"
        r"|further|national|earmarked|go\s+on|take\s+part\s+in|join(?:ing)?|call\w*|prepar\w+|mass|all-out|indefinite|one-day|two-day)\b[^.;]{0,40}",
        unless_before=r"\b(?:missile|air|drone|military|nuclear|lucky|pre-emptive)\s+",
        unless_after=r"\s+(?:ends?|ended|is\s+over|was\s+called\s+off|of\s+luck)\b",
        category="labour",
        severity="high",
        examples=(
            "Up to 9,000 bus drivers could take part in a strike earmarked for 3 May.",
            "Nurses will vote next week on whether to authorize a walkout.",
            "Dock workers backed further industrial action in a ballot last week.",
        ),
        nothing=(
            "The actors' strike ends after five months.",
            "In retaliation, the navy ordered a missile strike on the port in 1998.",
        ),
    ),
    # --- politics and public opinion ----------------------------------------------------------
    Risk(
        "weak-majority",
        """A weak hold on power: no majority, a fragile coalition, an election ahead ("lacks a majority in the
        upper house", "failed to secure a majority", "domestic support is fragile").""",
        words=words("majority, majorities, fragile, precarious, minority government, confidence vote, no-confidence"),
        before=r"\b(?:lacks?|lacking|lost|losing|without|short\s+of|fail\w*\s+to\s+(?:win|secure)|no|thin|slim|narrow|slender|razor-thin|wafer-thin|is|are|remains?|looks?)\b(?:\s+\w+){0,3}",
        category="political",
        examples=(
            "The governing alliance is two seats short of a majority in the senate.",
            "Mr Lund failed to secure a majority in last year's election.",
            "Domestic support for the plan is fragile, her aides concede.",
        ),
        nothing=("A majority of the board backed the merger.",),
    ),
    Risk(
        "public-opposition",
        """Public opinion against the deal: a poll with few in favour, little public support, a backlash,
        angry reactions ("only a third of residents support the pact", "reacted angrily").""",
        words=words(
            "backlash, reacted angrily, angrily, outcry, little public, unpopular, reviled, condemned, "
            "condemnation, protests, protesters, fewer than, only a third, only a quarter, minority of, "
            "sceptical, skeptical, scepticism, skepticism, hostile, hostility, opposed, opposes, oppose"
        ),
        unless_before=r"\b(?:not|never)\s+",
        category="political",
        examples=(
            "Only a third of residents support the pact, a survey by the Linden Institute showed.",
            "Lawmakers in Tarsi condemned the envoy's comments as an insult.",
            "There is little public affection for the first lady, polls show.",
        ),
        nothing=("The opposition leader welcomed the plan.",),
    ),
    Risk(
        "coercion",
        """Force and coercion: a leader held, power seized, homes attacked ("under house arrest", "seized
        power", "a military takeover").""",
        words=words(
            "house arrest, seized power, seize power, military takeover, coup, detained, arrested, attacked, confined"
        ),
        category="political",
        severity="high",
        examples=(
            "The president and his wife are under house arrest at their compound, a source said.",
            "The army seized power on Tuesday night.",
        ),
        nothing=("The new gallery opened its doors to visitors.",),
    ),
    # --- economy, trade, competition ----------------------------------------------------------
    Risk(
        "rival",
        """A rival bid or a competitor that weakens a side's hand ("a rival bid from a private equity group",
        "a counter-offer").""",
        words=words(
            "rival bid, rival offer, counter-bid, counterbid, counter-offer, hostile bid, competing bid, rival bidder"
        ),
        category="competition",
        examples=(
            "A rival bid from a private equity group is also on the table.",
            "Bankers said a counter-offer from Vantor was likely within weeks.",
        ),
        nothing=("The two rivals shook hands after the match.",),
    ),
    Risk(
        "failure",
        """A party failed at something that matters to the talks ("failed to secure", "failure to agree").""",
        words=words("failed to, fails to, fail to, failure to, failing to"),
        category="political",
        examples=("Mr Lund failed to win over the unions last month.", "A failure to agree would hurt both sides."),
        nothing=("The firm has never failed to pay a dividend since 1990.",),
        unless_before=r"\b(?:never|not)\s+",
    ),
)
# Every risk construction: the strong ones, then the second signals (`risk_signals.py`).
RISKS = declare("risks", *STRONG_RISKS, *SIGNALS)

# Lowercase words too common to link a risk to the advice that mitigates it by topic (the rest are matched).
COMMON_WORDS = frozenset(
    """
that this with from have been will would could their there they them what when which while said says also
more than into over about after before other such only even just very
""".split()
)
