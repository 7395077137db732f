"""Scan a text for a family of patterns in fewer, cheaper passes, with ``finditer``'s results.

Python's regex engine finds the next candidate position fast only when a pattern starts with a
literal (it then skips through the text in a tight loop, about ten times faster than testing
every character against a set of first characters). Time words ("yesterday", "week", "two days
ago") start with common letters, so one alternation of them tests nearly every other character
of an article; and each of the digit-led patterns pays for its own pass over the text.

Two strategies, each giving exactly what ``pattern.finditer(text)`` of the original gives:

- :class:`SplitAlternation` scans an alternation of literal words as one pattern per group of
  words that may start at the same place, and merges the parts' matches the way ``finditer``
  would have picked them (leftmost first, never overlapping an earlier match).
- :class:`JointScan` finds, in one pass, every position where any of several patterns that
  share a first character class matches, then matches each pattern only there.

And one for the small patterns that read the words left of a date (``\\b(?:last|next)\\s+$``
searched in the 40 characters before it): the engine tries each of those positions in turn,
while the match can only end on the word right before the date.
:class:`LeftContext` reads that word backwards and runs the pattern only when it is one the
pattern can end on; otherwise the answer, None, is known at once.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator, Sequence

_NAMED_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>")
_GROUP_REFERENCE = re.compile(r"\(\?P=(?P<name>\w+)\)")
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]")
_OPENING_WORDS = re.compile(r"(?:\(\?(?:P<\w+>|:))?\{words\}")
_EITHER_CASE = re.compile(r"\[([a-z])\1\]")


class PatternFamilyError(ValueError):
    """Patterns that cannot be scanned together without changing what they find."""


class SplitAlternation:
    """An alternation of words scanned as several literal-led patterns, merged like ``finditer``.

    Args:
        groups: the words of the alternation, in its order, grouped so that a word never
            starts another group's word ("week" and "weekend" share a group); each group is
            one pattern, scanned from its common literal prefix.
        template: the pattern with ``{words}`` where the alternation stands; it must start
            there (optionally inside a group), so every match starts with one of the words.
        flags: ``re`` flags for every part.

    Raises:
        PatternFamilyError: when a word starts a word of another group (both could match at
            one position, and the merge could not tell which the alternation would pick).
    """

    def __init__(self, groups: Sequence[Sequence[str]], template: str, flags: int = 0) -> None:
        words = [word for group in groups for word in group]
        if not words or not all(words):
            raise PatternFamilyError("a split alternation needs non-empty words")
        if _OPENING_WORDS.match(template) is None:
            raise PatternFamilyError(f"the words must open the template: {template!r}")
        for index, group in enumerate(groups):
            for word in group:
                for other_index, other in enumerate(groups):
                    clash = [o for o in other if o.startswith(word) or word.startswith(o)]
                    if other_index != index and clash:
                        raise PatternFamilyError(
                            f"{word!r} and {clash[0]!r} may match at one position: put them in "
                            "one group"
                        )

        def compiled(alternatives: Sequence[str]) -> re.Pattern[str]:
            escaped = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in alternatives)
            return re.compile(template.replace("{words}", escaped), flags)

        self.pattern = compiled(words)
        self.parts = tuple(compiled(group) for group in groups)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``self.pattern.finditer(text)`` gives, found part by part."""
        parts = self.parts
        heads: list[tuple[int, int, re.Match[str]]] = []
        for index, part in enumerate(parts):
            match = part.search(text)
            if match is not None:
                heads.append((match.start(), index, match))
        heapq.heapify(heads)
        taken_to = 0
        while heads:
            start, index, match = heads[0]
            if start >= taken_to:
                yield match
                taken_to = match.end()
            # A part's next match may start inside the match just taken: search again from
            # its end, as finditer over the whole alternation would.
            following = parts[index].search(text, taken_to)
            if following is None:
                heapq.heappop(heads)
            else:
                heapq.heapreplace(heads, (following.start(), index, following))


