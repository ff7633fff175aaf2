"""Rule data for extraction: titles, role nouns, reporting verbs and cue words.

Kept apart from the logic (entities.py, quotes.py, meeting.py) so a rule
can be read, reviewed and extended as a list. All entries are lowercase; matching is on
lowercased tokens. Each list states a pattern of English news writing, not one article's words.
"""

from __future__ import annotations

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
think-tank
""".split()
)
# A former official speaking from outside is an expert too ("a former trade negotiator").
EXPERT_PREFIXES = ("former ",)

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

# The last word of an organisation's name ("Future Borders Coalition", "Justice Department").
ORG_HEADS = frozenset(
    """
office ministry department agency bureau commission committee council court parliament congress
senate assembly house party union league association alliance coalition federation confederation
organization organisation institute institution university college school academy foundation fund
bank bancorp group company co co. corp corp. corporation inc inc. ltd ltd. plc llc holdings partners
airlines airways airline motors industries systems technologies services health hospital hospitals
network networks times post news press media forum board authority administration guard army navy
force forces police service research center centre society chamber trust review journal exchange
club team cabinet government treaty agreement pact accord summit nations
""".split()
)

# Organisation heads that name an agreement or process: a topic of the brief, not a stakeholder.
AGREEMENT_HEADS = frozenset("agreement treaty pact accord review".split())

# The last word of a place name ("Mexico City", "Nuevo León" is caught by having no person evidence).
PLACE_HEADS = frozenset(
    "city county state province island islands street avenue square bay river valley region hill".split()
)
PLACE_PREFIXES = frozenset("st. st mount mt. lake fort port cape san santa los las new".split())

# Countries and the capitals news writing uses for governments ("Washington set a 15% tariff").
COUNTRIES = frozenset(
    """
afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus
belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia croatia cuba
cyprus czechia denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece
guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
jordan kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania luxembourg malaysia mali
malta mexico moldova mongolia montenegro morocco myanmar nepal netherlands nicaragua niger nigeria
norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia
rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia
zimbabwe america britain england scotland wales u.s. us u.k. uk eu nato
""".split()
)
# Capitals (and short forms) news writing uses for a country's government ("Washington set a tariff").
CAPITAL_OF = {
    "washington": "United States",
    "ottawa": "Canada",
    "beijing": "China",
    "tokyo": "Japan",
    "moscow": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "london": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "lisbon": "Portugal",
    "madrid": "Spain",
    "rome": "Italy",
    "mexico city": "Mexico",
    "seoul": "South Korea",
    "taipei": "Taiwan",
    "delhi": "India",
    "canberra": "Australia",
    "tehran": "Iran",
    "ankara": "Turkey",
    "cairo": "Egypt",
    "riyadh": "Saudi Arabia",
    "jerusalem": "Israel",
    "warsaw": "Poland",
    "vienna": "Austria",
    "stockholm": "Sweden",
    "oslo": "Norway",
    "copenhagen": "Denmark",
    "helsinki": "Finland",
    "dublin": "Ireland",
    "athens": "Greece",
    "bern": "Switzerland",
    "brasilia": "Brazil",
    "u.s.": "United States",
    "us": "United States",
    "america": "United States",
}
# Seats of international bodies: places, not a country's government.
CAPITALS = frozenset(CAPITAL_OF) | {"brussels", "the hague", "hague", "geneva"}

# Lowercase words too common to link two items by topic (mitigations are matched on the rest).
COMMON_WORDS = frozenset(
    """
that this with from have been will would could their there they them what when which while said says also
more than into over about after before other such only even just very
""".split()
)

# Nationality adjectives: capitalised, never a person, and they tell a person's country.
NATIONALITIES = {
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "canadian": "Canada",
    "mexican": "Mexico",
    "japanese": "Japan",
    "chinese": "China",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "italian": "Italy",
    "spanish": "Spain",
    "portuguese": "Portugal",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "indian": "India",
    "korean": "Korea",
    "south korean": "South Korea",
    "australian": "Australia",
    "brazilian": "Brazil",
    "israeli": "Israel",
    "turkish": "Turkey",
    "polish": "Poland",
    "dutch": "Netherlands",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "irish": "Ireland",
    "european": "European Union",
    "iranian": "Iran",
    "saudi": "Saudi Arabia",
    "egyptian": "Egypt",
    "taiwanese": "Taiwan",
    "belgian": "Belgium",
    "greek": "Greece",
    "austrian": "Austria",
    "swiss": "Switzerland",
    "danish": "Denmark",
    "finnish": "Finland",
    "hungarian": "Hungary",
    "czech": "Czechia",
    "romanian": "Romania",
    "argentine": "Argentina",
    "chilean": "Chile",
    "colombian": "Colombia",
    "venezuelan": "Venezuela",
    "cuban": "Cuba",
    "nigerian": "Nigeria",
    "kenyan": "Kenya",
    "pakistani": "Pakistan",
    "afghan": "Afghanistan",
    "syrian": "Syria",
    "iraqi": "Iraq",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "indonesian": "Indonesia",
    "filipino": "Philippines",
}

# Name particles that may sit inside a person's name ("Viana do Castelo" has no person evidence).
NAME_PARTICLES = frozenset("de da do dos das del della der den van von la le bin ibn al el di du".split())

# Connectors allowed inside an organisation's name after its head ("Ministry of Economy").
ORG_CONNECTORS = frozenset("of for on".split())

# Pronouns that refer to a person.
PERSON_PRONOUNS = frozenset("he she him her his hers".split())
POSSESSIVE_PRONOUNS = frozenset("his her hers".split())

# --- sections -----------------------------------------------------------------------------
# The cue constructions of expert advice, asks, risks and background are in `extract/rules/`.

# Words that mark the meeting itself.
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
    "host",
    "hosts",
    "round of",
)
