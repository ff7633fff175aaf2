"""Rule data about the words written with a person's name: titles and honorifics. Extraction splits them
off a name (`extract/titles.py`, re-exported by `extract/lexicon`), and `model/names.py` leaves them out
when it tells whether two names are the same person.

All entries are lowercase; matching is on lowercased tokens. Each list carries invented examples
(`*_EXAMPLES`) that tests/extract/test_lexicon_people.py runs through extraction.
"""

from __future__ import annotations

from briefgen.model.examples import Example

# News writing puts a person's office before the name, capitalised as part of it ("Finance Minister Ana
# Ruiz") or in lowercase ("union leader Sam Hale"): the words up to the last title word are the role,
# the rest the name.
TITLE_WORDS = frozenset(
    """
president prime minister secretary representative chancellor premier king queen prince princess
pope emperor sheikh emir sultan senator sen sen. governor gov gov. mayor ambassador chairman chairwoman
chair chairperson director commissioner general spokesperson spokesman spokeswoman judge justice
attorney prosecutor sheriff chief ceo cfo coo founder leader treasurer speaker envoy negotiator
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady rep rep. prof prof. professor gen. col. lt. capt. adm.
admiral colonel captain lieutenant sergeant commander marshal rabbi cardinal bishop archbishop
analyst economist officer head deputy vice counterpart alderman
candidate inspector constable detective corporal cpl cpl. sgt sgt. supt supt.
""".split()
)
TITLE_WORDS_EXAMPLES = (
    Example("Finance Minister Ana Ruiz said the talks would resume.", people=(("Ana Ruiz", "Finance Minister"),)),
    Example("The offer came from union leader Sam Hale on Tuesday.", people=(("Sam Hale", "union leader"),)),
    Example("Gov. Lisa Crane signed the bill.", people=(("Lisa Crane", "Gov."),)),
    # counter-examples: a possessive is no title, and a title needs a name after it
    Example("Queen's Park approved the budget.", not_people=("Park",)),
    Example("The President met reporters.", not_people=("President",)),
)

# A monarch's or a religious leader's title stays part of the name when one name word follows it ("King
# Harald", "Pope Leo"): the person is known by both words.
NAME_KEEPING_TITLES = frozenset("king queen prince princess pope emperor sheikh emir sultan sir dame lord lady".split())
NAME_KEEPING_TITLES_EXAMPLES = (
    Example("King Harald opened the session.", people=(("King Harald", "King"),)),
    Example("Sir Tom said the vote was close.", people=(("Sir Tom", None),)),
    # counter-example: a full name after the title keeps only the name
    Example("Queen Mira Solberg opened the session.", people=(("Mira Solberg", "Queen"),)),
)

# Honorifics are written with a name but are no office: "Mr. Tom Vale" has no role, and "Mr. Vale" is the
# same person as "Tom Vale".
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady".split())
HONORIFICS_EXAMPLES = (
    Example("Mr. Tom Vale said the plant would close.", people=(("Tom Vale", None),)),
    Example("Dr. Ana Ruiz said the vaccine works.", people=(("Ana Ruiz", None),)),
    Example("Tom Vale, the mayor, arrived. Mr. Vale said the plant would close.", mentions=(("Mr. Vale", "Tom Vale"),)),
    # counter-example: an office before the honorific is still a role
    Example("Senator Dr. Ana Ruiz said the vaccine works.", people=(("Ana Ruiz", "Senator"),)),
)
