"""Tell the page's profiles from the article: author bios and the site's words about itself.

A post often closes with a few sentences about who wrote it ("Jane Doe is a senior writer for
the Herald, covering energy.", "Moritz Gathmann leitet das Ressort Außenpolitik.") or about the
site ("This blog is written by volunteers since 2009", "Das Portal ist seit 2001 die erste
Adresse für …"). They are full, long sentences in the article's language, so line labels keep
them; what gives them away is their grammar. A bio is a third-person sentence in the present
whose subject is a person's name and whose predicate is a job ("is a reporter", "ist
Redakteurin", "est journaliste") or a writer's habit ("covers", "writes about"); it is surely a
bio when the name is the byline's. A site profile speaks of the site itself as its subject ("this
blog", "unser Portal", "ce site") and says what it is or offers.

Both are told apart from the article only where they stand: at the body's end, under an "About
the author" heading, or (for the byline's own name) anywhere, because an article does not talk
about its writer in the third person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.clean.blocks import Line
from eventwire.clean.ending import is_closing_line

# A bio is a few sentences; a longer line is a paragraph that happens to start with a name.
BIO_MAX_WORDS = 160
# The job or habit follows the name within this many words ("is a former senior staff writer").
ROLE_WINDOW_WORDS = 8
# A job noun is its stem plus at most this many letters of inflection.
ROLE_INFLECTION_CHARS = 4
# A name is one to four capitalised words ("Will Knight", "Walter Dean Burnham").
NAME_MAX_WORDS = 4

_NAME_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "del", "da", "di", "du", "le", "la", "al", "bin", "ibn"}
)
# Titles before a name ("Dr. Josef Kastner", "Prof. Jane Doe") belong to it.
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mme", "dra", "ing", "dipl"})

# Words that open a third-person description of a person, by language. Only the verb is listed:
# the job noun after it decides (see _ROLES), except for the habits in _HABITS.
_LINKING_VERBS = frozenset(
    {
        # en
        "is", "was", "has", "had", "serves", "joined", "works", "worked", "lives",
        # de
        "ist", "war", "arbeitet", "lebt", "leitet", "studierte", "schreibt",
        # fr / es / it / pt / nl / pl
        "est", "était", "vit", "travaille", "es", "fue", "vive", "trabaja", "è",
        "é", "trabalha", "werkt", "jest", "był", "była", "pracuje",
    }
)  # fmt: skip
# Jobs and roles that a bio gives its subject. Written for eventwire; stems are matched as word
# prefixes so that "journalist", "journalistin", "journaliste" and "journalists" all count.
_ROLE_STEMS = (
    # en
    "writer", "reporter", "journalist", "editor", "correspondent", "columnist", "author",
    "contributor", "contributing", "blogger", "freelance", "founder", "co-founder", "cofounder",
    "consultant", "professor", "lecturer", "researcher", "expert", "analyst", "producer",
    "photographer", "novelist", "poet", "host", "graduate", "fellow", "scientist", "economist",
    "historian", "attorney", "lawyer", "staff", "intern", "student", "coach", "owner",
    "principal", "partner", "ceo", "chief", "manager", "specialist",
    # de
    "redakteur", "autor", "korrespondent", "reporterin", "kolumnist", "gründer", "mitgründer",
    "mitbegründer", "geschäftsführer", "inhaber", "berater", "dozent", "wissenschaftler",
    "fachanwalt", "rechtsanwalt", "ressort", "redaktion", "volontär", "mitarbeiter", "freier",
    "freie", "leiter", "chefredakteur", "herausgeber", "fotograf", "trainer", "expertin",
    # fr
    "rédact", "journaliste", "chroniqueu", "auteur", "autrice", "fondat", "professeur",
    "chercheu", "correspondant", "pigiste",
    # es / pt / it
    "periodista", "redactor", "corresponsal", "autora", "fundador", "profesor", "columnista",
    "investigador", "jornalista", "giornalista", "redattore", "scrittore", "fondatore",
    # nl / pl
    "journalist", "redacteur", "verslaggever", "dziennikar", "redaktor", "publicyst", "autorka",
)  # fmt: skip
# What a writer does, said of them in the third person: a bio without a job noun.
_HABITS = re.compile(
    r"^(?:covers|covering|writes about|writes for|reports on|reports for|has written|"
    r"has covered|has reported|has worked|has been writing|has been covering|writes|"
    r"schreibt über|schreibt für|berichtet über|berichtet für|écrit pour|escribe sobre|"
    r"escribe para)\b"
)
# Headings that announce a bio below them.
_BIO_HEADING = re.compile(
    r"^(?:about the (?:author|authors|writer|contributor)|author bio|the author|"
    r"über (?:den autor|die autorin|die autoren|die autorinnen)|zum autor|zur autorin|"
    r"à propos de l'auteur|a propos de l'auteur|l'auteur|sobre (?:el autor|la autora)|"
    r"sull'autore|over de auteur|o autorze|o autorce)\s{0,2}:?$",
    re.IGNORECASE,
)
# "By Jane Doe", "Von Moritz Gathmann", "Texte : Marie Dupont": the name a bio will repeat.
_BYLINE_NAME = re.compile(
    r"^(?i:(?:written|reviewed|verified|fact[ -]checked|edited) by|by|von|par|por|di|autor|"
    r"autorin|author|text|texte|auteur|autore)"
    r"\s{0,2}:?\s{1,3}(?P<name>[A-ZÀ-Ý][\w'’.-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w'’.-]{0,30}){0,3})"
)
_WORD = re.compile(r"[\w'’.-]+")
# A line opening with an article or a demonstrative is about a thing or a noun phrase ("Die
# Kanzlerin ist …", "The agency is a …"), never a name; German capitalises the noun after it.
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "my", "his", "her", "their",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "dieser", "diese",
        "dieses", "unser", "unsere", "le", "la", "les", "un", "une", "ce", "cette", "el", "los",
        "las", "il", "lo", "gli", "het", "een", "o", "os", "as", "in", "im", "on", "at", "for",
        "für", "mit", "bei", "auf", "nach", "seit", "en", "dans", "con", "por", "para",
    }
)  # fmt: skip


def byline_names(lines: Iterable[Line]) -> set[str]:
    """Lower-cased names of the page's authors as its bylines give them ("by Tim Anderson").

    The full name and its first and last words are returned, because bios often repeat only
    one of them ("Martin has worked as …").
    """
    names: set[str] = set()
    previous = ""
    for line in lines:
        text = line.text.strip()
        # "By" and the name are often set as two lines of an author box.
        joined, previous = f"{previous} {text}", text
        if line.words > 12:
            continue
        match = _BYLINE_NAME.match(text) or _BYLINE_NAME.fullmatch(joined)
        if match is None:
            continue
        words = match.group("name").split()
        # A one-word "name" after "Von" is as often a noun ("Von Risiken und …").
        if len(words) < 2:
            continue
        names.add(" ".join(words).lower())
        names.add(words[0].lower())
        if len(words) > 1:
            names.add(words[-1].lower())
    return names


def _leading_name(words: list[str]) -> int:
    """How many of the leading words form a person's name (0 when the line opens otherwise)."""
    count = 0
    for word in words[: NAME_MAX_WORDS + 2]:
        bare = word.strip(",.:;()—–-").lower()
        if count and bare in _NAME_PARTICLES:
            count += 1
            continue
        if bare in _TITLES or (word[:1].isupper() and not word.endswith((":", ";"))):
            count += 1
            if word.endswith(","):
                break
            continue
        break
    # Particles cannot end a name ("Jane de" + "la" …).
    while count and words[count - 1].strip(",").lower() in _NAME_PARTICLES:
        count -= 1
    return count if count <= NAME_MAX_WORDS else 0


