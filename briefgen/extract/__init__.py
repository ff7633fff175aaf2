"""Extraction over segmented sentences: people and organisations (`entities.py`), quotes and reported
speech (`quotes.py`), advice, asks, risks and background (`sections.py`), the meeting (`meeting.py`), the
cue words of every section found in one pass (`cues.py`); rule data only in `lexicon.py`."""
