"""Sector-only actors take the country of their report's place or of their sentence's one state;
unclaimed or foreign violence at a place hits that place's people or state."""

from __future__ import annotations

import pytest
from coder_helpers import analysed_root_triples, root_triple

from eventwire.code.knowledge import make_actor
from eventwire.code.localise import localise_actors
from eventwire.evaluate.coding import code_text
from eventwire.model import Article, Mention, Participant, Place, Report

PESHAWAR = Place("Peshawar", 34.0, 71.5, "PAK", "Khyber Pakhtunkhwa", "city")
SAHEL = Place("Sahel", None, None, None, None, "region")


def participant(text: str, code: str, article_text: str) -> Participant:
    start = article_text.index(text)
    return Participant(make_actor(code, text), text, start, start + len(text))


def article_with(
    text: str,
    cameo: str,
    source: tuple[str, str] | None,
    target: tuple[str, str] | None,
    location: Place | None,
    location_text: str | None = None,
) -> Article:
    trigger = text.index(" ") + 1
    report = Report(
        doc_id="a",
        sentence=0,
        start=0,
        end=len(text),
        cameo=cameo,
        source=participant(*source, text) if source else None,
        target=participant(*target, text) if target else None,
        trigger_start=trigger,
        trigger_end=trigger + 4,
        location=location,
        location_text=location_text,
    )
    article = Article(id="a", raw=text, raw_format="text", fingerprint="f", text=text)
    article.reports = [report]
    if location_text is not None and location_text in text:
        at = text.index(location_text)
        article.mentions = [
            Mention("place", at, at + len(location_text), location_text, 0, location)
        ]
    return article


def codes(article: Article) -> tuple:
    report = article.reports[0]
    return (
        report.source and report.source.actor.code,
        report.target and report.target.actor.code,
    )


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target", "expected"),
    [
        # a sector with no country takes the location's
        (
            "Police in Peshawar arrested two journalists.",
            "173",
            ("Police", "---COP"),
            ("journalists", "---MED"),
            ("PAKCOP", "PAKMED"),
        ),
        # an unnamed attacker becomes the location's country (no sector to keep)
        (
            "A suicide bomber attacked a checkpoint in Peshawar.",
            "183",
            ("suicide bomber", "---"),
            None,
            ("PAK", "PAKCVL"),
        ),
        # a country the text named is never overridden
        (
            "Afghan police fired on protesters in Peshawar.",
            "180",
            ("Afghan police", "AFGCOP"),
            ("protesters", "---OPP"),
            ("AFGCOP", "PAKOPP"),
        ),
        # an international body keeps its own code
        (
            "UN officials criticised police in Peshawar.",
            "111",
            ("UN officials", "IGOUNO"),
            ("police", "---COP"),
            ("IGOUNO", "PAKCOP"),
        ),
    ],
)
def test_sector_actors_take_location_country(text, cameo, source, target, expected):
    article = article_with(text, cameo, source, target, PESHAWAR, "Peshawar")
    localise_actors(article)
    assert codes(article) == expected


def test_unclaimed_attack_on_a_place_hits_its_civilians():
    text = "A bomb exploded in a market in Peshawar on Friday."
    article = article_with(text, "183", None, None, PESHAWAR, "Peshawar")
    localise_actors(article)
    target = article.reports[0].target
    assert target is not None
    assert target.actor.code == "PAKCVL"
    assert text[target.start : target.end] == "Peshawar"


def test_foreign_strike_on_a_place_targets_the_country():
    text = "Afghan forces shelled villages near Peshawar."
    article = article_with(text, "190", ("Afghan forces", "AFGMIL"), None, PESHAWAR, "Peshawar")
    localise_actors(article)
    assert codes(article) == ("AFGMIL", "PAK")


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target", "location"),
    [
        # a state's forces acting at home: the unnamed target is not guessed
        (
            "Pakistani troops raided a compound in Peshawar.",
            "190",
            ("Pakistani troops", "PAKMIL"),
            None,
            PESHAWAR,
        ),
        # not violent: no victim is invented
        ("Protesters gathered in Peshawar.", "141", ("Protesters", "---OPP"), None, None),
        # a region is not a country
        ("Gunmen attacked a convoy in the Sahel.", "180", ("Gunmen", "---"), None, SAHEL),
    ],
)
def test_nothing_is_guessed_without_a_country_or_a_victim(text, cameo, source, target, location):
    article = article_with(text, cameo, source, target, location, None)
    before = codes(article)
    localise_actors(article)
    assert codes(article) == before


def test_non_violent_report_gets_no_target():
    text = "Protesters marched in Peshawar."
    article = article_with(text, "141", ("Protesters", "---OPP"), None, PESHAWAR, "Peshawar")
    localise_actors(article)
    # no victims for a protest; its addressee is the protesters' own government
    assert codes(article) == ("PAKOPP", "PAKGOV")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place gives the crowd its country
        ("Tens of thousands marched in Belgrade on Saturday against corruption.", ("14", "SRBOPP")),
        # sector-only police take the place's country
        ("Police in Peshawar arrested two journalists on Monday.", ("17", "PAKCOP")),
    ],
)
def test_pipeline_localises_sources(text, expected, resources):
    found = {(r.cameo[:2], r.source and r.source.actor.code) for r in code_text(text, resources)}
    assert expected in found


