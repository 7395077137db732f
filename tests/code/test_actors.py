"""Who an actor is: states, sectors, organisations, people, first names, compounds, spellings."""

from __future__ import annotations

import pytest
from coder_helpers import (
    actor_codes,
    actor_codes_by_surface,
    analysed_root_triples,
    analysed_triples,
    coded,
    factual_root_triples,
    triples,
    with_root,
)

from eventwire.analyse.actors import find_actor_mentions
from eventwire.analyse.sentences import split_sentences
from eventwire.code.knowledge import make_actor, with_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # organisations follow the gold convention: IGO/NGO + one acronym, no sector
        (
            "The European Union disbursed 500 million euros in aid to Jordan.",
            ("071", "IGOEU", "JOR"),
        ),
        ("UN peacekeepers withdrew from the town.", ("087", "IGOUNO", None)),
        # actors whose country is not named still take part
        ("Police arrested dozens of protesters in the capital.", ("173", "---COP", "---CVL")),
        (
            "Malawi's interior minister accused the marchers of blocking a road.",
            ("111", "MWIGOV", "---CVL"),
        ),
        # bodies named by their owner or their kind
        (
            "Libya's transitional council demanded that Egypt release the fishermen.",
            ("100", "LBYGOV", "EGY"),
        ),
        (
            "Rights groups urged Tunisian authorities to free the jailed journalists.",
            ("020", "---NGO", "TUNGOV"),
        ),
        (
            "Opposition parties in Chile demanded a recount after the vote.",
            ("100", "CHLOPP", None),
        ),
        # leaders named alone are their governments
        ("Putin met Erdogan in Sochi.", ("040", "RUSGOV", "TURGOV")),
        # a person is remembered through the title they were introduced with
        (
            "IRGC commander Hossein Salami spoke on Sunday.\n"
            "Salami issued new threats against Israel.",
            ("130", "IRNMIL", "ISR"),
        ),
    ],
)
def test_actor_kinds_in_coded_reports(text, expected, knowledge):
    assert expected in triples(text, knowledge)


def test_sector_adjective_before_a_noun_is_not_an_actor(knowledge):
    text = "The joint military drills began on Monday."
    assert find_actor_mentions(text, split_sentences(text), knowledge) == []


def test_organisation_codes_carry_no_sector():
    assert make_actor("IGOUNO", "UN") == make_actor("IGOUNO", "UN")
    assert make_actor("IGOUNO", "UN").country == "IGOUNO"
    assert make_actor("IGOUNO", "UN").sector is None
    assert with_country("IGOUNO", "MIL", "peacekeepers").code == "IGOUNO"
    assert with_country("IRN", "MIL", "army").code == "IRNMIL"


def test_crowd_with_no_name_is_a_protester(knowledge):
    found = factual_root_triples("Tens of thousands marched in Belgrade.", knowledge)
    assert {(r, s) for r, s, _ in found} == {("14", "---OPP")}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Substitute Jordan Achterberg scored in the 81st minute.", "JOR"),
        ("Chad Miller, a lawyer, attended the hearing.", "TCD"),
    ],
)
def test_country_as_first_name_is_no_actor(text, absent, knowledge):
    codes = set(actor_codes(text, knowledge))
    assert absent not in codes


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Jordan Condemns Attack On Embassy In Amman", "JOR"),
        ("Troops were sent to the Jordan Valley.", "JOR"),
        ("Israel struck targets in Chad Sunday.", "TCD"),
    ],
)
def test_country_names_stay_states(text, present, knowledge):
    codes = {code[:3] for code in actor_codes(text, knowledge)}
    assert present in codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ethopia agreed to reopen the border.", "ETH"),
        ("The offer from Afganistan was rejected.", "AFG"),
        ("Loyalist groups in Northern Ireland were banned.", "GBR"),
    ],
)
def test_misspelt_and_constituent_state_names(text, code, knowledge):
    assert code in actor_codes(text, knowledge)


@pytest.mark.parametrize(
    "text",
    [
        "Roland said the talks failed.",  # short names are never corrected
        "Ethopia Mills said the talks failed.",  # followed by a surname: a person
        "Colombo rejected the plan.",  # a capital, not a misspelt Colombia
        "The fund's head Maria Polanda said the talks failed.",  # after a given name: a surname
    ],
)
def test_names_that_are_not_misspelt_states(text, knowledge):
    codes = actor_codes(text, knowledge)
    assert "POL" not in codes and "ETH" not in codes and "COL" not in codes


def test_a_surname_near_a_state_name_is_the_persons(knowledge):
    # "Georgieva" is two edits from "Georgia"; after a given name it is the person's name.
    text = "IMF chief Kristalina Georgieva said Sri Lanka must protect the poor."
    assert "GEO" not in {code[:3] for code in actor_codes(text, knowledge)}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The People's Bank of China cut its main lending rate.", "CHNGOV"),
        ("Brazil's central bank raised interest rates again.", "BRAGOV"),
    ],
)
def test_central_banks_act_for_their_state(text, code, knowledge):
    assert code in actor_codes(text, knowledge)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Ethiopian-led forces shelled the town.", "Ethiopian-led forces", "ETHMIL"),
        ("Qatar refused to join the US-led coalition.", "US-led", "USA"),
        ("The Washington Post said the talks had failed.", "Washington Post", "USAMED"),
    ],
)
def test_compound_and_media_actors(text, surface, code, knowledge):
    assert actor_codes_by_surface(text, knowledge).get(surface) == code


