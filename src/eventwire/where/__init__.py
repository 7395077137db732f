"""Places: an offline gazetteer, toponym finding and resolution, and event locations."""

from eventwire.where.gazetteer import Gazetteer, GazetteerMissing, load_gazetteer
from eventwire.where.geonames_import import MalformedGeoNamesDump, import_geonames
from eventwire.where.locate import locate_reports, locate_verbal_acts
from eventwire.where.place_mentions import find_place_mentions

__all__ = [
    "Gazetteer",
    "GazetteerMissing",
    "MalformedGeoNamesDump",
    "find_place_mentions",
    "import_geonames",
    "load_gazetteer",
    "locate_reports",
    "locate_verbal_acts",
]