def _predicate_is_bio(rest: list[str]) -> bool:
    """Whether the words after a name read as a job ("is a senior writer") or a writer's habit."""
    if not rest:
        return False
    phrase = " ".join(rest[:4]).lower()
    if _HABITS.match(phrase):
        return True
    first = rest[0].strip(",").lower()
    # "Jane Doe, a reporter at …", "Marco Kratzenberg, GIGA-Experte für …": the apposition form.
    apposition = rest[0] in (",", "—", "–") or first in ("a", "an")
    if first not in _LINKING_VERBS and not apposition:
        return False
    for word in rest[1 : 1 + ROLE_WINDOW_WORDS]:
        bare = word.strip(",.;:()").lower()
        # A job noun joined to a name or a field ("GIGA-Experte", "Wirtschafts-Redakteurin").
        if any(_is_role_word(part) for part in bare.split("-")):
            return True
    return False


def _is_role_word(word: str) -> bool:
    # The stem plus an inflection ("journalist-in", "rédact-rice", "dziennikar-zem"); a longer
    # tail makes another word ("intern" → "internationalen").
    return any(
        word.startswith(stem) and len(word) - len(stem) <= ROLE_INFLECTION_CHARS
        for stem in _ROLE_STEMS
    )


def is_author_bio(text: str, names: set[str] | None = None) -> bool:
    """Whether ``text`` is a short biography of a person, the way sites close a post.

    Args:
        text: a line of the body.
        names: lower-cased author names from the page's bylines (see :func:`byline_names`);
            a line that opens with one of them and goes on in the third person is a bio.

    Returns:
        True for "Will Knight is a senior writer for WIRED, covering …", "Moritz Gathmann
        leitet das Ressort Außenpolitik", and, with "tim anderson" among ``names``, "TIM
        ANDERSON has done many amazing things …".
    """
    words = _WORD.findall(text[:400])
    if not words or len(text.split()) > BIO_MAX_WORDS:
        return False
    name_words = _leading_name(text.split()[: NAME_MAX_WORDS + 2])
    if not name_words or words[0].lower() in _DETERMINERS:
        return False
    spaced = text.split()
    name = " ".join(word.strip(",") for word in spaced[:name_words]).lower()
    rest = spaced[name_words:]
    if spaced[name_words - 1].endswith(","):
        rest = [",", *rest]
    if names and name in names and rest:
        # The byline's own name followed by any verb in the third person.
        return rest[0][:1].islower() or rest[0] in (",", "—", "–")
    if name_words < 2 and not (names and name in names):
        # One capitalised word is as often a sentence's first word as a first name.
        return False
    return _predicate_is_bio(rest)


