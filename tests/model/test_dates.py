"""model.dates: what a date written in an article names, SOURCE_DATE_EPOCH, and the brief's own date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.errors import UsageError
from briefgen.model.dates import brief_date, iso_date, parse_date, source_date_epoch


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("December 18, 2014 | 11:38pm", dt.date(2014, 12, 18)),
        ("16 November 2017 • 2:15pm", dt.date(2017, 11, 16)),
        ("Published 11:34 PM EST Nov 19, 2019", dt.date(2019, 11, 19)),
        ("By JANE DOE JAN. 13, 2017", dt.date(2017, 1, 13)),
        ("Posted: 2025-03-12 09:30", dt.date(2025, 3, 12)),
        ("Updated 3 March 2025, first published 1 March 2025", dt.date(2025, 3, 3)),  # the first one written
        ("November 31, 2019", None),  # no such day
        ("Last Friday at 5 pm", None),
        ("March 2025", None),  # no day
    ],
)
def test_parse_date(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


MONDAY = dt.date(2025, 8, 25)  # a Monday


@pytest.mark.parametrize(
    ("text", "published", "past", "date"),
    [
        ("on Thursday", MONDAY, False, dt.date(2025, 8, 28)),
        ("Thursday", MONDAY, True, dt.date(2025, 8, 21)),  # "officials said Thursday": the one gone by
        ("last Thursday", MONDAY, False, dt.date(2025, 8, 21)),
        ("this Friday", MONDAY, True, dt.date(2025, 8, 29)),
        ("by Friday", MONDAY, False, dt.date(2025, 8, 29)),
        ("on Monday", MONDAY, False, MONDAY),  # the day of writing
        ("tomorrow", MONDAY, False, dt.date(2025, 8, 26)),
        ("today", MONDAY, False, MONDAY),
        ("yesterday", MONDAY, False, dt.date(2025, 8, 24)),
        ("on Aug. 28", MONDAY, False, dt.date(2025, 8, 28)),
        ("on Thursday, Aug. 28", MONDAY, False, dt.date(2025, 8, 28)),
        ("by Jan. 5", dt.date(2025, 12, 20), False, dt.date(2026, 1, 5)),  # the year that puts it nearest
        ("on June 3, 2026", MONDAY, False, dt.date(2026, 6, 3)),  # a full date needs no publication date
        # no one day: the words stay
        ("next Thursday", MONDAY, False, None),
        ("next week", MONDAY, False, None),
        ("later this month", MONDAY, False, None),
        ("within the next week", MONDAY, False, None),
        # without a publication date only a full date is a date
        ("on Thursday", None, False, None),
        ("tomorrow", None, False, None),
        ("on Aug. 28", None, False, None),
        ("on June 3, 2026", None, False, dt.date(2026, 6, 3)),
    ],
)
def test_parse_date_from_the_day_of_publication(text, published, past, date) -> None:
    assert parse_date(text, published, past=past) == date


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2025-03-12", dt.date(2025, 3, 12)),
        ("2025-03-12T09:30:00+01:00", dt.date(2025, 3, 12)),  # a timestamp: its day
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, date: dt.date | None) -> None:
    assert iso_date(value) == date


@pytest.mark.parametrize(
    ("epoch", "when"),
    [
        ("1779580800", dt.datetime(2026, 5, 24)),
        (" 0 ", dt.datetime(1970, 1, 1)),
        ("", None),  # unset
        ("-5", None),  # not a whole number of seconds in digits
        ("1e9", None),
        ("١٢٣", None),  # digits, but not ASCII ones
        ("9" * 30, None),  # past the year 9999
    ],
)
def test_source_date_epoch(monkeypatch: pytest.MonkeyPatch, epoch: str, when: dt.datetime | None) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert source_date_epoch() == when


@pytest.mark.parametrize(
    ("given", "epoch", "date"),
    [
        ("2026-05-24", "0", dt.date(2026, 5, 24)),  # a date given wins over the epoch
        (dt.date(2026, 5, 24), None, dt.date(2026, 5, 24)),
        (None, "1779580800", dt.date(2026, 5, 24)),
        ("", "1779580800", dt.date(2026, 5, 24)),
    ],
)
def test_brief_date(monkeypatch: pytest.MonkeyPatch, given, epoch: str | None, date: dt.date) -> None:
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    assert brief_date(given) == date


def test_brief_date_is_today_without_a_date_or_an_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert brief_date(None) == dt.date.today()


@pytest.mark.parametrize("given", ["2026-02-30", "24 May 2026", "tomorrow"])
def test_a_brief_date_that_is_no_date_is_a_usage_error(given: str) -> None:
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        brief_date(given)
