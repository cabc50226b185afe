"""The demo app's configuration: no models, only the seed_demo command."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for development and tests; production settings do not install it."""

    name = "demo"
    verbose_name = "Demo content"
