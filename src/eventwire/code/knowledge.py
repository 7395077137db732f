"""Actor and event-pattern lexicons: the knowledge the coder runs on.

Both lexicons are plain UTF-8 line files (format in ``docs/knowledge.md``): package data under
``data/actors`` and ``data/patterns`` is read first, then the user's files, and a later entry
for the same phrase replaces an earlier one (code ``-`` deletes it). Phrases are indexed by
their first token, so a lookup costs one dictionary access per token of text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventwire.analyse.tokens import noun_forms, tokenize, verb_forms
from eventwire.model import Actor

ACTOR_KINDS = frozenset({"name", "demonym", "capital", "sector", "person", "group", "unknown"})
PATTERN_KINDS = frozenset(
    {
        "verb",
        "noun",
        "phrase",
        "intent",
        "threat",
        "refuse",
        "appeal",
        "demand",
        "order",
        "deny",
        "negate",
    }
)
PATTERN_OPTIONS = frozenset({"recip", "violent", "joint", "nosource", "speech", "intransitive"})
GAP = frozenset({"~"})  # up to three tokens may stand here
MAX_GAP = 3


class KnowledgeFileError(ValueError):
    """A line of an actor or pattern file that cannot be read."""


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor phrase: how it reads (``kind``), the code it resolves to and its tokens."""

    kind: str
    code: str
    phrase: tuple[str, ...]
    case_sensitive: bool
    label: str

    def actor(self) -> Actor:
        return make_actor(self.code, self.label)


@dataclass(frozen=True, slots=True)
class EventPattern:
    """One event pattern: a CAMEO code, a kind and a token sequence of alternative forms."""

    code: str
    kind: str
    elements: tuple[frozenset[str], ...]
    options: frozenset[str]
    source_line: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass
class Knowledge:
    """Actors and event patterns, indexed by first token for linear-time matching."""

    actors: dict[str, list[ActorEntry]] = field(default_factory=dict)
    patterns: dict[str, list[EventPattern]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def actors_starting(self, token: str) -> list[ActorEntry]:
        return self.actors.get(token, [])

    def patterns_starting(self, token: str) -> list[EventPattern]:
        return self.patterns.get(token, [])


ORGANISATION_PREFIXES = ("IGO", "NGO")


def make_actor(code: str, name: str) -> Actor:
    """An :class:`Actor` from a CAMEO-style code: 3 letters of country + a sector.

    International bodies (``IGOUNO``, ``NGOICRC``, a bare ``NGO``) are their own "country" and
    carry no sector; an unknown actor (``---``, ``---CVL``) has no country.
    """
    if code.startswith("---") or not code:
        return Actor(code or "---", None, code[3:6] or None, name)
    if code.startswith(ORGANISATION_PREFIXES):
        return Actor(code, code, None, name)
    return Actor(code, code[:3], code[3:6] or None, name)


def with_country(country: str, sector: str, name: str) -> Actor:
    """The actor of ``sector`` belonging to ``country``; an organisation stays itself.

    "UN peacekeepers" is the UN (``IGOUNO``), not a sector of it: the gold convention codes
    international bodies without sectors.
    """
    if country.startswith(ORGANISATION_PREFIXES):
        return make_actor(country, name)
    return make_actor(country + sector, name)


def load_knowledge(
    extra_actor_files: Sequence[Path] = (), extra_pattern_files: Sequence[Path] = ()
) -> Knowledge:
    """Load the package lexicons, then the user's files, later entries overriding earlier ones.

    Args:
        extra_actor_files: actor files in the documented line format.
        extra_pattern_files: event-pattern files in the documented line format.

    Returns:
        The indexed knowledge.

    Raises:
        KnowledgeFileError: naming the file and line of an entry that cannot be read.
        FileNotFoundError: when a user file does not exist.
    """
    actor_entries: dict[tuple[str, tuple[str, ...]], ActorEntry | None] = {}
    pattern_entries: dict[tuple[str, str], EventPattern | None] = {}
    knowledge = Knowledge()
    for name, text in _package_files("actors"):
        _read_actor_lines(text, name, actor_entries)
        knowledge.sources.append(name)
    for path in extra_actor_files:
        _read_actor_lines(Path(path).read_text("utf-8"), str(path), actor_entries)
        knowledge.sources.append(str(path))
    for name, text in _package_files("patterns"):
        _read_pattern_lines(text, name, pattern_entries)
        knowledge.sources.append(name)
    for path in extra_pattern_files:
        _read_pattern_lines(Path(path).read_text("utf-8"), str(path), pattern_entries)
        knowledge.sources.append(str(path))
    for entry in actor_entries.values():
        if entry is not None:
            knowledge.actors.setdefault(entry.phrase[0], []).append(entry)
    for actor_list in knowledge.actors.values():
        actor_list.sort(key=lambda entry: -len(entry.phrase))
    for pattern in pattern_entries.values():
        if pattern is None:
            continue
        for head in pattern.elements[0]:
            knowledge.patterns.setdefault(head, []).append(pattern)
    for pattern_list in knowledge.patterns.values():
        pattern_list.sort(key=lambda pattern: -len(pattern.elements))
    return knowledge


def _package_files(folder: str) -> Iterable[tuple[str, str]]:
    directory = resources.files("eventwire").joinpath("data", folder)
    for item in sorted(directory.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".txt"):
            yield f"eventwire:data/{folder}/{item.name}", item.read_text("utf-8")


def _fields(text: str, origin: str) -> Iterable[tuple[str, list[str]]]:
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].rstrip() if not raw.startswith("#") else ""
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("\t") if part.strip()]
        yield f"{origin}:{number}", parts


