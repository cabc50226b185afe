"""The demo's label runs: made once, for demo products by their demo artisans, each code
opening its genuine label page."""

import pytest

from demo.seed.labels import seed_labels
from labels.codes import label_code
from labels.models import Label
from tests.factories.catalog import add_cooperative, add_product
from tests.factories.stories import build_stories_site

pytestmark = pytest.mark.django_db


def test_the_demo_label_runs_are_made_once_and_check_as_genuine(client, homes, shops):
    stories = build_stories_site(homes)
    weavers = add_cooperative(
        shops["vi"], "HTX Dệt", slug="htx-det", village=stories["village"]["vi"]
    )
    scarf = add_product(
        weavers, "Khăn", slug="khan-choang-hoa-van-hinh-thoi", maker_share_percent=70
    )
    scarf.makers.set([stories["artisan"]["vi"]])
    scarf.save()

    assert seed_labels() == 3
    assert seed_labels() == 0
    batch = Label.objects.get(kind=Label.Kind.BATCH)
    assert (batch.quantity, batch.maker_name, batch.maker_share_percent) == (12, "Y Đrin", 70)
    assert client.get(f"/vi/l/{label_code(batch, 12)}").status_code == 200
