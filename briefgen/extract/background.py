"""Background: the facts worth knowing before the meeting, in article order.

Each sentence of the body is scored: a number (a digit or a number word) two, verbs of events and
standing arrangements (`lexicon/background.py`) one each up to two, a list of three names one, a clause
describing a party ("Macmillan, which owns Henry Holt") one, a date without digits ("in November", "last
week") one, named people, organisations and other capitalised names half each up to three, the article's
first sentence one and a half. What is not a fact loses: a sentence already
used as advice or an ask one, one that opens with a quotation (a quote and its speaker) two, a risk construction
of what may come (a threat, a warning, a condition: `MAY_COME`) one, a statement (a verb of saying) a half; one
mostly in quotation marks or shorter than six words is left out. The best seven (`FACTS_WANTED`) are kept, at
most two per paragraph, or a third of its sentences in a long paragraph.
Where it fails: a fact told without a number, a name or an event verb ("she remained calm") scores low; a
long article with more than seven facts worth knowing keeps seven.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from briefgen.extract.cues import CUES, sentence_cues
from briefgen.extract.document import Analysis
from briefgen.extract.item_text import fewer_words, quoted_share
from briefgen.extract.lexicon.background import (
    DESCRIBING_CLAUSE,
    FACTS_WANTED,
    MAY_COME,
    NAME_INSIDE,
    NAME_LIST_REST,
)
from briefgen.extract.risks import Weighed, sentence_weights
from briefgen.regex_cache import compiled
from briefgen.text.patterns import Hits

DIGIT = compiled(r"\d")
# The rest of a list from its first comma on (a literal first: fast to look for), and the name before it.
NAME_LIST_TAIL = compiled(NAME_LIST_REST)
NAME_ENDING = compiled(r"[A-Z][\w’'&.-]*\Z")
MIN_WORDS = 6
NAMED = compiled(NAME_INSIDE)
DESCRIBING = compiled(DESCRIBING_CLAUSE)
QUOTE_OPENING = compiled(r"\s*[\"“‘«]")
# The words of the scan that hold a cue of each list (`CueIndex.longest`): whether a sentence holds one is
# whether its hits' words meet these, a set test instead of a `CUES.search` per list.
NUMBER_CUES, FACT_CUES, DATED_CUES, REPORT_CUES = (
    CUES.longest[name].keys() for name in ("number", "fact", "dated", "report")
)


@dataclass(frozen=True, slots=True)
class Fact:
    """A background fact: its sentence's text and index."""

    text: str
    sentences: tuple[int, ...]


def background(
    analysis: Analysis,
    used: set[int],
    limit: int | None = None,
    cues: list[Hits] | None = None,
    weights: list[Weighed] | None = None,
) -> list[Fact]:
    """The facts worth knowing, in article order (`used`: sentences already used as advice or asks; `cues`:
    the document's `sentence_cues`, scanned here when not given; `weights`: its risks' `sentence_weights`,
    made here when not given)."""
    if limit is None:
        limit = FACTS_WANTED
    cues = sentence_cues(analysis) if cues is None else cues
    weights = sentence_weights(analysis, cues) if weights is None else weights
    scores = [_score(analysis, s_index, used, hits, weights[s_index]) for s_index, hits in enumerate(cues)]
    scored = [s_index for s_index, score in enumerate(scores) if score is not None]
    chosen: list[int] = []
    per_paragraph: dict[int, int] = {}
    # best first, ties in article order (a reverse sort keeps equals in order): no tuple made per sentence
    for s_index in sorted(scored, key=scores.__getitem__, reverse=True):  # type: ignore[arg-type]
        if len(chosen) == limit:
            break
        paragraph = analysis.sentences[s_index].paragraph
        cap = max(2, len(analysis.paragraph_sentences[paragraph]) // 3)
        if per_paragraph.get(paragraph, 0) >= cap:
            continue
        per_paragraph[paragraph] = per_paragraph.get(paragraph, 0) + 1
        chosen.append(s_index)
    return [Fact(analysis.sentences[s].text, (s,)) for s in sorted(chosen)]


def lists_names(text: str) -> bool:
    """True when the text lists three or more names ("Redline, Osprey and Tarvo")."""
    for tail in NAME_LIST_TAIL.finditer(text):
        if NAME_ENDING.search(text, max(0, tail.start() - 40), tail.start()):
            return True
    return False


def _score(analysis: Analysis, s_index: int, used: set[int], hits: Hits, weighed: Weighed) -> float | None:
    """How much a sentence is a fact worth knowing; None for one that cannot be (short, or mostly quoted)."""
    sentence, blanked = analysis.sentences[s_index], analysis.plain[s_index]
    if fewer_words(blanked, MIN_WORDS) or blanked != sentence.text and quoted_share(sentence.text, blanked) > 0.5:
        return None
    words = [word for _, word in hits]
    score = 2.0 if not NUMBER_CUES.isdisjoint(words) or DIGIT.search(blanked) else 0.0
    if not FACT_CUES.isdisjoint(words):
        score += min(2, len(CUES.findall("fact", hits)))
    if "," in blanked:  # a list of names and a describing clause both hold one
        score += 1.0 if lists_names(blanked) else 0.0
        score += 1.0 if DESCRIBING.search(blanked) else 0.0
    names = len(analysis.mentions.get(s_index, ()))
    if names < 3:  # three are worth all they can be: the sentence is read no further than the third
        names += sum(1 for _ in islice(NAMED.finditer(blanked), 3 - names))
    score += min(3, names) * 0.5
    score += 0.0 if DATED_CUES.isdisjoint(words) else 1.0
    score += 1.5 if s_index == 0 else 0.0
    return score - _not_a_fact(analysis, s_index, used, words, weighed) - 0.01 * s_index


def _not_a_fact(analysis: Analysis, s_index: int, used: set[int], words: list[str], weighed: Weighed) -> float:
    """How much a sentence is something else than a fact: advice or an ask, a quotation with its speaker, a
    risk of what may come, a statement (`words`: the words of the sentence's hits)."""
    penalty = 1.0 if s_index in used else 0.0
    penalty += 2.0 if QUOTE_OPENING.match(analysis.sentences[s_index].text) else 0.0
    penalty += 0.0 if REPORT_CUES.isdisjoint(words) else 0.5
    if s_index:  # the first sentence is the story's news, even when it tells a threat
        for construction, _ in weighed:
            if construction.name in MAY_COME:
                return penalty + 1.0
    return penalty
