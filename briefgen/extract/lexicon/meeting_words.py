"""Rule data of the meeting: how news writing says who meets whom, where, and which side people are on.

Frames (`FRAMES`) find the two parties of the meeting in a sentence; the place comes from the words
after a meeting word ("will meet ... in Tromsø", "is in Quito meeting ..."), a place adjective ("the Oslo
meeting"), a place verb ("surrounded the Statehouse", "striking at the airport"), never from the place of
another event ("ahead of the June summit in Lima"). All word lists are lowercase.
"""

from __future__ import annotations

from briefgen.extract.constructions import Frame

# Words that mark the meeting itself (the sentence that gives the meeting's date and purpose).
MEETING_VERBS = (
    "meet",
    "meets",
    "met",
    "meeting",
    "visit",
    "visits",
    "travel",
    "travels",
    "talks",
    "summit",
    "negotiations",
    "bargaining",
    "present",
    "sit down",
    "round of",
)

# The subject of a frame: what stands before its verb, up to a clause break.
_AUX = (
    r"(?:(?:will|would|is|are|was|were|has|have|had|to|due|set|scheduled|expected|plans?|planned|also|now|then"
    r"|again)\s+){0,4}"
)
_TALKS = r"(?:talks|negotiations|discussions|a\s+meeting|meetings|a\s+round\s+of\s+talks)"
_DEAL = r"(?:settlement|agreement|deal|accord|truce|pact|ceasefire)"

FRAMES = (
    Frame(
        "meet",
        """A meets, will meet or is meeting B ("Ms Brandt will meet Mr Issak", "is in Lusaka meeting with envoys
        from the Sahel", "his first meeting with the president").""",
        r"\b" + _AUX + r"(?:meet|meets|met|meeting\s+with)(?:\s+with)?\s+(?=[\w“\"'])",
        "subject-object",
        examples=(
            (
                "Fisheries Minister Olga Brandt will meet her Norvian counterpart, Pavel Issak, in Tromsø.",
                "Olga Brandt",
                "Pavel Issak",
            ),
            (
                "Kestrel will meet car giant Vantor Motors on Tuesday over the future of the plant.",
                "Kestrel",
                "Vantor Motors",
            ),
        ),
        nothing=("The minister met reporters after the vote.",),
    ),
    Frame(
        "talks-with",
        """A holds, begins or resumes talks with B ("Rail unions will hold talks with Transport Secretary Mara
        Quist").""",
        r"\b" + _AUX + r"(?:hold|holds|held|holding|have|has|had|begin|began|begun|resume|resumed|open|opened|start"
        r"|started|continue|continued)\s+(?:\w+\s+){0,2}?" + _TALKS + r"\s+with\s+",
        "subject-object",
        examples=(
            (
                "Rail unions will hold private talks with Transport Secretary Mara Quist in Dunmore.",
                "Rail unions",
                "Mara Quist",
            ),
        ),
        nothing=("Talks will resume in the spring.",),
    ),
    Frame(
        "between",
        """The meeting, talks or a go-between between A and B ("The meeting between Kestrel chief Dana Holm and
        Vantor's Ray Oduya", "a middle-man between President Ako Mensa and the army commanders").""",
        r"\b(?:meeting|meetings|talks|negotiations|summit|middle-?man|go-between|mediator|mediation|mediating|mediate)"
        r"\s+between\s+",
        "between",
        examples=(
            (
                "The meeting between Kestrel chief Dana Holm and Vantor's Ray Oduya is set for Basel.",
                "Dana Holm",
                "Ray Oduya",
            ),
            (
                "A retired judge is acting as a go-between between President Ako Mensa and the army commanders.",
                "Ako Mensa",
                "the army commanders",
            ),
        ),
        nothing=("Talks between the two leaders broke down in 2011.",),
    ),
    Frame(
        "joint-talks",
        """A and B begin, hold or resume talks ("Arland and Belmark have agreed to open talks", "Pinecrest Airlines
        and Coastline Airways will resume merger negotiations").""",
        r"\b"
        + _AUX
        + r"(?:agreed\s+to\s+)?(?:resume|begin|hold|open|start|restart|continue)\s+(?:\w+\s+){0,2}?"
        + _TALKS
        + r"\b",
        "joint",
        examples=(("Arland and Belmark have agreed to open talks on a joint fishing zone.", "Arland", "Belmark"),),
        nothing=("Officials will begin talks on Monday.",),
    ),
    Frame(
        "deal-with",
        """A reaches, announces or seeks an agreement with B ("Greyfield reached a settlement with Vidora", "Arland
        is seeking to reach a firm agreement with its neighbours").""",
        r"\b(?:reached|reach|reaches|announced|announces|signed|signs|struck|strikes|seeking|seeks|sought|negotiating"
        r"|negotiates|negotiated)\s+(?:to\s+reach\s+)?(?:\w+\s+){0,4}?" + _DEAL + r"\s+with\s+",
        "subject-object",
        examples=(
            (
                "Greyfield announced a settlement with the streaming service Vidora over royalties.",
                "Greyfield",
                "Vidora",
            ),
        ),
        nothing=("The deal was signed in 2019.",),
    ),
    Frame(
        "present-to",
        """A travels to present a plan to B ("will travel to The Hague to present the plan to Mark Rutte").""",
        r"\bpresent\w*\s+[^.;]{0,60}?\bto\s+(?=[A-Z])",
        "subject-object",
        examples=(
            (
                "Helena Brito will travel to Oslo on Monday to present the spending plan to Jon Dahl.",
                "Helena Brito",
                "Jon Dahl",
            ),
        ),
        nothing=("The prize was presented to the winner.",),
    ),
    Frame(
        "at-the-table",
        """A returns or comes back to the bargaining table (B is the side A bargains with, named elsewhere).""",
        r"\b" + _AUX + r"(?:return|returns|returned|returning|come\s+back|came\s+back|go\s+back|went\s+back|head\s+back"
        r"|headed\s+back|sit\s+down|back)\s+(?:to|at)\s+the\s+(?:bargaining|negotiating)\s+table",
        "subject",
        examples=(("Nurses at Lakeview will return to the bargaining table on Wednesday.", "nurses", ""),),
        nothing=("The table was set for dinner.",),
    ),
    Frame(
        "demand-from",
        """A calls for or demands something from B ("Doctors marched to demand safer rotas from the health
        board").""",
        r"\b(?:call|calls|called|calling)\s+for\s+[^.;]{0,80}?\bfrom\s+|\b(?:demand|demands|demanded|demanding)\s+"
        r"[^.;]{0,80}?\bfrom\s+",
        "subject-object",
        examples=(
            (
                "Thousands of doctors marched to demand safer rotas from the health board.",
                "doctors",
                "the health board",
            ),
        ),
        nothing=("She called for calm from her home.",),
    ),
    Frame(
        "strike",
        """A side's workers are on strike or walking out (their employer, named as the one they are "contracted by"
        or "employed by", is the other side).""",
        r"\b(?:are|were|is|was|will\s+be|went|go|goes|have\s+gone|began)\s+(?:on\s+strike|striking|walking\s+out)\b",
        "subject",
        examples=(("Hundreds of cleaners are striking at Tarvik airport on Monday.", "cleaners", ""),),
        nothing=("The clock was striking twelve.",),
    ),
    Frame(
        "refusal",
        """B will not back A's plan ("the US says it cannot support Mr Vell's fund"): A proposed it, B is across
        the table.""",
        r"\b(?:cannot|can\s+not|could\s+not|will\s+not|won't|would\s+not|does\s+not|refuses\s+to|refused\s+to)\s+"
        r"(?:support|accept|back|endorse)\s+(?=(?:the\s+)?(?:[A-Z]\S*\s+){0,2}\S+['’]s\b)",
        "refusal",
        examples=(("But Kordan says it cannot support Mr Vell's lending fund.", "Vell", "Kordan"),),
        nothing=("The ministry cannot support the plan.",),
    ),
)