def test_backed_compound_and_currency_are_no_state(knowledge):
    codes = actor_codes_by_surface(
        "Iran-backed militias stole US $5 million from the bank.", knowledge
    )
    assert "USA" not in codes.values()
    assert "IRN" not in codes.values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named armed group is its country's rebels; a country's own supreme court its judiciary
        ("UNITA fighters attacked Angolan soldiers near Huambo.", ("19", "AGOREB", "AGOMIL")),
        ("Kenya's Supreme Court rejected the opposition's petition.", ("12", "KENJUD", "KENOPP")),
    ],
)
def test_named_bodies(text, expected, resources):
    source_roots = {(root, source) for root, source, _ in analysed_root_triples(text, resources)}
    assert expected[:2] in source_roots


def test_au_mission_in_somalia_is_the_african_union(resources):
    reports = analysed_triples(
        "The African Union Support and Stabilisation Mission in Somalia (AUSSOM) condemned "
        "the bombing in Mogadishu.",
        resources,
    )
    assert reports and all(source == "IGOAU" for _, source, _ in with_root(reports, "11"))


def test_caricom_is_an_organisation(resources):
    reports = analysed_triples("CARICOM leaders condemned the Venezuelan law.", resources)
    assert ("IGOCARICOM", "VEN") in [(s, t) for _, s, t in with_root(reports, "11")]


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        # the speaker of the clause, not the last state named two sentences before
        (
            "Russia vetoed a draft. The RSF welcomed the resolution and said it was ready to talk.",
            "it",
            "SDNREB",
        ),
        ("Police said they had arrested 56 people.", "they", "---COP"),
        # past an aside that names another state
        (
            "Mali's military government, which relies on Russian mercenaries, said it was not "
            "consulted.",
            "it",
            "MLIMIL",
        ),
        # a new subject after ", and"
        (
            "Germany offered help, and the European Commission said it would propose sanctions.",
            "it",
            "IGOEU",
        ),
    ],
)
def test_pronoun_after_a_speech_verb_is_the_speaker(text, pronoun, expected, knowledge):
    assert actor_codes_by_surface(text, knowledge)[pronoun] == expected


def test_a_persons_they_is_not_the_speaker(knowledge):
    text = "Protesters blocked the road. Interior Minister Ali Hassan said they would be charged."
    assert actor_codes_by_surface(text, knowledge)["they"] != "---GOV"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The Nigeria Labour Congress called a strike.", "Nigeria Labour Congress", "NGALAB"),
        ("Trade unions in Kenya called a strike.", "Trade unions in Kenya", "KENLAB"),
    ],
)
def test_labour_unions_are_labour_not_a_legislature(text, surface, expected, knowledge):
    assert actor_codes_by_surface(text, knowledge)[surface] == expected


def test_general_before_a_noun_is_no_officer(knowledge):
    assert "general" not in actor_codes_by_surface("Unions called a general strike.", knowledge)
    assert actor_codes_by_surface("The general said troops would stay.", knowledge)["general"] == (
        "---MIL"
    )


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Opposition leaders met in Tbilisi.", "Opposition leaders", "---OPP"),
        ("Military officials met in Geneva.", "Military officials", "---MIL"),
        ("Sudan's military leaders met on Monday.", "Sudan's military leaders", "SDNMIL"),
    ],
)
def test_sector_adjective_before_a_person_noun_gives_the_sector(text, surface, code, knowledge):
    assert actor_codes_by_surface(text, knowledge)[surface] == code


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # a type number between a demonym and its sector noun names the equipment
        ("Thai F-16 jets struck Cambodian positions.", "Thai F-16 jets", "THAMIL"),
        # a sector adjective before an infinitive is the object noun
        ("The court ordered the government to halt the deportation.", "government", "---GOV"),
        # a NATO-led mission is NATO; gangs are criminals
        ("KFOR said it had increased patrols in northern Kosovo.", "KFOR", "IGONATO"),
        ("Gangs attacked a police station on Sunday.", "Gangs", "---CRM"),
    ],
)
def test_equipment_objects_missions_and_gangs(text, surface, code, knowledge):
    assert actor_codes_by_surface(text, knowledge).get(surface) == code


def test_weapon_before_an_attack_noun_is_no_actor(knowledge):
    codes = actor_codes_by_surface(
        "The two neighbours fought four days of missile, drone and artillery strikes.", knowledge
    )
    assert "artillery" not in codes
    # the same word as the subject of a verb is a unit
    assert actor_codes_by_surface("Russian artillery shelled the town.", knowledge)


