"""Bytes to clean text.

Text is decoded as UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when every
other byte is NUL, as in mostly Latin text), else with the encoding charset-normalizer detects
(cp1252, latin-1, Shift-JIS, ...; a Japanese reading that shows kana is preferred to a Korean or
EBCDIC one, which short texts often get); mojibake such as "â€™" is repaired with ftfy; curly
quotes are kept; the text is NFC-normalised. Characters that XML (and so Word) cannot hold are
removed, and each removal is reported in the caller's warnings. `squash` makes a block of text
one line; `strip_invisible` removes the characters that show nothing inside a word (a soft
hyphen, a zero-width space), for every stage after this one.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from briefgen.errors import InputError, show_path
from briefgen.regex_cache import compiled

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch, CharsetMatches

# Codecs charset-normalizer may guess for short non-Latin text that no article is written in (EBCDIC).
# UTF-16 and UTF-32 without a BOM are recognised before detection (`utf16_without_bom`): the detector's
# guess of them for other bytes is wrong.
IMPLAUSIBLE_ENCODINGS = {
    "cp037",
    "cp273",
    "cp424",
    "cp500",
    "cp875",
    "cp1026",
    "cp1140",
    "utf_16",
    "utf_16_be",
    "utf_16_le",
    "utf_32",
    "utf_32_be",
    "utf_32_le",
}
JAPANESE_ENCODINGS = {
    "shift_jis",
    "cp932",
    "shift_jis_2004",
    "shift_jisx0213",
    "euc_jp",
    "euc_jis_2004",
    "euc_jisx0213",
    "iso2022_jp",
    "iso2022_jp_1",
    "iso2022_jp_2",
    "iso2022_jp_2004",
    "iso2022_jp_3",
    "iso2022_jp_ext",
}
# Full-width hiragana and katakana: Japanese prose always has them; Korean or Chinese bytes read as
# Japanese give kanji or half-width katakana instead.
KANA = compiled("[\u3041-\u30ff]")


# XML 1.0 forbids these; \t, \n and \r are allowed. \f and \v are treated as line breaks first.
XML_ILLEGAL_CHARACTERS = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"  # a character class's inside
XML_ILLEGAL = compiled(f"[{XML_ILLEGAL_CHARACTERS}]")
# Characters that show nothing and split a word in two when a page puts them inside it ("Vladi\u00admir"):
# soft hyphen, zero-width space, word joiner, BOM; zero-width (non-)joiners only between Latin letters, as
# other scripts need them. The pattern opens with one class of all six characters, not with a choice of
# branches: re skips ahead to a character of that class at C speed, where a pattern opening with a choice
# (or a lookbehind) is tried at every position of the text.
ALWAYS_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
INVISIBLE_CHARACTERS = ALWAYS_INVISIBLE + "\u200c\u200d"  # and the two joiners
INVISIBLE = compiled(
    rf"[{INVISIBLE_CHARACTERS}]"
    rf"(?:(?<=[{ALWAYS_INVISIBLE}])|(?<=[A-Za-z\u00c0-\u024f].)(?=[A-Za-z\u00c0-\u024f]))"
)
# UTF-8 misread as cp1252/latin-1 always shows a lead byte as one of Â..ô, or a C1 control character.
MOJIBAKE_HINTS = "\u0080-\u009f\u00c2-\u00f4"  # a character class's inside
MOJIBAKE_HINT = compiled(f"[{MOJIBAKE_HINTS}]")
# Either of the two above: clean text (nearly all of it) is read through once, not once for each.
ILLEGAL_OR_MOJIBAKE = compiled(f"[{XML_ILLEGAL_CHARACTERS}{MOJIBAKE_HINTS}]")


def decode_text(data: bytes, shown: str, warnings: list[str]) -> str:
    """Bytes to clean text: detected encoding, mojibake repaired, NFC, XML-illegal characters removed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return repair_text(data.decode("utf-16"), shown, warnings)
        except UnicodeDecodeError:
            raise InputError("is not valid UTF-16 text; save it as UTF-8", path=shown) from None
    codec = utf16_without_bom(data)
    if codec:
        return repair_text(data.decode(codec), shown, warnings)
    if b"\x1b$B" in data or b"\x1b$@" in data:  # ISO-2022-JP's switch to JIS X 0208
        try:
            return repair_text(data.decode("iso2022_jp"), shown, warnings)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, encoding = decode_legacy(data, shown)
        warnings.append(f"{show_path(shown)}: decoded as {encoding}, not UTF-8")
    return repair_text(text, shown, warnings)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes read as UTF-16 without a BOM: NUL in most of the
    high bytes (Latin text) and hardly any in the low ones, decoding cleanly to printable text."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    evens, odds = sample[0::2].count(0), sample[1::2].count(0)
    codec = (
        "utf-16-le"
        if odds >= pairs / 2 and evens <= pairs / 50
        else "utf-16-be"
        if evens >= pairs / 2 and odds <= pairs / 50
        else None
    )
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    unprintable = sum(1 for ch in text[:4096] if not ch.isprintable() and ch not in "\t\n\r\f\v")
    return codec if unprintable <= len(text[:4096]) // 50 else None


