"""'Request a quote': a wholesale buyer asks a cooperative, from one of its products or from
its page. The enquiry reaches the cooperative in the site's main language, by e-mail and in
its admin, and the buyer gets an acknowledgement; anything malformed or hostile is refused
next to its field, and nothing is stored or mailed."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone
from wagtail.models import PageViewRestriction

from base.templatetags.site_tags import action_url
from catalog.models import CooperativePage
from enquiries.forms import EnquiryForm
from enquiries.models import Enquiry
from enquiries.views import ENQUIRIES_PER_HOUR
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.pages import add_translation
from tests.html import alternates, soup
from tests.queries import BUDGET, warm_query_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def shop(homes):
    shop = add_shop(homes["vi"])
    shop_en = add_translation(shop, homes["en"], "Shop", "shop")
    weavers = add_cooperative(
        shop, "HTX Dệt", slug="htx-det", email="det@example.test", minimum_order=10
    )
    weavers_en = add_translation(
        weavers,
        shop_en,
        "Weavers",
        "weavers",
        legal_name="HTX Dệt",
        kind="cooperative",
        email="det@example.test",
        minimum_order=10,
    )
    scarf = add_product(weavers, "Khăn thổ cẩm", slug="khan")
    scarf_en = add_translation(
        scarf,
        weavers_en,
        "Brocade scarf",
        "brocade-scarf",
        description="<p>Handwoven.</p>",
        maker_share_percent=60,
    )
    return {"weavers": weavers, "weavers_en": weavers_en, "scarf": scarf, "scarf_en": scarf_en}


def answers(**overrides):
    return {
        "name": "  Emma   Laurent ",
        "organisation": "Maison Artisan",
        "email": "emma@maison.example",
        "phone": "+84 912 345 678",
        "wanted": "Brocade scarf, indigo",
        "quantity": "60",
        "wanted_by": (timezone.localdate() + timedelta(days=30)).strftime("%d/%m/%Y"),
        "message": "For our shop in Lyon.\nCould you send photos of the colours?",
        "consent": "on",
        "website": "",
        **overrides,
    }


def test_the_form_is_prefilled_labelled_and_asks_for_consent_unticked(client, shop):
    url = action_url("request_product_quote", shop["scarf_en"])

    page = soup(client.get(url))

    form = page.select_one("main form")
    assert form["action"] == url
    assert page.select_one("input[name=wanted]")["value"] == "Brocade scarf"
    assert not page.select_one("input[name=consent]").has_attr("checked")
    assert [legend.get_text(strip=True) for legend in form.select("legend")] == [
        "About you",
        "What you need",
    ]
    for field in form.select("input:not([type=hidden]), textarea"):
        assert form.select_one(f"label[for={field['id']}]"), field["name"]
    assert page.select_one(".honeypot")["aria-hidden"] == "true"
    assert "minimum order is 10 pieces" in page.select_one("#id_quantity_helptext").get_text()
    assert page.select_one("meta[name=robots]")["content"] == "noindex"
    assert alternates(page)["vi"].endswith(action_url("request_product_quote", shop["scarf"]))
    assert page.select_one(".breadcrumbs [aria-current=page]")["href"] == url
    assert warm_query_count(client, url) <= BUDGET


def test_product_and_cooperative_pages_link_to_their_quote_forms(client, shop):
    for page, action in [
        (shop["scarf_en"], "request_product_quote"),
        (shop["weavers_en"], "request_quote"),
    ]:
        document = soup(client.get(page.url))
        assert document.select_one(f'#wholesale a[href="{action_url(action, page)}"]'), page.url


def test_an_enquiry_goes_to_the_cooperative_in_the_main_language_and_is_mailed(
    client, shop, django_capture_on_commit_callbacks
):
    url = action_url("request_product_quote", shop["scarf_en"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, answers())

    enquiry = Enquiry.objects.get()
    assert response.status_code == 302 and response["Location"] == shop["scarf_en"].url
    assert enquiry.cooperative_id == shop["weavers"].pk  # the Vietnamese page
    assert enquiry.product_id == shop["scarf_en"].pk  # what the buyer saw
    assert (enquiry.name, enquiry.phone, enquiry.language, enquiry.status) == (
        "Emma Laurent",
        "+84912345678",
        "en",
        "new",
    )
    assert (enquiry.quantity, enquiry.wanted_by) == (60, timezone.localdate() + timedelta(days=30))
    to_cooperative, to_buyer = sorted(
        mail.outbox, key=lambda message: message.to != ["det@example.test"]
    )
    assert to_cooperative.to == ["det@example.test"]
    assert f"/admin/enquiries/{enquiry.pk}/" in to_cooperative.body
    assert "Could you send photos" in to_cooperative.body
    assert "Tiếng Anh" in to_cooperative.body  # written in Vietnamese: the buyer's English
    assert to_buyer.to == ["emma@maison.example"]
    assert to_buyer.subject == "Your enquiry to Weavers"
    assert "60 pieces: Brocade scarf" in to_buyer.body
    assert "Lyon" not in to_buyer.body  # the buyer's own words are not mailed back
    thanks = soup(client.get(response["Location"])).select_one(".messages").get_text()
    assert "your enquiry is with Weavers" in thanks and "emma@maison.example" in thanks


def test_a_buyer_abroad_gives_a_foreign_number_which_the_cooperative_reads_as_written(
    client, shop, django_capture_on_commit_callbacks
):
    url = action_url("request_product_quote", shop["scarf_en"])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, answers(phone="0044 7700 900123"))

    assert Enquiry.objects.get().phone == "+447700900123"
    to_cooperative = next(m for m in mail.outbox if m.to == ["det@example.test"])
    assert "+44 7700 900123" in to_cooperative.body


def test_an_enquiry_from_the_cooperative_page_names_no_product(client, shop):
    response = client.post(
        action_url("request_quote", shop["weavers"]), answers(wanted_by="", phone="")
    )

    enquiry = Enquiry.objects.get()
    assert response["Location"] == shop["weavers"].url
    assert (enquiry.product, enquiry.language, enquiry.phone, enquiry.wanted_by) == (
        None,
        "vi",
        "",
        None,
    )


def today(days=0):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", ""),
        ("name", "<script>alert(1)</script>"),
        ("name", "Emma\r\nBcc: victim@example.test"),
        ("name", "E" * 101),
        ("name", "Cheap pills at https://spam.example"),
        ("name", "Emma \u202eevil"),
        ("organisation", "www.spam.example"),
        ("email", ""),
        ("email", "not-an-email"),
        ("email", "emma@maison.example\nBcc: victim@example.test"),
        ("phone", "12345"),
        ("phone", "call me"),
        ("phone", "+84 91234567"),
        ("phone", "<b>0912345678</b>"),
        ("phone", "0912\x0b345678"),
        ("phone", "9" * 500),
        ("wanted", ""),
        ("wanted", "<b>scarves</b>"),
        ("quantity", ""),
        ("quantity", "0"),
        ("quantity", "-5"),
        ("quantity", "1e3"),
        ("quantity", "many"),
        ("quantity", "100001"),
        ("wanted_by", "tomorrow"),
        ("wanted_by", "2031-02-30"),
        ("wanted_by", today(-1)),
        ("wanted_by", today(3 * 365)),
        ("message", "M" * 2001),
        ("message", "ring\x07ring"),
        ("message", "null\x00byte"),
        ("consent", ""),
    ],
)
def test_malformed_or_hostile_input_is_refused_with_a_message_on_its_field(field, value):
    form = EnquiryForm(answers(**{field: value}), cooperative=CooperativePage())

    assert not form.is_valid()
    assert list(form.errors) == [field]
    widget = BeautifulSoup(str(form[field]), "html.parser").select_one(f"#id_{field}")
    assert f"id_{field}_error" in widget["aria-describedby"]


def test_a_refused_enquiry_shows_each_error_next_to_its_field_and_stores_nothing(
    client, shop, django_capture_on_commit_callbacks
):
    url = action_url("request_product_quote", shop["scarf_en"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, answers(name="<script>", quantity="0", wanted_by=today(-1), consent="")
        )

    page = soup(response)
    assert response.status_code == 400
    assert not Enquiry.objects.exists() and not mail.outbox
    assert page.select_one(".form-errors[role=alert]")
    for field in ("name", "quantity", "wanted_by", "consent"):
        assert page.select_one(f"#id_{field}_error").get_text(strip=True), field
        assert f"id_{field}_error" in page.select_one(f"#id_{field}")["aria-describedby"]
        assert page.select_one(f"#id_{field}")["aria-invalid"] == "true"
    assert page.select_one("#id_message").get_text().strip() == answers()["message"]


def test_a_filled_honeypot_stores_and_mails_nothing(
    client, shop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            action_url("request_product_quote", shop["scarf_en"]),
            answers(website="https://spam.example"),
        )

    assert response.status_code == 400
    assert not Enquiry.objects.exists() and not mail.outbox
    assert "could not be sent" in soup(response).select_one(".form-errors").get_text()


def test_each_connection_may_send_a_few_enquiries_an_hour(client, shop):
    url = action_url("request_quote", shop["weavers_en"])
    for _sent in range(ENQUIRIES_PER_HOUR):
        assert client.post(url, answers()).status_code == 302

    refused = client.post(url, answers())
    from_elsewhere = client.post(url, answers(), REMOTE_ADDR="192.0.2.7")

    assert refused.status_code == 429
    assert "Too many enquiries" in soup(refused).select_one(".form-errors").get_text()
    assert soup(refused).select_one("input[name=name]")["value"] == answers()["name"]
    assert from_elsewhere.status_code == 302
    assert Enquiry.objects.count() == ENQUIRIES_PER_HOUR + 1


def test_a_quote_address_that_names_no_live_public_page_of_its_kind_is_not_found(client, shop):
    private = add_product(shop["weavers"], "Riêng", slug="rieng")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    quiet = add_cooperative(shop["weavers"].get_parent(), "HTX Nghỉ", slug="htx-nghi")
    quiet.unpublish()
    missing = {
        "cooperatives": [shop["scarf"].pk, quiet.pk, 987_654],  # a product is no cooperative
        "products": [shop["weavers"].pk, private.pk, 987_654],
    }

    for kind, ids in missing.items():
        for page_id in [*ids, "abc", "0", "9" * 30]:
            for method in (client.get, client.post):
                response = method(f"/vi/{kind}/{page_id}/quote/", answers())
                assert response.status_code == 404, (kind, page_id)
    assert not Enquiry.objects.exists()


def test_the_enquiry_records_the_privacy_notice_agreed_to_when_and_for_what(client, shop, settings):
    settings.PRIVACY_NOTICE_VERSION = "2026-12"
    before = timezone.now()

    client.post(action_url("request_quote", shop["weavers_en"]), answers())

    enquiry = Enquiry.objects.get()
    assert (enquiry.consent_notice_version, enquiry.consent_purpose) == ("2026-12", "enquiry")
    assert before <= enquiry.consent_at <= timezone.now()
