"""Tests: fast hashing, in-memory e-mail, uploads in a throwaway folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="langnghe-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"
DEMO_CONTENT_ALLOWED = True
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# Tests that are about the page cache turn it on (tests/craftsite/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
