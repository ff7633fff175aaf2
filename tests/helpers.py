"""Shared test helpers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def need(program: str) -> str:
    """The path of an external program; skip the test when it is missing, but fail when CI is set (CI installs it)."""
    path = shutil.which(program)
    if path is None:
        message = f"{program} is not installed (CI installs it with .ci/run)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


FIXTURES = Path(__file__).parent / "fixtures"


def fixture_brief(name: str):
    """A Brief from tests/fixtures/<name>.yaml, read with a plain YAML safe-load (independent of briefgen.store)."""
    from ruamel.yaml import YAML

    from briefgen.schema import Brief

    return Brief.model_validate(YAML(typ="safe").load((FIXTURES / f"{name}.yaml").read_text(encoding="utf-8")))
