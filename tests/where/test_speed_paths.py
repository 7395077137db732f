"""The fast paths of place finding agree with the slow, obvious definitions they replace."""

from __future__ import annotations

import pytest

from eventwire.analyse.sentences import split_sentences
from eventwire.evaluate.geoparse import bench_places
from eventwire.model import Actor, Article, Participant, Place, Report
from eventwire.where import Gazetteer, find_place_mentions
from eventwire.where.names import WORD
from eventwire.where.runs import Token, run_tokens


def _tokens_by_regex(text: str, start: int, end: int) -> list[Token]:
    tokens = []
    for match in WORD.finditer(text, start, end):
        word = match.group()
        if word.endswith(("'s", "’s")) and len(word) > 2:
            tokens.append(Token(match.start(), match.end() - 2, word[:-2]))
            break
        tokens.append(Token(match.start(), match.end(), word))
    return tokens


@pytest.mark.parametrize(
    "run",
    [
        "Rio de Janeiro",
        "St. Petersburg Police",
        "Dublin's City Council",
        "Bileh-Savar Border Terminal",
        "O’Neill’s Pub Crawl",
        "U.S Army",
    ],
)
def test_run_words_split_like_the_word_pattern(run: str) -> None:
    text = f"Officers from {run} arrived."
    start = text.index(run)
    # Every cut, as a sentence end can clip a run anywhere.
    for end in range(start + 1, start + len(run) + 1):
        if " " in text[start:end]:
            assert run_tokens(text, start, end) == _tokens_by_regex(text, start, end), end


def test_memoised_lookups_answer_like_fresh_ones(gazetteer: Gazetteer) -> None:
    names = ["Ardabil", "Xqzwv", "New York", "Meshgin Shahar"]
    first = [(gazetteer.contains(n), gazetteer.max_name_words(n)) for n in names]
    fuzzy = gazetteer.lookup_fuzzy("Meshgin Shahar")
    assert first == [(gazetteer.contains(n), gazetteer.max_name_words(n)) for n in names]
    assert first[0][0] and not first[1][0] and first[2][0]
    assert gazetteer.lookup_fuzzy("Meshgin Shahar") is fuzzy and fuzzy


def test_repeated_names_resolve_alike(gazetteer: Gazetteer) -> None:
    text = (
        "Officials met in Springfield, Illinois, on Monday. Springfield police said the "
        "talks went well. Later that day the mayor of Springfield left for Chicago."
    )
    mentions = find_place_mentions(text, split_sentences(text), gazetteer)
    springfields = {m.resolution for m in mentions if m.text == "Springfield"}
    assert len(springfields) == 1
    assert next(iter(springfields)).admin1 == "Illinois"  # type: ignore[union-attr]


def test_bench_places_locates_reports(gazetteer: Gazetteer) -> None:
    text = "Iran launched a drill in Ardabil province on Sunday.\nTroops arrived in Tehran."
    article = Article(id="a", raw=text, raw_format="text", fingerprint="", text=text)
    article.sentences = split_sentences(text)
    iran = Participant(Actor("IRN", "IRN", None, "Iran"), "Iran", 0, 4)
    article.reports = [Report("a", 0, 0, 51, "138", iran, None, 5, 13)]
    speed = bench_places([article], repeat=2, gazetteer=gazetteer)
    assert speed["articles"] == 1 and speed["articles_per_second"] > 0
    assert speed["ms_per_600_words"] > speed["ms_per_article"] > 0
    location = article.reports[0].location
    assert isinstance(location, Place) and location.admin1 == "Ardabil"
    assert [m.text for m in article.mentions if m.kind == "place"] == ["Iran", "Ardabil", "Tehran"]
