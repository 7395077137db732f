"""The registered ``clean`` stage fills an Article and keeps fields supplied with it."""

from __future__ import annotations

from eventwire.model import Article, Found
from eventwire.pipeline import REGISTRY, Resources, check_order
from eventwire.stages import clean_stage

TEXT = "\n\n".join(
    [
        "Iran army drill begins near border",
        "Iran launched a joint military drill on Sunday in its northwestern Ardabil province "
        "with Azerbaijan, amid improving relations between the two countries.",
        "The four-day exercise is taking place near the border, according to a statement "
        "from the Islamic Revolutionary Guard Corps.",
        "LEAVE A REPLY",
        "Please enter your comment!",
    ]
)


def test_clean_stage_is_registered_and_fills_the_article() -> None:
    assert REGISTRY["clean"].function is clean_stage
    assert [s.name for s in check_order(["clean"])] == ["clean"]
    article = Article(
        id="a1",
        raw=TEXT,
        raw_format="text",
        fingerprint="f",
        outlet=Found("Example", "input field"),
    )
    clean_stage(article, Resources())
    assert article.text.startswith("Iran launched a joint military drill")
    assert "LEAVE A REPLY" not in article.text
    assert article.title == "Iran army drill begins near border"
    assert article.language == "en" and article.rejected is None
    assert article.outlet == Found("Example", "input field")
