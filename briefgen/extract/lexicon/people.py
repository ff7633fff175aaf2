"""Rule data about people: the titles and roles written around a name, the words that open a sentence
but never a name, and the pronouns that refer back to a person. Titles and honorifics themselves are in
`model/name_words.py`.

All entries are lowercase; matching is on lowercased tokens. Each list carries invented examples
(`*_EXAMPLES`) that tests/extract/test_lexicon_people.py runs through extraction.
"""

from __future__ import annotations

from briefgen.extract.lexicon.speech import ANONYMOUS_SPEAKER_NOUNS
from briefgen.model.examples import Example

# British honours are written with the first name, not the surname: "Sir Tom" is Tom Vale, once the
# article has named him in full.
FIRST_NAME_HONORIFICS = frozenset("sir dame".split())
FIRST_NAME_HONORIFICS_EXAMPLES = (
    Example("Tom Vale, the mayor, spoke first. Sir Tom said the vote was close.", mentions=(("Sir Tom", "Tom Vale"),)),
    # counter-example: other honorifics go with a surname: "Mr. Tom" is someone called Tom
    Example("Tom Vale, the mayor, spoke first. Mr. Tom said little.", people=(("Tom", None), ("Tom Vale", "mayor"))),
)

# Lowercase words that qualify a title written before a name ("former prime minister Jo Bell", "deputy
# chief Li Wen"): they belong to the role, but make none without a title word.
TITLE_MODIFIERS = frozenset(
    """
former deputy vice acting interim foreign prime assistant associate senior junior chief executive
general principal managing finance defence defense trade economy health labor labour interior
justice home state federal provincial national regional district union party opposition press
communications commerce transport energy environment education agriculture industry immigration security
treasury economic
""".split()
)
TITLE_MODIFIERS_EXAMPLES = (
    Example("The plan was backed by former prime minister Jo Bell.", people=(("Jo Bell", "former prime minister"),)),
    Example("Talks were led by deputy trade minister Li Wen.", people=(("Li Wen", "deputy trade minister"),)),
    # counter-example: modifiers without a title word are no role
    Example("The senior Jo Bell replied at once.", people=(("Jo Bell", None),)),
)

# News writing gives a person's job after the name, between commas ("Lena Ortiz, an economist at the Bank
# of Ardonia, said ..."): the appositive is a role when one of its words is one of these nouns. A noun
# that one person alone holds ("the mayor") then mentions that person.
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
ROLE_NOUNS_EXAMPLES = (
    Example(
        "Lena Ortiz, an economist at the Bank of Ardonia, said rates would rise.", people=(("Lena Ortiz", "economist"),)
    ),
    Example(
        "Tom Vale, the mayor, arrived. The mayor said the plant would close.", mentions=(("The mayor", "Tom Vale"),)
    ),
    # counter-examples: an appositive without a role noun is no role (nor a sign of a person)
    Example("Dana Wu, a mother of three, said the school must stay open.", people=(("Dana Wu", None),)),
    Example("Mayor Dana Wu, 45, said the school must stay open.", people=(("Dana Wu", "Mayor"),)),
)

# Analysts, economists, fellows and scholars speak from outside the talks: a role or credentials holding
# one of these words make the person an expert, whose advice is the brief's expert advice.
EXPERT_WORDS = frozenset(
    """
analyst analysts economist economists expert experts fellow professor researcher scholar strategist
consultant adviser advisor mediator observer observers specialist lecturer historian scientist
think-tank research
""".split()
)
EXPERT_WORDS_EXAMPLES = (
    Example("Lena Ortiz, a trade analyst at Northgate, warned of delays.", experts=("Lena Ortiz",)),
    Example("Economist Paul Dorn said prices would rise.", experts=("Paul Dorn",)),
    # counter-example: an office is no expertise
    Example("Lena Ortiz, the trade minister, warned of delays.", not_experts=("Lena Ortiz",)),
)

