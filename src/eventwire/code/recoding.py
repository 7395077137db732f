"""Re-code a sentence's reports once their participants and surrounding words are known.

A trigger word picks a code before anyone is attached to it; some CAMEO distinctions only
show once the source and target are resolved, like those in :mod:`eventwire.code.violence`:

- expelling an international body or agency is "expel or withdraw" (166), not the
  expulsion of a person (174): "forced the UN refugee agency out of the country";
- armed forces or police "arriving in" a country are deployed there, not visiting it:
  peacekeepers and security missions are peacekeeping aid (074), other forces a deployment
  (154); neither is answered by the host's "hosting" (043);
- a "protest" by a government, an organisation or a rights group, with no crowd, is a
  verbal protest (114 complain officially), not a demonstration (14x);
- a killing told as the death of a ranked person ("killed the deputy chief of …") is an
  assassination (186), not combat between the two sides;
- a possible act with a condition on somebody else ("may halt mediation if cooperation
  founders") is a conditional threat (13x) when it is a costly act.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.analyse.tokens import Token
from eventwire.code.framing import FRAMED_CODES
from eventwire.model import Actor, Report

ORGANISATION_PREFIXES = ("IGO", "NGO")
PEACEKEEPING_WORDS = frozenset(
    """
    peacekeeping peacekeepers peacekeeper peace-keeping mission contingent blue
    stabilisation stabilization multinational
    """.split()
)
ARMED_ARRIVERS = frozenset({"MIL", "COP"})
ARRIVAL_WORDS = frozenset({"arrived", "arrives", "arrive", "arriving", "landed"})
# Bodies that speak rather than march: their "protest" is a complaint (CAMEO 114).
SPEAKING_SECTORS = frozenset({"GOV", "NGO", "JUD"})
# Only the bare verb can be a spoken protest; rallies, marches and strikes are physical.
PROTEST_WORDS = frozenset({"protest", "protests", "protested", "protesting"})
CROWD_WORDS = frozenset(
    """
    thousands hundreds dozens crowds crowd protesters demonstrators marchers students
    workers residents villagers supporters people youths
    """.split()
)
RANK_WORDS = frozenset(
    """
    chief commander leader head deputy general colonel governor mayor minister
    spokesman spokeswoman official officer lieutenant major captain founder
    """.split()
)
MAX_RANK_GAP = 3  # "killed the deputy chief": the rank follows the verb closely
# Possible costly acts that become threats when a condition on someone else follows them.
THREATENABLE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
CONDITION_WORDS = frozenset({"if", "unless"})
MAX_CONDITION_GAP = 12
POSSIBILITY_WORDS = frozenset({"may", "might", "could", "would"})


def recode_by_participants(reports: list[Report], tokens: list[Token]) -> list[Report]:
    """The reports of one sentence with the participant-dependent rules above applied.

    Args:
        reports: the reports coded from one sentence, in order.
        tokens: that sentence's tokens (character offsets into the article text).

    Returns:
        New list; a visit re-coded as a deployment drops the host's matching 043.
    """
    words = {token.lower for token in tokens}
    starts = {token.start: index for index, token in enumerate(tokens)}
    ends = {token.end: index for index, token in enumerate(tokens)}
    recoded: list[Report] = []
    deployed: set[tuple[str, str]] = set()
    for report in reports:
        source = report.source.actor if report.source else None
        target = report.target.actor if report.target else None
        first = starts.get(report.trigger_start)
        last = ends.get(report.trigger_end)
        trigger_words = (
            {token.lower for token in tokens[first : last + 1]}
            if first is not None and last is not None
            else set()
        )
        code = report.cameo
        if code == "042" and trigger_words & ARRIVAL_WORDS and _is_armed(source, words):
            code = "074" if words & PEACEKEEPING_WORDS else "154"
            deployed.add((_code(target), _code(source)))
        elif code[:3] == "174" and _is_organisation(target):
            code = "1661" if words & PEACEKEEPING_WORDS else "1663"
        elif (
            code[:2] == "14"
            and trigger_words
            and trigger_words <= PROTEST_WORDS
            and _speaks(source)
            and not words & CROWD_WORDS
        ):
            code = "114"
        elif code in {"190", "1823"} and last is not None and _ranked_victim(tokens, last + 1):
            code = "186"
        if report.modality == "hypothetical" and code[:2] in THREATENABLE_ROOTS:
            if first is not None and _conditional_possibility(tokens, first, last):
                report = replace(report, modality="asserted")
                code = FRAMED_CODES["threat"].get(code[:2], "130")
        recoded.append(report if code == report.cameo else replace(report, cameo=code))
    return [
        report
        for report in _without_nested_acts(recoded)
        if not (
            report.cameo == "043" and (_code_of(report.source), _code_of(report.target)) in deployed
        )
    ]


def _without_nested_acts(reports: list[Report]) -> list[Report]:
    # "will provide nearly 25,000 tons of emergency food aid": the noun inside a gapped verb
    # pattern is the object of that act, not a second act.
    spans = [(report.trigger_start, report.trigger_end) for report in reports]
    return [
        report
        for report in reports
        if not any(
            start <= report.trigger_start
            and report.trigger_end <= end
            and (start, end) != (report.trigger_start, report.trigger_end)
            for start, end in spans
        )
    ]


def _code(actor: Actor | None) -> str:
    return actor.code if actor is not None else ""


def _code_of(participant) -> str:
    return participant.actor.code if participant is not None else ""


def _is_armed(actor: Actor | None, words: set[str]) -> bool:
    # "UN peacekeepers" carry the organisation's code with no sector.
    if actor is None:
        return False
    return actor.sector in ARMED_ARRIVERS or (
        _is_organisation(actor) and bool(words & PEACEKEEPING_WORDS)
    )


def _is_organisation(actor: Actor | None) -> bool:
    return actor is not None and actor.code.startswith(ORGANISATION_PREFIXES)


def _speaks(actor: Actor | None) -> bool:
    if actor is None:
        return False
    return _is_organisation(actor) or actor.sector in SPEAKING_SECTORS


def _ranked_victim(tokens: list[Token], after: int) -> bool:
    following = tokens[after : after + MAX_RANK_GAP + 1]
    return any(token.lower in RANK_WORDS for token in following)


def _conditional_possibility(tokens: list[Token], first: int, last: int | None) -> bool:
    before = {token.lower for token in tokens[max(0, first - 3) : first]}
    if not before & POSSIBILITY_WORDS:
        return False
    end = (last if last is not None else first) + 1
    following = {token.lower for token in tokens[end : end + MAX_CONDITION_GAP]}
    return bool(following & CONDITION_WORDS)
