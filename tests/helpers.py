"""Shared test helpers."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
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


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under a folder (relative path → bytes), to check nothing was written or changed."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A zip archive in memory (a fake .docx, a zip bomb, a zip given as text)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (relative path → bytes) and folder (→ None) under a folder: `snapshot` that also sees a
    folder created and left empty."""
    return {str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
            for path in sorted(folder.rglob("*"))}