# A former official speaks from outside too: "Paul Dorn, a former trade negotiator" is an expert.
EXPERT_PREFIXES = ("former ",)
EXPERT_PREFIXES_EXAMPLES = (
    Example("Paul Dorn, a former trade negotiator, said the deal was weak.", experts=("Paul Dorn",)),
    # counter-example: the serving negotiator is not
    Example("Paul Dorn, the chief trade negotiator, said the deal was weak.", not_experts=("Paul Dorn",)),
)

# News writing names a body's staff by the body's name and a noun ("Harlow Bank analysts said"): the
# name before them is not the one speaking, and no person.
STAFF_NOUNS = ANONYMOUS_SPEAKER_NOUNS | frozenset(
    """
analyst economists economist strategists strategist lawyers lawyer researchers researcher employees
workers experts expert
""".split()
)
STAFF_NOUNS_EXAMPLES = (
    Example("Harlow Bank analysts said the deal would stall.", not_people=("Harlow",)),
    Example("Vance Rigby officials said the mine would reopen.", not_people=("Rigby",)),
    # counter-example: a person's name before the reporting verb is a person
    Example("Vance Rigby said the mine would reopen.", people=(("Vance Rigby", None),)),
)

# Words that begin a sentence with a capital but never begin a name: "Finally Demi arrived", "To
# Marsh's surprise", "Knowing Bardos, she waited" name Demi, Marsh and Bardos alone. First names that are
# also such words ("Will", "May") are left out: "said correspondent Will Hart" names Will Hart.
SENTENCE_STARTERS = frozenset(
    """
a an the this that these those there here it its it's he she they we i you his her their our my your
since while though although when whenever after before under over in on at for with without but and
or nor so yet if because as despite during until unless once also still however meanwhile moreover
both other others many some all each every most several few such no not only even just then now
later earlier today yesterday tomorrow last next first second third according asked
to is was are were be has have had do does did can could would should might must finally
perhaps besides knowing having being given speaking instead indeed unlike like among about around
through throughout toward towards within regardless thus hence overall initially eventually ultimately
currently recently previously fortunately unfortunately sadly luckily clearly obviously apparently
certainly surely actually really yes well oh maybe hopefully interestingly importantly notably
additionally similarly likewise nonetheless nevertheless otherwise accordingly consequently therefore
anyway sometimes often usually always never soon already again along across beyond behind beside upon
via amid into inside outside near including following regarding considering plus what who where why
how which whose let please thank thanks dear
""".split()
)
SENTENCE_STARTERS_EXAMPLES = (
    Example("While Tom Vale said the plant would close, workers stayed.", people=(("Tom Vale", None),)),
    Example("Meanwhile Ana Ruiz said the talks would resume.", people=(("Ana Ruiz", None),), not_people=("Meanwhile",)),
    # counter-example: a capitalised word that is no starter stays in the name
    Example("Rosa Tom Vale said the plant would close.", people=(("Rosa Tom Vale", None),)),
)

# Days and months are capitalised but never part of a name ("On Monday Tom Vale said ...").
CALENDAR_WORDS = frozenset(
    """
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul.
aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
""".split()
)
CALENDAR_WORDS_EXAMPLES = (
    Example("On Monday Tom Vale said the plant would close.", people=(("Tom Vale", None),), not_people=("Monday",)),
    Example("Tom Vale said in January the plant would close.", people=(("Tom Vale", None),)),
    # counter-example: only the day and month names themselves, not words that start like them
    Example("Mayor Marchetti said the plant would close.", people=(("Marchetti", "Mayor"),)),
)

# Months that are surnames too: after a first name or an honorific they end a name ("Theresa May",
# "Ms. May said"), never after a number or a day ("on May 5", "Friday, May 3").
MONTH_SURNAMES = frozenset("may june april august".split())
MONTH_SURNAMES_EXAMPLES = (
    Example("Rosa May, the mayor, said the vote would be close.", people=(("Rosa May", "mayor"),)),
    # counter-example: after a number or a day the month is a date, not a surname
    Example(
        "Tom Vale said on Friday, May 3 the vote would be close.", people=(("Tom Vale", None),), not_people=("May",)
    ),
)

