"""Parties: the sides of a negotiation, the people who belong to each, and who represents it.

- A party is a person, an organisation, a country or a group the article names ("the generals", "public
  sector unions"); it is known by keys: its names and acronyms, a country by its name, capital and
  nationality ("US", "Washington", "American" are one), a group by its head noun ("unions").
- A person belongs to a party when their affiliation, country, role or credentials name it: "Sudan's
  president", "Vantor's Ray Oduya", "EU Trade Commissioner", "BT chief executive", "the union's president
  and a nurse" (of the nurses), "who leads Brightwater's bargaining team". An organisation belongs to a
  group whose head noun its name holds ("Great Lakes Nurses Alliance" of the nurses).
- A party's representative is the person named as the party itself, else the first of its members the
  article names who speaks for it: not an expert, not someone the reporter interviewed (a teacher at the
  rally, a nurse on the ward, a correspondent), a spokesperson only when no one else is named; else, for a
  country or government, the first head of state or government linked to no other side ("President
  Obama"); else the party's own name ("Amazon", "the generals").
Where it fails: a member linked to their party only by what they say or do (not by a title, an owner or an
appositive) is not found; a side named only by a pronoun is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract import lexicon as lx
from briefgen.extract.document import Analysis, Entity
from briefgen.extract.lexicon.meeting_words import GOVERNMENT_NOUNS, RANK_AND_FILE, VOICES
from briefgen.regex_cache import compiled

# Country names by every word that names them in news writing: name, capital, short form, nationality.
COUNTRY_OF = {**{k: v for k, v in lx.NATIONALITIES.items()}, **lx.CAPITAL_OF}
SEPARATE_WORDS = compiled(r"[A-Z][\w.&’'-]*")
LEAD_WORDS = frozenset(
    "the a an several some many hundreds thousands dozens few five four three two six seven eight nine ten".split()
)
# "Kia Roe, who leads Brightwater's bargaining team" / "who heads the Ports Authority": an affiliation told later
WHO_LEADS = compiled(
    r"^,\s+who\s+(?:leads|heads|runs|chairs|represents|works\s+for|speaks\s+for)\s+(?:the\s+)?"
    r"(?P<party>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
)
PERSON_TEXT_CHARS = 80  # how much of a description can name a person's party
HEAD_TITLES = frozenset(
    """
president prime minister chancellor premier king queen emperor governor gov gov. mayor leader chairman chairwoman
""".split()
)


@dataclass(frozen=True)
class Party:
    """A side of the negotiation: its name as the article gives it, the keys that link entities to it, and
    the entity it is (when it is one)."""

    name: str
    keys: frozenset[str]
    entity: int | None = None
    group: bool = False


@lru_cache(maxsize=4096)
def name_keys(name: str) -> frozenset[str]:
    """The keys of a name: lowercased without "the" and a possessive, a country also by its full name, an
    organisation also without its head word ("Pinecrest Airlines" is "Pinecrest")."""
    low = re.sub(r"[’']s$", "", name.strip().lower())
    low = re.sub(r"^the\s+", "", low)
    keys = {low}
    country = COUNTRY_OF.get(low) or COUNTRY_OF.get(low.replace(".", ""))
    if country:
        keys.add(country.lower())
    words = low.split()
    if len(words) > 1 and words[-1] in lx.ORG_HEADS:
        keys.add(" ".join(words[:-1]))
    return frozenset(k for k in keys if k)


def entity_party(entity: Entity) -> Party:
    """The party an entity is."""
    keys = set(name_keys(entity.name))
    for alias in entity.aliases:
        keys |= name_keys(alias)
    return Party(entity.name, frozenset(keys), entity.key)


def group_party(phrase: str) -> Party | None:
    """A group named by a noun phrase ("Several thousand teachers wearing red" → "teachers", "the generals");
    None when the phrase holds no plural noun."""
    words = [w for w in phrase.split() if w]
    while words and (words[0].lower() in LEAD_WORDS or words[0].isdigit()):
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if kept and word.lower().endswith(("ing", "ed")):
            break  # "teachers wearing red": the group is what comes before the participle
        kept.append(word)
    if not kept or kept[-1][0].isupper():
        return None
    singular_body = kept[-1].lower() in GOVERNMENT_NOUNS or (
        phrase.lower().startswith("the ") and kept[-1].lower() in lx.ORG_HEADS
    )
    if not (kept[-1].lower().endswith("s") or singular_body):
        return None  # "the health board", "the state government" are bodies; else a group is plural
    head = kept[-1].lower()
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    name = " ".join(kept)
    if phrase.lower().startswith("the ") and not name.lower().startswith("the "):
        name = "the " + name
    return Party(name, frozenset({head, singular}), None, group=True)


def _short(text: str) -> str:
    """What a person's description says before any quotation or next sentence (an appositive run on)."""
    return re.split(r"[“”\"]|\.\s", text, maxsplit=1)[0][:PERSON_TEXT_CHARS]


