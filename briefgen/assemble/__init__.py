"""Assemble the Brief: run the extractors on each article and merge what they found.

People and items found in several articles become one, with evidence pointing to each source. Item ids
come from `model.item_id`, so the same content always gets the same id. In the order of the work:
`run.py` (every extractor over one document), `stakeholders.py` (one list of people, organisations and
countries, with sides and stances), `collect.py` (each section's items, deduplicated), `summary.py`
(title, topics, summary) and `brief.py` (`assemble_brief`, the whole).
"""

from briefgen.assemble.brief import assemble_brief

__all__ = ["assemble_brief"]
