"""Word tokens with character offsets, and English inflections generated from base forms.

The coder runs without a parser or a trained model, so tokenisation and inflection are
ours: a single linear-time regular expression splits words, contractions (``n't``, ``'s``)
and punctuation; :func:`verb_forms` and :func:`noun_forms` expand lexicon entries written as
base forms ("attack" → "attacks", "attacked", "attacking") so lexicon authors never list them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Alternatives are tried left to right at each position; none nests a quantifier inside
# another over the same characters, so matching stays linear even on a 100,000-word input.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|\w+(?=n['’]t\b)"  # "did" of "didn't"
    r"|n['’]t\b"
    r"|['’]s\b"
    r"|\d+(?:[.,]\d+)+"  # 12,000 and 1.5: one token, so a pattern's gap counts it once
    r"|\w+(?:-\w+)*"
    r"|[^\w\s]"
)

NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an", "ar", "at", "az", "ibn"})
NEGATION_WORDS = frozenset({"not", "n't", "n’t", "never", "no", "neither", "nor", "without"})


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its text as written, lower-cased form and offsets into the article text."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_name_like(self) -> bool:
        """Capitalised, or a name after a lower-case Arabic article ("al-Shabaab")."""
        head, dash, rest = self.text.partition("-")
        return self.is_capitalised or (bool(dash) and head in NAME_PARTICLES and rest[:1].isupper())

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens whose offsets index ``text``.

    Args:
        text: the article text.
        start: first character to tokenise.
        end: end of the span (exclusive); the end of ``text`` when None.

    Returns:
        Tokens in order. Contractions become their own tokens ("didn't" → "did", "n't").
    """
    stop = len(text) if end is None else end
    tokens = []
    for match in _TOKEN.finditer(text, start, stop):
        word = match.group()
        lower = word.lower().replace("’", "'")
        if len(lower) > 1 and lower.endswith("."):
            lower = lower.rstrip(".").replace(".", "")  # "U.S." and "US" look alike
        tokens.append(Token(word, lower, match.start(), match.end()))
    return tokens


_IRREGULAR_VERBS: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "been", "being", "am"),
    "begin": ("began", "begun"),
    "bid": ("bid",),
    "break": ("broke", "broken"),
    "bring": ("brought",),
    "build": ("built",),
    "buy": ("bought",),
    "choose": ("chose", "chosen"),
    "come": ("came",),
    "cut": ("cut",),
    "do": ("did", "done", "does"),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "fight": ("fought",),
    "find": ("found",),
    "flee": ("fled",),
    "fly": ("flew", "flown"),
    "forbid": ("forbade", "forbidden"),
    "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"),
    "give": ("gave", "given"),
    "go": ("went", "gone", "goes"),
    "have": ("had", "has"),
    "hold": ("held",),
    "hit": ("hit",),
    "keep": ("kept",),
    "lay": ("laid",),
    "lead": ("led",),
    "leave": ("left",),
    "lose": ("lost",),
    "make": ("made",),
    "meet": ("met",),
    "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid",),
    "put": ("put",),
    "quit": ("quit",),
    "rise": ("rose", "risen"),
    "run": ("ran",),
    "say": ("said",),
    "see": ("saw", "seen"),
    "seek": ("sought",),
    "sell": ("sold",),
    "send": ("sent",),
    "set": ("set",),
    "shake": ("shook", "shaken"),
    "shoot": ("shot",),
    "shut": ("shut",),
    "slay": ("slew", "slain"),
    "speak": ("spoke", "spoken"),
    "spend": ("spent",),
    "spread": ("spread",),
    "stand": ("stood",),
    "steal": ("stole", "stolen"),
    "strike": ("struck", "stricken"),
    "swear": ("swore", "sworn"),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tear": ("tore", "torn"),
    "tell": ("told",),
    "think": ("thought",),
    "throw": ("threw", "thrown"),
    "undertake": ("undertook", "undertaken"),
    "understand": ("understood",),
    "upset": ("upset",),
    "win": ("won",),
    "withdraw": ("withdrew", "withdrawn"),
    "withhold": ("withheld",),
    "write": ("wrote", "written"),
    "beat": ("beat", "beaten"),
    "blow": ("blew", "blown"),
    "hang": ("hung", "hanged"),
    "feel": ("felt",),
    "hear": ("heard",),
    "mislead": ("misled",),
    "uphold": ("upheld",),
    "override": ("overrode", "overridden"),
    "foresee": ("foresaw", "foreseen"),
}
_VOWELS = set("aeiou")


def verb_forms(base: str) -> set[str]:
    """All inflected forms of an English verb given as its base form.

    Regular rules plus a table of irregular verbs. Where English spelling is ambiguous
    (doubling a final consonant: "ban" → "banned" but "open" → "opened") both spellings are
    produced: an extra form that never occurs in text costs nothing.
    """
    base = base.lower()
    forms = {base}
    forms.update(_IRREGULAR_VERBS.get(base, ()))
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        stem = base[:-1]
        forms.update({stem + "ed", stem + "ing"})
    elif base.endswith("ee"):
        forms.update({base + "d", base + "ing"})
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms.update({base[:-1] + "ied", base + "ing"})
    elif base.endswith("ie"):
        forms.update({base[:-2] + "ying", base + "d"})
    else:
        forms.update({base + "ed", base + "ing"})
        if (
            len(base) >= 3
            and base[-1] not in _VOWELS | {"w", "x", "y"}
            and base[-2] in _VOWELS
            and base[-3] not in _VOWELS
        ):
            forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    if base.endswith("c"):
        forms.update({base + "ked", base + "king"})
    return forms


def noun_forms(singular: str) -> set[str]:
    """Singular and plural of an English noun ("attack" → "attacks", "sanctions" kept)."""
    noun = singular.lower()
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return {noun, noun + "es"} if not noun.endswith("s") else {noun, noun + "es"}
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return {noun, noun[:-1] + "ies"}
    return {noun, noun + "s"}


def is_negated(tokens: list[Token], position: int, window: int = 3) -> bool:
    """Whether a negation word stands within ``window`` tokens before ``position``."""
    for token in tokens[max(0, position - window) : position]:
        if token.lower in NEGATION_WORDS:
            return True
    return False
