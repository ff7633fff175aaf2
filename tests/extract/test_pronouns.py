"""Who "he", "she", "they" and "it" are, and who a short description stands for, as a quotation's
speaker (extract/mentions.py, extract/speakers.py). Sentences are written for the test."""

from __future__ import annotations

import pytest
from helpers import brief_of


def speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in brief_of(text).quotes if q.direct}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # he and she agree in gender with a first name, an honorific or a gendered title
        (
            "Marcus Webb and Priya Nair spoke after the vote. “We lost fair and square,” she said.",
            "We lost fair and square,",
            "Priya Nair",
        ),
        (
            "Ms. Lena Okafor thanked Tom Reyes. “It was a team effort,” she said.",
            "It was a team effort,",
            "Lena Okafor",
        ),
        ("Priya Nair interviewed Marcus Webb. “I was nervous,” he said.", "I was nervous,", "Marcus Webb"),
        # a first name tells a person the entity pass would not otherwise know
        (
            "Union spokesman Marc Dube said the strike would go on. Kisha Rivera, who cleans cabins, said she "
            "was tired. “We hardly get breaks,” she said.",
            "We hardly get breaks,",
            "Kisha Rivera",
        ),
        # they, it: the body that spoke before
        (
            "Brightline Records said on Friday it had never blocked the show. “We never stood in the way,” they said.",
            "We never stood in the way,",
            "Brightline Records",
        ),
        # near-miss: no gender known, the most recent subject as before
        ("Director Sam Lee met Alex Kim. “It went well,” Lee said. “Very well,” he added.", "Very well,", "Sam Lee"),
    ],
)
def test_pronouns_take_the_speaker_they_agree_with(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a short description stands for the fuller one given first
        (
            "Two officials familiar with the negotiations spoke to us. “Nothing is agreed,” the officials said.",
            "Nothing is agreed,",
            "Two officials familiar with the negotiations",
        ),
        # "the mayor": the one person whose role it is
        ("Mayor Lena Okafor opened the session. “We will appeal,” the mayor said.", "We will appeal,", "Lena Okafor"),
        # "the company": the organisation named before
        (
            "Tideway Energy Corporation reported a loss. “We expect delays,” the company said.",
            "We expect delays,",
            "Tideway Energy Corporation",
        ),
        # "the company": a name that spoke more recently than the organisation named before
        (
            "Facebook Research was shut down on Monday. Google said Thursday that Apple had also revoked its "
            "certificate. “We are working with Apple,” the company said.",
            "We are working with Apple,",
            "Google",
        ),
        # a name with a lowercase title before it that spoke
        (
            "Rogers Communications Inc. sold the magazines. Ad spending will fall, according to media buying "
            "company GroupM. “Print keeps shrinking,” the company wrote in a report.",
            "Print keeps shrinking,",
            "media buying company GroupM",
        ),
        # "it": the body that spoke in the sentence before, not that sentence's first name
        (
            "The ministry's consular office published a notice saying that Canada had detained a citizen. "
            "“Assess the risks of travel,” it said.",
            "Assess the risks of travel,",
            "The ministry's consular office",
        ),
        # "a spokesman" alone: the organisation that spoke just before
        ("AOL backed the cuts but said rules were needed. “It is overdue,” a spokesman said.", "It is overdue,", "AOL"),
        # near-misses: a description with its own words, an office, stay as written
        ("Minister Ana Ruiz was absent. “No comment,” her office said.", "No comment,", "her office"),
        (
            "Mayor Lena Okafor spoke. “It was rushed,” one resident of the tower said.",
            "It was rushed,",
            "one resident of the tower",
        ),
    ],
)
def test_descriptions_stand_for_who_they_name(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a quotation standing alone takes the person its paragraph before is about
        (
            "“We are done,” Mayor Ana Ruiz said.\nPolicy analyst Trevor Nolan outlined the rules.\n"
            "“Who may apply is up to the board.”",
            "Who may apply is up to the board.",
            "Trevor Nolan",
        ),
        # not the one asking
        (
            "“Yes,” union president Sam Ortiz said.\nNurse Priya Nair asked whether the unit would close.\n"
            "“Not this year.”",
            "Not this year.",
            "Sam Ortiz",
        ),
        # a colon lead-in with no speaker
        ("Mayor Ana Ruiz spoke last.\nAnd here was the surprise: “I sold the farm.”", "I sold the farm.", "Ana Ruiz"),
        # a first name alone is the person of that first name, not a country of that name
        (
            "Jordan Stewart, 11, made the video. Jordan said the trip was long. “He is the best coach,” Jordan said.",
            "He is the best coach,",
            "Jordan Stewart",
        ),
        # near-miss: two people share that first name, so it names neither
        (
            "Jordan Stewart, 11, and Jordan Lee, 12, made the video. “He is the best coach,” Jordan said.",
            "He is the best coach,",
            "Jordan",
        ),
        # a province is no person
        (
            "Wendy Golden spoke to Nova Scotia reporters. Nova Scotia has long waits. “I chose to fight,” she said.",
            "I chose to fight,",
            "Wendy Golden",
        ),
    ],
)
def test_a_quotation_alone_takes_the_speaker_before_it(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # "he added" goes on with the one who just spoke
        (
            "Trade minister John Tate met Gordon Brown on Monday. “We are committed,” Tate said. "
            "“This mechanism does not work for us,” he said.",
            "This mechanism does not work for us,",
            "John Tate",
        ),
        # near-miss: another person became the subject since
        (
            "“Rents will rise,” Ben Myers said. Councillor Josh Matlow told reporters the laws favour owners. "
            "“Tenants must know their rights,” he said.",
            "Tenants must know their rights,",
            "Josh Matlow",
        ),
        # "the companies": the organisations named before
        (
            "Airbus Industrie and Boeing Corporation settled. “Talks beat lawsuits,” the companies said.",
            "Talks beat lawsuits,",
            "Boeing Corporation",
        ),
    ],
)
def test_he_and_she_go_on_with_the_last_speaker(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a month is a surname after a first name or an honorific
        (
            "Prime Minister Theresa May spoke. “We will deliver,” May said. “It is my duty,” said Ms May.",
            "It is my duty,",
            "Theresa May",
        ),
        # a description repeating a person's stated role
        (
            "Jeff Fraser, the director of operations for the ambulance service, spoke. "
            "“We are moving resources,” the director of operations said.",
            "We are moving resources,",
            "Jeff Fraser",
        ),
        # near-miss: a month after a number or a day stays a date
        ("Talks resume on Friday, May 3. “We are ready,” Mayor Ana Ruiz said.", "We are ready,", "Ana Ruiz"),
    ],
)
def test_names_and_roles_as_speakers(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # "they" after a sentence whose subject is an organisation (or a name with no first name)
        (
            "Star Taylor Quinn criticised the label. Bigwave Records have denied it. "
            "“We never blocked her,” they said.",
            "We never blocked her,",
            "Bigwave Records",
        ),
        # "he" goes on with a speaker the entity pass did not know, named with a first name
        (
            "Chancellor Gordon Brown spoke first. But US Treasury Under-Secretary John Tate said the plan would fail. "
            "“We are committed to poverty reduction,” he said.",
            "We are committed to poverty reduction,",
            "John Tate",
        ),
        # the subject of a participle is the sentence's first verb's subject, not a noun before an -s word
        (
            "Telecom analysts Ovum welcomed the move, saying the firm had “given ground”.",
            "given ground",
            "Telecom analysts Ovum",
        ),
    ],
)
def test_bodies_and_names_the_entity_pass_missed(text, quote, speaker):
    assert speakers(text)[quote] == speaker


