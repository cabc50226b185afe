from .images import SiteImage, SiteRendition
from .navigation import Navigation
from .pages import HomePage, StandardPage
from .site_settings import OrganisationSettings
from .users import User

__all__ = [
    "HomePage",
    "Navigation",
    "OrganisationSettings",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "User",
]
