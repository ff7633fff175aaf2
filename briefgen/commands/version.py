"""`briefgen --version` and `briefgen.__version__`: the version pyproject.toml gives, read from the installed
package's metadata (the one place it is written)."""

from __future__ import annotations


def package_version() -> str:
    """The installed briefgen's version; "0+unknown" when imported from a checkout that was never installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("briefgen")
    except PackageNotFoundError:
        return "0+unknown"
