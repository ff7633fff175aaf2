"""Quotations in marks and their speakers (extract/quotes.py): one table per pattern of news writing,
with the cases where nothing must be found. Sentences are written for the test."""

from __future__ import annotations

import pytest
from helpers import brief_of as extract

from briefgen.extract.quotes import quote_spans


def speakers(brief) -> dict[str, str | None]:
    return {q.text: q.speaker for q in brief.quotes if q.direct}


# --- quotes and speakers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("Union leader Rosa Díaz spoke. “We will not back down,” Díaz said.", "We will not back down,", "Rosa Díaz"),
        ("Mayor Ken Obi spoke. “The budget is fair,” said Obi.", "The budget is fair,", "Ken Obi"),
        ('Mayor Ken Obi said: "The budget is fair."', "The budget is fair.", "Ken Obi"),
        ("Minister Lea Berg met reporters. ‘We are close,’ Berg told reporters.", "We are close,", "Lea Berg"),
        ("Analyst Ravi Shah spoke later. “Rates will rise,” according to Shah.", "Rates will rise,", "Ravi Shah"),
        ("Governor Amy Lund met the union. “It was productive,” she said.", "It was productive,", "Amy Lund"),
        ("Governor Amy Lund called it a “productive” meeting.", "productive", "Amy Lund"),
        ("President Omar Haddad spoke, claiming Lund told him, “Let’s settle this.”", "Let’s settle this.", None),
        (
            "“We are not there yet,” a senior official said, speaking on condition of anonymity.",
            "We are not there yet,",
            "a senior official",
        ),
        (
            "Leaders agreed to open talks, a decision President Ana Lutz hailed as “a victory for us.”",
            "a victory for us.",
            "Ana Lutz",
        ),
        ("Mayor Ken Obi described the budget as “fair and balanced.”", "fair and balanced.", "Ken Obi"),
        (
            "Senator Tom Reid spoke. “We will not negotiate,” Senate Democratic leader Rob Tanner told reporters.",
            "We will not negotiate,",
            "Rob Tanner",
        ),
        (
            "Senator Tom Reid said he would call a vote. White House press secretary Kara Lane blamed the union. "
            "“They want a strike,” she said.",
            "They want a strike,",
            "Kara Lane",
        ),
        (
            "Premier Ana Lutz has refused to retract her remarks, which Beijing called “extremely dangerous.”",
            "extremely dangerous.",
            "Beijing",
        ),
        (
            "Premier Ana Lutz spoke. Lutz said that Beijing called the plan “a provocation.”",
            "a provocation.",
            "Beijing",
        ),
        (
            "Governor Amy Lund, asked whether she would meet Mayor Ken Obi, said, “Maybe later.”",
            "Maybe later.",
            "Amy Lund",
        ),
        (
            "Mayor Ken Obi met Governor Amy Lund on Monday. In a statement, Obi said:\n\n“We will not fold.”",
            "We will not fold.",
            "Ken Obi",
        ),
        (
            "Mayor Ken Obi met Governor Amy Lund on Monday. He wrote:\n\n“We will not fold.”",
            "We will not fold.",
            "Ken Obi",
        ),
    ],
)
def test_quote_speaker(text, quote, speaker):
    found = speakers(extract(text))
    assert quote in found
    if speaker is not None:
        assert found[quote] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # an attribution to someone the entity pass does not know keeps its words, never the previous speaker
        (
            "Mayor Ken Obi spoke. “Fine,” Obi said. "
            "“There is no deal yet,” said a senior official who asked not to be named.",
            "There is no deal yet,",
            "a senior official",
        ),
        (
            "Mayor Ken Obi spoke. “Fine,” Obi said. “It is a disaster,” the prime minister said on Wednesday.",
            "It is a disaster,",
            "the prime minister",
        ),
        (
            "Mayor Ken Obi spoke. “Fine,” Obi said. “We will see,” Haddad wrote on social media.",
            "We will see,",
            "Haddad",
        ),
        (
            "Mayor Ken Obi spoke. “Fine,” Obi said. The company said in a statement: “Talks continue.”",
            "Talks continue.",
            "The company",
        ),
        # a person before a place: the person spoke
        (
            "Premier Mark Carr met the mayor. Carr, speaking in Ottawa, said Canada would “respond forcefully” soon.",
            "respond forcefully",
            "Mark Carr",
        ),
        # a description set off by commas before the name: the name spoke
        (
            "Mayor Ken Obi spoke. “Fine,” Obi said. "
            "“Our door is open,” a ministry spokesperson, Lin Jiao, said on Monday.",
            "Our door is open,",
            "Lin Jiao",
        ),
    ],
)
def test_unknown_attribution_keeps_its_words(text, quote, speaker):
    assert speakers(extract(text))[quote] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A Japanese government source said Tokyo would not move. "
            "“There is nothing to apologise for,” the source said.",
            "A Japanese government source",
        ),
        ("“There is nothing to apologise for,” the source said.", "the source"),
        (
            "Two senior officials said talks had stalled.\n\n“We are far apart,” the officials said.",
            "Two senior officials",
        ),
    ],
)
def test_the_source_is_the_source_described_before(text, speaker):
    assert list(speakers(extract(text)).values()) == [speaker]


