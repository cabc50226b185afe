from .events import ClassRegistration, EventIndexPage, EventOccurrence, EventPage
from .people import ArtisanIndexPage, ArtisanPage
from .places import VillageIndexPage, VillagePage
from .stories import StoryIndexPage, StoryPage, StoryTopic
from .vocabulary import CraftIndexPage, CraftPage, EthnicGroupIndexPage, EthnicGroupPage

__all__ = [
    "ArtisanIndexPage",
    "ArtisanPage",
    "ClassRegistration",
    "CraftIndexPage",
    "CraftPage",
    "EthnicGroupIndexPage",
    "EthnicGroupPage",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "StoryIndexPage",
    "StoryPage",
    "StoryTopic",
    "VillageIndexPage",
    "VillagePage",
]
