"""How drafted lines read: predicates given their subject, paraphrases as sentences, fragments left out of
the bottom line (render/wording.py and the examples its word lists state)."""

from __future__ import annotations

import pytest

from briefgen.render import wording


@pytest.mark.parametrize(
    "text, predicate",
    [
        ("Pledged to push back on threats.", True),
        ("Plans to write off the debts.", True),
        ("Would take action soon.", True),
        ("Is to look at a proposal.", True),
        ("Wanted to provide $10bn a year.", True),
        ("Urged the team to study the priorities.", True),
        ("Tariffs rose.", False),
        ("Focus on trade.", False),
        ("Red lines were drawn.", False),
        ("Need more time.", False),
        ("Speed matters.", False),
        ("United States wants a deal.", False),
        ("pledged in lower case is not a sentence start", False),
        ("", False),
    ],
)
def test_a_predicate_is_known_by_its_first_word(text, predicate):
    assert wording.starts_with_predicate(text) is predicate


@pytest.mark.parametrize(
    "text, shown",
    [
        ("that the talks had stalled", "The talks had stalled"),
        ("That   the fleet would stay", "The fleet would stay"),
        ("he thought that the deal was bad", "He thought that the deal was bad"),
        ("Thatcher spoke first", "Thatcher spoke first"),  # a word starting "that" is not the conjunction
        ("The fleet stays", "The fleet stays"),
    ],
)
def test_a_paraphrase_reads_as_a_sentence(text, shown):
    assert wording.paraphrase(text) == shown


@pytest.mark.parametrize(
    "stance, shown",
    [
        ("“that the quota was too low”", "Said that the quota was too low"),
        ('"that the port would close"', "Said that the port would close"),
        ("“We will not move”", "“We will not move”"),
        ("Wants: A quota.", "Wants: A quota."),
        ("that alone, unquoted", "that alone, unquoted"),
    ],
)
def test_a_reported_stance_says_who_said_it(stance, shown):
    assert wording.stance_text(stance) == shown


@pytest.mark.parametrize(
    "line, shown",
    [
        ("Expert advice (Eva Lund): Appalled", None),  # a word cut from a sentence
        ("Expert advice (Eva Lund): Passed the first hurdle of the year", None),  # no sentence end
        ("Expert advice (Eva Lund): Urged both sides to talk early.", "Eva Lund urged both sides to talk early."),
        ("Expert advice (Eva Lund): Both sides should talk early.", "Expert advice (Eva Lund): Both sides should talk early."),
        ("Main risk (high): The port may close before the talks.", "Main risk (high): The port may close before the talks."),
        ("Ben Cole wants: more boats", None),
        ("Canada holds the stronger hand", "Canada holds the stronger hand"),  # no label: a person wrote it
        ("Timing: talks resume", "Timing: talks resume"),  # a label briefgen does not draft: a person's line
        ("Ana Diaz meets Ben Cole at Oslo (next week).", "Ana Diaz meets Ben Cole at Oslo (next week)."),
    ],
)  # fmt: skip
def test_the_bottom_line_drops_fragments_and_gives_advice_its_expert(line, shown):
    assert wording.bottom_line_text(line) == shown
