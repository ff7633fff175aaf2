"""Rule data about organisations: the words that end an organisation's name, and those inside one.

All entries are lowercase; matching is on lowercased tokens."""

from __future__ import annotations

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

# Connectors allowed inside an organisation's name after its head ("Ministry of Economy").
ORG_CONNECTORS = frozenset("of for on".split())

# Heads of public bodies whose names often join two words with "and" ("Food and Drug Administration",
# "Public and Commercial Services Union", "Department for Environment, Food and Rural Affairs" is not one):
# the words before "and" belong to the name. A company's ("Fiat and General Motors") do not.
JOINED_ORG_HEADS = frozenset(
    """
administration union commission authority department ministry association federation council committee
institute agency office board bureau service foundation society
""".split()
)

# Common nouns written before an organisation's name at the start of a sentence ("Regulator Norcom said",
# "Brokerage Halvard Capital said"): they describe it, and make the name no person.
ORG_DESCRIPTORS = frozenset(
    """
regulator watchdog brokerage group firm company carrier airline bank union rival lender insurer retailer
broadcaster publisher label giant operator maker
""".split()
)
