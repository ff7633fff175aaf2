"""Reproducible zip containers (.docx): the same content always gives the same bytes.

python-docx stamps every zip entry with the current time and writes entries in the order it
walks the package; rewriting the container with one fixed timestamp, fixed permissions and a
fixed entry order makes a rendered brief.docx byte-identical from run to run, so it diffs
cleanly in git.
"""

from __future__ import annotations

import datetime as dt
import io
import os

ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
ZIP_LAST = dt.datetime(2107, 12, 31, 23, 59, 58)  # the latest: 7 bits of years from 1980, seconds in twos
CONTENT_TYPES = "[Content_Types].xml"  # readers expect it first in an OOXML package


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


def zip_time(when: dt.datetime) -> dt.datetime:
    """`when` moved into the range a zip entry can carry, 1980-01-01 to 2107-12-31."""
    return min(max(when, ZIP_EPOCH), ZIP_LAST)


def fixed_time(date: dt.date | None) -> dt.datetime:
    """The timestamp of a reproducible file: the given date at midnight, else SOURCE_DATE_EPOCH, else 1980-01-01,
    kept within the years a zip can carry (zip_time).

    Never the clock.
    """
    if date is not None:
        return zip_time(dt.datetime(date.year, date.month, date.day))
    return zip_time(source_date_epoch() or ZIP_EPOCH)


def reproducible_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip with every entry stamped `when` (within zip_time's range), mode 0644, deflated, [Content_Types].xml first, the rest sorted.

    Fails with zipfile.BadZipFile when `data` is not a zip.
    """
    import zipfile

    stamp = zip_time(when).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        names = sorted(source.namelist(), key=lambda name: (name != CONTENT_TYPES, name))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # unix, so that external_attr means the same on every platform
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()
