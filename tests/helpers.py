"""Shared test helpers."""

from __future__ import annotations

import os
import shutil

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