def test_straight_single_quotation_marks():
    text = (
        "Conservative leader Kemi Bade accused him of 'surrender'. 'We are not going back,' Bade said of "
        "the leaders' meeting. 'The workers' rights matter,' she added. It's fine, don't worry."
    )
    found = speakers(extract(text))
    assert found == {
        "surrender": "Kemi Bade",
        "We are not going back,": "Kemi Bade",
        "The workers' rights matter,": "Kemi Bade",
    }


def test_unattributed_quote_continues_previous_speaker():
    found = speakers(extract("“We are ready,” Chancellor Olaf Kessler said. “The rest is up to them.”"))
    assert found["The rest is up to them."] == "Olaf Kessler"


def test_words_reported_by_another_go_to_who_said_them():
    text = (
        "President Omar Haddad praised Premier Lin Wu. “He was very kind,” Haddad said, "
        "claiming Wu told him, “Let’s make this work.”"
    )
    found = speakers(extract(text))
    assert found["He was very kind,"] == "Omar Haddad"
    assert found["Let’s make this work."] == "Lin Wu"


def test_quote_over_several_paragraphs_keeps_its_speaker():
    text = "Chancellor Olaf Kessler said: “We came to listen.\n“And we will come back with answers.”"
    found = speakers(extract(text))
    assert found["We came to listen."] == "Olaf Kessler"
    assert found["And we will come back with answers."] == "Olaf Kessler"


def test_scare_quoted_term_is_not_a_quote():
    assert speakers(extract("The so-called “deal” was never signed.")) == {}


# --- quotation marks: how they pair ---------------------------------------------------------
@pytest.mark.parametrize(
    "paragraph, quotes",
    [
        # a closing mark written to open, after a space and before a word
        ("His reply (”Nobody asked me”) spread quickly.", ["”Nobody asked me”"]),
        # two single marks written for a double one
        (
            "“We are ready,” she said. ‘’We have been ready for months.”",
            ["“We are ready,”", "‘’We have been ready for months.”"],
        ),
        ("He said it would ''not hold up'' in court.", ["''not hold up''"]),
        # a straight mark closes a curly one
        ('"From our side, the vote was never in doubt,” Ng said.', ['"From our side, the vote was never in doubt,”']),
        # a quotation over two paragraphs flattened into one: a new quotation opens after a sentence
        (
            'But she added: "The plan needs money. "Without it, nothing moves."',
            ['"The plan needs money. ', '"Without it, nothing moves."'],
        ),
        # two single marks at the paragraph's start open; two that neither open nor close are no mark,
        # so single marks still count in a paragraph holding only those
        ("''Not now'' was all he said.", ["''Not now''"]),
        ("Two marks ('' ) stand alone; 'the deal is done' she said.", ["'the deal is done'"]),
        # near-misses: measurements and contractions are no quotation marks
        ("The 6'2\" forward scored twice.", []),
        ("Rock 'n' roll returns to the park.", []),
    ],
)
def test_quotation_marks_pair(paragraph, quotes):
    assert [paragraph[a:b] for a, b in quote_spans(paragraph)] == quotes


