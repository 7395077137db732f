"""When: find date expressions in news text and date each report from what the text says.

Every date carries a precision (day/week/month/year) and a basis: "explicit" (stated in the
text, a year possibly inferred from a weekday), "relative" (counted from the publication date),
"story" (counted from a date the article's story supplied), "publication" (no date in the text;
the publication date as a marked fallback) or "unknown" (never silently replaced).
"""

from __future__ import annotations

import datetime as dt

from eventwire.model import DateValue, Found
from eventwire.when.mentions import find_date_mentions
from eventwire.when.reports import date_reports
from eventwire.when.resolve import UnknownExpression, resolve_expression

__all__ = [
    "UnknownExpression",
    "date_reports",
    "find_date_mentions",
    "parse_date_text",
    "resolve_expression",
]


def parse_date_text(text: str, anchor: dt.date | None = None) -> DateValue | None:
    """Parse the date expression in a short text ("last Sunday", "25/11/2024").

    Args:
        text: a short text holding one date expression (the longest one found is used).
        anchor: the publication date that relative expressions count from.

    Returns:
        The resolved date, or None when the text holds no date expression.
    """
    published = None
    if anchor is not None:
        published = Found(DateValue(anchor, "day", "explicit", "anchor given"), "argument")
    mentions = find_date_mentions(text, [], published)
    if not mentions:
        return None
    longest = max(mentions, key=lambda mention: mention.end - mention.start)
    resolution = longest.resolution
    return resolution if isinstance(resolution, DateValue) else None