# How news writing names the employer of people on strike ("those taking part are contracted by X").
EMPLOYED_BY = (
    r"\b(?:contracted|employed|hired|paid)\s+by\s+(?:the\s+)?(?P<employer>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})"
)

# Group nouns that name a government or its administration: its head of government represents it.
GOVERNMENT_NOUNS = frozenset("government administration state ministry cabinet regime authorities".split())

# Words before a meeting word that make it another event's ("ahead of the upcoming summit in Lima").
OTHER_EVENT = (
    r"(?:ahead\s+of|before|after|upcoming|next|previous|last|since|for)\s+(?:the\s+|a\s+|this\s+|its\s+)?"
    r"(?:\w+\s+){0,3}"
)

# Verbs whose place is where the meeting, rally or strike is ("surrounded the Statehouse", "striking at the
# airport", "rallied outside city hall").
PLACE_VERBS = (
    r"(?:surrounded|packed|filled|marched\s+(?:on|to)|rallied\s+(?:at|outside|in)|gathered\s+(?:at|outside|in)"
    r"|protested\s+(?:at|outside|in)|striking\s+at|on\s+strike\s+at|picketed|picketing)"
)

# Heads of venues: a venue named alone is joined to the city the lead names ("Commerce Department, Washington").
VENUE_HEADS = frozenset(
    """
house department ministry office hall hotel headquarters building palace statehouse capitol chancellery
embassy residence centre center
""".split()
)

# Roles of people the reporter talks to who do not speak for a side at the table (a teacher at a rally, a
# nurse on the ward, a cleaner, a resident): they are never a side's representative.
RANK_AND_FILE = frozenset(
    """
teacher teachers nurse nurses worker workers cleaner cleaners driver drivers resident residents student
students passenger passengers fan fans voter voters member members employee employees parent parents
farmer farmers shopper shoppers patient patients correspondent reporter editor columnist
""".split()
)

# Roles that speak for a side without leading it: a representative only when the side has no other person.
VOICES = frozenset("spokesman spokeswoman spokesperson aide aides press secretary".split())
