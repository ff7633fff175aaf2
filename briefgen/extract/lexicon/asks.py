"""Asks: what a party wants (demand), gives or plans to give (offer) or aims at (objective), as news
writing reports it. The ask is the words from the construction's verb to the end of its clause; who asks
is the clause's subject, and the party asked is the one named after "urged", "wants ... to" or "from".
"""

from __future__ import annotations

from briefgen.extract.constructions import AskConstruction as Ask
from briefgen.extract.constructions import declare, words

# A noun phrase naming who is asked, lowercase or capitalised ("the council", "representatives from
# several countries", "Tokyo"), before "to" and a verb.
ASKED_PARTY = r"\s+(?!to\b|that\b|for\b|about\b|if\b|whether\b)(?:[\w’'.&-]+\s+){1,7}?to\s+(?!be\b)\w"
# "growing demand for memory": demand in the market's sense, not a party's.
ECONOMIC_DEMAND = (
    r"\b(?:growing|strong|weak|weaker|rising|falling|waning|soaring|surging|high|low|higher|lower|consumer|customer"
    r"|global|domestic|market|export|import|peak|seasonal)\s+"
)
# A negation before an aim or a want ("aren't aiming to", "does not want").
NEGATED = r"(?:\bnot|n[’']t|\bnever|\bno\s+longer)\s+(?:\w+\s+)?"
# A noun use of a verb of offering or promising ("made promises to", "its claims that", "the offer").
NOUN_USE = (
    r"\b(?:the|an|a|its|their|his|her|our|no|any|latest|initial|best|final|rival|made|make|makes|broke|broken|kept"
    r"|keep|empty|on|of|with|for|by|from|about|over|\w+['’]s)\s+"
)
PAST_TIME = (
    r"\b(?:last\s+(?:week|month|year|night|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|(?:\w+|\d+)\s+(?:days|weeks|months|years)\s+ago|in\s+(?:19|20)\d\d|earlier\s+this\s+(?:week"
    r"|month|year)|yesterday|previously|had\s+already)\b"
)

# Verbs of saying that open what a party says another must do ("told the crowd that the state should pay").
SAYING_THAT = r"\b(?:said|says|told|tells|warned|warns|argued|argues|insisted|insists|added|believes|believe)\b"
# A verb in the past before "that" ("speculated that", "estimated that"): no noun of a relative clause; "-eed"
# words ("need", "speed") and short ones ("bed") are nouns.
PAST_VERB = r"[a-z]{2,}[^e]ed"

# A construction inside a relative clause describes a thing, not a party's ask ("the order that the
# president plans to sign"): a noun, "that" or "which", and at most four words before the construction.
# A verb of saying or knowing before "that" opens what a party says instead ("said that the union wants"), and so
# does the time or the place of the saying ("said on Thursday that", "said in a statement that").
NOT_RELATIVE_BEFORE = frozenset(
    """
said says say told tells added adds warned warns believe believes believed think thinks thought hope hopes
hoped expect expects expected know knows knew understood confirmed announced means ensure ensured so now such
claim claims claimed argues argued insist insists insisted reported noted stated explained indicated
suggested show shows showed january february march april may june july august september october november
december monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year
morning evening night statement interview note letter briefing conference post posting tweet release
""".split()
)
RELATIVE_CLAUSE_EXAMPLES = (
    "The order that the president plans to sign on Friday has a review clause.",
    "The levy which the ministers want to double is small.",
)

