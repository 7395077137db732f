"""Plain helpers shared by the coder's tests: code a text, then reduce its reports to tuples.

Two ways to code a text are used on purpose. ``coded`` runs actor finding and the coder alone
on the package lexicons, so a test pins the coder's own rules. ``analysed_reports`` runs the
raw-text stages of the pipeline, so a test also sees what later stages (localisation, article
countries, actor pairs) do to the coder's reports.
"""

from __future__ import annotations

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.coder import code_article
from eventwire.code.knowledge import Knowledge, make_actor
from eventwire.model import Participant, Report
from eventwire.pipeline import Resources
from eventwire.read.inputs import RawDocument
from eventwire.stages import RAW_STAGES, analyse_document

Triple = tuple[str, str | None, str | None]


def triple(report: Report) -> Triple:
    """The report as (CAMEO code, source actor code, target actor code)."""
    return (
        report.cameo,
        report.source and report.source.actor.code,
        report.target and report.target.actor.code,
    )


def root_triple(report: Report) -> Triple:
    """The report as (CAMEO root, source actor code, target actor code)."""
    code, source, target = triple(report)
    return (code[:2], source, target)


def coded(text: str, knowledge: Knowledge) -> list[Report]:
    """All reports the coder finds in ``text``, factual or not."""
    sentences = split_sentences(text)
    mentions = find_actor_mentions(text, sentences, knowledge)
    return code_article(text, sentences, mentions, knowledge, doc_id="t")


def triples(text: str, knowledge: Knowledge) -> set[Triple]:
    """The coder's reports of ``text`` as (code, source, target), factual or not."""
    return {triple(report) for report in coded(text, knowledge)}


def root_triples(text: str, knowledge: Knowledge) -> set[Triple]:
    """The coder's reports of ``text`` as (root, source, target), factual or not."""
    return {root_triple(report) for report in coded(text, knowledge)}


def roots(text: str, knowledge: Knowledge) -> set[str]:
    """The CAMEO roots of the coder's reports of ``text``, factual or not."""
    return {report.cameo[:2] for report in coded(text, knowledge)}


def factual_root_triples(text: str, knowledge: Knowledge) -> set[Triple]:
    """The coder's factual reports of ``text`` as (root, source, target)."""
    return {root_triple(report) for report in coded(text, knowledge) if report.is_factual}


def factual_roots(text: str, knowledge: Knowledge) -> set[str]:
    """The CAMEO roots of the coder's factual reports of ``text``."""
    return {report.cameo[:2] for report in coded(text, knowledge) if report.is_factual}


def actor_codes(text: str, knowledge: Knowledge) -> list[str]:
    """The actor codes of the mentions found in ``text``, in text order."""
    mentions = find_actor_mentions(text, split_sentences(text), knowledge)
    return [mention.resolution.code for mention in mentions]


def actor_codes_by_surface(text: str, knowledge: Knowledge) -> dict[str, str]:
    """The actor code of each mention found in ``text``, keyed by the mention's words."""
    mentions = find_actor_mentions(text, split_sentences(text), knowledge)
    return {mention.text: mention.resolution.code for mention in mentions}


def analysed_reports(text: str, resources: Resources) -> list[Report]:
    """All reports of ``text`` after the pipeline's raw-text stages."""
    document = RawDocument(
        id="t", content=text, raw_format="text", origin="t", published="2000-01-01"
    )
    return analyse_document(document, resources, stages=RAW_STAGES).reports


def analysed_triples(text: str, resources: Resources) -> list[Triple]:
    """The pipeline's reports of ``text`` as (code, source, target), in order, repeats kept."""
    return [triple(report) for report in analysed_reports(text, resources)]


def analysed_root_triples(text: str, resources: Resources) -> list[Triple]:
    """The pipeline's reports of ``text`` as (root, source, target), in order, repeats kept."""
    return [root_triple(report) for report in analysed_reports(text, resources)]


def analysed_roots(text: str, resources: Resources) -> list[str]:
    """The CAMEO roots of the pipeline's reports of ``text``, in order, repeats kept."""
    return [report.cameo[:2] for report in analysed_reports(text, resources)]


def with_root(reports: list[Triple], root: str) -> list[Triple]:
    """The reports among ``reports`` whose code starts with ``root``."""
    return [report for report in reports if report[0].startswith(root)]


def countries_of(reports: list[Triple]) -> set[str]:
    """The country prefixes of every source and target among ``reports``."""
    return {code[:3] for report in reports for code in report[1:] if code}


def actor_or_none(code: str | None):
    """An actor whose code and name are ``code``, or None for no actor."""
    return make_actor(code, code) if code else None


def bare_report(cameo: str, source: str | None, target: str | None = None) -> Report:
    """A one-sentence report built by hand, with participants named by their codes."""

    def participant(code: str | None) -> Participant | None:
        return Participant(make_actor(code, code), code, 0, 3) if code else None

    return Report(
        doc_id="t",
        sentence=0,
        start=0,
        end=10,
        cameo=cameo,
        source=participant(source),
        target=participant(target),
        trigger_start=0,
        trigger_end=3,
    )