def is_bio_heading(text: str) -> bool:
    """Whether ``text`` is a heading that announces a bio ("About the author", "Zur Autorin")."""
    return len(text) <= 40 and _BIO_HEADING.match(text.strip()) is not None


# Bios close a post in its last few prose lines; above them, a matching line is article text.
PROFILE_MAX_LINES = 4
# Trimming never takes more than this share of the body: a page that is mostly bios is a
# staff page or an obituary, and the bios are its text.
PROFILE_MAX_SHARE = 0.5
# Lines below a bio heading that may belong to the bio it announces.
HEADING_REACH_LINES = 3


def trim_profiles(lines: list[Line], start: int, end: int) -> int:
    """New end of the body run ``lines[start:end]`` without the author bios that close it.

    Closing furniture of other kinds (see :func:`eventwire.clean.ending.is_closing_line`) in
    the same tail goes with them, because a bio and a newsletter call often share one box.

    Args:
        lines: the labelled lines of the page.
        start: first position of the body run.
        end: one past its last position.

    Returns:
        The new end (``start < new end <= end``).
    """
    names = byline_names(lines)
    prose_chars = sum(len(line.text) for line in lines[start:end] if line.label in ("good", "fair"))
    new_end, trimmed_chars, prose_seen, found_bio = end, 0, 0, False
    position = end
    while position - 1 > start and prose_seen < PROFILE_MAX_LINES:
        position -= 1
        line = lines[position]
        if line.label not in ("good", "fair"):
            continue
        prose_seen += 1
        is_bio = is_author_bio(line.text, names)
        if not (is_bio or is_closing_line(line)):
            break
        trimmed_chars += len(line.text)
        if trimmed_chars > PROFILE_MAX_SHARE * prose_chars:
            break
        found_bio = found_bio or is_bio
        new_end = position
    if not found_bio:
        return end
    while new_end > start + 1 and (
        lines[new_end - 1].label not in ("good", "fair") or is_bio_heading(lines[new_end - 1].text)
    ):
        new_end -= 1
    return new_end


def profile_lines(chosen: list[Line], names: set[str]) -> set[int]:
    """Indexes of bio lines anywhere in the chosen body: those that open with the byline's
    name, and those right under an "About the author" heading (with the heading itself)."""
    found: set[int] = set()
    reach = 0
    for line in chosen:
        if is_bio_heading(line.text):
            found.add(line.index)
            reach = HEADING_REACH_LINES
            continue
        if line.label not in ("good", "fair"):
            reach -= 1
            continue
        words = line.text.split()
        under_heading = reach > 0 and len(words) <= BIO_MAX_WORDS and _leading_name(words) > 0
        if under_heading or (names and _opens_with_name(line.text, names)):
            found.add(line.index)
            reach = HEADING_REACH_LINES if under_heading else 0
            continue
        reach = 0
    return found


def _opens_with_name(text: str, names: set[str]) -> bool:
    # Only the full name counts here: a first name alone opens many sentences of an interview.
    words = text.split()
    count = _leading_name(words[: NAME_MAX_WORDS + 2])
    full = " ".join(word.strip(",") for word in words[:count]).lower()
    if count >= 2 and full in names:
        return is_author_bio(text, names)
    # "Marisa is a Compliance Manager …": a first name alone needs a job after it.
    return count == 1 and full in names and _predicate_is_bio(words[1:])
