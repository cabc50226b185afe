"""Text helpers shared by every app. This module imports no app."""

import math

from anyascii import anyascii
from django.utils.html import strip_tags


def fold(text):
    """Fold Vietnamese to plain ASCII letters so that text typed without diacritics matches:
    "Đăk Răng" -> "Dak Rang", "thổ cẩm" -> "tho cam". Unicode decomposition alone would leave
    "đ" untouched, anyascii maps it to "d"."""
    return anyascii(text or "")


def reading_minutes(html, words_per_minute=200):
    """Whole minutes to read a body of HTML, at least one."""
    words = len(strip_tags(html).split())
    return max(1, math.ceil(words / words_per_minute))
