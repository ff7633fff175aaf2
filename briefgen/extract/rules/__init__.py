"""Rule data of the section extractors: one module per section, each a tuple of `Construction`s.

Every construction says the pattern of news writing it states (`doc`) and carries invented example
sentences (`examples`, where it must be found) and near misses (`nothing`), written in the styles of
different outlets; `tests/extract/` runs them through the extractors. No entry is one article's
wording: a construction earns its place by being how news reports say a thing.
"""
