"""Choosing the body among labelled lines: kinds of page where a single best run goes wrong."""

from __future__ import annotations

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines
from eventwire.clean.selection import best_run, select_body

POST = (
    "We spent the whole evening on the new season and found that the writers finally gave "
    "the old captain a story worth telling, even if the middle episodes drag on far too long."
)
SITE_BLURB = [
    "This website is run by three friends who have been talking about films and series "
    "every week since the spring of 2015.",
    "All episodes are free to download and may be shared under the terms of the licence "
    "given on the about page of this site.",
]


def test_best_run_is_the_heaviest_contiguous_stretch() -> None:
    assert best_run([-5.0, 3.0, -1.0, 4.0, -10.0, 2.0]) == (1, 4)
    assert best_run([-1.0, -2.0]) == (0, 0)


def test_one_paragraph_post_below_its_headline_beats_a_site_blurb() -> None:
    page = "\n".join(
        [
            "Home",
            "Episodes",
            "Episode 70: The captain returns",
            "MP3 Audio 143 MB",
            "Ogg Audio 124 MB",
            POST,
            "Share",
            "Tweet",
            "Contributors:",
            "maha",
            "alex",
            "Length: 3:28:15",
            "Episode 64: The last frontier",
            "Episode 35: Into space",
            *SITE_BLURB,
            "Imprint",
        ]
    )
    cleaned = clean_article(
        page, "text", url="https://example.org/2020/episode-70-the-captain-returns/"
    )
    # The blurb may still be joined as a neighbouring run; the post must open the body.
    assert cleaned.text.startswith(POST)


ARTICLE = [
    "The town council voted on Tuesday to close the old bridge over the river to all "
    "traffic from next month, after engineers found cracks in two of its supporting pillars.",
    "Repairs are expected to take at least a year, and the council said a ferry service "
    "would run every twenty minutes between the two banks while the work goes on.",
]
COMMENTS = [
    "I have crossed that bridge every day for thirty years and nobody ever told us it was in "
    "such a bad state, which makes me wonder what else the council has not told us.",
    "A ferry every twenty minutes will not be enough for the people who work in the city, "
    "and the queues at the landing will be long in the morning and in the evening.",
    "They should have repaired the pillars years ago when the first reports came out, "
    "instead of waiting until the whole thing had to be closed to every kind of traffic.",
    "Does anyone know whether the cycle path under the bridge will stay open during the "
    "works, because that is the only safe way for my children to get to their school?",
]


def test_readers_comments_below_a_form_do_not_outweigh_a_short_article() -> None:
    page = "\n".join(
        [
            "Local news",
            *ARTICLE,
            "4 Responses to Old bridge to close",
            "Anonymous says:",
            COMMENTS[0],
            "Reply",
            "Walker says:",
            *COMMENTS[1:],
            "Leave a Reply",
        ]
    )
    cleaned = clean_article(page, "text")
    assert cleaned.text.split("\n") == ARTICLE


def test_prose_after_a_form_is_kept_when_nothing_came_before() -> None:
    # A forum page or a comment-only export has no article above the form: the thread is it.
    lines = describe_lines("\n".join(["Leave a Reply", *COMMENTS]))
    selection = select_body(lines)
    assert [line.text for line in selection.body] == COMMENTS


def test_copyright_notice_after_the_body_is_furniture() -> None:
    notice = (
        "Copyright © 2021 The Example Tribune, a division of Example Holdings. All rights reserved."
    )
    page = "\n".join(["Local news", *ARTICLE, notice])
    cleaned = clean_article(page, "text")
    assert cleaned.text.split("\n") == ARTICLE
    assert describe_lines(notice)[0].label == "junk"
