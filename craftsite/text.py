"""Text helpers shared by every app. This module imports no app."""

import math
import re

from anyascii import anyascii
from django.utils.html import strip_tags


def fold(text):
    """Fold Vietnamese to plain ASCII letters so that text typed without diacritics matches:
    "Đăk Răng" -> "Dak Rang", "thổ cẩm" -> "tho cam". Unicode decomposition alone would leave
    "đ" untouched, anyascii maps it to "d"."""
    return anyascii(text or "")


def alphabetical(pages):
    """Pages sorted by title as a Vietnamese reader expects: "Đăk Răng" between "Dak" and "E",
    not after "Z" where the database's byte order puts "Đ"."""
    return sorted(pages, key=lambda page: (fold(page.title).lower(), page.title))


def reading_minutes(text, words_per_minute=200):
    """Whole minutes to read a text (HTML tags are ignored), at least one."""
    words = len(strip_tags(text).split())
    return max(1, math.ceil(words / words_per_minute))


def search_terms(query):
    """The words of a search query, folded to plain letters. Punctuation and quotes are
    dropped: the database's full-text syntax must never see them (SQLite's FTS5 fails on an
    unbalanced quote)."""
    return " ".join(re.findall(r"\w+", fold(query).lower()))
