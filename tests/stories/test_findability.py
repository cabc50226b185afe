"""Sitemap, robots.txt, link previews and JSON-LD."""

import xml.etree.ElementTree as ET

import pytest

from tests.html import json_ld, soup

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }


def test_sitemap_lists_every_page_in_both_languages_with_alternates(client, section):
    entries = sitemap_entries(client)
    village = {code: f"http://localhost{section['village'][code].url}" for code in ("vi", "en")}

    assert village["vi"] in entries and village["en"] in entries
    assert entries[village["vi"]] == {"vi": village["vi"], "en": village["en"]}
    assert entries[village["en"]] == entries[village["vi"]]
    assert "http://localhost/vi/" in entries and "http://localhost/en/" in entries


def test_sitemap_leaves_out_drafts_and_lists_untranslated_pages_without_alternates(client, section):
    section["story"]["en"].unpublish()

    entries = sitemap_entries(client)

    assert f"http://localhost{section['story']['en'].url}" not in entries
    assert entries[f"http://localhost{section['story']['vi'].url}"] == {}


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def objects_of_type(response, schema_type):
    return [obj for obj in json_ld(soup(response)) if obj["@type"] == schema_type]


REQUIRED = {
    "Article": {"headline", "datePublished", "author", "mainEntityOfPage"},
    "TouristAttraction": {"name", "address", "geo", "url"},
    "Event": {"name", "startDate", "endDate", "location", "eventAttendanceMode"},
    "Person": {"name", "url", "knowsAbout"},
}


@pytest.mark.parametrize(
    ("key", "schema_type"),
    [
        ("story", "Article"),
        ("village", "TouristAttraction"),
        ("event", "Event"),
        ("artisan", "Person"),
    ],
)
def test_each_page_type_has_its_json_ld_with_required_fields(client, section, key, schema_type):
    response = client.get(section[key]["en"].url)

    [data] = objects_of_type(response, schema_type)
    assert REQUIRED[schema_type] <= set(data), data
    assert data["@context"] == "https://schema.org"
    [breadcrumbs] = objects_of_type(response, "BreadcrumbList")
    items = breadcrumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[-1]["item"] == f"http://testserver{section[key]['en'].url}"


def test_event_dates_are_in_vietnam_time(client, section):
    [event] = objects_of_type(client.get(section["event"]["vi"].url), "Event")

    assert event["startDate"].endswith("+07:00")


def test_home_page_describes_the_organisation(client, homes):
    [organisation] = objects_of_type(client.get("/vi/"), "Organization")

    assert organisation["url"] == "http://testserver/"


def test_json_ld_cannot_be_broken_out_of_by_page_text(client, section):
    story = section["story"]["vi"]
    story.introduction = '</script><script>alert("x")</script>'
    story.save_revision().publish()

    response = client.get(story.url)

    assert b'</script><script>alert("x")' not in response.content
    [article] = objects_of_type(response, "Article")
    assert article["description"] == story.introduction


def test_link_previews_have_a_1200_by_630_image(client, section, image):
    story = section["story"]["en"]
    story.hero_image = image
    story.save_revision().publish()

    document = soup(client.get(story.url))
    meta = {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in document.find_all("meta")
        if tag.get("content")
    }

    assert meta["og:type"] == "article"
    assert meta["og:title"] == story.title
    assert (
        meta["og:image"].startswith("http://testserver/") and ".fill-1200x630" in meta["og:image"]
    )
    assert meta["twitter:card"] == "summary_large_image"
