"""Rule data of the meeting: the words that mark the meeting itself.

All entries are lowercase; matching is on lowercased tokens."""

from __future__ import annotations

# Words that mark the meeting itself.
MEETING_VERBS = (
    "meet",
    "meets",
    "met",
    "meeting",
    "visit",
    "visits",
    "travel",
    "travels",
    "talks",
    "summit",
    "negotiations",
    "bargaining",
    "present",
    "sit down",
    "host",
    "hosts",
    "round of",
)
