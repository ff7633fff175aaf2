"""Drop noise before extraction: page furniture paragraphs, inline credits, a chatbot's offers, repeats.

The patterns live in `noise_rules.py` and `layout_rules.py`; this module only applies them:
- characters that show nothing inside a word (a soft hyphen in "Vladi\u00admir") are removed first,
  and what a page tells screen readers of a link (", opens new tab");
- a short paragraph that is wholly a byline, an ad marker, a "Read more" pointer, a newsletter or
  app promo, a photo credit or a caption's label, a share or comment button, a copyright,
  print-edition, contributor or timestamp line, a date line, an embedded post or its handles, a
  wire slug is dropped;
- a list of links after its label ("MORE FROM", "Related stories", "Highlights", or a pointer that
  ends with a colon: "WATCH | The talks:") is dropped up to the first line that reads as a sentence;
- a picture's caption is dropped: a paragraph that ends with the picture's credit ("... Credit:
  Jo Li/AFP", "... REUTERS/Jo Li", "... (Jo Li/The Canadian Press)"), that says where people stand
  in the picture ("Jo Li, left, ..."), or that dates itself as an agency caption does (", Tuesday,
  Nov. 19, 2019,");
- a subhead is dropped: a short line in headline case ("Talks Stall Over Steel"), or a question
  standing alone that opens with a question word ("What happens next?");
- a dateline at the start of one of the story's first paragraphs ("WASHINGTON (AP) —", "LONDON —")
  is cut, and the sentence after it kept;
- an inline "(Photo credit: ...)" is cut out of its paragraph, and a wire service credited after
  a paragraph's last sentence ("... the ministry said. PTI");
- sentences at either edge of a paragraph that a chatbot addresses to its user ("Do you want a
  summary version of this ...?", "Let me know if ...") are cut; a sentence with quotation marks
  is never cut, so people quoted in the article keep their words;
- a paragraph repeated word for word, or cut off and then given again in full, is dropped once;
  a short block (MIN_REPEATED_PARAGRAPH) may repeat: a page's table cells, list items and
  buttons do ("Yes", "Buy now").
Every rule is anchored and bounded, so cleaning is linear in the text's length.

Where it fails: a caption without a credit, a position or an agency's date, and a subhead in
sentence case ("Why the talks stalled") read as article text; a list item in headline case of
four words or more ("Service Employees International Union") is taken for a subhead; a one-word
dateline is only told from a name followed by an aside by its capitalised next word and by the
aside's closing dash ("Brown — who ... —" stays); a dateline of one place in mixed case with a
colon ("New Delhi: ...") stays, as it cannot be told from a title ("Star Wars: ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.ingest.decode import strip_invisible
from briefgen.regex_cache import compiled
from briefgen.text import layout_rules, noise_rules

TERMINAL_MARKS = ".!?…"
CLOSING_MARKS = "\"”’')]"
# The end of a sentence: terminal punctuation, closing quotes or brackets, then space or the end.
ENDS_LIKE_SENTENCE = compiled(rf"[{re.escape(TERMINAL_MARKS)}][{re.escape(CLOSING_MARKS)}]*\s*$")
# What follows a link's title in a list of links: "[VIDEO]", "|", "»".
LINK_TRAILER = compiled(r"(?:\s*(?:\[[^\]]{1,20}\]|[|»›>]))+\s*$")
# (It opens with one mark, not a run of them: re skips ahead to a mark at C speed, where it tries a pattern opening
# with a repeat at every position of the text.)
SENTENCE_END = compiled(
    rf"[{re.escape(TERMINAL_MARKS)}][{re.escape(TERMINAL_MARKS)}]*[{re.escape(CLOSING_MARKS)}]*(?=\s|$)"
)


@dataclass
class CleanResult:
    """The paragraphs to extract from, and every piece of text removed as noise (in order)."""

    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Rules:
    """noise_rules compiled once: each rule list as one alternation, so a paragraph is matched in one pass."""

    paragraph: re.Pattern
    paragraph_names: dict[str, str]
    spans: re.Pattern
    offer: re.Pattern
    line: re.Pattern
    line_names: dict[str, str]
    caption_credit_end: re.Pattern
    picture_position: re.Pattern
    caption_date: re.Pattern
    embed_signature: re.Pattern  # at a paragraph's end
    dateline: re.Pattern
    wire_credit: re.Pattern  # a whole word
    link_note: re.Pattern


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The compiled rules (case-insensitive); a match's `lastgroup` names the paragraph rule it matched."""

    def alternation(patterns):
        return compiled("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)

    def named_alternation(numbered_rules):
        # each rule is named by an empty group after it, not a group around it: re tries such a branch quicker
        return compiled(
            "|".join(f"(?:{pattern})(?P<rule{index}>)" for index, (_, pattern) in numbered_rules), re.IGNORECASE
        )

    numbered = list(enumerate(noise_rules.PARAGRAPH_RULES))
    names = {f"rule{index}": name for index, (name, _) in numbered}
    numbered_lines = list(enumerate(noise_rules.LINE_RULES))
    return Rules(
        line=named_alternation(numbered_lines),
        line_names={f"rule{index}": name for index, (name, _) in numbered_lines},
        caption_credit_end=compiled(layout_rules.CAPTION_CREDIT_END, re.IGNORECASE),
        picture_position=compiled(layout_rules.PICTURE_POSITION, re.IGNORECASE),
        caption_date=compiled(layout_rules.CAPTION_DATE, re.IGNORECASE),
        embed_signature=compiled(rf"(?:{layout_rules.EMBED_SIGNATURE})\Z", re.IGNORECASE),
        dateline=compiled(layout_rules.DATELINE, re.IGNORECASE),
        wire_credit=compiled(noise_rules.WIRE_CREDIT),
        link_note=compiled(noise_rules.LINK_NOTE, re.IGNORECASE),
        paragraph=named_alternation(numbered),
        paragraph_names=names,
        spans=alternation(pattern for _, pattern in noise_rules.SPAN_RULES),
        offer=alternation(pattern for _, pattern in noise_rules.OFFER_RULES),
    )


def clean_paragraphs(paragraphs: list[str]) -> CleanResult:
    """Split paragraphs into the article's text (`kept`) and the noise removed from it (`removed`)."""
    result = CleanResult()
    seen: set[str] = set()
    stripped = [strip_link_notes(strip_invisible(paragraph)).strip() for paragraph in paragraphs]
    links_left = 0  # after a "related links" label: how many more lines may be its links
    for index, paragraph in enumerate(stripped):
        if not paragraph:
            continue
        if links_left and is_link_title(paragraph):
            links_left -= 1
            result.removed.append(paragraph)
            continue
        links_left = 0
        rule = furniture_rule(paragraph)
        if not rule and is_subhead(paragraph):
            # a subhead stands alone between paragraphs; a run of such lines is a list, a table or a schedule
            # (furniture next to it, such as an embedded post's buttons, is no part of a run)
            neighbours = (
                next((text for text in reversed(stripped[:index]) if text and not furniture_rule(text)), ""),
                next((text for text in stripped[index + 1 :] if text and not furniture_rule(text)), ""),
            )
            rule = "subhead" if not any(map(is_short_line, neighbours)) else None
        if rule:
            result.removed.append(paragraph)
            if rule == "related links" or (rule == "read more" and paragraph.endswith(":")):
                links_left = noise_rules.MAX_LINK_LIST  # ("WATCH | Talks resume:" introduces a video's title)
            continue
        text = paragraph
        if len(result.kept) < layout_rules.DATELINE_REACH:
            text = cut_dateline(text, result.removed)
        text = cut_spans(text, result.removed)
        text = cut_wire_credit(text, result.removed)
        text = cut_offers(text, result.removed)
        if not text:
            continue
        following = stripped[index + 1] if index + 1 < len(stripped) else ""
        if (text in seen and len(text) >= noise_rules.MIN_REPEATED_PARAGRAPH) or is_cut_off_copy(text, following):
            result.removed.append(text)
            continue
        seen.add(text)
        result.kept.append(text)
    return result


def strip_link_notes(text: str) -> str:
    """The text without what a page says of its links to screen readers (", opens new tab")."""
    if "new tab" not in text and "new window" not in text:
        return text
    return rules().link_note.sub("", text)


def furniture_rule(paragraph: str) -> str | None:
    """The name of the furniture a whole paragraph is (see the module docstring), or None for article text."""
    rule = noise_rule(paragraph) or line_rule(paragraph)
    if rule:
        return rule
    if is_caption(paragraph):
        return "caption"
    if is_embedded_post(paragraph):
        return "embedded post"
    return None


def line_rule(paragraph: str) -> str | None:
    """The name of the LINE_RULES rule a short line matches whole, or None."""
    if len(paragraph) > noise_rules.MAX_FURNITURE_LINE:
        return None
    rule_set = rules()
    match = rule_set.line.fullmatch(paragraph)
    return rule_set.line_names[match.lastgroup] if match and match.lastgroup else None


def ends_like_sentence(text: str) -> bool:
    """True when the text ends with terminal punctuation (closing quotes or brackets after it allowed)."""
    return ENDS_LIKE_SENTENCE.search(text[-12:]) is not None


def holds_quote_mark(text: str) -> bool:
    """True when the text holds a double quotation mark (straight or curly)."""
    return '"' in text or "“" in text or "”" in text  # three scans at C speed, quicker than one regex search


def is_caption(paragraph: str) -> bool:
    """True for a picture's caption: it ends with the picture's credit, names where people stand in the
    picture, or is dated as an agency caption is (see noise_rules)."""
    if len(paragraph) > layout_rules.MAX_CAPTION or holds_quote_mark(paragraph):
        return False
    rule_set = rules()
    # a credit ends the caption; a paragraph ending as a sentence ends with none ("... (AP Photo/Jo Li)" does not)
    credit = None if ends_like_sentence(paragraph) else rule_set.caption_credit_end.search(paragraph)
    if credit and credit.start() > 0:
        before = paragraph[: credit.start()].split()
        bare = not any(mark in credit.group() for mark in "/:(")  # "... Sam Roe AP": a bare agency at the end
        if not bare or (
            before
            and before[-1].lower().strip(",;") not in layout_rules.CREDIT_PRECEDING_WORDS
            and not ends_like_sentence(" ".join(before))
        ):
            return True
    return bool(rule_set.picture_position.search(paragraph) or rule_set.caption_date.search(paragraph))


def is_embedded_post(paragraph: str) -> bool:
    """True for a social media post as its page gives it in text: signed "— Name (@handle) date", or
    holding a link to the post's picture."""
    if len(paragraph) > layout_rules.MAX_CAPTION:
        return False
    return any(link in paragraph for link in layout_rules.EMBED_LINKS) or (
        "(@" in paragraph and rules().embed_signature.search(paragraph) is not None
    )


def is_subhead(paragraph: str) -> bool:
    """True for a line shaped as a subhead: a short line in headline case, or a question that opens with a
    question word. A name (fewer than four words, none of them small), a table row, a label with a colon
    ("A: ...") and a line outside the Latin script are no subhead. (`clean_paragraphs` also wants it to
    stand alone.)"""
    words = paragraph.split(maxsplit=layout_rules.SUBHEAD_MAX_WORDS)  # one word more than a subhead has is enough
    if (
        not 2 <= len(words) <= layout_rules.SUBHEAD_MAX_WORDS
        or holds_quote_mark(paragraph)
        or "|" in paragraph
        or ":" in paragraph
        or not all(char < "\u0250" for char in paragraph if char.isalpha())
    ):
        return False
    if paragraph.endswith("?"):
        first = words[0].lower()
        return first in layout_rules.QUESTION_WORDS and not {"i", "me", "my"} & {w.lower().strip("?,") for w in words}
    if paragraph[-1] in TERMINAL_MARKS + ":;,)" or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    significant = [word for word in words[1:] if word.lower() not in layout_rules.HEADLINE_SMALL_WORDS]
    if len(words) < 4 and len(significant) == len(words) - 1:
        return False
    return all(word[0].isupper() or word[0].isdigit() or not word[0].isalpha() for word in significant)


def is_short_line(paragraph: str) -> bool:
    """A line that is no sentence: short, and not ending as a sentence does (a list item, a table row)."""
    return bool(paragraph) and len(paragraph) <= noise_rules.MAX_LINK_TITLE and not ends_like_sentence(paragraph)


def is_link_title(paragraph: str) -> bool:
    """True for a line that can be a link in a list of links: short, and not ending as a sentence does
    (a question is a title too)."""
    if len(paragraph) > noise_rules.MAX_LINK_TITLE:
        return False
    text = LINK_TRAILER.sub("", paragraph)
    return not text or text.endswith("?") or not ends_like_sentence(text)


def cut_dateline(paragraph: str, removed: list[str]) -> str:
    """The paragraph without the dateline it opens with ("LONDON —", "KYIV, Ukraine (Reuters) -"); the
    dateline goes to `removed`."""
    end = dateline_end(paragraph)
    if not end:
        return paragraph
    removed.append(paragraph[:end].strip())
    return paragraph[end:]


def cut_wire_credit(paragraph: str, removed: list[str]) -> str:
    """The paragraph without a wire service credited after its last sentence ("... the ministry said. PTI")."""
    words = paragraph.rsplit(maxsplit=1)  # only the paragraph's end is read, however long it is
    if (
        len(words) < 2
        or not words[0].endswith(noise_rules.WIRE_CREDIT_AFTER)
        or not rules().wire_credit.fullmatch(words[1])
    ):
        return paragraph
    removed.append(words[1])
    return words[0]


def dateline_end(paragraph: str) -> int:
    """Where the dateline the paragraph opens with ends (0 when it opens with none). The colon form is
    taken only in capitals, with an agency or with two places ("NEW DELHI:", "Washington/ New Delhi:"):
    "Star Wars: ..." is a title."""
    match = rules().dateline.match(paragraph)
    if not match:
        return 0
    place, mark = match.group("place"), match.group("mark").strip()
    if place.split()[0].lower().rstrip(",") in layout_rules.NOT_A_PLACE:
        return 0
    if mark == ":" and not (match.group("agency") or "/" in place or place.isupper()):
        return 0
    if not (match.group("agency") or place.isupper()):
        # a name and an aside ("Brown — who ... — said") close the aside with a second dash in the sentence
        spans = sentence_spans(paragraph[match.end() :])
        if not spans or mark[0] in paragraph[match.end() : match.end() + spans[0][1]]:
            return 0
    return match.end()


def noise_rule(paragraph: str) -> str | None:
    """The name of the rule a whole (short) paragraph matches as noise, or None for article text."""
    if len(paragraph) > noise_rules.MAX_NOISE_PARAGRAPH:
        return None
    rule_set = rules()
    match = rule_set.paragraph.fullmatch(paragraph)
    return rule_set.paragraph_names[match.lastgroup] if match and match.lastgroup else None


def cut_spans(paragraph: str, removed: list[str]) -> str:
    """The paragraph without inline credits such as "(Photo credit: AP)"; cut pieces go to `removed`."""
    if "(" not in paragraph:  # every SPAN_RULES credit is in brackets
        return paragraph
    pieces = list(rules().spans.finditer(paragraph))
    if not pieces:
        return paragraph
    removed.extend(piece.group().strip() for piece in pieces)
    # each piece goes with the space before it (the rules open with their bracket, which re finds at C speed)
    kept, end = [], 0
    for piece in pieces:
        kept.append(paragraph[end : piece.start()].rstrip())
        end = piece.end()
    kept.append(paragraph[end:])
    return "".join(kept).strip()


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split at terminal punctuation followed by space; linear time."""
    bounds = sentence_bounds(paragraph)
    return list(zip(bounds, bounds[1:], strict=False))


def sentence_bounds(paragraph: str) -> list[int]:
    """Where each sentence starts, then where the last one ends: sentence k is `paragraph[bounds[k] :
    bounds[k + 1]]` (text after the last terminal punctuation is a sentence; space after it is not)."""
    bounds = [0]
    bounds += [match.end() for match in SENTENCE_END.finditer(paragraph)]
    if paragraph[bounds[-1] :].strip():
        bounds.append(len(paragraph))
    return bounds


def is_offer(sentence: str) -> bool:
    """True when the sentence is a chatbot's offer or preamble to its user (never when it quotes anyone)."""
    return _stripped_offer(sentence.strip())


def _stripped_offer(sentence: str) -> bool:
    """`is_offer` of a sentence without space around it."""
    return 0 < len(sentence) <= noise_rules.MAX_OFFER_SENTENCE and rules().offer.fullmatch(sentence) is not None


def cut_offers(paragraph: str, removed: list[str]) -> str:
    """The paragraph without a chatbot's offers at its start or end; cut offers go to `removed`.

    Two sentences are tried together before one: "Sure! Here's the draft:" is one offer split at "!".
    """
    bounds = sentence_bounds(paragraph)
    offers: dict[tuple[int, int], bool] = {}  # a short paragraph's edges overlap: test each piece once

    def text(start: int, stop: int) -> str:
        return paragraph[bounds[start] : bounds[stop]].strip()

    def offer(start: int, stop: int) -> bool:
        found = offers.get((start, stop))
        if found is None:
            found = offers[start, stop] = _stripped_offer(text(start, stop))
        return found

    first, last = 0, len(bounds) - 1
    head: list[str] = []
    tail: list[str] = []
    while last > first:
        size = 2 if last - first >= 2 and offer(last - 2, last) else int(offer(last - 1, last))
        if not size:
            break
        tail.insert(0, text(last - size, last))
        last -= size
    while first < last:
        size = 2 if last - first >= 2 and offer(first, first + 2) else int(offer(first, first + 1))
        if not size:
            break
        head.append(text(first, first + size))
        first += size
    if not head and not tail:
        return paragraph
    removed.extend(head + tail)
    return text(first, last) if first < last else ""


def is_cut_off_copy(paragraph: str, following: str) -> bool:
    """True when the next paragraph starts with this one whole: a copy cut off and then pasted in full."""
    return (
        len(paragraph) >= noise_rules.MIN_TRUNCATED_PREFIX
        and len(following) > len(paragraph)
        and following.startswith(paragraph)
    )
