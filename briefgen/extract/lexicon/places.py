"""Rule data about places: place names, countries, the capitals that stand for governments, nationalities.

All entries are lowercase; matching is on lowercased tokens."""

from __future__ import annotations

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
