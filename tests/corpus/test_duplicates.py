"""Wire copies and syndicated near-duplicates: containment of the shorter text, rolling window."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus_helpers import article, day, report

from eventwire.corpus.duplicates import NearDuplicateIndex, SignatureOverlap, signature_overlap
from eventwire.corpus.events import EventIndex
from eventwire.corpus.profile import minhash_signature, profile_article
from eventwire.corpus.stories import StoryIndex
from eventwire.corpus.text_features import shingle_hashes

# An invented wire story, long enough that a copy trimmed to its first 60% still shares a few
# paragraphs of running text with it.
WIRE = (
    "VALLETTA, May 12 (MPA) - Libya and Tunisia agreed on Tuesday to reopen the Ras Ajdir "
    "border crossing within two weeks, ending a closure that has stranded hundreds of lorries "
    "and cut off traders on both sides of the frontier since early March.\n"
    "The interior ministers of the two countries, Khaled Mansouri and Hedi Ben Salah, signed "
    "the agreement after six hours of talks hosted by the Maltese government in Valletta. "
    "Under the deal, customs officers from both sides will work from a joint post, and a "
    "committee of eight officials will meet every month to settle disputes over fuel "
    "smuggling and the movement of goods.\n"
    '"The crossing is the lifeline of the south, and the families who live from it have '
    'waited long enough," Mansouri told reporters after the signing ceremony.\n'
    "Ben Salah said Tunisia would deploy 300 additional border guards to the area and called "
    "on Libyan authorities to dismantle the armed checkpoints that appeared along the coastal "
    "road last winter. Libyan officials did not respond to the demand on Tuesday.\n"
    "The crossing handled about 4,000 travellers a day before it was closed after clashes "
    "between rival armed groups on the Libyan side, in which at least five people were "
    "killed. Trade between the two countries has fallen by almost a third since then, "
    "according to figures from the Tunisian chamber of commerce.\n"
    "Maltese Foreign Minister Clara Vella, who chaired the talks, said the European Union "
    "was ready to fund scanners and a new terminal building at the crossing if the agreement "
    "held through the summer."
)
COOKIE_BANNER = (
    "We use cookies to improve your experience on our site and to show you relevant "
    "advertising. By continuing to browse you accept our use of cookies.\n"
    "Home > World > North Africa\nNorth Africa Today\n"
)
FOOTER = (
    "\nShare this article on Facebook, X or WhatsApp.\nRelated: Fuel smuggling in the south"
    "\nLeave a comment. Your email address will not be published.\n"
    "All rights reserved. No part of this site may be reproduced without permission."
)
# Another outlet's own report of the same talks: the same two quotes, its own words around
# them (a quote repeated word for word is what independent reports do share).
INDEPENDENT = (
    "Tunisia and Libya will reopen Ras Ajdir, their busiest border post, by the end of the "
    "month, ministers from both governments announced in Malta on Tuesday after a day of "
    "negotiations.\n"
    '"The crossing is the lifeline of the south, and the families who live from it have '
    'waited long enough," Libyan Interior Minister Khaled Mansouri said.\n'
    "The post has been shut since March, when fighting between militias near the town of "
    "Zuwara killed five people. Lorry drivers have since queued for weeks on the Tunisian "
    "side, and shop owners in Ben Gardane say their sales have halved.\n"
    "Tunisia's Hedi Ben Salah said his country would send 300 more guards and urged Tripoli "
    "to remove the militia checkpoints on the coast road. Analysts in Tunis were cautious: "
    "two earlier deals on the crossing, in 2022 and 2024, collapsed within weeks.\n"
    "The European Union, represented at the talks by Malta, has offered to pay for new "
    "scanners at the post if the reopening lasts."
)


def test_signatures_estimate_containment_of_the_shorter_text():
    trimmed = WIRE[: int(len(WIRE) * 0.6)]
    estimate = signature_overlap(minhash_signature(WIRE), minhash_signature(trimmed))
    full, part = set(shingle_hashes(WIRE)), set(shingle_hashes(trimmed))
    assert abs(estimate.jaccard - len(full & part) / len(full | part)) < 0.15
    assert estimate.containment > 0.9 and estimate.jaccard < 0.7
    assert 0.7 * len(part) < estimate.shared < 1.3 * len(part)
    unrelated = signature_overlap(minhash_signature(WIRE), minhash_signature(INDEPENDENT))
    assert unrelated.jaccard < 0.1 and unrelated.containment < 0.3


def test_signatures_of_other_lengths_cannot_be_compared():
    with pytest.raises(ValueError, match="re-create both with minhash_signature"):
        signature_overlap([1, 2, 3], [1, 2])


@pytest.mark.parametrize(
    ("name", "copy_text"),
    [
        ("other boilerplate", COOKIE_BANNER + WIRE + FOOTER),
        # An outlet that runs only the first paragraphs, inside its own page furniture.
        ("trimmed to 60%", COOKIE_BANNER + WIRE[: int(len(WIRE) * 0.6)] + FOOTER),
        (
            "a few words edited",
            WIRE.replace("VALLETTA, May 12 (MPA) - ", "")
            .replace("on Tuesday", "on May 12")
            .replace("lorries", "trucks")
            .replace("reporters", "journalists")
            .replace("about 4,000", "some 4,000"),
        ),
    ],
)
def test_a_wire_copy_is_a_duplicate_of_the_original(name, copy_text):
    index = StoryIndex()
    original = index.add(profile_article(article("wire", WIRE, title="Ras Ajdir to reopen")))
    copy = index.add(profile_article(article("copy", copy_text, title="Border deal signed")))
    assert copy.duplicate_of == "wire", name
    assert copy.story_id == original.story_id


def test_independent_reports_sharing_quotes_are_not_copies():
    index = StoryIndex()
    index.add(profile_article(article("wire", WIRE)))
    other = index.add(profile_article(article("other", INDEPENDENT)))
    assert other.duplicate_of is None
    overlap = signature_overlap(minhash_signature(WIRE), minhash_signature(INDEPENDENT))
    assert not NearDuplicateIndex().is_copy(overlap)


def test_a_trimmed_copy_counts_as_one_source_with_its_original():
    stories, events = StoryIndex(), EventIndex()
    texts = {
        "wire": WIRE,
        "copy": COOKIE_BANNER + WIRE[: int(len(WIRE) * 0.6)] + FOOTER,
        "other": INDEPENDENT,
    }
    for doc_id, text in texts.items():
        assignment = stories.add(profile_article(article(doc_id, text)))
        events.add(
            [report(doc_id, cameo="0311", date=day("2026-05-12"))],
            story_id=assignment.story_id,
            outlet=doc_id + ".example",
            duplicate_of=assignment.duplicate_of,
            coder_version="t1",
        )
    [event] = events.events()
    assert event.independent_sources == 2


def test_briefs_sharing_stock_phrases_are_not_copies():
    # Two protests in two cities: short items whose shared words are the stock phrases of
    # such news, so most of the shorter one is "contained" in the longer.
    first = (
        "Police fired tear gas and arrested dozens of people near parliament in Lusaka on "
        "Tuesday as thousands of protesters marched through the centre of the city against "
        "new taxes, witnesses said."
    )
    second = (
        "Police fired tear gas and arrested dozens of people near parliament in Accra on "
        "Friday as thousands of protesters marched through the centre of the city against "
        "new taxes, witnesses said. Opposition leader Kofi Mensah called for a general "
        "strike next week and said the finance bill would double the price of bread. The "
        "government has defended the levy as the only way to meet the terms of a loan."
    )
    overlap = signature_overlap(minhash_signature(first), minhash_signature(second))
    assert overlap.jaccard < 0.5 <= 0.6 <= overlap.containment and overlap.shared < 50
    assert not NearDuplicateIndex().is_copy(overlap)


def test_a_late_arrival_is_kept_so_its_copy_is_found():
    # A folder read by file name: a story from a later year arrives first, then an older
    # copy and its original. Dropping the older ones on arrival left the copy unmatched.
    index = NearDuplicateIndex(window_days=14, window_documents=100)
    index.add("later", minhash_signature(INDEPENDENT), None, dt.date(2026, 5, 10))
    index.add("copy", minhash_signature(COOKIE_BANNER + WIRE), None, dt.date(2025, 12, 4))
    assert "copy" in index
    assert index.find(minhash_signature(WIRE + FOOTER), dt.date(2025, 12, 3)) == "copy"


def test_late_arrivals_roll_by_arrival():
    index = NearDuplicateIndex(window_days=14, window_documents=1)
    index.add("later", minhash_signature(INDEPENDENT), None, dt.date(2026, 5, 10))
    index.add("old", minhash_signature(WIRE), None, dt.date(2025, 1, 1))
    index.add("undated", minhash_signature(COOKIE_BANNER), None)
    assert "later" in index and "old" not in index and "undated" in index


def test_a_copy_published_outside_the_window_of_its_date_is_not_matched():
    index = NearDuplicateIndex(window_days=7)
    index.add("wire", minhash_signature(WIRE), None, dt.date(2026, 5, 12))
    copy = minhash_signature(WIRE + FOOTER)
    assert index.find(copy, dt.date(2026, 5, 19)) == "wire"
    assert index.find(copy, dt.date(2026, 6, 12)) is None
    assert index.find(copy) == "wire"


def test_every_copy_points_at_the_first_original():
    index = NearDuplicateIndex()
    index.add("wire", minhash_signature(WIRE), None)
    first_copy = minhash_signature(COOKIE_BANNER + WIRE)
    assert index.find(first_copy) == "wire"
    index.add("copy", first_copy, "wire")
    assert index.find(minhash_signature(WIRE + FOOTER)) == "wire"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"threshold": 0.0}, "threshold must be more than 0 and at most 1, got 0.0"),
        (
            {"containment_threshold": 1.5},
            "containment_threshold must be more than 0 and at most 1, got 1.5",
        ),
        ({"window_days": -1}, "window_days must be 0 or more (or None), got -1"),
        ({"window_documents": 0}, "window_documents must be at least 1 (or None), got 0"),
    ],
)
def test_invalid_settings_say_what_is_valid(arguments, message):
    with pytest.raises(ValueError) as raised:
        NearDuplicateIndex(**arguments)
    assert str(raised.value) == message


def test_overlap_rule_reads_like_its_documentation():
    index = NearDuplicateIndex()
    assert index.is_copy(SignatureOverlap(jaccard=0.55, containment=0.7, shared=10))
    assert index.is_copy(SignatureOverlap(jaccard=0.3, containment=0.9, shared=120))
    assert not index.is_copy(SignatureOverlap(jaccard=0.2, containment=1.0, shared=120))
    assert not index.is_copy(SignatureOverlap(jaccard=0.4, containment=0.55, shared=120))
    assert not index.is_copy(SignatureOverlap(jaccard=0.4, containment=0.9, shared=40))


def test_a_copy_is_found_among_many_texts_sharing_stock_paragraphs():
    # Eighty other articles carry the same long footer: its band values fill big buckets, which
    # the index skips; the copy's own bands still find its original.
    footer = "\n" + COOKIE_BANNER * 3
    index = NearDuplicateIndex()
    for n in range(80):
        body = f"Item {n}: the council of district {n} met on day {n} to discuss budget line {n}."
        index.add(f"other{n}", minhash_signature(body * 3 + footer), None)
    index.add("wire", minhash_signature(WIRE + footer), None)
    assert index.find(minhash_signature(WIRE.replace("Tuesday", "Wednesday") + footer)) == "wire"