# --- the speaker beside the marks: titles, manner verbs, participles, documents ------------------
@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("“We will rebuild,” then-candidate Rosa Lindqvist told supporters.", "We will rebuild,", "Rosa Lindqvist"),
        ("“Prices will fall,” brokerage Halden Securities said in a note.", "Prices will fall,", "Halden Securities"),
        ("“It was our worst game,” said Falcons chief Mark Dube.", "It was our worst game,", "Mark Dube"),
        ("Director Mark Dube spoke. “That hurt,” quipped Dube, who turns 50 next week.", "That hurt,", "Mark Dube"),
        (
            "Mayor Rosa Lindqvist spoke. “I was shaken,” she was quoted as saying in the release.",
            "I was shaken,",
            "Rosa Lindqvist",
        ),
        ("Tideway released a statement saying, “The plant is safe.”", "The plant is safe.", "Tideway"),
        (
            "CEO Ana Ruiz wrote to staff. "
            "The merger would create “a real alternative,” according to a letter Ruiz sent.",
            "a real alternative,",
            "Ana Ruiz",
        ),
        # a participle of naming: the noun phrase before it
        (
            "Police cleared the camp on Monday, with a spokesperson for the camp describing the scene as "
            "“chaos all around.”",
            "chaos all around.",
            "a spokesperson for the camp",
        ),
        (
            "As one veteran of the projects commented: “None came in on budget.”",
            "None came in on budget.",
            "one veteran of the projects",
        ),
        # a possessive owner right before a short fragment
        (
            "Professor Guenther Schuh said his firm avoided Elon Musk’s “production hell” last year.",
            "production hell",
            "Elon Musk",
        ),
        # a question or an exclamation in marks ends its sentence: the attribution opens the next one
        (
            "Brittany Lincicome met Tom Reyes, who said he was tired. “Are there prizes?” Lincicome asked.",
            "Are there prizes?",
            "Brittany Lincicome",
        ),
        ("Heather said she was shy. “Really?” said Colton Underwood, surprised.", "Really?", "Colton Underwood"),
        # near-miss: the next sentence opens with no attribution
        (
            "Mayor Ana Ruiz spoke. “Why now?” The question hung over the hall as Dan Lee said nothing.",
            "Why now?",
            "Ana Ruiz",
        ),
        # the listener is not the speaker
        (
            "Mayor Rosa Lindqvist met the owner. “We will rebuild,” she told the owner, Mark Dube.",
            "We will rebuild,",
            "Rosa Lindqvist",
        ),
    ],
)
def test_speaker_beside_the_marks(text, quote, speaker):
    assert speakers(extract(text))[quote] == speaker


# --- terms in marks that nobody is said to have said ------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The so-called “quiet zone” will extend to the harbour.", {}),
        ("She starred in “Northern Lights” for six seasons.", {}),
        ("Fans know him as “The Hammer” around the league.", {}),
        # kept: a verb of saying or naming, a person subject, a sentence of its own
        ("Mayor Ana Okafor called the plan “reckless.”", {"reckless.": "Ana Okafor"}),
        ("Protesters chanted “Fund our parks” outside city hall.", {"Fund our parks": "Protesters"}),
        ("Mayor Ana Okafor had a “very nice” talk with the union.", {"very nice": "Ana Okafor"}),
        ("The sign read: “Closed for repairs.”", {"Closed for repairs.": "The sign"}),
    ],
)
def test_terms_in_marks(text, expected):
    assert speakers(extract(text)) == expected
