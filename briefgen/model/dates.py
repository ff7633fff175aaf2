"""Dates, read one way everywhere: what a date written in an article names (`parse_date`), an ISO date
from a page's metadata (`iso_date`), SOURCE_DATE_EPOCH (`source_date_epoch`) and the brief's own date
(`brief_date`: the one given, else SOURCE_DATE_EPOCH, else today).

Where it fails: months are named in English only (see `parse_date`).
"""

from __future__ import annotations

import datetime as dt
import os
import re

from briefgen.errors import UsageError
from briefgen.regex_cache import compiled

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
DATES = (
    compiled(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    compiled(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    compiled(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
# Dates without a year ("Aug. 28", "28 August"), read only when a publication date gives the year.
DATES_WITHOUT_YEAR = (
    compiled(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s+\d)", re.IGNORECASE),
    compiled(rf"\b{_DAY}\s+{_MONTH}(?![\w.]*,?\s+\d)", re.IGNORECASE),
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A day named by its place in the week or from the day of writing: "on Thursday", "last Friday", "tomorrow".
RELATIVE_DAY = compiled(
    r"\b(?:(?P<which>last|next|this|past|coming)\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b"
    r"|\b(?P<word>today|tonight|tomorrow|yesterday)\b",
    re.IGNORECASE,
)
DAYS_FROM_WRITING = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


def parse_date(text: str, published: dt.date | None = None, *, past: bool = False) -> dt.date | None:
    """The date `text` names, else None: the first full date written in it (a month name or ISO form, with
    a day and a year). With the date the article was `published`, a date without its year ("Aug. 28"), a
    weekday ("on Thursday", "by Friday", "last Tuesday") and "today", "tonight", "tomorrow", "yesterday"
    name a day too: a weekday is the first such day from the day of writing on, or back when `past` (the
    sentence tells of something done) or written "last". "next Thursday" (this week's or next week's?),
    "next week" and "later this month" name no one day: None.

    Where it fails: months are named in English only, and a weekday is taken within the week around
    the publication date, so "on Monday" of a retrospective a month later is misread."""
    found = sorted((match for pattern in DATES for match in [pattern.search(text)] if match), key=lambda m: m.start())
    for match in found:
        date = _date(match, int(match.group("year")))
        if date:
            return date
    if published is None:
        return None
    for pattern in DATES_WITHOUT_YEAR:
        without_year = pattern.search(text)
        if without_year:
            dates = [
                date
                for year in (published.year - 1, published.year, published.year + 1)
                for date in [_date(without_year, year)]
                if date
            ]
            if dates:
                return min(dates, key=lambda date: abs((date - published).days))
    relative = RELATIVE_DAY.search(text)
    if not relative:
        return None
    if relative.group("word"):
        return published + dt.timedelta(days=DAYS_FROM_WRITING[relative.group("word").lower()])
    which = (relative.group("which") or "").lower()
    if which == "next":
        return None
    ahead = (WEEKDAYS.index(relative.group("weekday").lower()) - published.weekday()) % 7
    if which in ("last", "past") or (past and which not in ("this", "coming")):
        return published - dt.timedelta(days=(7 - ahead) % 7)
    return published + dt.timedelta(days=ahead)


def _date(match: re.Match, year: int) -> dt.date | None:
    """The date of a match of DATES or DATES_WITHOUT_YEAR in `year`, None when there is no such day."""
    month = match.group("month")
    number = int(month) if month.isdigit() else MONTHS[month.lower()]
    try:
        return dt.date(year, number, int(match.group("day")))
    except ValueError:
        return None


def iso_date(value: str | None) -> dt.date | None:
    """A date from trafilatura's 'YYYY-MM-DD' (or a longer ISO timestamp), else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def source_date_epoch() -> dt.datetime | None:
    """SOURCE_DATE_EPOCH as a UTC time (naive), or None when it is unset, not a whole number of seconds
    in ASCII digits, or past the year 9999 (reproducible-builds.org: a malformed value is not a time)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not (value.isascii() and value.isdigit()):
        return None
    try:
        return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=int(value))
    except (OverflowError, ValueError):  # ValueError: more digits than int() converts
        return None


def brief_date(date: str | dt.date | None) -> dt.date:
    """The brief's date: the one given (a date or YYYY-MM-DD), else SOURCE_DATE_EPOCH (reproducible builds),
    else today. A text that is no such date is a UsageError."""
    if isinstance(date, dt.date):
        return date
    if date:
        try:
            return dt.date.fromisoformat(date)
        except ValueError:
            raise UsageError(f"--date {date!r} is not a date in the form YYYY-MM-DD") from None
    epoch = source_date_epoch()
    return epoch.date() if epoch is not None else dt.date.today()
