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
import zipfile

ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
CONTENT_TYPES = "[Content_Types].xml"  # readers expect it first in an OOXML package


def fixed_time(date: dt.date | None) -> dt.datetime:
    """The timestamp of a reproducible file: the given date at midnight, else SOURCE_DATE_EPOCH, else 1980-01-01.

    Never the clock. SOURCE_DATE_EPOCH that is not a whole number of seconds is ignored.
    """
    if date is not None:
        return max(dt.datetime(date.year, date.month, date.day), ZIP_EPOCH)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
        return max(stamp, ZIP_EPOCH)
    return ZIP_EPOCH


def reproducible_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip with every entry stamped `when`, mode 0644, deflated, [Content_Types].xml first, the rest sorted.

    Fails with zipfile.BadZipFile when `data` is not a zip.
    """
    stamp = max(when, ZIP_EPOCH).timetuple()[:6]
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