def test_unclaimed_bombing_hits_the_place(resources):
    reports = code_text(
        "A bomb exploded at a bus stop in Jerusalem, injuring 14 people.", resources
    )
    assert ("18", None, "ISRCVL") in {root_triple(r) for r in reports}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One country in the sentence: unnamed crowds and office-holders are domestic.
        (
            "Kenyan police fired tear gas to disperse striking teachers on Tuesday.",
            ("17", "KENCOP", "KENEDU"),
        ),
        (
            "The Tunisian opposition staged a hunger strike to protest the president's decree.",
            ("14", "TUNOPP", "TUNGOV"),
        ),
    ],
)
def test_sector_only_actor_takes_the_sentence_country(text, expected, resources):
    assert expected in analysed_root_triples(text, resources)


def test_two_countries_in_the_sentence_leave_the_actor_unknown(resources):
    text = "Police in a border town detained protesters, Chilean and Peruvian officials said."
    assert ("17", "---COP", "---CVL") in analysed_root_triples(text, resources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine lifted a night curfew in Moldova on Friday.",
            ("08", "UKR", "MDA"),
        ),
        (
            "The government of Peru threatened to impose martial law in Lima.",
            ("13", "PERGOV", "PER"),
        ),
    ],
)
def test_place_bound_act_targets_the_place_state(text, expected, resources):
    assert expected in analysed_root_triples(text, resources)


@pytest.mark.parametrize(
    ("text", "root", "not_target"),
    [
        (
            'Sudan\'s ambassador rejected the resolution as "one-sided" and accused the'
            " United Arab Emirates of arming the rebels.",
            "12",
            "ARE",
        ),
        ("Two journalists were arrested by police in Nairobi on Monday.", "17", "KEN"),
    ],
)
def test_a_place_that_is_no_ground_of_the_act_is_no_target(text, root, not_target, resources):
    # A state named as a party of another verb, or as where the actor is from, is not the
    # territory the act was exercised on.
    triples = analysed_root_triples(text, resources)
    assert any(found[0] == root for found in triples)
    assert all(not (found[0] == root and found[2] == not_target) for found in triples)


KENYA_STORY = (
    "Kenya's president named a new cabinet on Monday. Kenyan lawmakers approved the list, "
    "and the Kenyan treasury welcomed it. The interior ministry later denied that officers "
    "had abducted anyone."
)


def test_unplaced_domestic_actor_takes_the_articles_dominant_state(resources):
    sources = {triple[1] for triple in analysed_root_triples(KENYA_STORY, resources)}
    assert "KENCOP" in sources or "KENGOV" in sources
    assert not any(code and code.startswith("---") for code in sources)


@pytest.mark.parametrize(
    "text",
    [
        # two states in balance: neither owns the unplaced ministry
        "Kenya and Uganda signed a trade deal. Kenya's and Uganda's presidents attended. "
        "Kenyan and Ugandan officials praised it. The interior ministry later denied that "
        "officers had abducted anyone.",
        # armed sectors cross borders: the army is not the dominant state's by default
        "Kenya's president named a new cabinet. Kenyan lawmakers approved the list, and the "
        "Kenyan treasury welcomed it. The army later denied that soldiers had abducted anyone.",
    ],
)
def test_no_dominant_state_or_an_armed_sector_leaves_the_actor_unknown(text, resources):
    sources = {triple[1] for triple in analysed_root_triples(text, resources)}
    assert not any(code and code[:3] == "KEN" and code[3:] in {"COP", "MIL"} for code in sources)
    assert any(code and code.startswith("---") for code in sources)


def test_a_carried_place_yields_to_the_state_the_speaker_names(resources):
    # The story is filed from a third state's capital; a later sentence's army is the
    # speaking minister's, not the filing place's.
    reports = analysed_root_triples(
        "KUALA LUMPUR, March 14 (Test Wire) - A ceasefire between Thailand and Cambodia took "
        "effect on Saturday, a day after their ministers signed an agreement in Malaysia.\n\n"
        "Thai Defence Minister Somkiat Rattanaporn said the army would respect the truce.",
        resources,
    )
    armies = [code for report in reports for code in report[1:] if code and code.endswith("MIL")]
    assert armies and all(code == "THAMIL" for code in armies)


def test_a_carried_place_still_places_the_acted_on_side(resources):
    reports = analysed_root_triples(
        "TBILISI, Dec 2 (Test Wire) - Georgian police detained dozens of protesters in "
        "Tbilisi overnight.\n\nThe United States urged the authorities to release them.",
        resources,
    )
    assert ("02", "USA", "GEOGOV") in reports


def test_a_transnational_group_gives_no_state_to_the_forces_it_fights(resources):
    # IMG (CAMEO's international militarised group) fills the country field of Islamic State
    # and al-Qaeda, but it is no state: the government it fights is not its own.
    text = "Islamic State fighters attacked government forces near the town on Monday."
    triples = analysed_root_triples(text, resources)
    assert ("19", "IMGREB", "---MIL") in triples
    assert all(target != "IMGMIL" for _, _, target in triples)


def test_a_state_warned_of_as_the_actor_of_a_clause_is_no_target(resources):
    # "Israel" is who would act, not the territory the warning is exercised on.
    text = (
        "Israeli Defence Minister Yoav Gallant warned that Israel would restore security to "
        "the north by force if diplomacy failed."
    )
    triples = analysed_root_triples(text, resources)
    assert any(found[0] == "13" for found in triples)
    assert all(not (found[0] == "13" and found[2] == "ISR") for found in triples)


def test_a_composed_actor_naming_bare_congo_follows_the_democratic_republic(resources):
    text = (
        "GOMA - Two rival armed groups in Congo's North Kivu province exchanged 140 prisoners "
        "on Tuesday. Congolese officials welcomed the swap. The DR Congo army said it would "
        "monitor the deal."
    )
    codes = {
        code for triple in analysed_root_triples(text, resources) for code in triple[1:] if code
    }
    assert not any(code.startswith("COG") for code in codes)
