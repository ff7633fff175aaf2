"""Briefs on disk: `yaml.py` reads and writes brief.yaml (with its limits and hand-edit check),
`folders.py` names brief folders and writes builds and updates into them with their records,
`files.py` is the one atomic writer and the folder lock, `merge.py` merges a newly extracted brief
into one a person may have edited (`briefgen add`), `validate.py` checks briefs."""
