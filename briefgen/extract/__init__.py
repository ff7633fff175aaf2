"""Extraction over segmented sentences. The document model every extractor reads (`document.py`), then
people and organisations (`entities.py`: name runs in `name_runs.py`, titles and roles in `titles.py`,
countries in `countries.py`, who is named in `people.py`, later mentions in `mentions.py`), reported
speech (`speech.py`, its sentence words in `clauses.py`), quotations in marks (`quotes.py`) and their
speakers (`speakers.py`), expert advice (`advice.py`), asks (`asks.py`), risks (`risks.py`) and background
(`background.py`) from constructions (`constructions.py`, `frames.py`) over the text of items
(`item_text.py`), the parties (`parties.py`) and the meeting
(`meeting.py`), the cue words of every section found in one pass (`cues.py`); rule data only in the
`lexicon` package."""