def test_title_before_a_known_person_takes_the_person_country(knowledge):
    text = (
        "China did not comment. Prabowo travels on to Japan, where he is expected to meet "
        "Prime Minister Shigeru Ishiba."
    )
    found = actor_codes_by_surface(text, knowledge)
    assert found["Prime Minister Shigeru Ishiba"] == "JPNGOV"
    # a person named after the pronoun is not what it refers to
    assert found["he"] == "IDNGOV"


def test_parents_are_civilians(knowledge):
    text = "Parents gathered outside the school and accused the authorities of failing them."
    assert triples(text, knowledge) == {("111", "---CVL", "---GOV")}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sudan's representative at the United Nations, Ali Idriss, thanked Russia.", "SDNGOV"),
        ("Russia's deputy U.N. ambassador, Dmitry Polyanskiy, criticised Britain.", "RUSGOV"),
        ("Iran's ambassador to the United Nations criticised Britain.", "IRNGOV"),
        # a body's own staff stays the body
        ("A spokesperson for the UN Secretary-General criticised the attack.", "IGOUNO"),
    ],
)
def test_envoy_to_a_body_speaks_for_the_state(text, source, knowledge):
    assert {r.source.actor.code for r in coded(text, knowledge) if r.source} == {source}


@pytest.mark.parametrize(
    "text",
    [
        "The UN peacekeeping mission in Congo, MONUSCO, condemned the massacre.",
        "The U.N. peacekeeping force in southern Lebanon, UNIFIL, urged restraint.",
    ],
)
def test_state_where_a_body_works_is_no_participant(text, knowledge):
    assert {r.source.actor.code for r in coded(text, knowledge) if r.source} == {"IGOUNO"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the town of Mocimboa da Praia on Monday.",
        "Soldiers patrolled Vila de Lima after the raid.",
    ],
)
def test_capital_inside_a_longer_place_name_is_no_government(text, knowledge):
    assert not any(code.endswith("GOV") for code in actor_codes(text, knowledge))


def test_capital_alone_still_speaks_for_its_government(knowledge):
    assert "CPVGOV" in actor_codes("Praia protested against the decision.", knowledge)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The Japanese trade ministry criticised the plan.", "Japanese trade ministry", "JPNGOV"),
        ("The Chinese commerce minister met officials.", "Chinese commerce minister", "CHNGOV"),
    ],
)
def test_portfolio_word_between_demonym_and_ministry_keeps_the_state(
    text, surface, code, knowledge
):
    assert actor_codes_by_surface(text, knowledge).get(surface) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the junta is the military named before it with its state, not a stateless army
        (
            "Sudan's army shelled the market in Omdurman. Chad closed its border. "
            "The junta said the strikes had hit fighters.",
            "SDNMIL",
        ),
        (
            "Niger's military seized power in July. Benin recalled its envoy. "
            "Later the junta expelled the French ambassador.",
            "NERMIL",
        ),
    ],
)
def test_the_junta_is_the_last_military_named_with_its_state(text, expected, knowledge):
    codes = [
        mention.resolution.code
        for mention in find_actor_mentions(text, split_sentences(text), knowledge)
        if mention.text == "junta"
    ]
    assert codes == [expected]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # one lexicon line covers both spellings of "-isation"
        (
            "The Collective Security Treaty Organisation urged restraint.",
            "Collective Security Treaty Organisation",
            "IGOCSTO",
        ),
        ("Armed groups attacked a village in Ituri.", "Armed groups", "---REB"),
    ],
)
def test_organisations_and_armed_groups_are_actors(text, surface, code, knowledge):
    assert actor_codes_by_surface(text, knowledge).get(surface) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "the mission" belongs to the international body named before it
        (
            "African Union troops began leaving Somalia. The government asked the mission "
            "to stay until June.",
            "IGOAU",
        ),
        # a state's own mission keeps its state
        ("Iran's mission rejected the report. The mission said it was false.", "IRNGOV"),
    ],
)
def test_the_mission_is_the_last_body_named(text, expected, knowledge):
    codes = [
        mention.resolution.code
        for mention in find_actor_mentions(text, split_sentences(text), knowledge)
        if mention.text == "mission"
    ]
    assert codes == [expected]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("The Chilean Senate approved the treaty on Monday.", "Chilean Senate", "CHLLEG"),
        ("Colombia's Congress rejected the reform.", "Colombia's Congress", "COLLEG"),
        (
            "The Kenya Union of Teachers and the Trade Union Congress met.",
            "Trade Union Congress",
            "---LAB",
        ),
        ("The main opposition candidate rejected the count.", "opposition candidate", "---OPP"),
        ("The minister blamed the unions for the shortages.", "unions", "---LAB"),
    ],
)
def test_institutions_named_after_their_state_and_opposition_titles(text, surface, code, knowledge):
    assert actor_codes_by_surface(text, knowledge).get(surface) == code


def test_a_possessed_post_belongs_to_its_owner_not_its_place(knowledge):
    text = (
        "Canada's foreign ministry said its embassy in Lima was helping the families of the "
        "injured."
    )
    assert actor_codes_by_surface(text, knowledge).get("its embassy") == "CANGOV"
