"""The changes endpoint fed what Hypothesis makes up and what attackers send: it always
answers in JSON with a status the phone's script knows, and a change it refuses leaves the
variant and the part of the order as they were."""

import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.models import ProductVariant
from orders.models import Fulfilment

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same inputs on every run: a failure is reproduced as it was seen
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
KNOWN = {200, 400, 403, 409, 413, 422}
HOSTILE = ["<script>alert(1)</script>", "' OR 1=1 --", "\x00", "9" * 40, "-1", "1e309", "NaN"]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(HOSTILE),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
fields = st.sampled_from(
    ["price", "stock", "active", "status", "carrier", "tracking_number", "sku"]
)


def state(konkotu):
    variant = ProductVariant.objects.get(pk=konkotu["variant"].pk)
    part = konkotu["order"].fulfilments.get()
    return variant.price, variant.stock, variant.active, part.status, part.tracking_number


@FUZZ
@given(
    kind=st.one_of(st.sampled_from(["stock", "step"]), values),
    target=st.one_of(st.sampled_from(["variant", "part"]), values),
    seen=st.one_of(st.dictionaries(fields, values, max_size=3), values),
    new=st.one_of(st.dictionaries(fields, values, max_size=3), values),
)
def test_any_change_is_answered_in_json_and_a_refusal_changes_nothing(
    client, konkotu, kind, target, seen, new
):
    client.force_login(konkotu["staff"])
    targets = {"variant": konkotu["variant"].pk, "part": konkotu["order"].fulfilments.get().pk}
    change = {
        "id": str(uuid.uuid4()),
        "kind": kind,
        "target": targets.get(target, target) if isinstance(target, str) else target,
        "seen": seen,
        "new": new,
    }
    before = state(konkotu)

    response = client.post("/htx/changes/", json.dumps(change), content_type="application/json")

    assert response.status_code in KNOWN, (response.status_code, change)
    assert response["Content-Type"] == "application/json"
    if response.status_code != 200:
        assert state(konkotu) == before, change
    assert ProductVariant.objects.get(pk=konkotu["variant"].pk).stock >= 0
    assert Fulfilment.objects.get(pk=targets["part"]).status in Fulfilment.Status
