"""Words that name months, weekdays and numbers in English news, and the words around a
number or a weekday that decide whether it is a date.

Month and weekday names are matched case-sensitively (capitalised), so the modal verb "may" and
the verb "march" never start a date; context words around them are matched case-insensitively.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "weds": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "several": 3, "a few": 3, "a couple of": 2, "couple of": 2,
}  # fmt: skip

# Days of a month written as ordinal words ("the first of January"); compounds take a hyphen
# or a space ("twenty-first", "thirty first").
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
ORDINAL_DAYS: dict[str, int] = {
    **{word: number for number, word in enumerate(_UNITS, start=1)},
    **{word: number for number, word in enumerate(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth".split(), start=10)},
    **{f"twenty{joint}{word}": 20 + number for number, word in enumerate(_UNITS, start=1)
       for joint in ("-", " ")},
    "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
}  # fmt: skip

# Words after which a bare four-digit number is read as a year ("in 2020", "since 2017").
YEAR_CONTEXT = frozenset(
    """
    in since by until till from during of before after between through throughout around circa
    year years early mid late end start beginning summer winter spring autumn the and to
    """.split()
)
# Words that, right after a four-digit number, show that it counts something.
COUNTED_NOUNS = frozenset(
    """
    people persons troops soldiers men women children civilians fighters refugees migrants
    votes voters dollars euros pounds tonnes tons units homes houses families rounds rockets
    missiles members workers students prisoners hours hrs gmt utc km kilometres kilometers
    miles metres meters feet cases deaths casualties million billion thousand percent
    strong times jobs sites villages vehicles tanks drones shells protesters demonstrators
    delegates officers police militants detainees hostages passengers
    """.split()
)
# Capitalised words before a weekday that make it part of a name ("Good Friday Agreement").
WEEKDAY_NAME_PREFIXES = frozenset("good black holy ash palm maundy cyber bloody super".split())
WEEKDAY_NAME_SUFFIXES = frozenset(
    "times telegraph express mirror post herald mail independent agreement star sport".split()
)
# Feasts with a fixed date, as (month, day); "Christmas" alone means the day.
FIXED_FEASTS: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
}  # fmt: skip
# Feasts on the nth weekday of a month, as (month, weekday with Monday = 0, nth): US
# Thanksgiving is the fourth Thursday of November, Canada's the second Monday of October.
WEEKDAY_FEASTS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4),
    "canadian thanksgiving": (10, 0, 2),
}  # fmt: skip
# Capitalised words that name a person before "May" ("Theresa May", "Ms May").
MAY_NAME_PREFIXES = frozenset("ms mrs mr dr theresa brian".split())
# Words that tell of an event named later by a phrase like "two days after the vote".
EVENT_TERMS: dict[str, tuple[str, ...]] = {
    "vote": ("vote", "voting", "voters", "polls", "ballot", "referendum", "election"),
    "election": ("election", "elect", "polls", "vote", "voting", "ballot"),
    "elections": ("election", "elect", "polls", "vote", "voting", "ballot"),
    "referendum": ("referendum", "vote", "polls", "ballot"),
    "poll": ("poll", "vote", "election", "ballot"),
    "attack": ("attack", "struck", "strike", "raid", "bomb", "blast", "assault", "ambush",
               "gunmen", "shelling", "stormed", "missile", "drone", "rocket"),
    "attacks": ("attack", "struck", "strike", "raid", "bomb", "blast", "assault", "gunmen",
                "missile", "drone", "rocket"),
    "shooting": ("shoot", "shot", "opened fire", "gunfire", "gunmen", "fired"),
    "bombing": ("bomb", "blast", "explosion", "exploded"),
    "blast": ("blast", "bomb", "explosion", "exploded"),
    "explosion": ("explosion", "exploded", "blast", "bomb"),
    "strike": ("strike", "struck", "air raid", "missile"),
    "summit": ("summit", "talks", "leaders", "met"),
    "talks": ("talks", "negotiat", "meeting", "summit", "met"),
    "meeting": ("meeting", "met", "talks", "summit"),
    "ceasefire": ("ceasefire", "cease-fire", "truce"),
    "truce": ("truce", "ceasefire", "cease-fire"),
    "coup": ("coup", "seized power", "ousted", "overthrew", "toppled"),
    "arrest": ("arrest", "detain", "detention"),
    "protests": ("protest", "demonstrat", "rally", "rallies", "march"),
    "protest": ("protest", "demonstrat", "rally", "march"),
    "clashes": ("clash", "fighting", "fought"),
    "invasion": ("invasion", "invade"),
    "earthquake": ("earthquake", "quake"),
    "killing": ("kill", "killing", "murder", "shot dead"),
    "killings": ("kill", "killing", "murder", "massacre"),
    "massacre": ("massacre", "kill"),
    "kidnapping": ("kidnap", "abduct", "seized"),
    "abduction": ("abduct", "kidnap", "seized"),
    "raid": ("raid", "stormed"),
    "announcement": ("announce",),
    "agreement": ("agreement", "agreed", "signed", "deal"),
    "deal": ("deal", "agreement", "agreed", "signed"),
}  # fmt: skip
# Verbs whose present simple with a time tells of a scheduled event ("Parliament votes in June",
# "the delegation arrives on Monday"). Action verbs are left out on purpose: headlines put past
# acts in the present ("Rebels seize town on Sunday").
SCHEDULED_VERBS: tuple[str, ...] = (
    "arrive", "begin", "close", "convene", "depart", "end", "expire", "fly", "gather", "head",
    "hold", "host", "kick off", "land", "leave", "meet", "open", "reconvene", "resume",
    "return", "rule", "start", "testify", "travel", "visit", "vote", "take effect", "take place",
    "take office", "come into force", "go on trial", "go to the polls",
)  # fmt: skip
# Words before a present-tense form that make it a noun ("the vote", "their return") or an
# infinitive whose tense comes from elsewhere ("refused to meet").
NOT_A_SUBJECT = frozenset(
    "the a an his her its their our your my this that these those whose of to 's".split()
)
# Verbs that move a date: the date after "postponed … until" lies after the old one, often
# after the publication date, whatever the tense.
POSTPONING_VERBS: tuple[str, ...] = (
    "postponed", "delayed", "deferred", "adjourned", "rescheduled", "pushed back", "put off",
    "moved", "extended",
)  # fmt: skip
# Capitalised heads that turn a date before them into a name: "the March 23 Movement",
# "the April 6 Youth Movement", "the March 14 Alliance", "26 July Avenue".
NAME_HEADS = frozenset(
    """
    movement movements alliance coalition front brigade brigades group revolution uprising
    party bloc youth square street avenue road bridge stadium university school hospital
    airport mosque memorial agreement accord accords declaration protocol manifesto
    committee council battalion martyrs
    """.split()
)
# Lower-case nouns that make a weekday part of a compound, not a day: "a Sunday school".
WEEKDAY_COMPOUNDS = frozenset("school schools paper papers edition supplement magazine".split())
# Month names of documents and datelines quoted in English news ("le 25 novembre 2024",
# "20 de diciembre de 2023", "25. November 2024"), read only after a day number.
# Romance names are lower case as those languages write them, so "2 Mars rovers" stays a name.
FOREIGN_MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # German (capitalised nouns)
    "Januar": 1, "Februar": 2, "März": 3, "Mai": 5, "Juni": 6, "Juli": 7, "Oktober": 10,
    "Dezember": 12,
}  # fmt: skip
# Words near "the third quarter" that make it a quarter of a year, not of a game or the moon.
ECONOMIC_TERMS = (
    "growth", "gdp", "econom", "profit", "revenue", "sales", "earnings", "export", "import",
    "output", "inflation", "unemployment", "deficit", "surplus", "results", "fiscal",
    "investment", "production", "shipments", "prices", "spending", "budget", "demand",
    "income", "loss", "orders", "trade", "percent", "%",
)  # fmt: skip
# Determiners that take a singular noun: after them (and an adjective) a base form such as
# "visit" is a noun ("an official visit"), since a verb would need its -s.
SINGULAR_DETERMINERS = frozenset("a an this that its his her".split())
