"""The extractor's fast paths give exactly what their plain definitions give (hypothesis, bounded and
derandomized):
- a cue pattern built as a trie over folded text finds what a longest-first, case-insensitive
  alternation finds in the original text;
- `fold` lowercases without moving any offset;
- a `CueIndex` scan answers each list's search and findall as that list's own pattern does, and
  the first ask cue as one pattern with an offer before a demand before an objective at one place;
  a sentence a push pattern matches always has a push verb among its hits;
- name runs found from capitalised groups are the name runs of the whole sentence's tokens, and
  `sentence_runs` (its shortcut for words standing alone) gives the same runs, and counts the
  words that are capital groups of their own;
- `tokens_before` yields the sentence's tokens nearest first, and always stops;
- the pronoun pattern finds the tokens that are pronouns;
- `may_have_title_before` never rules out a title word that is there."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen import entities
from briefgen import lexicon as lx
from briefgen import sections
from briefgen.patterns import CueIndex, cue_pattern, fold, word_alternation
from briefgen.segment import Sentence

BUDGET = settings(max_examples=300, deadline=None, derandomize=True)

NAME_TEXT_WORDS = ["Prime", "Minister", "Mark", "Carney", "Carney’s", "Trump's", "U.S.", "Canada-U.S.", "Mr.Trump",
                   "de", "van", "of", "for", "Bank", "Office", "Ministry", "the", "said", "leader", "Conservative",
                   "Zoë", "Élysée", "ße", "İstanbul", "O'Neil", "Denver-based", "Since", "January", ",", ".", "“",
                   "”", "(", ")", "—", "he", "He", "his", "her", "hers", "she's", "he.", "17", "x" * 50,
                   "according", "to", "Gov.", "Sen.", "(President", "“Minister", "—Trump", "'Trump", "word--Word", "and"]
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\t"])


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(NAME_TEXT_WORDS), min_size=1, max_size=30))
    text = words[0]
    for word in words[1:]:
        text += draw(SEPARATORS) + word
    return text.strip() or "x"


def plain_alternation(words) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


CUE_LISTS = [lx.RISK_CUES, lx.REPORTING_VERBS, lx.DEMAND_CUES, lx.FACT_VERBS, lx.HIGH_SEVERITY]


@pytest.mark.parametrize("words", CUE_LISTS, ids=["risk", "reporting", "demand", "fact", "severity"])
@BUDGET
@given(data=st.data())
def test_trie_cue_pattern_finds_what_an_alternation_finds(words, data) -> None:
    vocabulary = sorted(words) + ["the", "İ", "Threat", "THREATENED", "-", "’s", "un", "ing", "x"]
    text = " ".join(data.draw(st.lists(st.sampled_from(vocabulary), max_size=25)))
    expected = [m.span() for m in plain_alternation(words).finditer(text)]
    assert [m.span() for m in cue_pattern(words).finditer(fold(text))] == expected


def test_word_alternation_prefers_the_longest_word() -> None:
    pattern = re.compile(r"\b(?:" + word_alternation(["threat", "threaten", "threatened"]) + r")\b")
    assert pattern.findall("a threatened threat threatens") == ["threatened", "threat"]
    assert re.fullmatch(word_alternation([]), "") is None


# Cue words, pieces of them and the characters that make or break a word boundary, run together
# or apart: words inside longer words ("threatening", "xthreat"), overlapping cues ("would force"
# over "would"), apostrophes, hyphens, underscores, digits, non-ASCII letters and "İ".
CUE_TEXT_PIECES = sorted(set().union(*sections.CUES.longest.values())) + [
    "walk", "force", "back", "for", "to", "not", "won", "t", "ing", "s", "ed", "x", "é", "İ", "ß", "2", "_", "-", "'",
    "’", ".", ",", "“", "(", "—"]
CUE_TEXT_JOINS = st.sampled_from([" ", " ", "", "-", "'", "’", "_", "\n", "  ", "\u00a0"])


@st.composite
def cue_texts(draw) -> str:
    pieces = draw(st.lists(st.sampled_from(CUE_TEXT_PIECES), max_size=20))
    return fold("".join(piece + draw(CUE_TEXT_JOINS) for piece in pieces))


CUE_LIST_WORDS = {"offer": lx.OFFER_CUES, "demand": lx.DEMAND_CUES, "objective": lx.OBJECTIVE_CUES,
                  "push": lx.PUSH_VERBS, "risk": lx.RISK_CUES, "high": lx.HIGH_SEVERITY, "low": lx.LOW_SEVERITY,
                  "hedge": lx.HEDGES, "fact": lx.FACT_VERBS, "number": lx.NUMBER_WORDS}


def test_the_cue_index_holds_the_lists_of_the_sections() -> None:
    assert sorted(sections.CUES.longest) == sorted(CUE_LIST_WORDS)


@BUDGET
@given(lows=st.lists(cue_texts(), max_size=4))
def test_cue_index_answers_as_each_lists_pattern(lows: list[str]) -> None:
    for low, hits in zip(lows, sections.CUES.scan(lows), strict=True):
        for name, words in CUE_LIST_WORDS.items():
            pattern = plain_alternation(words)
            first = pattern.search(low)
            assert sections.CUES.search(name, hits) == (first and (first.start(), first.group(0)))
            assert sections.CUES.findall(name, hits) == pattern.findall(low)


# Words over a few letters, so that lists share prefixes and a word often begins inside another.
SHORT_WORDS = st.text(alphabet="ab -'_é", min_size=1, max_size=7).map(str.strip).filter(
    lambda word: re.fullmatch(r"\w(?:.*\w)?", word) is not None)


@BUDGET
@given(lists=st.lists(st.lists(SHORT_WORDS, min_size=1, max_size=6), min_size=1, max_size=3),
       texts=st.lists(st.text(alphabet="abAB -'_éİ2\n", max_size=40), max_size=3))
@example(lists=[["would force", "walk out"], ["would", "force", "out"]], texts=["It would force a walk out"])
@example(lists=[["a b", "b"]], texts=["a", "b", "a b"])
def test_cue_index_answers_as_cue_pattern_for_any_lists(lists: list[list[str]], texts: list[str]) -> None:
    index = CueIndex({str(n): words for n, words in enumerate(lists)})
    lows = [fold(text) for text in texts]
    for low, hits in zip(lows, index.scan(lows), strict=True):
        for n, words in enumerate(lists):
            pattern = plain_alternation(words)
            first = pattern.search(low)
            assert index.search(str(n), hits) == (first and (first.start(), first.group(0)))
            assert index.findall(str(n), hits) == pattern.findall(low)


def plain_ask_pattern() -> re.Pattern[str]:
    """The first offer, demand or objective cue; at one place an offer before a demand before an objective."""
    kinds = [("offer", lx.OFFER_CUES), ("demand", lx.DEMAND_CUES), ("objective", lx.OBJECTIVE_CUES)]
    return re.compile(r"\b(?:" + "|".join(
        f"(?P<{kind}>" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
        for kind, words in kinds) + ")")


@BUDGET
@given(low=cue_texts())
def test_first_ask_is_the_first_match_of_one_ask_pattern(low: str) -> None:
    cue = plain_ask_pattern().search(low)
    assert sections._first_ask(sections.CUES.scan([low])[0]) == (cue and (cue.start(), cue.end(), cue.lastgroup))


@BUDGET
@given(before=sentences(), join=st.sampled_from([" ", "", "-", "_", "’", "İ"]), verb=st.sampled_from(lx.PUSH_VERBS),
       after=sentences())
def test_a_push_cue_always_has_a_push_verb_among_the_hits(before: str, join: str, verb: str, after: str) -> None:
    plain = before + join + verb + " " + after + " to act"
    if sections.PUSH_CUE.search(plain):
        assert sections.CUES.search("push", sections.CUES.scan([fold(plain)])[0])


def test_a_cue_index_refuses_a_word_with_a_non_word_edge_or_a_newline() -> None:
    with pytest.raises(ValueError, match="u.s."):
        CueIndex({"places": ["u.s.", "canada"]})
    with pytest.raises(ValueError, match="walk"):
        CueIndex({"strikes": ["walk\nout"]})


@given(text=st.text(max_size=60))
@BUDGET
def test_fold_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(a == b or a.lower() == b for a, b in zip(text, folded))


def test_fold_keeps_a_character_whose_lowercase_is_longer() -> None:
    assert fold("İstanbul Said") == "İstanbul said"


def sentence_of(text: str) -> Sentence:
    return Sentence(paragraph=1, index=1, text=text, start=7)


@BUDGET
@given(text=sentences())
def test_runs_from_capital_groups_are_the_runs_of_all_tokens(text: str) -> None:
    sentence = sentence_of(text)
    tokens = entities.tokenize(text, sentence.start)
    expected = [[t.text for t in tokens[i:j]] for i, j in entities.name_runs(tokens)]
    found = [[t.text for t in group[i:j]] for group in entities.capital_groups(sentence)
             for i, j in entities.name_runs(group)]
    assert found == expected


@BUDGET
@given(text=sentences())
def test_sentence_runs_are_the_stripped_runs_of_all_tokens(text: str) -> None:
    sentence = sentence_of(text)
    tokens = entities.tokenize(text, sentence.start)
    expected = []
    for i, j in entities.name_runs(tokens):
        run = tokens[i:j]
        stripped = entities._strip_edges(run)
        if stripped or len(run) > 1:
            expected.append(([t.text for t in run], [t.text for t in stripped]))
    expected_counts: dict[str, int] = {}
    for group in entities.capital_groups(sentence):
        if len(group) == 1 and group[0].start != sentence.start:
            expected_counts[group[0].lower] = expected_counts.get(group[0].lower, 0) + 1
    counts: dict[str, int] = {}
    found = [([t.text for t in run], [t.text for t in stripped]) for run, stripped in entities.sentence_runs(sentence, counts)]
    assert found == expected
    assert counts == expected_counts


@BUDGET
@given(text=sentences(), cut=st.integers(min_value=0, max_value=400))
def test_tokens_before_are_the_tokens_nearest_first(text: str, cut: int) -> None:
    sentence = sentence_of(text)
    tokens = entities.tokenize(text, sentence.start)
    starts = [t.start for t in tokens] + [sentence.end]
    position = starts[min(cut, len(starts) - 1)]
    before = [t.text for t in entities.tokens_before(sentence, position)]
    expected = [t.text for t in tokens if t.end <= position][::-1]
    assert before == expected[:len(before)]
    # all the tokens within reach come back (the window may stop short of a word cut by the limit)
    reach = position - entities.CONTEXT_CHARS
    assert len(before) >= len([t for t in tokens if t.end <= position and t.start > reach + 1]) - 1


def test_tokens_before_stops_at_its_limit() -> None:
    text = "x " * 100 + "A" * 90 + " Pierre"
    sentence = sentence_of(text)
    tokens = list(entities.tokens_before(sentence, sentence.start + text.index("Pierre")))
    assert tokens[0].text == "A" * 90 and all(t.text == "x" for t in tokens[1:])
    assert len(tokens) < 20


@BUDGET
@given(text=sentences())
def test_pronoun_pattern_finds_pronoun_tokens(text: str) -> None:
    expected = [(t.start, t.end) for t in entities.tokenize(text) if t.text.lower() in lx.PERSON_PRONOUNS]
    assert [m.span() for m in entities.PRONOUN.finditer(fold(text))] == expected


@BUDGET
@given(text=sentences())
def test_a_title_word_before_a_name_is_never_ruled_out(text: str) -> None:
    sentence = sentence_of(text)
    tokens = entities.tokenize(text, sentence.start)
    for k, token in enumerate(tokens):
        if k and tokens[k - 1].lower in lx.TITLE_WORDS:
            assert entities.may_have_title_before(sentence, token.start)
