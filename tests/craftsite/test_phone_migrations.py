"""The data migrations that rewrite stored phone numbers to E.164, run on a few stored rows
of every table that holds one, forwards and back."""

import importlib

import pytest
from django.apps import apps
from wagtail.models import Site

from base.models import OrganisationSettings
from catalog.models import CooperativePage
from enquiries.models import Enquiry
from orders.models import Order
from stories.models import ClassRegistration
from tests.factories.catalog import add_cooperative, add_product, add_shop
from tests.factories.enquiries import make_enquiry
from tests.factories.orders import make_order
from tests.factories.stories import build_stories_site

pytestmark = pytest.mark.django_db

# As the site stored them before: ten or eleven digits; a free-text contact as typed; an
# old entry no one can read; a blank left by anonymisation.
STORED = ["0912345678", "02438261234", "0260 3000 000", "gọi chị Lan", ""]
REWRITTEN = ["+84912345678", "+842438261234", "+842603000000", "gọi chị Lan", ""]


def migration(name):
    return importlib.import_module(name)


@pytest.fixture
def stored(homes):
    """Each of STORED in every table that holds a phone, by migration module."""
    weavers = add_cooperative(add_shop(homes["vi"]), "HTX Dệt", slug="htx-det")
    scarf = add_product(weavers, "Khăn", price=350_000, stock=20, sku="KHAN-01")
    event = build_stories_site(homes)["event"]["vi"]
    site = Site.objects.get(is_default_site=True)
    cooperatives = [weavers] + [
        add_cooperative(weavers.get_parent(), f"HTX {n}", slug=f"htx-{n}") for n in range(4)
    ]
    for n, (phone, cooperative) in enumerate(zip(STORED, cooperatives, strict=True)):
        make_order({weavers: [(scarf, 1)]}, phone=phone)
        make_enquiry(weavers, phone=phone)
        ClassRegistration.objects.create(
            event=event, name=f"Học viên {n}", phone=phone, age=17, village="Kon Tum"
        )
        CooperativePage.objects.filter(pk=cooperative.pk).update(phone=phone)
    OrganisationSettings.objects.create(
        site=site, legal_name="Trung tâm", address="Kon Tum", phone="0260 3000 000", email="a@b.c"
    )
    return {
        "orders.migrations.0003_phone_e164": Order.objects.order_by("pk"),
        "enquiries.migrations.0003_phone_e164": Enquiry.objects.order_by("pk"),
        "stories.migrations.0004_phone_e164": ClassRegistration.objects.order_by("pk"),
        "catalog.migrations.0005_phone_e164": CooperativePage.objects.order_by("pk"),
    }


def phones(records):
    return list(records.values_list("phone", flat=True))


def test_every_table_is_rewritten_to_e164_and_what_cannot_be_read_is_kept_and_counted(
    stored, capsys
):
    for name, records in stored.items():
        migration(name).to_e164(apps, None)

        assert phones(records) == REWRITTEN, name
        assert "3 rewritten to E.164, 1 left as they were" in capsys.readouterr().out, name
    migration("base.migrations.0005_phone_e164").to_e164(apps, None)
    assert OrganisationSettings.objects.get().phone == "+842603000000"


def test_the_way_back_writes_the_ten_or_eleven_digits_again(stored):
    for name, records in stored.items():
        migration(name).to_e164(apps, None)
        migration(name).to_national_digits(apps, None)

        assert phones(records) == [
            "0912345678",
            "02438261234",
            "02603000000",
            "gọi chị Lan",
            "",
        ], name


def test_running_again_changes_nothing(stored, capsys):
    migrate = migration("orders.migrations.0003_phone_e164").to_e164
    migrate(apps, None)
    capsys.readouterr()

    migrate(apps, None)

    assert phones(stored["orders.migrations.0003_phone_e164"]) == REWRITTEN
    assert "0 rewritten to E.164, 1 left as they were" in capsys.readouterr().out
