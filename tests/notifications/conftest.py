import pytest
from django.utils import timezone

from catalog.staff import ensure_staff_group
from notifications.models import Channel, MessagingContact
from tests.factories.catalog import add_cooperative, add_product, add_shop

ZALO_PHONE = "+84905111222"  # illustrative numbers
SMS_PHONE = "+84986333444"


def confirmed_contact(user, channel, phone):
    """A staff member who confirmed `phone` for `channel` (the code screen has its tests)."""
    return MessagingContact.objects.create(
        user=user, channel=channel, phone=phone, confirmed_at=timezone.now()
    )


@pytest.fixture
def cooperatives(homes, django_user_model):
    """Two cooperatives like the demo's: the weavers' staff member reads Zalo, the basket
    makers' reads SMS; each cooperative has its e-mail address too."""
    shop = add_shop(homes["vi"])
    weavers = add_cooperative(
        shop, "HTX Dệt thổ cẩm Kon Kơ Tu", slug="htx-det", email="det@htx.example"
    )
    baskets = add_cooperative(shop, "HTX Đan lát Đăk Răng", slug="htx-dan", email="dan@htx.example")
    scarf = add_product(weavers, "Khăn thổ cẩm", price=350_000, stock=5, sku="KHAN-01")
    basket = add_product(baskets, "Gùi mây", price=500_000, stock=5, sku="GUI-01")
    weaver = django_user_model.objects.create_user(
        "htx-konkotu", email="yhoa@htx.example", password="x"
    )
    weaver.groups.add(ensure_staff_group(weavers))
    basket_maker = django_user_model.objects.create_user(
        "htx-dakrang", email="alang@htx.example", password="x"
    )
    basket_maker.groups.add(ensure_staff_group(baskets))
    confirmed_contact(weaver, Channel.ZALO, ZALO_PHONE)
    confirmed_contact(basket_maker, Channel.SMS, SMS_PHONE)
    return {
        "weavers": weavers,
        "baskets": baskets,
        "scarf": scarf,
        "basket": basket,
        "weaver": weaver,
        "basket_maker": basket_maker,
    }
