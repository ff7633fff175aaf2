"""Rule data about the words written with a person's name: titles and honorifics. Extraction splits them
off a name (`extract/titles.py`, re-exported by `extract/lexicon`), and `model/names.py` leaves them out
when it tells whether two names are the same person.

All entries are lowercase; matching is on lowercased tokens."""

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

# Honorifics that are not a role ("Mr. Smith" has no role).
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady".split())