ASKS = declare(
    "asks",
    # --- demands ------------------------------------------------------------------------------
    Ask(
        "want",
        """A party wants something, or wants another to act ("wants relief from the levy", "want the government
        to withdraw the rules"); "wants to" is an aim (objective).""",
        words=words("wants, want, wanted, is seeking, are seeking, seeks, seek, sought, seeking"),
        unless_after=r"\s+to\b|\s+(?:it|this|that)\s*[.,]",
        unless_before=r"\b(?:do|does|did|if|whatever|you|i)\s+(?:not\s+)?|" + NEGATED,
        examples=(
            "Japan wants relief from the 50% levy on its steel exports.",
            "Mr Okafor is seeking a 20% raise over three years for the drivers.",
        ),
        nothing=("Fans wanted to see the band again.",),
    ),
    Ask(
        "demand",
        """A demand, a call, an insistence ("demanded a public apology", "called for better pay", "insists on an
        audit", "is pressing for a four-day week", "holding out for $17 a share").""",
        words=words(
            "demand, demands, demanded, demanding, call for, calls for, called for, calling for, insist on, "
            "insists on, insisted on, insisting on, insist that, insists that, insisted that, insisting that, "
            "press for, presses for, pressed for, pressing for, push for, pushes for, pushed for, pushing for, "
            "hold out for, holds out for, holding out for, held out for, ask for, asks for, asked for, "
            "asking for, ask that, asks that, asked that, lobbying for, lobbied for"
        ),
        unless_after=r"\s+(?:caution|calm|restraint|patience|a\s+minute'?s\s+silence)\b",
        unless_before=ECONOMIC_DEMAND,
        examples=(
            "Thousands of nurses rallied to call for safe staffing from the hospital board.",
            "The lenders insist on an independent audit before any payout.",
            "The union is pressing for a four-day week, Mr Diaz said.",
        ),
        nothing=(
            "The weather calls for caution on the roads.",
            "Chipmakers are racing to meet growing demand for memory.",
        ),
    ),
    Ask(
        "urge",
        """A party urges, presses or asks another to act, the party asked named before "to" ("urged member
        states to cut their deficits", "asked delegates from the coastal states to share data").""",
        words=words(
            "urged, urges, urge, urging, pressed, presses, pressing, pressured, pressuring, pushed, pushing, "
            "asked, asks, asking, called on, calls on, calling on, expects, expect, wants, want, wanted, needs, "
            "need"
        ),
        after=ASKED_PARTY,
        unless_after=r"\s+(?:reporters|journalists|me|us|him|her|them|you|himself|herself|themselves)\s+to\b",
        asked=True,
        examples=(
            "The minister asked delegates from the coastal states to share catch data.",
            "Brussels pressed member states to cut their deficits.",
            "The mayor called on the bus operators to restore night routes.",
            "The five unions want the government to withdraw the regulations.",
        ),
        nothing=("He asked reporters to wait outside.", "She urged calm after the vote."),
    ),
    Ask(
        "expect",
        """A party expects something of the other ("expects no exceptions", "expects Tokyo to buy more gas");
        "is expected to" is a forecast, not an ask.""",
        words=words("expects, expect, expected that"),
        unless_before=r"\b(?:is|are|was|were|be|been|not|widely|analysts|economists)\s+",
        unless_after=r"\s+(?:to|that\s+the\s+weather)\b",
        examples=(
            "The alliance's chief expects no exceptions from any member.",
            "We expect the same from our partners, Ms Sato said.",
        ),
        nothing=("The vote is expected on Friday.",),
    ),
    Ask(
        "position",
        """A party's position in a dispute ("claims that Halden must pay", "argues that the clause is
        unenforceable", "maintains that", "countered that it was seeking lower fares").""",
        words=words(
            "claims that, claimed that, argues that, argued that, contends that, contended that, maintains that, "
            "maintained that, countered that, counters that, insists, insisted, insisting"
        ),
        unless_before=NOUN_USE,
        unless_after=r"\s+(?:(?:he|she|they|it)\s+(?:was|were|is|had)\s+(?:innocent|done\s+nothing|not\s+guilty))",
        examples=(
            "Ardent claims that Halden is obliged to buy every unused slot.",
            "The airline countered that it was only seeking lower fares for passengers.",
            "The president's allies are insisting the 80-year-old serves out his term.",
        ),
        nothing=("She insisted she had done nothing wrong.",),
    ),
    Ask(
        "reported-modal",
        """What a party says another must do, reported ("Ms Diaz told the rally that the ministry should fund the
        schools", "a spokesman warned that the changes would have to go ahead in April"): a demand by the one
        who says it of the one who must; what "we", "he" or "it" must do is no ask of another.""",
        words=words("should, must, needs to, need to, has to, have to, ought to"),
        before=SAYING_THAT
        + r"[^.;]{0,70}?\bthat\s+(?!(?:we|i|you|it|there|this|he|she|they)\s)(?:[\w’'.$%-]+\s+){1,8}?(?:would\s+)?",
        after=r"\s+(?!be\s+(?:said|noted)\b)\w",
        # analysts saying what a firm must do give advice, not a party's demand
        unless_before=r"\b(?:analysts?|economists?|experts?|observers?|critics?)\s+" + SAYING_THAT + r"[^.;]*",
        asked_before=True,
        examples=(
            "Union leader Ana Diaz told the crowd that the Legislature should spend its cash reserves on schools.",
            "A spokesman for the minister warned that the pension changes would have to go ahead in April.",
        ),
        nothing=(
            "The coach said that he must win the next game.",
            "She said the team should rest.",
            "Analysts said that the carmaker must sell assets.",
        ),
    ),
    Ask(
        "conditional-refusal",
        """A refusal that states its price: "will not accept any accord without a cap on imports", "won't back a
        deal unless".""",
        words=words("will not, won't, would not, cannot, refuses to, refused to"),
        after=r"\s+(?:back|accept|sign|agree\s+to|support|endorse)\b[^.;]{0,80}?\b(?:without|unless)\b",
        examples=(
            "The farmers' federation will not accept any accord without a cap on imports.",
            "Pilots won't back a merger unless seniority lists are merged fairly.",
        ),
        nothing=("The club will not sign new players this summer.",),
    ),
    # --- offers, plans, commitments -----------------------------------------------------------
    Ask(
        "offer",
        """An offer or a proposal ("offered $14.50 a share", "has proposed a joint committee", "is ready to
        offer", "in exchange for").""",
        words=words(
            "offer, offers, offered, offering, propose, proposes, proposed, proposing, in exchange for, "
            "in return for, ready to offer, willing to offer"
        ),
        unless_before=NOUN_USE + r"|\b(?:was|were|been|being|is|are)\s+",
        unless_after=r"\s+(?:by|from)\b|\s+(?:no|little)\s+comment",
        kind="offer",
        examples=(
            "Pinecrest offered $14.50 a share in cash and stock.",
            "The port authority has proposed a joint tariff board with the shippers.",
        ),
        nothing=("The offer by the lenders was not enough.", "No deal was offered at the meeting in May."),
    ),
    Ask(
        "in-return",
        """What a party gives for what it gets, told after the bargain ("In return, Vessa will open its ports, end
        the levy and free the prisoners"; "In exchange, the union would drop its claim"): one offer each.""",
        words=words("will, would, is to, are to, is ready to, are ready to, has agreed to, have agreed to"),
        before=r"\bin\s+(?:return|exchange),\s+(?:[\w’'.-]+\s+){1,5}",
        after=r"\s+\w",
        kind="offer",
        examples=(
            "In return, Vessa will open its ports to aid convoys, end the grain levy and free the prisoners.",
            "In exchange, the drivers' union would drop its claim for back pay.",
        ),
        nothing=("In return, the weather was kind to the farmers.",),
    ),
    Ask(
        "agree",
        """A party agrees or pledges to do something now ("have agreed to begin talks", "pledged to follow");
        what was agreed last week or years ago is background.""",
        words=words(
            "agreed to, agree to, agrees to, pledged to, pledges to, promised to, promises to, committed to, "
            "commits to, commit to, vowed to, undertook to, has accepted, have accepted"
        ),
        unless_before=PAST_TIME + r"[^.;]{0,40}|" + NOUN_USE,
        unless_after=r"\s+(?:block|kill|fight|oppose|vote\s+against|reject|veto|resist|stop|boycott|a\s+meeting)\b",
        kind="offer",
        examples=(
            "The EU and the US have agreed to begin talks on ending subsidies.",
            "G7 ministers had agreed to defer interest payments until the end of the year.",
        ),
        nothing=("Last week Vessa agreed to pause the levy.", "The G7 has made promises to end poverty before."),
    ),
    Ask(
        "plan",
        """A party's plan or commitment ("plans to invest £2bn", "is to set up an independent board", "is ready
        to cut fees", "will be allowed to leave", "ensured that the staff would keep their jobs").""",
        words=words(
            "plans to, plan to, planned to, planning to, is to, are to, ready to, willing to, prepared to, "
            "will be allowed to, would be allowed to, ensured that, ensure that, would take action to, "
            "will take action to, is likely to, are likely to"
        ),
        after=r"(?<=that)|(?<=\bto)\s+(?!be\s+(?:held|published|announced|named|seen|expected)\b)"
        r"(?!retire\b|step\s+down\b)\w",
        kind="offer",
        examples=(
            "Kestrel plans to spend €2bn modernising its northern plants.",
            "The port authority is to create an independent tariff board.",
            "The club says the striker will be allowed to leave in January.",
            "Newspapers have speculated that Ardent may be willing to accept a cash payment.",
        ),
        nothing=("The ceremony is to be held on Friday.", "The chief executive plans to retire in May."),
    ),
    # --- aims ---------------------------------------------------------------------------------
    Ask(
        "hope-clause",
        """A party's hope told as a clause without "that" ("hoped the swap would open the way for direct talks",
        "are hopeful the truce could lead to a settlement").""",
        words=words("hope, hopes, hoped, hoping, hopeful"),
        after=r"\s+(?:the|a|an|this|his|her|its|their|our|both|all|any)\s+[^.;]{0,80}?\b(?:would|will|could|can|may)\s",
        # "little hope the rain will stop", "the hope": the noun, nobody's aim
        unless_before=NEGATED + r"|" + NOUN_USE + r"|\b(?:little|some|slim|faint|high|new|renewed|false|much)\s+",
        kind="objective",
        examples=(
            "He said he hoped the exchange would open the way for direct talks with the rebels.",
            "Both sides are hopeful the truce could lead to a lasting settlement.",
        ),
        nothing=("Fans lost hope after the third defeat.", "There is little hope the rain will stop."),
    ),
    Ask(
        "hope",
        """A party's hope, aim or intent ("hopes to close a deal before winter", "intends to propose an accord",
        "in an attempt to reach agreement", "talks aimed at reopening the border").""",
        words=words(
            "hope to, hopes to, hoped to, hoping to, hope that, hopes that, hoped that, hoping that, "
            "hopeful that, aim to, aims to, aimed to, aiming to, aimed at, aims at, intend to, intends to, "
            "intended to, in an attempt to, seek to, seeks to, sought to, seeking to, want to, wants to, "
            "wanted to, is determined to, are determined to, pursuing, goal is to, aim is to, objective is to, "
            "focus on, top of the agenda"
        ),
        unless_after=r"\s+(?:thank|congratulate|apologi[sz]e|say|see\s+the\s+band|enjoy)\b",
        unless_before=NEGATED,
        kind="objective",
        examples=(
            "Arland hopes to close a deal on grain quotas before winter.",
            "The minister intends to propose a water-sharing accord at the summit.",
            "Both sides said the talks were aimed at reopening the border by spring.",
        ),
        nothing=(
            "'I want to thank our fans,' she said.",
            "The strikers are not aiming to disrupt travel, a spokeswoman said.",
        ),
    ),
)

