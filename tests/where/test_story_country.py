"""Acts the text does not place: the country a foreign bureau's story is about, past acts
inside one state, domestic speakers, bodies of no state heard at the dateline, and places of
another clause."""

from __future__ import annotations

from locating import make_article, make_report, places_and_countries, places_and_texts

from eventwire.where import Gazetteer

FOREIGN_BUREAU = (
    "WASHINGTON, Jan 8 (Wire) - The United States imposed visa bans on Georgian officials, "
    "the State Department said.\n"
    "Georgia's prime minister called the measures blackmail. The foreign ministry in Tbilisi "
    "summoned the U.S. envoy.\n"
    "The United States said more measures would follow.\n"
    "Tens of thousands of Georgians have rallied every night since November. Police have "
    "detained more than 400 people.\n"
)


def test_an_unplaced_act_of_a_paragraph_about_the_story_country_happens_there(
    gazetteer: Gazetteer,
) -> None:
    article = make_article(FOREIGN_BUREAU + "Tbilisi has rejected the measures.", gazetteer)
    detained = make_report(article, "detained", "173", ("Police", "---COP"), ("people", "---CVL"))
    assert places_and_countries(article, gazetteer, detained) == [("Georgia", "GEO")]


def test_the_bureau_country_stays_the_main_place_of_a_paragraph_naming_it(
    gazetteer: Gazetteer,
) -> None:
    # The same story; the unplaced act is told in a paragraph naming the United States.
    article = make_article(FOREIGN_BUREAU + "Georgian Dream denied the charges.", gazetteer)
    froze = make_report(article, "said more", "172", ("United States", "USA"))
    assert places_and_countries(article, gazetteer, froze)[0][1] == "USA"


def test_a_place_of_an_earlier_event_in_a_time_clause_sets_no_paragraph(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Fighting broke out along the Thai-Cambodian border near Samraong on Monday.\n"
        "Five days of fighting in July killed 40 people before a truce was brokered in Kuala "
        "Lumpur. Troops shelled villages on Tuesday night."
    )
    article = make_article(text, gazetteer)
    fighting = make_report(article, "killed", "190", None, ("people", "---CVL"))
    shelled = make_report(article, "shelled", "195", ("Troops", "---MIL"))
    located = places_and_countries(article, gazetteer, fighting, shelled)
    assert located[1][1] != "MYS"


def test_a_place_in_a_relative_clause_before_the_verb_is_not_where_it_was_said(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "A Turkish drone strike killed four people in northern Iraq on Monday.\n"
        "The United States, which has troops at an air base near Erbil, urged both "
        "governments to resolve the dispute."
    )
    article = make_article(text, gazetteer)
    urged = make_report(article, "urged", "020", ("United States", "USA"))
    # The coder's clause starts after the relative pronoun, as it does on real text.
    urged.start = article.text.index("has troops")
    assert places_and_texts(article, gazetteer, urged) == [("Washington", None)]


def test_a_past_act_inside_one_state_is_placed_in_it(gazetteer: Gazetteer) -> None:
    text = (
        "WASHINGTON, March 20 (Desk) - The IMF approved a loan for Sri Lanka on Monday.\n"
        "Months of protests forced former president Gotabaya Rajapaksa to flee in July 2022."
    )
    article = make_article(text, gazetteer)
    protests = make_report(
        article,
        "protests",
        "140",
        ("protests", "LKAOPP"),
        ("president Gotabaya Rajapaksa", "LKAGOV"),
        modality="historical",
    )
    assert places_and_countries(article, gazetteer, protests) == [("Sri Lanka", "LKA")]


def test_a_past_act_of_forces_of_no_stated_country_is_not_placed_by_the_victims(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Australia imposed sanctions on Myanmar officers on Tuesday.\n"
        "Relations have been strained since the junta detained an Australian economist in 2021."
    )
    article = make_article(text, gazetteer)
    detained = make_report(
        article, "detained", "173", ("junta", "---MIL"), ("Australian", "AUS"), "historical"
    )
    assert places_and_countries(article, gazetteer, detained) == [(None, None)]


def test_a_domestic_speaker_of_the_story_state_speaks_at_home(gazetteer: Gazetteer) -> None:
    text = (
        "Soldiers detained three officers in Bissau, Guinea-Bissau, on Thursday.\n"
        "The opposition PAIGC party denied any role and called for an inquiry."
    )
    article = make_article(text, gazetteer)
    called = make_report(article, "called for", "020", ("opposition", "GNBOPP"))
    assert places_and_texts(article, gazetteer, called) == [("Guinea-Bissau", None)]


def test_an_opposition_of_another_state_may_speak_from_exile(gazetteer: Gazetteer) -> None:
    text = (
        "Soldiers detained three officers in Bissau, Guinea-Bissau, on Thursday.\n"
        "The Senegalese opposition called for calm."
    )
    article = make_article(text, gazetteer)
    called = make_report(article, "called for", "020", ("opposition", "SENOPP"))
    assert places_and_texts(article, gazetteer, called) == [(None, None)]


def test_a_body_of_no_state_is_heard_at_the_dateline(gazetteer: Gazetteer) -> None:
    text = (
        "THE HAGUE, Nov 27 (Wire) - The International Criminal Court's prosecutor asked "
        "judges on Wednesday to issue an arrest warrant for Myanmar's military ruler.\n"
        "The request concerns crimes against Rohingya in Myanmar's Rakhine state, where the "
        "army drove out 700,000 people. Myanmar rejected the request."
    )
    article = make_article(text, gazetteer)
    asked = make_report(article, "asked", "020", ("International Criminal Court", "IGOICC"))
    assert places_and_texts(article, gazetteer, asked) == [("The Hague", "THE HAGUE")]
