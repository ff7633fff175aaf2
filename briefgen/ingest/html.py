"""Read an HTML article (a saved news web page): the article's text in paragraphs, its headline, and where it came from.

The page's metadata (title, site name, authors, publication date by htmldate, canonical URL) is
trafilatura's, read from the whole page. Its main text is read once NEVER_ARTICLE_TAGS are
dropped: by trafilatura (recall first, comments left out, tables kept, nothing deduplicated),
and by readability-lxml, whose text is taken instead when
- trafilatura found nothing;
- readability's text holds nearly all of trafilatura's and is over twice as long: trafilatura
  stopped at the first of several body blocks (a body cut up by ads or widgets);
- trafilatura's text sits mostly in tables (a page laid out with a table) and readability found
  a body that trafilatura's text holds.
The headline is then taken out of the text: a block among the first HEADLINE_REACH whose words
are those of one of the page's <h1> headings or of its title ends the page's header, and it and
the blocks before it (a kicker, a date, a breadcrumb) leave the paragraphs; its text is the title.
A later block that gives the headline again, and a last block that is only a writer's name (a
signature), leave too.

One block is one paragraph: a paragraph, heading, list item, quotation, or table row (its cells
joined by " | "); a line break inside a block starts a new paragraph. Repeated blocks are kept.
On the 90 pages of the article-extraction benchmark's dev half this reads the body with F1 0.976
(the benchmark's metric; trafilatura alone 0.963, readability-lxml alone 0.961), and 0.978 once
`clean` has dropped the page furniture left in it, as `briefgen read` shows it.

Where it fails: embedded posts, "related" link lists, author boxes and promos that a page puts
inside its article body are kept (cleaning drops the ones its rules know); a page whose body is
spread over blocks that neither library joins loses the blocks after the first; text that a
page shows only through scripts is not there to read; a standfirst (the line under the
headline) stays as the first paragraph.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from briefgen.errors import InputError, show_path
from briefgen.ingest.decode import squash, strip_invisible
from briefgen.ingest.metadata import ArticleMetadata, clean_authors, without_repeats
from briefgen.model.dates import iso_date
from briefgen.regex_cache import compiled

HEADLINE_REACH = 3
# Never the article's text, dropped before either library reads the page. Not among them: <script> (the
# libraries skip it, and its JSON-LD holds the page's date and authors), <header> (pages put their lede
# in it) and <form> (ASP.NET pages wrap everything in one).
NEVER_ARTICLE_TAGS = ("noscript", "template", "svg", "nav", "footer", "aside", "iframe", "button", "select", "menu")
# trafilatura's text is taken as cut short when readability's holds this share of it and is this much longer.
CONTAINED_SHARE = 0.9
LONGER_BY = 2.0
# A page laid out with a table: this share of trafilatura's text in table cells, and readability finds this much.
TABLE_SHARE = 0.5
MIN_READABLE_CHARACTERS = 500
# trafilatura's own tags for the blocks of its output (TEI-like); any other tag is inline text.
TEI_BLOCK_TAGS = frozenset({"body", "div", "p", "head", "list", "item", "quote", "code", "table", "note", "figure"})
WORD = compiled(r"\w+")


@dataclass(frozen=True)
class Page:
    """A web page as read: its headline, the article's paragraphs, and its metadata."""

    title: str
    paragraphs: list[str]
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)