class JointScan:
    """Several patterns with a common first character class, found in one pass over a text.

    Args:
        patterns: compiled patterns with the same flags; none may match the empty string.
        first: a character class every match of every pattern starts with (``r"\\d"``).
        screens: for each pattern, the source of a pattern without back-references that
            matches wherever it does (a looser one is fine); None uses the pattern itself.

    Raises:
        PatternFamilyError: when the flags differ or a screen refers back to a group.
    """

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str]],
        first: str,
        screens: Sequence[str | None] | None = None,
    ) -> None:
        flags = {pattern.flags for pattern in patterns}
        if len(flags) != 1:
            raise PatternFamilyError("patterns scanned jointly must share their flags")
        checks = []
        for pattern, screen in zip(patterns, screens or [None] * len(patterns), strict=True):
            source = screen if screen is not None else pattern.pattern
            if _GROUP_REFERENCE.search(source) or _NUMBERED_REFERENCE.search(source):
                raise PatternFamilyError(
                    f"back-reference in {source!r}: pass a screen that matches without it"
                )
            # The screens only say where to look; their groups are never read.
            checks.append(f"(?={_NAMED_GROUP.sub('(?:', source)})")
        # The union consumes its first character, so the engine skips to candidates by that
        # class; the look-behind then tests every screen from the position just consumed.
        union = rf"{first}(?<=(?:{'|'.join(checks)})[\s\S])"
        self.patterns = tuple(patterns)
        self.union = re.compile(union, flags.pop())

    def finditer_each(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, in order, the matches ``pattern.finditer(text)`` gives."""
        found: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        taken_to = [0] * len(self.patterns)
        for position in self.union.finditer(text):
            start = position.start()
            for index, pattern in enumerate(self.patterns):
                if start < taken_to[index]:
                    continue
                match = pattern.match(text, start)
                if match is not None:
                    found[index].append(match)
                    taken_to[index] = match.end()
        return found


class LeftContext:
    """A pattern that ends right before a date (in blanks, then ``$``), screened by its last word.

    Args:
        pattern: a pattern ending in ``\\s+$`` or ``[\\s-]+$`` (optionally
            ``\\s+(?:the\\s+)?$``), whose words are literal letters.
        last_words: every word a match can end on before its trailing blanks, in lower case
            ("of" for "the end of"; "the" when an optional "the" closes the pattern).
        hyphen: whether the trailing blanks may include hyphens ("mid-2023").

    Raises:
        PatternFamilyError: when a word is missing from the pattern (a typo would silently
            make the screen refuse every match of the word it meant).
    """

    def __init__(
        self, pattern: re.Pattern[str], last_words: Sequence[str], hyphen: bool = False
    ) -> None:
        # "[Ff]iscal" spells "fiscal" in either case.
        source = _EITHER_CASE.sub(r"\1", pattern.pattern.lower())
        for word in last_words:
            if re.search(rf"(?<![a-z]){word}(?![a-z])", source) is None:
                raise PatternFamilyError(f"{word!r} is not a word of {pattern.pattern!r}")
        self.pattern = pattern
        self.last_words = frozenset(last_words)
        self.hyphen = hyphen

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """What ``self.pattern.search(text, pos, endpos)`` finds: a match ending at ``endpos``."""
        window = text[pos:endpos]
        # ``rstrip()`` drops exactly the characters ``isspace`` accepts.
        trimmed = window.rstrip()
        if self.hyphen:
            shorter = trimmed.rstrip("-").rstrip()
            while len(shorter) != len(trimmed):
                trimmed, shorter = shorter, shorter.rstrip("-").rstrip()
        if len(trimmed) == len(window):
            return None  # every match ends in at least one blank
        # The pattern's last word fills a whole run of word characters (``\\w``: letters,
        # digits, underscore) from a boundary to the blanks: read forwards in the reversed text.
        word = trimmed[len(trimmed) - _WORD_RUN.match(trimmed[::-1]).end() :]
        # Caseless matching may equate other letters with ASCII ones ("K", the Kelvin sign):
        # such a word is left to the pattern.
        if word.isascii() and word.lower() not in self.last_words:
            return None
        return self.pattern.search(text, pos, endpos)


_WORD_RUN = re.compile(r"\w*")
