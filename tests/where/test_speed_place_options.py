"""A place mention's two options (apart from the act's actors, and among them) are made once per
article and picked per act: the option picked is the one the plain reading builds afresh."""

from __future__ import annotations

import random

from locating import make_article

from eventwire.model import Place
from eventwire.where import Gazetteer
from eventwire.where.article_places import ArticlePlaces, PlaceOption
from eventwire.where.place_facts import _Cue

TEXT = (
    "Talks between Tehran and Baku opened in Ankara near the Iraq border, and gunmen "
    "attacked a checkpoint outside Mashhad. Police in Kabul said the Herat border crossing "
    "was shut.\nTurkey and Iran met in Doha."
)


def _plain_option(places: ArticlePlaces, mention, act_actors) -> PlaceOption:
    # The form the options replace: the cue read, the overlap tested, the option built.
    cue: _Cue = places.facts.cue(mention)
    in_actor = cue.between or any(
        start < mention.end and mention.start < end for start, end in act_actors
    )
    assert isinstance(mention.resolution, Place)
    return PlaceOption(mention, mention.resolution, cue.locative, cue.border, in_actor)


def test_options_are_what_the_plain_reading_builds(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    places = ArticlePlaces(article, gazetteer)
    mentions = places.facts.places
    # Not vacuous: cued, named, frontier and "between" places are all there.
    cues = [places.facts.cue(m) for m in mentions]
    assert any(c.locative for c in cues) and any(c.between for c in cues)
    assert any(c.border for c in cues) and any(not c.locative for c in cues)
    rng = random.Random(7)
    length = len(article.text)
    seen = set()
    for _ in range(3000):
        spans = []
        for _ in range(rng.randint(0, 3)):
            start = rng.randint(0, length)
            spans.append((start, min(length, start + rng.randint(0, 12))))
        mention = rng.choice(mentions)
        chosen = places._option(mention, spans)
        expected = _plain_option(places, mention, spans)
        assert chosen == expected, (mention.text, spans)
        seen.add((mention.text, chosen.in_actor))
    # Both answers occur for most names, so both branches were compared.
    assert sum(1 for text, in_actor in seen if in_actor) >= 3
    assert sum(1 for text, in_actor in seen if not in_actor) >= 3


def test_an_option_is_made_once_per_mention(gazetteer: Gazetteer) -> None:
    article = make_article(TEXT, gazetteer)
    places = ArticlePlaces(article, gazetteer)
    mention = places.facts.places[0]
    first = places._option(mention, [])
    assert places._option(mention, []) is first
    assert places.facts.options(mention) is places.facts.options(mention)
