"""Rule data about places: place names, countries, the capitals that stand for governments, nationalities.

All entries are lowercase; matching is on lowercased tokens. Each list carries invented examples
(`*_EXAMPLES`) that tests/extract/test_lexicon_places.py runs through extraction.
Where it fails: a person whose surname is a place word, a country or a nationality ("Rob Hill",
"Georgia Lane", "Tom French") is taken for a place and left out.
"""

from __future__ import annotations

from briefgen.model.examples import Example

# A place's name ends in a word saying what kind of place it is ("Carver County", "Mexico City"), or
# opens with one ("Lake Ardo", "San Carlos", "New Harlow"): such a name is no person, even where a
# verb of saying follows it ("Carver County said the road would close"). Places with neither ("Nuevo
# León") have no person's evidence.
PLACE_HEADS = frozenset(
    "city county state province island islands street avenue square bay river valley region hill".split()
)
PLACE_HEADS_EXAMPLES = (
    Example("Carver County said the road would close.", not_people=("Carver",)),
    Example("Officials in Pell Island said the ferry would stop.", not_people=("Pell",)),
    # counter-example: a title makes a person of the name after the place
    Example(
        "Carver County Sheriff Lou Dane said the road would close.", people=(("Lou Dane", "Carver County Sheriff"),)
    ),
)
PLACE_PREFIXES = frozenset("st. st mount mt. lake fort port cape san santa los las new".split())
PLACE_PREFIXES_EXAMPLES = (
    Example("San Carlos said the road would close.", not_people=("Carlos",)),
    Example("Port Ardo said the ferry would stop.", not_people=("Ardo",)),
    # counter-example: a name that only begins with the same letters is a person
    Example("Ana Newman said the road would close.", people=(("Ana Newman", None),)),
)

# Countries stand for their governments ("Norway said it would ..."): a country named alone is a country
# stakeholder, and a name holding one is no person.
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
COUNTRIES_EXAMPLES = (
    Example("Norway said it would lift the tariff.", countries=("Norway",)),
    Example("The U.S. said it would lift the tariff.", countries=("United States",)),
    Example("Ana Ruiz, the trade minister of Peru, said the tariff would go.", nationality=(("Ana Ruiz", "Peru"),)),
    # counter-example: a country inside an organisation's name is the organisation's
    Example(
        "The Norway Trade Council said rates would rise.", orgs=("Norway Trade Council",), not_countries=("Norway",)
    ),
)

# News writing names a government by its capital ("Ottawa said it would retaliate"): the capital stands
# for the country.
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
CAPITAL_OF_EXAMPLES = (
    Example("Ottawa said it would retaliate.", countries=("Canada",)),
    Example("Officials in Tokyo said the deal was close.", countries=("Japan",)),
    # counter-example: a capital inside a person's title is no government
    Example("Ottawa Mayor Rita Lund said the deal was close.", people=(("Rita Lund", "Ottawa Mayor"),)),
)

# The capitals, and the seats of international bodies ("Brussels decided ..."): places standing for
# those who govern there, never people.
CAPITALS = frozenset(CAPITAL_OF) | {"brussels", "the hague", "hague", "geneva"}
CAPITALS_EXAMPLES = (
    Example("Brussels said the rules would change.", countries=("Brussels",), not_people=("Brussels",)),
    # counter-example: a place that is no capital or seat is neither country nor person
    Example("Harlow said the rules would change.", not_countries=("Harlow",), not_people=("Harlow",)),
)

# Nationality adjectives are capitalised but never part of a name, and a title holding one tells the
# person's country ("Canadian Finance Minister Ana Ruiz" is Canada's).
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
NATIONALITIES_EXAMPLES = (
    Example(
        "Canadian Finance Minister Ana Ruiz said the tariff would go.",
        people=(("Ana Ruiz", "Canadian Finance Minister"),),
        nationality=(("Ana Ruiz", "Canada"),),
    ),
    Example("Dutch officials said the tariff would go.", not_people=("Dutch",)),
    # counter-example: a title without a nationality tells no country
    Example("Finance Minister Ana Ruiz said the tariff would go.", nationality=(("Ana Ruiz", None),)),
)

# Provinces, states and territories news writing names alone: places, never a person ("Nova Scotia
# has the longest waits", "Texas said it would appeal").
REGIONS = frozenset(
    name.strip()
    for name in """
alberta, british columbia, manitoba, new brunswick, newfoundland, labrador, nova scotia, ontario, quebec,
saskatchewan, yukon, nunavut, northwest territories, prince edward island, alabama, alaska, arizona,
arkansas, california, colorado, connecticut, delaware, florida, georgia, hawaii, idaho, illinois, indiana,
iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi,
missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota,
ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah,
vermont, virginia, west virginia, wisconsin, wyoming, scotland, wales, england, northern ireland
""".split(",")
)
REGIONS_EXAMPLES = (
    Example("Ontario said it would appeal the ruling.", not_people=("Ontario",)),
    Example(
        "Premier Ana Ruiz of Nova Scotia said the waits were too long.",
        people=(("Ana Ruiz", "Premier"),),
        not_people=("Nova", "Scotia"),
    ),
    # counter-example: a region's name inside a person's name stays the person's
    Example("Georgia Lane, a nurse, said the waits were too long.", people=(("Georgia Lane", "nurse"),)),
)
