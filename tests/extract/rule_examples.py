"""Runs a rule list's examples (`model.examples.Example`) through extraction and checks what they say."""

from __future__ import annotations

from briefgen.assemble.run import paragraphs_of
from briefgen.extract.countries import country_name
from briefgen.extract.document import Analysis
from briefgen.extract.entities import analyse
from briefgen.extract.quotes import quote_spans
from briefgen.model.examples import Example
from briefgen.text.clean import clean_paragraphs
from briefgen.text.segment import segment_paragraphs


def analysis_of(text: str) -> Analysis:
    sentences = segment_paragraphs(clean_paragraphs(text.split("\n")).kept)
    paragraphs = paragraphs_of(sentences)
    spans = {number: quote_spans(paragraph) for number, paragraph in enumerate(paragraphs, start=1)}
    return analyse(sentences, paragraphs, spans)


def _mentioned(analysis: Analysis, words: str) -> list[str]:
    """The names of the entities mentioned by the first occurrence of `words` in the text."""
    for s_index, sentence in enumerate(analysis.sentences):
        offset = sentence.text.find(words)
        if offset < 0:
            continue
        start = sentence.start + offset
        return [
            analysis.entities[m.entity].name
            for m in analysis.mentions[s_index]
            if m.start < start + len(words) and start < m.end
        ]
    raise AssertionError(f"{words!r} is not in the example")


def check(example: Example) -> None:
    """Assert everything the example says extraction finds in its text."""
    analysis = analysis_of(example.text)
    people = {e.name: e for e in analysis.people()}
    for name, role in example.people:
        assert name in people, f"{name!r} not among the people found: {sorted(people)}"
        assert people[name].role == role, f"{name!r} has role {people[name].role!r}, not {role!r}"
    for word in example.not_people:
        assert not [name for name in people if word in name.split()], f"{word!r} in a person's name: {sorted(people)}"
    kinds = {
        kind: [e.name for e in analysis.entities.values() if e.kind == kind] for kind in ("organization", "country")
    }
    for org in example.orgs:
        assert org in kinds["organization"], f"{org!r} not among the organisations: {kinds['organization']}"
    found_countries = {country_name(name) for name in kinds["country"]}
    for country in example.countries:
        assert country in found_countries, f"{country!r} not among the countries: {sorted(found_countries)}"
    for country in example.not_countries:
        assert country not in found_countries, f"{country!r} among the countries: {sorted(found_countries)}"
    for words, name in example.mentions:
        assert name in _mentioned(analysis, words), f"{words!r} does not mention {name!r}"
    for words in example.not_mentions:
        assert not _mentioned(analysis, words), f"{words!r} mentions {_mentioned(analysis, words)}"
    for name in example.experts:
        assert name in people and people[name].expert, f"{name!r} is no expert"
    for name in example.not_experts:
        assert name in people and not people[name].expert, f"{name!r} is an expert"
    for name, country in example.nationality:
        assert people[name].country == country, f"{name!r} is of {people[name].country!r}, not {country!r}"
    if example.subject is not None:
        last = len(analysis.sentences) - 1
        subject = analysis.entity(analysis.subjects.get(last))
        assert (subject.name if subject else "") == example.subject
    if example.topics:
        import briefgen

        assert list(example.topics) == [t for t in briefgen.extract(example.text).topics if t in example.topics]


def examples_of(modules) -> list:
    """pytest parameters: (list name, example) of every `<LIST>_EXAMPLES` of the modules, with readable ids."""
    import pytest

    found = []
    for module in modules:
        for name in sorted(vars(module)):
            if name.endswith("_EXAMPLES"):
                for number, example in enumerate(getattr(module, name), start=1):
                    found.append(pytest.param(name[: -len("_EXAMPLES")], example, id=f"{name[:-9]}-{number}"))
    return found


def lists_without_examples(module) -> list[str]:
    """The rule lists a data module defines (its upper-case assignments) that carry no `<LIST>_EXAMPLES`."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(module))
    defined = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.isupper()
    ]
    return [name for name in defined if not name.endswith("_EXAMPLES") and f"{name}_EXAMPLES" not in defined]
