"""Article text that cleaning must keep: quoted statements, closing sentences, standfirsts, and
short posts below which readers' comments, pingbacks or a sidebar weigh more."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.clean.blocks import describe_lines, is_script_error

NEWS = [
    "A fire destroyed a furniture warehouse in Springfield on Tuesday night, and two "
    "firefighters were treated for smoke inhalation at the scene.",
    "The blaze started shortly after nine in the evening and took more than four hours to "
    "bring under control, officials said.",
    'Police said: "The fire progressed rapidly through the building and the roof collapsed '
    'within an hour."',
    "Investigators have not yet determined the cause of the fire.",
    "This is the fifth large fire in the industrial district this year.",
]


def test_quoted_statement_and_closing_sentence_survive() -> None:
    page = "\n".join(["Fire destroys warehouse in Springfield", "12 March 2013", *NEWS])
    cleaned = clean_article(page, "text")
    assert cleaned.text.split("\n") == NEWS


@pytest.mark.parametrize(
    ("line", "form", "comment"),
    [
        ("jdoe says:", True, False),
        ("Franziska Elea sagt:", True, False),
        ("Jane Miller says: June 3, 2019 at 10:32 am", True, True),
        ("Pingback von Lesezeichen der Woche | 11.09.2011 23:31", True, True),
        ("Pingback: Ten links for the weekend | Another Blog", True, True),
        ('Police said: "The fire progressed rapidly through the building."', False, False),
        ("Der Minister sagt: „Wir werden das Gesetz ändern.“", False, False),
    ],
)
def test_comment_bylines_are_told_from_quoted_statements(
    line: str, form: bool, comment: bool
) -> None:
    # A bare "Plantur sagt:" may introduce a quotation in the article; only a time stamp or a
    # pingback marks the prose below as a reader's comment.
    (described,) = describe_lines(line)
    assert ("form" in described.kinds) is form
    assert ("comment" in described.kinds) is comment


POST = [
    "Neulich spazierte ich durch das Viertel, da baumelte vom Balkon im vierten Stock eines "
    "Altbaus eine lange Schnur mit einem Körbchen herunter, und darin lag ein kleines Bild.",
    "Gut investierte zwanzig Cent, auch wenn das Bild kein Meisterwerk war!",
]
PINGBACK_TEXT = (
    "[…] Neulich spazierte ich durch das Viertel, da baumelte vom Balkon im vierten Stock "
    "eines Altbaus eine lange Schnur mit einem Körbchen herunter, wie dieser Blog berichtet. […]"
)


def test_pingbacks_below_a_short_post_are_readers_not_the_article() -> None:
    thread = []
    for day in ("11.09.2011", "26.06.2012", "22.07.2014", "03.01.2015", "14.05.2016", "09.09.2017"):
        thread += [f"Pingback von Lesezeichen der Woche | {day} 10:43", PINGBACK_TEXT]
    page = "\n".join(
        [
            "Kontakt",
            "Das Körbchen am Balkon",
            "11.09.2011, 16:20 von jovel",
            *POST,
            "Tags: Balkon, Körbchen",
            "« Willkommen, neue Nachbarn!",
            *thread,
            "Archiv",
        ]
    )
    cleaned = clean_article(page, "text", url="https://blog.example.de/2011/09/11/koerbchen/")
    assert POST[0] in cleaned.text
    assert "Pingback" not in cleaned.text
    assert cleaned.text.count("Balkon im vierten Stock") == 1


def test_german_closing_quotes_end_a_sentence() -> None:
    (line,) = describe_lines("„Ich weiß, ich bin müde und sollte das vielleicht nicht sagen…“")
    assert line.sentence_end
    assert line.label == "good"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (
            "Warning: Use of undefined constant comments - assumed 'comments' (this will throw "
            "an Error in a future version of PHP) in /www/htdocs/blog/wp-content/themes/green/"
            "functions.php on line 12",
            True,
        ),
        (
            "Strict Standards: Only variables should be passed by reference in "
            "/www/htdocs/wp-includes/wp-db.php on line 785",
            True,
        ),
        ("Warning: storms are expected on the coast tonight, the weather service said.", False),
    ],
)
def test_script_errors_are_not_prose(text: str, error: bool) -> None:
    assert is_script_error(text) is error
    (line,) = describe_lines(text)
    assert (line.label == "junk") is error


# The blog's description of its series, a paragraph longer than the post itself.
SIDEBAR = (
    "Unternehmerische Einsichten und Erkenntnisse von Unternehmern, Investoren und Künstlern "
    "aus aller Welt, gesammelt in einer Serie von Artikeln, die jede Woche um einen Beitrag "
    "wächst und inzwischen ein gutes Dutzend Folgen umfasst."
)


def test_short_post_before_a_comment_form_beats_the_sidebar_after_it() -> None:
    post = (
        "Ich würde ja in smarte und wirtschaftliche Elektro-Zapfsäulen investieren. Wundere "
        "mich, dass es sie noch nicht gibt."
    )
    page = "\n".join(
        [
            "Kontakt",
            "Strom an der Tankstelle",
            "17/11/2019 ~ Cem",
            post,
            "Teilen Sie dies mit:",
            "Twitter",
            "Facebook",
            "Gefällt mir:",
            "Liken Lade …",
            "Beitrags-Navigation",
            "‹ Vorheriger Beitrag",
            "Kommentar verfassen Antwort abbrechen",
            "Du kommentierst mit Deinem Twitter-Konto. ( Abmelden / Ändern )",
            "Abbrechen",
            "Informiere mich über neue Beiträge per E-Mail.",
            "Die Serie",
            SIDEBAR,
            "Suche nach:",
        ]
    )
    cleaned = clean_article(
        page, "text", url="https://blog.example.de/2019/11/17/strom-an-der-tankstelle/"
    )
    assert cleaned.text.startswith(post)
    assert SIDEBAR not in cleaned.text


BODY = [
    "Travellers arriving from the three countries after four in the morning on Saturday must "
    "stay at home for fourteen days, the transport minister announced on Thursday evening.",
    "The minister said the latest figures showed that the number of new cases had nearly "
    "doubled in a week, and that further countries could follow within days.",
    "Airlines said they had not been warned and that passengers already abroad would have to "
    "find their own way to comply with the new rules when they return.",
]


def test_standfirst_under_the_headline_joins_the_body_across_a_byline_box() -> None:
    standfirst = (
        "Penalties for those who refuse to stay at home are to be increased to a maximum of "
        "ten thousand pounds for repeat offenders."
    )
    page = "\n".join(
        [
            "News",
            "Three countries added to the quarantine list",
            standfirst,
            "Close",
            "By",
            "Jane Roach",
            "@janeroach",
            "Daniel Miller",
            "01 October 2020",
            *BODY,
            "Related",
        ]
    )
    cleaned = clean_article(
        page, "text", url="https://news.example.com/uk/three-countries-added-to-the-quarantine-list"
    )
    assert cleaned.text.split("\n")[0] == standfirst
    assert cleaned.text.split("\n")[1:] == BODY


def test_a_kicker_mistaken_for_the_headline_does_not_pull_in_the_real_headline() -> None:
    page = "\n".join(
        [
            "Subscribe",
            "Earnings Report",
            "Home Depot Stock Is Falling After Its Earnings Release. Why You Should Not Worry.",
            "By",
            "Al Root",
            *BODY,
        ]
    )
    cleaned = clean_article(page, "text")
    assert "Why You Should Not Worry" not in cleaned.text


def test_byline_with_a_comment_count_does_not_start_the_comments() -> None:
    # "Keine Kommentare" in the post's byline links to the (empty) thread below the article; the
    # article under it must not be discounted as readers' text.
    network = (
        "Die Blogs unseres Netzwerks schreiben über Astronomie, Biologie, Chemie, Geschichte, "
        "Mathematik, Medizin und Physik, und jeden Tag kommen neue Beiträge von Forschenden aus "
        "Universitäten, Instituten und Museen hinzu, die ihre Arbeit einem breiten Publikum "
        "vorstellen wollen und dabei auch über den Alltag in der Wissenschaft berichten, über "
        "Anträge, Konferenzen, Reisen und die vielen kleinen Rückschläge, die zur Forschung "
        "gehören, und über die Momente, in denen sich die Mühe am Ende doch gelohnt hat."
    )
    page = "\n".join(
        [
            "Blogs",
            network,
            *[f"Blog {number}" for number in range(3)],
            "Münzwürfe sind nicht zufällig",
            "Von Thilo / 6. November 2023 / Keine Kommentare",
            "Teilen:",
            *BODY,
            "Stichworte: Münzwurf, Präzession",
            "Kommentieren",
        ]
    )
    cleaned = clean_article(
        page, "text", url="https://blogs.example.de/2023/11/06/muenzwuerfe-sind-nicht-zufaellig/"
    )
    assert all(paragraph in cleaned.text for paragraph in BODY)


LIST_INTRO = [
    "The harbour authority published its plan for the coming summer on Monday, and it names "
    "the beaches that will get new lifeguard stations before the season opens in June.",
    "Council members said the list was drawn up after last year's drownings, and that the "
    "stations would be staffed from ten in the morning until seven in the evening:",
]
LIST_ITEMS = ["North Beach at Fisher Point", "The old pier at Mill Cove", "Sandy Bay east of town"]


def test_a_list_announced_by_the_last_paragraph_is_kept() -> None:
    page = "\n\n".join(
        ["Lifeguards for three beaches", *LIST_INTRO, "\n".join(LIST_ITEMS), "Share", "Tweet"]
    )
    cleaned = clean_article(page, "text")
    assert cleaned.text.split("\n") == [*LIST_INTRO, *LIST_ITEMS]


def test_short_lines_after_a_paragraph_without_colon_stay_out() -> None:
    intro = [*LIST_INTRO[:1], LIST_INTRO[1].rstrip(":") + "."]
    page = "\n\n".join(["Lifeguards for three beaches", *intro, "\n".join(LIST_ITEMS)])
    assert clean_article(page, "text").text.split("\n") == intro


def test_a_list_with_menu_phrases_is_not_taken_in() -> None:
    menu = ["Home", "Contact us", "Privacy policy"]
    page = "\n\n".join(["Lifeguards for three beaches", *LIST_INTRO, "\n".join(menu)])
    assert clean_article(page, "text").text.split("\n") == LIST_INTRO


WRAPPED = """\
Advice came to the editor in the summer of 1994, when a module shipped
as part of a new release. A few weeks later, a colleague wrote a small
extension that advised the function saving files, so that every file
was checked into a version control folder if one did not exist. It was
such a neat trick that all of us in our lab adopted it at once."""


def test_hard_wrapped_lines_are_labelled_as_the_paragraph_they_form() -> None:
    lines = describe_lines(WRAPPED)
    assert [line.label for line in lines] == ["good"] * 5


def test_a_list_of_headlines_is_not_a_wrapped_paragraph() -> None:
    headlines = """\
Ferry landing closes after engineers find rotten timber piles below it
Council approves three million euros for the repair of river defences
New waiting room for commuters opens two kilometres further downstream
Harbour authority names three beaches that get lifeguard stations soon"""
    assert {line.label for line in describe_lines(headlines)} == {"short"}


@pytest.mark.parametrize(
    "text",
    [
        "Man fühlt sich danach irgendwie wie ein Badass und das gefällt mir 😉",
        "We finally made it to the top after five hours of climbing ;-)",
        "Thanks to everyone who came along to the meeting last night <3",
    ],
)
def test_an_emoji_or_emoticon_closes_a_sentence(text: str) -> None:
    (line,) = describe_lines(text)
    assert line.sentence_end
    assert line.label in ("good", "fair")
