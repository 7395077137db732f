"""Resolving expressions against anchors, including properties over any publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.when import UnknownExpression, parse_date_text, resolve_expression
from eventwire.when.resolve import start_of

ANCHORS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@given(anchor=ANCHORS, weekday=st.integers(0, 6), direction=st.sampled_from(["past", "last"]))
def test_weekday_looking_back_is_never_after_the_anchor(anchor, weekday, direction):
    expression = {"type": "weekday", "weekday": weekday, "direction": direction}
    value = resolve_expression(expression, anchor).value
    assert value is not None and value <= anchor and value.weekday() == weekday
    assert (anchor - value).days <= 7
    if direction == "last":
        assert value < anchor


@given(anchor=ANCHORS, weekday=st.integers(0, 6), direction=st.sampled_from(["future", "next"]))
def test_weekday_looking_forward_is_never_before_the_anchor(anchor, weekday, direction):
    expression = {"type": "weekday", "weekday": weekday, "direction": direction}
    value = resolve_expression(expression, anchor).value
    assert value is not None and value >= anchor and value.weekday() == weekday
    if direction == "next":
        assert value > anchor


@given(
    anchor=ANCHORS,
    unit=st.sampled_from(["day", "week", "month", "year"]),
    amount=st.integers(-30, 30),
)
def test_offsets_fall_on_the_side_their_sign_says(anchor, unit, amount):
    value = resolve_expression({"type": "offset", "unit": unit, "amount": amount}, anchor)
    assert value.value is not None and value.basis == "relative"
    anchor_period = start_of(anchor, value.precision)
    if amount < 0:
        assert value.value < anchor_period
    elif amount > 0:
        assert value.value > anchor_period
    else:
        assert value.value == anchor_period


@given(anchor=ANCHORS, month=st.integers(1, 12), day=st.integers(1, 28))
def test_month_day_in_a_past_clause_is_at_most_a_few_months_ahead(anchor, month, day):
    expression = {"type": "month_day", "month": month, "day": day, "weekday": None}
    value = resolve_expression(expression | {"direction": "past"}, anchor).value
    assert value is not None and (value - anchor).days <= 92 and (anchor - value).days <= 366


_FORMATS = [
    "{d.day} {month} {d.year}",
    "{month} {d.day}, {d.year}",
    "{abbr}. {d.day}, {d.year}",
    "{d.year}-{d.month:02d}-{d.day:02d}",
    "on {weekday}, {d.day} {month} {d.year}",
]


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       form=st.sampled_from(_FORMATS))  # fmt: skip
def test_formatting_then_parsing_an_absolute_date_round_trips(day, form):
    text = form.format(
        d=day, month=day.strftime("%B"), abbr=day.strftime("%b"), weekday=day.strftime("%A")
    )
    value = parse_date_text(text)
    assert value is not None
    assert (value.value, value.precision, value.basis) == (day, "day", "explicit")


def test_story_anchor_gives_basis_story():
    expression = {"type": "weekday", "weekday": 6, "direction": "past", "text": "Sunday"}
    value = resolve_expression(expression, dt.date(2024, 11, 25), anchor_basis="story")
    assert (value.iso(), value.basis) == ("2024-11-24", "story")
    assert value.reason == "'Sunday' on or before story date 2024-11-25"


def test_missing_anchor_keeps_the_expression():
    expression = {"type": "offset", "unit": "week", "amount": -1, "text": "last week"}
    value = resolve_expression(expression, None)
    assert (value.value, value.basis, value.expression) == (None, "unknown", expression)
    assert value.reason == "'last week' needs a publication date"


def test_year_from_weekday_nearest_to_known_dates():
    expression = {"type": "month_day", "month": 11, "day": 25, "weekday": 0}
    value = resolve_expression(expression, None, known_dates=[dt.date(2023, 7, 1)])
    assert (value.iso(), value.basis) == ("2024-11-25", "explicit")


def test_shift_counts_from_its_base():
    base = {"type": "date", "year": 2023, "month": 3, "day": 3}
    expression = {"type": "shift", "unit": "day", "amount": 3, "base": base}
    assert resolve_expression(expression, None).iso() == "2023-03-06"
    unbased = {"type": "shift", "unit": "day", "amount": 2, "base": None, "event": "the vote"}
    assert resolve_expression(unbased, dt.date(2024, 1, 1)).reason.endswith(
        "counts from the vote, date not known"
    )


def test_unknown_expression_type_names_the_valid_ones():
    with pytest.raises(UnknownExpression) as error:
        resolve_expression({"type": "fortnight"}, None)
    assert str(error.value) == (
        "cannot resolve date expression of type 'fortnight'; known types: date, year, month, "
        "month_day, weekday, weekend, offset, range, shift, quarter, season, day_of_month, "
        "easter, nth_weekday, recurring"
    )