def decode_legacy(data: bytes, shown: str) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: cp1252 (which covers latin-1 text) unless charset-normalizer finds a cleaner fit.

    Detection alone misreads short Western texts (as cp1250, cp775, ...), so cp1252 wins
    whenever its decoding is no messier than the detector's best guess. Short Japanese texts
    are guessed as EBCDIC, Korean or Thai, short Chinese ones as Korean: the detector's best
    guess is the reading a person would see (`reader_choice`). ISO-2022-JP, which is 7-bit and
    so also valid UTF-8, is recognised by its escape sequences (`decode_text`).
    """
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = reader_choice(from_bytes(data))
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and (best is None or mess_ratio(western[:65536]) <= best.chaos + 0.02):
        return western, "cp1252"
    if best is None:
        raise InputError("is binary or in an unknown encoding, not text; save it as UTF-8 text", path=shown)
    return str(best), best.encoding


def reader_choice(matches: CharsetMatches) -> CharsetMatch | None:
    """The detector's match a reader would see: among its plausible matches about as clean as its
    best one, the one whose text has the fewest characters a reader would find odd (`oddness`)."""
    plausible = [match for match in matches if match.encoding not in IMPLAUSIBLE_ENCODINGS]
    if not plausible:
        return None
    close = [match for match in plausible if match.chaos <= plausible[0].chaos + 0.1]
    return min(close, key=lambda match: (oddness(str(match), match.encoding), match.chaos))  # first of equals


def oddness(text: str, encoding: str) -> float:
    """The share of a decoding's non-ASCII characters that no article shows: half-width katakana,
    Hangul jamo, Thai digits and archaic signs, private-use and C1 control characters; Hangul mixed with Chinese
    characters (Korean prose is Hangul, Chinese has none); Japanese without kana (its prose always has some)."""
    wide = [ch for ch in text if ord(ch) > 127]
    if not wide:
        return 0.0
    odd = sum(
        1
        for ch in wide
        if "\uff61" <= ch <= "\uff9f"
        or "\u3130" <= ch <= "\u318f"
        or "\u0e4f" <= ch <= "\u0e5b"
        or "\ue000" <= ch <= "\uf8ff"
        or ch <= "\x9f"
        or ch == "\ufffd"
    )
    hangul = sum(1 for ch in wide if "\uac00" <= ch <= "\ud7a3")
    han = sum(1 for ch in wide if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")
    odd += min(hangul, han)
    if encoding in JAPANESE_ENCODINGS and han and not KANA.search(text):
        odd += han
    return odd / len(wide)


def repair_text(text: str, shown: str, warnings: list[str]) -> str:
    """Repair mojibake (ftfy), normalise to NFC, drop characters XML cannot hold (with a warning)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    if not ILLEGAL_OR_MOJIBAKE.search(text):
        return unicodedata.normalize("NFC", text)
    illegal = len(XML_ILLEGAL.findall(text))
    if illegal:
        text = XML_ILLEGAL.sub("", text)
        warnings.append(
            f"{show_path(shown)}: removed {illegal} control character{'s' if illegal > 1 else ''} that Word cannot hold"
        )
    if not MOJIBAKE_HINT.search(text):
        return unicodedata.normalize("NFC", text)
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=False,
        normalization="NFC",
        max_decode_length=10**7,
        explain=False,
    )
    # ftfy's checks (and its import) are slow; only lines that could hold mojibake need them.
    lines = [ftfy.fix_text(line, config) if MOJIBAKE_HINT.search(line) else line for line in text.split("\n")]
    return unicodedata.normalize("NFC", "\n".join(lines))


def squash(text: str) -> str:
    """Collapse every run of whitespace (newlines included) into one space, and trim."""
    return " ".join(text.split())


def strip_invisible(text: str) -> str:
    """The text without characters that show nothing and split a word ("Vladi\u00admir" → "Vladimir")."""
    if not any(char in text for char in INVISIBLE_CHARACTERS):  # six scans at C speed beat re's one through a class
        return text
    return INVISIBLE.sub("", text)
