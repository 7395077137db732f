"""Follow the thread of an article's story when a report's own sentence states no date.

A report without a date of its own may still belong to an act told before: the lead's strike
gone on with in the next paragraph ("Four missiles struck the district"), the same act retold
by the same actors, or an event a definite noun points back at ("the arrests"). Each rule here
says when the thread holds, and where it breaks: an act of another family or a date told in
between, a paragraph break crossed by a noun its antecedent does not name.
"""

from __future__ import annotations

from eventwire.code.localise import coded_participants
from eventwire.model import Article, DateValue, Mention, Participant, Report
from eventwire.when.event_ties import tells_noun

# How many sentences back a report may reach for the act or event it follows.
ANAPHOR_REACH = 3
# Nouns that name no particular kind of act ("the incident", "the move"): they may point at
# any act told before, so their antecedent need not repeat them.
GENERIC_NOUNS = frozenset(
    "incident move decision violence crisis operation dispute standoff announcement".split()
)
# Acts of one family: a paragraph after the lead that goes on with its strike or its protest.
_FAMILIES = {"18": "violence", "19": "violence", "20": "violence", "14": "protest"}
_GOES_ON = "goes on with the act of"


def antecedent_told(article: Article, noun: str | None, found: int, report: Report) -> bool:
    """Whether a definite phrase may point back at the dated sentence ``found``.

    Within a paragraph, or right after the sentence, it may. Across a paragraph break and
    past other sentences, "criticised the arrests" points at the arrests told in between,
    not at the vote dated before them: the dated sentence must tell the noun itself.
    """
    sentences = article.sentences
    previous = report.sentence - 1
    if (
        found == previous
        or "\n" not in article.text[sentences[found].end : sentences[report.sentence].start]
    ):
        return True
    if noun is None:
        return False  # "It", "This" reach no further than the sentence before
    if noun in GENERIC_NOUNS:
        return True
    return tells_noun(article.text[sentences[found].start : sentences[found].end].lower(), noun)


def continued(
    article: Article,
    report: Report,
    told: list[Report],
    by_sentence: dict[int, list[Mention]],
) -> DateValue | None:
    """The day of the act told just before, when this report goes on with it.

    "Russian missiles hit central Kharkiv late on Saturday." then a new paragraph "Four
    missiles struck the district …": a strike after a strike, told without a date of its own,
    also past a sentence or two of undated detail ("the dead included …"). A reaction
    ("Officials condemned the strike") is of another family and keeps its own day; an act of
    another family told in between, or any date stated in between, ends the story's thread.
    """
    family = _FAMILIES.get(report.cameo[:2])
    if family is None:
        return None
    latest = [earlier for earlier in told if earlier.sentence < report.sentence]
    if not latest:
        return None
    sentence = latest[-1].sentence
    if sentence < report.sentence - ANAPHOR_REACH or any(
        between in by_sentence for between in range(sentence + 1, report.sentence)
    ):
        return None
    for earlier in reversed(latest):
        value = earlier.date
        if earlier.sentence != sentence:
            break
        if (
            _FAMILIES.get(earlier.cameo[:2]) == family
            and value.value is not None
            and is_told_day(value, article)
        ):
            gap = article.text[
                article.sentences[sentence].end : article.sentences[report.sentence].start
            ]
            where = "the previous paragraph" if "\n" in gap else "its story"
            reason = value.reason
            if not reason.startswith(_GOES_ON):
                reason = f"{_GOES_ON} {where}: {reason}"
            return DateValue(value.value, value.precision, value.basis, reason, value.expression)
    return None


def is_told_day(value: DateValue, article: Article) -> bool:
    published = article.published_date
    if value.precision != "day" or value.value is None:
        return False
    return published is None or value.value <= published


def retold(
    report: Report,
    told: list[Report],
    told_participants: list[tuple[Participant | None, Participant | None]],
) -> DateValue | None:
    """The date of an earlier report of the same act by the same actors (the lead retold).

    Args:
        report: the report to date.
        told: the reports dated before it.
        told_participants: :func:`coded_participants` of each report of ``told``, in order.
    """
    # The coder's actors, not localise_actors' (when an article is re-dated after it ran):
    # a re-run must compare what the first pass compared.
    source, target = coded_participants(report)
    if source is None and target is None:
        return None
    for earlier, (earlier_source, earlier_target) in zip(told, told_participants, strict=True):
        if (
            earlier.sentence < report.sentence
            and earlier.cameo[:2] == report.cameo[:2]
            and _same_actor(earlier_source, source)
            and _same_actor(earlier_target, target)
            and earlier.date.value is not None
            and earlier.date.precision == "day"
        ):
            value = earlier.date
            reason = f"retells the event of sentence {earlier.sentence}: {value.reason}"
            return DateValue(value.value, value.precision, value.basis, reason, value.expression)
    return None


def _same_actor(first, second) -> bool:
    if first is None or second is None:
        return first is second
    return first.actor.code == second.actor.code


def is_background(value: DateValue, article: Article, reached_back: bool) -> bool:
    """Whether a date is too old to be the news of the day: a year; or, when it was reached
    for past the sentence before ("The incident led Baku to …" right after the January attack
    is that attack's sequel), a month more than one month before publication."""
    if value.precision == "year":
        return True
    published = article.published_date
    if not reached_back or value.precision != "month" or published is None or value.value is None:
        return False
    months = (published.year - value.value.year) * 12 + published.month - value.value.month
    return months > 1


def naming_sentence(article: Article, noun: str, nearest: int, stop: int) -> int | None:
    """The nearest sentence from ``nearest`` back to ``stop`` (exclusive) that tells ``noun``."""
    for index in range(nearest, max(-1, stop), -1):
        bounds = article.sentences[index]
        if tells_noun(article.text[bounds.start : bounds.end].lower(), noun):
            return index if index != nearest else None
    return None


def mentions_after(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` holds "after " or "following "."""
    # A substring test in C spares the regex on the many sentences without the words.
    return text.find("after ", begin, end) != -1 or text.find("following ", begin, end) != -1