def read_page(text: str, root) -> Page:
    """The article in the page `text`, parsed as `root` (whose furniture is dropped); its paragraphs may be []."""
    import lxml.html

    meta = trafilatura_metadata(text)  # from the whole page: some put the byline or date in a <nav> or <aside>
    for element in list(root.iter(*NEVER_ARTICLE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    page = lxml.html.tostring(root, encoding="unicode")
    document = trafilatura_document(page)
    paragraphs = body_blocks(document.body) if document is not None and document.body is not None else []
    readable = readability_blocks(page)
    if prefer_readability(paragraphs, readable, document):
        paragraphs = readable
    metadata_title = (meta.title or "") if meta is not None else ""
    headline, paragraphs = split_headline(paragraphs, headline_words(root, metadata_title))
    title = strip_invisible(headline or squash(metadata_title))
    metadata = page_metadata(meta)
    return Page(title=title, paragraphs=without_repeats(paragraphs, title, metadata.authors), metadata=metadata)


def trafilatura_document(page: str):
    """trafilatura's reading of the page's main text, or None when it finds nothing or fails."""
    import trafilatura

    quiet_loggers()
    try:
        return trafilatura.bare_extraction(
            page,
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:  # trafilatura has no error contract; readability and the block walk are still tried
        return None


def trafilatura_metadata(page: str):
    """trafilatura's metadata of the page (title, site name, authors, date, URL), or None when it fails."""
    from trafilatura.metadata import extract_metadata

    quiet_loggers()
    try:
        # htmldate's extensive search reads the whole text for a date, a large share of reading a big page;
        # the page's markup (meta tags, JSON-LD, <time>, the URL) gives the same date (on 99 pages of 99)
        return extract_metadata(page, date_config={"extensive_search": False, "original_date": True}, extensive=False)
    except Exception:  # no error contract either: a page without metadata is still read
        return None


def readability_blocks(text: str) -> list[str]:
    """The blocks of the main content readability-lxml finds; [] when it fails or finds nothing."""
    import lxml.html
    from readability import Document

    quiet_loggers()
    try:
        summary = Document(text).summary(html_partial=True)
        return block_texts(lxml.html.fragment_fromstring(summary, create_parent="div"))
    except Exception:  # readability has no error contract either
        return []


def quiet_loggers() -> None:
    """Keep the libraries' log lines (a failed fallback, an odd date) off the user's terminal."""
    for name in ("trafilatura", "htmldate", "readability", "courlan"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
            logger.propagate = False


def body_blocks(body) -> list[str]:
    """One paragraph per block of trafilatura's output; a table row's cells joined by ' | '; <lb/> splits."""
    blocks: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        # trafilatura collapses a page's own line breaks, and writes some <br> as "\n" rather than <lb/>
        blocks.extend(line for line in map(squash, "".join(pending).split("\n")) if line)
        pending.clear()

    def walk(element) -> None:
        if element.tag == "row":
            flush()
            cells = (squash("".join(cell.itertext())) for cell in element.iter("cell"))
            row = " | ".join(cell for cell in cells if cell)
            if row:
                blocks.append(row)
        elif element.tag == "lb":
            flush()
        else:
            block = element.tag in TEI_BLOCK_TAGS
            if block:
                flush()
            pending.append(element.text or "")
            for child in element:
                walk(child)
            if block:
                flush()
        pending.append(element.tail or "")

    walk(body)
    flush()
    return blocks


def prefer_readability(paragraphs: list[str], readable: list[str], document) -> bool:
    """True when readability's blocks should replace trafilatura's (see the module docstring)."""
    if not readable:
        return False
    if not paragraphs:
        return True
    ours, theirs = sum(map(len, paragraphs)), sum(map(len, readable))
    if theirs > LONGER_BY * ours and share_within(paragraphs, readable) >= CONTAINED_SHARE:
        return True
    return (
        document is not None
        and table_share(document.body) > TABLE_SHARE
        and theirs >= MIN_READABLE_CHARACTERS
        and share_within(readable, paragraphs) >= CONTAINED_SHARE
    )


def shingles(paragraphs: list[str]) -> Counter:
    """Word 4-grams of the text (lowercased), counted."""
    words = WORD.findall(" ".join(paragraphs).lower())
    if len(words) < 4:
        return Counter({tuple(words): 1})
    return Counter(zip(words, words[1:], words[2:], words[3:], strict=False))


def share_within(inner: list[str], outer: list[str]) -> float:
    """The share of `inner`'s word 4-grams that `outer` holds as well."""
    mine, theirs = shingles(inner), shingles(outer)
    total = sum(mine.values())
    return sum(min(count, theirs[gram]) for gram, count in mine.items()) / total if total else 0.0


def table_share(body) -> float:
    """The share of the text of trafilatura's output that sits in table cells."""
    if body is None:
        return 0.0
    total = len("".join(body.itertext()))
    in_tables = sum(
        len("".join(cell.itertext()))
        for cell in body.iter("cell")
        if not any(ancestor.tag == "cell" for ancestor in cell.iterancestors())
    )
    return in_tables / total if total else 0.0


def headline_words(root, title: str) -> set[tuple[str, ...]]:
    """The words (lowercased) of each <h1> of the page and of its title: what a headline block reads."""
    texts = [element.text_content() for element in root.iter("h1")] if root is not None else []
    texts.append(title)
    return {words for words in (tuple(WORD.findall(text.lower())) for text in texts) if words}


def split_headline(paragraphs: list[str], headlines: set[tuple[str, ...]]) -> tuple[str, list[str]]:
    """(the headline, the paragraphs after it) when one of the first HEADLINE_REACH blocks is the headline;
    else ('', the paragraphs)."""
    for index, paragraph in enumerate(paragraphs[:HEADLINE_REACH]):
        if tuple(WORD.findall(paragraph.lower())) in headlines:
            return paragraph, paragraphs[index + 1 :]
    return "", paragraphs


def page_metadata(document) -> ArticleMetadata:
    """Outlet (the site's name), authors, publication date and URL from trafilatura's metadata (or None)."""
    if document is None:
        return ArticleMetadata()
    outlet = squash(document.sitename or "").split(" | ")[0].strip() or None
    authors = clean_authors((document.author or "").split(";"), outlet=outlet)
    return ArticleMetadata(
        outlet=outlet, authors=authors, published=iso_date(document.date), url=(document.url or "").strip() or None
    )


# --- a page's blocks, and the fallback when neither library reads it -----------------------

BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption")
# Page furniture that is never article text.
NON_ARTICLE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "menu",
)


# For pages too deep to parse: layout tags to drop first, then every tag (script and style bodies go too).
LAYOUT_TAG = compiled(
    r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|b|i|u|em|strong|"
    r"a|small|big|sub|sup|mark|abbr|cite|q|s|del|ins|figure|label)\b[^>]*>",
    re.IGNORECASE,
)
ANY_TAG = compiled(r"<[^>]*>")
NON_ARTICLE_ELEMENT = compiled(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def html_paragraphs(text: str, shown: str, warnings: list[str]) -> tuple[str, list[str], ArticleMetadata]:
    """The article's own text, not menus, navigation, footers or scripts (`read_page`), its headline
    and metadata; a page neither extractor reads gives every block of its body."""
    root = parse_html(text)
    if root is not None:
        page = read_page(text, root)
        if page.paragraphs:
            return page.title or heading_title(root), page.paragraphs, page.metadata
    title, paragraphs = html_blocks(text, shown, warnings, main_text=True)
    return title, paragraphs, ArticleMetadata()


def html_blocks(text: str, shown: str, warnings: list[str], *, main_text: bool) -> tuple[str, list[str]]:
    """Title (first <h1>, else <title>) and paragraph blocks of an HTML page.

    A page nested deeper than the parser allows is flattened (its layout tags dropped), and
    read as plain text if it is still too deep.
    """
    root = parse_html(text)
    if root is None:
        warnings.append(f"{show_path(shown)}: HTML nested too deeply; its layout tags were ignored")
        root = parse_html(LAYOUT_TAG.sub("\n", text))
    if root is None:
        import html

        plain = html.unescape(ANY_TAG.sub("\n", NON_ARTICLE_ELEMENT.sub("\n", text)))
        return "", [line for line in map(squash, plain.split("\n")) if line]
    title = heading_title(root)
    for element in list(root.iter(*NON_ARTICLE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    paragraphs = block_texts(root)
    if not paragraphs:
        problem = "HTML without body text" if main_text else "Markdown with no text under its heading"
        raise InputError(f"{problem}; give the article's page or its text", path=shown)
    return title, paragraphs


def parse_html(text: str):
    """The parsed page, or None when it is nested deeper than libxml2 allows (it would be cut short)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        return None
    return root


def heading_title(root) -> str:
    """Text of the first <h1> (removed from the body), else of <title>."""
    for h1 in root.iter("h1"):
        title = squash(h1.text_content())
        if title:
            h1.drop_tree()
            return title
    for element in root.iter("title"):
        return squash(element.text_content())
    return ""


def block_texts(root) -> list[str]:
    """Text of the innermost block elements in order; a page with none gives its text lines."""
    import lxml.html

    blocks: list[str] = []
    for element in root.iter(*BLOCK_TAGS):
        if not isinstance(element, lxml.html.HtmlElement):
            continue
        if next(element.iterdescendants(*BLOCK_TAGS), None) is not None:
            continue  # its inner blocks are read on their own
        text = squash(element.text_content())
        if text:
            blocks.append(text)
    if not blocks:
        body = root.find(".//body")
        text = (body if body is not None else root).text_content()
        blocks = [line for line in map(squash, text.split("\n")) if line]
    return blocks
