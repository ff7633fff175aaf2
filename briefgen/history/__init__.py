"""Readable history of briefs in git: semantic diffs (`diff.py`), text for `git diff` (`textconv.py`), git
setup (`gitsetup.py`), a list of briefs (`listing.py`); `git.py` runs git."""
