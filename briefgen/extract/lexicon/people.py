"""Rule data about people: the titles and roles written around a name, honorifics, the words that
open a sentence but never a name, and the pronouns that refer back to a person.

All entries are lowercase; matching is on lowercased tokens."""

from __future__ import annotations

from briefgen.extract.lexicon.speech import ANONYMOUS_SPEAKER_NOUNS

# Words that, written before a name, make it a person's title ("U.S. President Donald Trump",
# "Conservative leader Pierre Poilievre", "Commerce Secretary Howard Lutnick").
TITLE_WORDS = frozenset(
    """
president prime minister secretary representative chancellor premier king queen prince princess
pope emperor sheikh emir sultan senator sen sen. governor gov gov. mayor ambassador chairman chairwoman
chair chairperson director commissioner general spokesperson spokesman spokeswoman judge justice
attorney prosecutor sheriff chief ceo cfo coo founder leader treasurer speaker envoy negotiator
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady rep rep. prof prof. professor gen. col. lt. capt. adm.
admiral colonel captain lieutenant sergeant commander marshal rabbi cardinal bishop archbishop
analyst economist officer head deputy vice counterpart
""".split()
)

# Titles that stay part of the name when only one name word follows ("King Charles", "Pope Leo").
NAME_KEEPING_TITLES = frozenset("king queen prince princess pope emperor sheikh emir sultan sir dame lord lady".split())

# Honorifics written with a first name, not a surname ("Sir Keir" is Keir Starmer).
FIRST_NAME_HONORIFICS = frozenset("sir dame".split())

# Honorifics that are not a role ("Mr. Smith" has no role).
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady".split())

# Lowercase modifiers that may sit inside a title before a name ("former prime minister", "deputy chief").
TITLE_MODIFIERS = frozenset(
    """
former deputy vice acting interim foreign prime assistant associate senior junior chief executive
general principal managing finance defence defense trade economy health labor labour interior
justice home state federal provincial national regional district union party opposition press
communications commerce transport energy environment education agriculture industry immigration security
treasury economic
""".split()
)

# Nouns that make an appositive a role ("Laura Dawson, executive director of ...").
ROLE_NOUNS = frozenset(
    """
president minister secretary representative chancellor premier king queen prince princess pope
senator governor mayor ambassador chairman chairwoman chair chairperson director commissioner general
spokesperson spokesman spokeswoman judge justice attorney prosecutor sheriff chief ceo cfo coo cto
founder co-founder leader treasurer speaker envoy negotiator officer official executive manager head
analyst economist expert fellow professor researcher scholar strategist consultant adviser advisor
mediator diplomat lawyer partner correspondent editor member nurse doctor physician teacher worker
pilot engineer organizer organiser campaigner activist lawmaker legislator mp congressman congresswoman
delegate commander colonel captain admiral lieutenant sergeant president-elect owner investor banker
trader lobbyist spokesperson historian scientist observer specialist lecturer dean principal
""".split()
)

# Role or credential words that make a person an expert (their advice goes to expert_advice).
EXPERT_WORDS = frozenset(
    """
analyst analysts economist economists expert experts fellow professor researcher scholar strategist
consultant adviser advisor mediator observer observers specialist lecturer historian scientist
think-tank research
""".split()
)

# A former official speaking from outside is an expert too ("a former trade negotiator").
EXPERT_PREFIXES = ("former ",)

# Nouns for the staff of a company or body, written after its name ("Goldman Sachs analysts said"):
# the name before them is not the one speaking.
STAFF_NOUNS = ANONYMOUS_SPEAKER_NOUNS | frozenset(
    """
analyst economists economist strategists strategist lawyers lawyer researchers researcher employees
workers experts expert
""".split()
)

# Words that begin a sentence with a capital but never begin a name.
SENTENCE_STARTERS = frozenset(
    """
a an the this that these those there here it its it's he she they we i you his her their our my your
since while though although when whenever after before under over in on at for with without but and
or nor so yet if because as despite during until unless once also still however meanwhile moreover
both other others many some all each every most several few such no not only even just then now
later earlier today yesterday tomorrow last next first second third according asked
""".split()
)

# Days and months: capitalised, never a person.
CALENDAR_WORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul.
aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
""".split()
)

# Name particles that may sit inside a person's name ("Viana do Castelo" has no person evidence).
NAME_PARTICLES = frozenset("de da do dos das del della der den van von la le bin ibn al el di du".split())

# Pronouns that refer to a person.
PERSON_PRONOUNS = frozenset("he she him her his hers".split())

POSSESSIVE_PRONOUNS = frozenset("his her hers".split())

# Words right before a name that make it no subject of its sentence ("talks with Carney began": the
# talks are the subject, not Carney).
PREPOSITIONS = frozenset(
    "with to of by for from on at about against than like between among toward towards into and or".split()
)

# Role nouns written right before a name, lowercase or capitalised, that are the person's role though no
# title ("BT chief executive Ben Roe", "math teacher Ana Diaz", "talent manager Sam Lee", "cabinet ministers
# Ada Moyo and Bo Kasi", "Superintendent Jo McKay", "The priest, Fidelis Oko,"). Plurals serve a list of names.
ROLE_HEADS = frozenset(
    """
executive executives manager managers teacher teachers correspondent correspondents adviser advisers advisor
advisors director directors minister ministers boss bosses superintendent congresswoman congressman
councillor councilor councilwoman councilman assemblyman assemblywoman lawmaker lawmakers legislator
priest pastor imam reverend nun cleaner cleaners nurse nurses doctor worker workers driver drivers pilot
pilots engineer organizer organiser campaigner activist official officials editor reporter columnist
lecturer researcher scientist historian strategist consultant lawyer lawyers attorney partner founder
co-founder owner investor banker trader lobbyist mediator diplomat diplomats delegate negotiators
member members trustee trustees coach player captain
""".split()
)

# Words that end a role written before a name: nothing before them belongs to it ("said", "the", "and").
DESCRIPTOR_STOPS = (
    SENTENCE_STARTERS
    | PREPOSITIONS
    | frozenset(
        """
is was are were be been has have had will would could should may might can did does do said says told
added who which whom whose by
""".split()
    )
)

# Openings after which a pair or list of two-word names are people ("the likes of Zed Marlo and Kia Brandt").
PEOPLE_LIST_OPENINGS = ("the likes of",)