# First-person asks in a party's own words ("We want the studio to ...", "Let's make a deal").
QUOTED_ASKS = declare(
    "quoted-asks",
    Ask(
        "first-person",
        """A party asks in its own words: "we want", "we need", "I just want", "we would appreciate", "let's",
        "we have agreed to" (also with the editor's brackets: "[We] have agreed to"), "we are asking"; thanks and
        greetings are no ask.""",
        words=words(
            "we want, we need, we expect, we demand, we ask, we are asking, we're asking, we are seeking, "
            "we will not accept, we won't accept, we would appreciate, we'd appreciate, we’d appreciate, "
            "we have agreed to, we've agreed to, we] have agreed to, we] want, we] need, "
            "i want, i just want, i really want, let's, let’s, "
            "we would therefore, we call on, we urge"
        ),
        unless_after=r"\s+(?:to\s+)?(?:thank|congratulate|apologi[sz]e|say\s+(?:thanks|sorry)|wish)\b",
        examples=(
            "“I want the studio to give me back my masters,” said Lia Moss.",
            "“We need the ministry to decide this week,” the union's leader, Ana Diaz, said.",
            "“Let's get this done,” Prime Minister Ola Berg told reporters.",
            "“[We] have agreed to grant the broadcaster all rights to the concert,” the label's chief Ana Diaz said.",
        ),
        nothing=("“I want to thank our fans,” singer Lia Moss said.",),
    ),
    Ask(
        "party-modal",
        """A party says in its own words what another must do ("The ministry needs to publish the rules", "the
        board must drop the rule"); what "we" or "you" must do is no ask of another.""",
        words=words("needs to, need to, must, should, has to, have to, ought to"),
        # a pronoun, not a determiner: "this matter needs to be settled with us" asks it of the other side
        unless_before=r"\b(?:we|i|you|it|this|that|there|one)\s+(?:(?:really|also|just|still|now|all|both)\s+)?",
        after=r"\s+(?!be\s+(?:said|noted)\b)\w",
        examples=(
            "“The ministry needs to publish the tender rules now,” a spokesman for Ardent said.",
            "“The board must drop the overtime rule,” union leader Ana Diaz said.",
            "“Any deal on this matter needs to be made with our lawyers,” the label said in a statement.",
        ),
        nothing=("“We must win this game,” coach Tim Berg said.",),
    ),
)