def test_they_may_be_the_subject_of_their_own_sentence():
    text = "The Conservatives believe they’ll win; they say their research shows voters want lower taxes."
    reported = {q.text: q.speaker for q in brief_of(text).quotes if not q.direct}
    assert reported == {"their research shows voters want lower taxes": "The Conservatives"}


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # an epithet after words before its noun stands for the person just named
        (
            "“We lost,” said Caleb Jones. Edmonton answered when Jones scored. “It felt like garbage time,” said "
            "the rookie defenceman.",
            "It felt like garbage time,",
            "Caleb Jones",
        ),
        (
            "Senate leader Mitch McConnell blamed the media. “They took a few seconds of video,” the Kentucky "
            "Republican said.",
            "They took a few seconds of video,",
            "Mitch McConnell",
        ),
        ("Dan Lee met Ana Ruiz on Monday. “I was fined,” said the 26-year-old.", "I was fined,", "Ana Ruiz"),
        # near-misses: an office, a document, an epithet with no words before its noun
        (
            "Mark Vance robbed a bank. “He is a danger,” the Nova Scotia judge said.",
            "He is a danger,",
            "the Nova Scotia judge",
        ),
        (
            "Ruiz sued Mark Vance. “Fighting was encouraged,” the civil claim said.",
            "Fighting was encouraged,",
            "the civil claim",
        ),
        ("Dan Lee met Ana Ruiz on Monday. “I was fined,” the player said.", "I was fined,", "the player"),
    ],
)
def test_an_epithet_stands_for_the_person_just_named(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name set off after a description is the speaker, known to the entity pass or not
        (
            "His father, Ernie LeBlanc, says his son suffered for years.",
            {"his son suffered for years": "Ernie LeBlanc"},
        ),
        (
            "Keeper of the Royal Seal, Tan Sri Ahmad, said the council met on Monday.",
            {"the council met on Monday": "Tan Sri Ahmad"},
        ),
        ("The company's rival, Norland Power, said prices would rise.", {"prices would rise": "Norland Power"}),
        # near-misses: a place after a place, a description after a name
        (
            "Officials in Ottawa, Canada, said the border would stay open.",
            {"the border would stay open": "Officials in Ottawa"},
        ),
        (
            "Dr. Ravi Menon, an economist at Westbrook University, argued rate cuts would come too late.",
            {"rate cuts would come too late": "Ravi Menon"},
        ),
    ],
)
def test_a_name_set_off_after_a_description_speaks(text, expected):
    assert {q.text: q.speaker for q in brief_of(text).quotes if not q.direct} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document speaks for the body named after "by" or "from", or before its noun
        (
            "Youth should try retail, according to a study released Monday by Civic Action. In 2017, the "
            "retail sector employed 226,000 youth, according to the study.",
            {
                "Youth should try retail": "Civic Action",
                "In 2017, the retail sector employed 226,000 youth": "Civic Action",
            },
        ),
        (
            "A release sent to media from UFCW Local 832 late Friday said most of the workers voted yes.",
            {"most of the workers voted yes": "UFCW Local 832"},
        ),
        (
            "According to the Harbour Institute report, rents rose by a third.",
            {"rents rose by a third": "Harbour Institute"},
        ),
        # near-misses: who holds a document did not write it; a document with no maker stays as written
        (
            "According to the memo obtained by The Globe, the fund believed in the papers.",
            {"the fund believed in the papers": "the memo obtained by The Globe"},
        ),
        (
            "The lawsuit alleges that the landlord ignored complaints.",
            {"that the landlord ignored complaints": "The lawsuit"},
        ),
    ],
)
def test_a_document_speaks_for_who_made_it(text, expected):
    assert {q.text: q.speaker for q in brief_of(text).quotes if not q.direct} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the city", "the board": the institution named before by the head of its formal name
        (
            "The chart from the City of Surrey shows a dip. The arena has two rinks, according to the city.",
            {"The arena has two rinks": "City of Surrey"},
        ),
        (
            "The Roman Catholic Diocese of Covington apologized. The diocese said a review would look into it.",
            {"a review would look into it": "Roman Catholic Diocese of Covington"},
        ),
        (
            "The Parole Board of Canada met. The parole board said he was no longer a risk.",
            {"he was no longer a risk": "Parole Board of Canada"},
        ),
        # a document of the institution: "the parole board decision", and "it" after it
        (
            "The Parole Board of Canada met. The parole board decision said he was no longer a risk. "
            "It also said he had behaved well in prison.",
            {
                "he was no longer a risk": "Parole Board of Canada",
                "he had behaved well in prison": "Parole Board of Canada",
            },
        ),
        # near-misses: a place, not an institution; an office; a group
        (
            "Langley City grew fast. The arena has two rinks, according to the city.",
            {"The arena has two rinks": "the city"},
        ),
        (
            "The Minister of Finance was away. The minister said the budget would wait.",
            {"the budget would wait": "The minister"},
        ),
    ],
)
def test_a_short_description_names_the_institution_named_before(text, expected):
    assert {q.text: q.speaker for q in brief_of(text).quotes if not q.direct} == expected


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # he/she after a sentence about a person the entity pass did not know
        (
            "“We had fun,” said John Smoltz.\nWhen asked what was harder, Mulder didn't hesitate.\n"
            "“It's this,” he said.",
            "It's this,",
            "Mulder",
        ),
        (
            "“We had fun,” said John Smoltz.\nLiberal MP Marco Mendicino — a former prosecutor — went on CBC later.\n"
            "“It hurts,” he said.",
            "It hurts,",
            "Liberal MP Marco Mendicino",
        ),
        # near-misses: a team, a subhead, a first name of the other gender, a province
        (
            "“We had fun,” said John Smoltz.\nToronto Raptors lost again.\n“It hurts,” he said.",
            "It hurts,",
            "John Smoltz",
        ),
        (
            "“We had fun,” said John Smoltz.\nDoctors may not know the risk\n“It hurts,” he said.",
            "It hurts,",
            "John Smoltz",
        ),
        (
            "“We had fun,” said John Smoltz.\nMary Quinn didn't hesitate.\n“It hurts,” he said.",
            "It hurts,",
            "John Smoltz",
        ),
        (
            "“We had fun,” said John Smoltz.\nNova Scotia has long waits.\n“It hurts,” he said.",
            "It hurts,",
            "John Smoltz",
        ),
    ],
)
def test_he_or_she_after_a_person_the_entity_pass_missed(text, quote, speaker):
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # a fragment's owner is a person the entity pass missed, opening the sentence before a pronoun
        (
            "Mayor Ana Ruiz spoke first. Onyeka shook things up by talking about how she saved Colton “from "
            "drowning in the deep end” on the first night.",
            "from drowning in the deep end",
            "Onyeka",
        ),
        # and "she" after it goes on with her
        (
            "“We had fun,” said John Smoltz.\nAt the party, Demi decided to step up her campaign against the "
            "“older girls of the house” that night.\n“Some of us are five steps ahead,” she said.",
            "Some of us are five steps ahead,",
            "Demi",
        ),
        # near-misses: a named subject keeps its fragment; a short term stays nobody's
        (
            "Mayor Ana Ruiz spoke first. She had a “very nice and long talk” with the union.",
            "very nice and long talk",
            "Ana Ruiz",
        ),
    ],
)
def test_a_fragment_of_a_person_the_entity_pass_missed(text, quote, speaker):
    assert speakers(text)[quote] == speaker


def test_a_short_term_after_an_unknown_name_is_no_quotation():
    assert speakers("Onyeka liked the “older girls” of the house.") == {}