# Lowercase particles inside a person's name ("Ana de Souza", "Ursula von der Leyen"), one or two of them
# between name words; the surname with its particles names the person later ("von der Leyen").
NAME_PARTICLES = frozenset("de da do dos das del della der den van von la le bin ibn al el di du".split())
NAME_PARTICLES_EXAMPLES = (
    Example("Ana de Souza said the vote would be close.", people=(("Ana de Souza", None),)),
    Example(
        "Mayor Rita van der Berg spoke first. Later van der Berg said the vote would be close.",
        mentions=(("van der Berg said", "Rita van der Berg"),),
    ),
    # counter-example: a place with a particle has no person's evidence
    Example("Viana do Castelo hosted the talks.", not_people=("Castelo",)),
)

# Pronouns that refer back to a person named before ("Ana Ruiz arrived late. She said ..."); the
# possessive ones name an owner, not the one who acts ("Her aide said ...").
PERSON_PRONOUNS = frozenset("he she him her his hers".split())
POSSESSIVE_PRONOUNS = frozenset("his her hers".split())
PERSON_PRONOUNS_EXAMPLES = (
    Example("Finance Minister Ana Ruiz arrived late. She said the talks stalled.", mentions=(("She", "Ana Ruiz"),)),
    Example(
        "Finance Minister Ana Ruiz arrived late. Her aide said the talks stalled.", mentions=(("Her", "Ana Ruiz"),)
    ),
    # counter-example: the letters of a pronoun inside a word are none
    Example("Finance Minister Ana Ruiz arrived late. The shepherd left.", not_mentions=("shepherd", "The")),
)
POSSESSIVE_PRONOUNS_EXAMPLES = (
    Example("Finance Minister Ana Ruiz arrived late. His aide said the talks stalled.", subject=""),
    # counter-example: a pronoun that is no possessive is the subject
    Example("Finance Minister Ana Ruiz arrived late. She said the talks stalled.", subject="Ana Ruiz"),
)

# Words right before a name that make it no subject of its sentence ("Talks with Tom Vale began": the
# talks are the subject); a pronoun in the next sentence then looks further back.
PREPOSITIONS = frozenset(
    "with to of by for from on at about against than like between among toward towards into and or".split()
)
PREPOSITIONS_EXAMPLES = (
    Example("Talks with Mayor Tom Vale began on Monday.", subject=""),
    Example("Mayor Tom Vale met Ana Ruiz on Monday.", subject="Tom Vale"),
    # counter-example: the words only count right before the name
    Example("With the vote done, Mayor Tom Vale left.", subject="Tom Vale"),
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
ROLE_HEADS_EXAMPLES = (
    Example("The plan was drafted by talent manager Sam Lee.", people=(("Sam Lee", "talent manager"),)),
    Example(
        "Primary school teacher Omar Diaz said the pay was low.", people=(("Omar Diaz", "Primary school teacher"),)
    ),
    # counter-example: a one-word name after a role noun names a company, not a person
    Example("The manager Norcom hired left in May.", not_people=("Norcom",)),
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
DESCRIPTOR_STOPS_EXAMPLES = (
    Example("The firm hired consultant Jo Ray last year.", people=(("Jo Ray", "consultant"),)),
    # counter-example: a verb before the role noun is no part of the role
    Example("Officials said consultant Jo Ray would lead.", people=(("Jo Ray", "consultant"),)),
)

# Openings after which a pair or list of two-word names are people ("the likes of Zed Marlo and Kia Brandt").
PEOPLE_LIST_OPENINGS = ("the likes of",)
PEOPLE_LIST_OPENINGS_EXAMPLES = (
    Example(
        "She has toured with the likes of Zed Marlo and Kia Brandt.", people=(("Zed Marlo", None), ("Kia Brandt", None))
    ),
    # counter-example: places in such a list are no people
    Example("She has toured with the likes of Paris and Rome.", not_people=("Paris", "Rome")),
)
