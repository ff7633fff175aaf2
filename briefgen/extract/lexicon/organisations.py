"""Rule data about organisations: the words that end an organisation's name, and those inside one.

All entries are lowercase; matching is on lowercased tokens. Each list carries invented examples
(`*_EXAMPLES`) that tests/extract/test_lexicon_places.py runs through extraction.
"""

from __future__ import annotations

from briefgen.model.examples import Example

# An organisation's name ends in a word saying what kind of body it is ("Northgate Trade Council",
# "Justice Department"); alone, such a word names one only with an acronym after it ("Council (NTC)").
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
ORG_HEADS_EXAMPLES = (
    Example("The Northgate Trade Council said exports fell.", orgs=("Northgate Trade Council",)),
    Example("Prime Minister's Office (PMO) staff declined to comment.", orgs=("Prime Minister's Office",)),
    Example("The ministry said Harlow Bank would pay.", orgs=("Harlow Bank",), not_people=("Harlow",)),
    # counter-example: a head word alone, without an acronym, is no organisation
    Example("Council members said exports fell.", orgs=()),
)

# An organisation's name ending in one of these names an agreement or a process ("Harbor Trade Agreement"):
# a topic of the brief, not a stakeholder.
AGREEMENT_HEADS = frozenset("agreement treaty pact accord review".split())
AGREEMENT_HEADS_EXAMPLES = (
    Example(
        "The Harbor Trade Agreement expires in May, Trade Minister Ana Ruiz said.",
        topics=("Harbor Trade Agreement",),
    ),
    # counter-example: a body that reviews is no agreement
    Example("The Harbor Trade Council said the Harbor Trade Council would meet.", orgs=("Harbor Trade Council",)),
)

# Words that join an organisation's head to the rest of its name ("Department of Health", "Bank of
# Norway"): the name goes on after them, so its last words are no mention of their own ("Norway" in "Bank
# of Norway" is no country). Where it fails: the name is an organisation only when its last word is a head
# too ("Ministry of Economy" is none).
ORG_CONNECTORS = frozenset("of for on".split())
ORG_CONNECTORS_EXAMPLES = (
    Example("The Department of Health said exports fell.", orgs=("Department of Health",)),
    Example("The Bank of Norway said rates would rise.", not_countries=("Norway",)),
    # counter-example: after a person's name the connector ends the name
    Example("Mayor Tom Vale of Northgate said exports fell.", people=(("Tom Vale", "Mayor"),)),
)

# Heads of public bodies whose names often join two words with "and" ("Food and Drug Administration",
# "Public and Commercial Services Union", "Department for Environment, Food and Rural Affairs" is not one):
# the words before "and" belong to the name. A company's ("Fiat and General Motors") do not.
JOINED_ORG_HEADS = frozenset(
    """
administration union commission authority department ministry association federation council committee
institute agency office board bureau service foundation society
""".split()
)
JOINED_ORG_HEADS_EXAMPLES = (
    Example("The Food and Drug Administration said the pill was safe.", orgs=("Food and Drug Administration",)),
    # counter-example: two companies joined by "and" stay two names
    Example("Vantor and Kestrel Motors will meet in Basel.", not_people=("Vantor",)),
)

# Common nouns written before an organisation's name at the start of a sentence ("Regulator Norcom said",
# "Brokerage Halvard Capital said"): they describe it, and make the name no person.
ORG_DESCRIPTORS = frozenset(
    """
regulator watchdog brokerage group firm company carrier airline bank union rival lender insurer retailer
broadcaster publisher label giant operator maker
""".split()
)
ORG_DESCRIPTORS_EXAMPLES = (
    Example("Regulator Norcom said the merger would be reviewed.", not_people=("Norcom",)),
    Example("Brokerage Halvard Capital said shares would fall.", not_people=("Halvard",)),
    # counter-example: a person's title before a name still makes a person
    Example("Commissioner Ana Ruiz said the merger would be reviewed.", people=(("Ana Ruiz", "Commissioner"),)),
)