def _read_actor_lines(
    text: str, origin: str, entries: dict[tuple[str, tuple[str, ...]], ActorEntry | None]
) -> None:
    for where, parts in _fields(text, origin):
        if len(parts) != 3 or parts[0] not in ACTOR_KINDS:
            raise KnowledgeFileError(
                f"{where}: expected 'kind<TAB>code<TAB>phrase | phrase' with kind one of "
                f"{sorted(ACTOR_KINDS)}, got {parts!r}"
            )
        kind, code, phrases = parts
        label = phrases.split("|")[0].strip()
        for phrase in phrases.split("|"):
            written = phrase.strip()
            words = tuple(token.lower for token in tokenize(written))
            if not words:
                continue
            case_sensitive = written.isupper() and len(written) <= 5
            for spelling in _british_and_american(words):
                entries[(kind, spelling)] = (
                    None if code == "-" else ActorEntry(kind, code, spelling, case_sensitive, label)
                )


def _british_and_american(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    # "Collective Security Treaty Organisation": a body's name is written with either spelling
    # of "-isation", and one lexicon line should cover both.
    spellings = [words]
    for old, new in (("isation", "ization"), ("ization", "isation")):
        if any(old in word for word in words):
            spellings.append(tuple(word.replace(old, new) for word in words))
    return spellings


def _read_pattern_lines(
    text: str, origin: str, entries: dict[tuple[str, str], EventPattern | None]
) -> None:
    for where, parts in _fields(text, origin):
        if len(parts) not in (3, 4) or parts[1] not in PATTERN_KINDS:
            raise KnowledgeFileError(
                f"{where}: expected 'code<TAB>kind<TAB>pattern | pattern[<TAB>options]' with "
                f"kind one of {sorted(PATTERN_KINDS)}, got {parts!r}"
            )
        code, kind, phrases = parts[:3]
        options = frozenset(parts[3].split(",")) if len(parts) == 4 else frozenset()
        unknown = options - PATTERN_OPTIONS
        if unknown:
            raise KnowledgeFileError(
                f"{where}: unknown options {sorted(unknown)}; valid: {sorted(PATTERN_OPTIONS)}"
            )
        if code != "-" and not code.isdigit():
            raise KnowledgeFileError(f"{where}: CAMEO code {code!r} must be digits, e.g. '042'")
        for phrase in phrases.split("|"):
            written = " ".join(phrase.split()).lower()
            if not written:
                continue
            elements = _compile(written, kind)
            entries[(kind, written)] = (
                None if code == "-" else EventPattern(code, kind, elements, options, written)
            )


def _compile(phrase: str, kind: str) -> tuple[frozenset[str], ...]:
    words = phrase.split(" ")
    last_word = max(
        (index for index, word in enumerate(words) if word != "~"), default=len(words) - 1
    )
    elements: list[frozenset[str]] = []
    for index, word in enumerate(words):
        if word == "~":
            elements.append(GAP)
            continue
        forms: set[str] = set()
        for alternative in word.split("/"):
            if alternative.startswith("="):
                forms.add(alternative[1:])
            elif kind != "noun" and kind != "phrase" and index == 0:
                forms.update(verb_forms(alternative))
            elif kind == "noun" and index == last_word:
                forms.update(noun_forms(alternative))
            else:
                forms.add(alternative)
        elements.append(frozenset(forms))
    return tuple(elements)
