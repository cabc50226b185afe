"""Local development: SQLite file, debug pages, e-mails printed to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEMO_CONTENT_ALLOWED = True
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
