"""`briefgen validate` and `briefgen schema`: check briefs, and the JSON Schema they are checked against."""

from __future__ import annotations

import json
from pathlib import Path


def validate_paths(paths: list[Path]) -> list[str]:
    """Every problem of the briefs at `paths` (files, or folders searched for brief.yaml), as `file: field: message`."""
    from briefgen.store.validate import validate_paths as problems_of

    return problems_of(paths)


def schema_text() -> str:
    """The JSON Schema of a brief, as indented JSON."""
    from briefgen.model import json_schema

    return json.dumps(json_schema(), indent=2, ensure_ascii=False)
