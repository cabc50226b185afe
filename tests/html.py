"""Reading rendered pages in tests."""

import json

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def alternates(document):
    """{hreflang: href} of the page's <link rel="alternate" hreflang> elements."""
    return {
        link["hreflang"]: link["href"]
        for link in document.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


def json_ld(document):
    """Every JSON-LD object of the page, parsed."""
    return [
        json.loads(script.string)
        for script in document.find_all("script", type="application/ld+json")
    ]
