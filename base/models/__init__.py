from .images import SiteImage, SiteRendition
from .navigation import Navigation
from .pages import HomePage, StandardPage
from .personal_data import PersonalDataRequest
from .search import PageSearchText
from .site_settings import OrganisationSettings
from .users import User

__all__ = [
    "HomePage",
    "Navigation",
    "OrganisationSettings",
    "PageSearchText",
    "PersonalDataRequest",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "User",
]