def later_affiliations(analysis: Analysis, entity: Entity) -> list[str]:
    """Parties a person's later mentions are said to lead or speak for ("Kia Roe, who leads X's team")."""
    found = []
    for mention in entity.mentions:
        sentence = analysis.sentences[mention.sentence]
        after = mention.end - sentence.start  # the sentence says what follows, unless the mention ends it
        if after < len(sentence.text) and sentence.text[after] != ",":  # most mentions: no appositive follows
            continue
        paragraph = analysis.paragraphs[sentence.paragraph - 1]  # made when read, once the sections are done
        if not paragraph.startswith(",", mention.end):
            continue
        match = WHO_LEADS.match(paragraph[mention.end : mention.end + 120])
        if match:
            found.append(re.sub(r"[’']s$", "", match.group("party")))
    return found


class Members:
    """Who belongs to which party in one document; each person's description is read once."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self._texts: dict[int, str] = {}

    def text(self, entity: Entity) -> str:
        """What ties a person to a party, lowercased: affiliation, country, role, credentials, and what an
        appositive anywhere says they lead ("who leads Brightwater's bargaining team")."""
        if entity.key not in self._texts:
            parts = [entity.affiliation, entity.country, entity.role, entity.credentials]
            parts += later_affiliations(self.analysis, entity)
            text = " ".join(_short(p) for p in parts if p)
            for word in SEPARATE_WORDS.findall(text):  # nationalities and capitals stand for their country
                bare = re.sub(r"[’']s$", "", word).lower()
                country = COUNTRY_OF.get(bare) or COUNTRY_OF.get(bare.replace(".", ""))
                if country:
                    text += " " + country
            self._texts[entity.key] = text.lower()
        return self._texts[entity.key]

    def belongs(self, party: Party, entity: Entity) -> bool:
        """Whether an entity belongs to a party (see the module's docstring)."""
        if entity.key == party.entity:
            return True
        if entity.kind == "person":
            return _names_a_key(self.text(entity), party.keys)
        if party.group:  # "Great Lakes Nurses Alliance" of the nurses
            return entity.kind == "organization" and _names_a_key(entity.name.lower(), party.keys)
        return bool(entity_party(entity).keys & party.keys)  # "US" and "United States", "GM" and "General Motors"


def _names_a_key(text: str, keys: frozenset[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(key)}s?(?![\w-])", text) for key in keys)


def speaks_for(entity: Entity) -> bool:
    """Whether a person may represent a side: no expert, no one interviewed for colour (a teacher, a nurse,
    a correspondent: the role's last word), no former official."""
    role = (entity.role or "").lower()
    words = role.split()
    return not (entity.expert or role.startswith("former") or (words and words[-1] in RANK_AND_FILE))


def first_mention(entity: Entity) -> tuple[int, int]:
    return min((m.sentence, m.start) for m in entity.mentions) if entity.mentions else (1 << 30, 0)


def representative(members: Members, party: Party, others: list[Party]) -> Entity | None:
    """The person who represents a party (see the module's docstring); None when no one does."""
    analysis = members.analysis
    entity = analysis.entity(party.entity)
    if entity is not None and entity.kind == "person":
        return entity
    people = sorted((e for e in analysis.people() if e.mentions), key=first_mention)
    if party.group:  # a group's people include those of the organisations it holds ("PCS" of the unions)
        organisations = [
            e for e in analysis.entities.values() if e.kind == "organization" and members.belongs(party, e)
        ]
        party = Party(party.name, party.keys.union(*(entity_party(e).keys for e in organisations)), None, True)
    own = [e for e in people if members.belongs(party, e) and speaks_for(e)]
    own = [e for e in own if not any(members.belongs(other, e) for other in others)]
    if own:
        leading = [e for e in own if not _is_voice(e)]
        return (leading or own)[0]
    governs = not party.group or bool(party.keys & GOVERNMENT_NOUNS)
    if not governs or (entity is not None and entity.kind == "organization"):
        return None
    heads = [
        e for e in people if _is_head(e) and speaks_for(e) and not any(members.belongs(other, e) for other in others)
    ]
    unlinked = [e for e in heads if not (e.affiliation or e.country)]
    return unlinked[0] if unlinked else None


def _is_voice(entity: Entity) -> bool:
    role = (entity.role or "").lower()
    return any(word in role.split() for word in VOICES)


def _is_head(entity: Entity) -> bool:
    role = (entity.role or "").lower().split()
    return bool(role) and role[-1] in HEAD_TITLES
