"""Changes a phone sends to the back office, made online or queued while offline and sent
when the signal returns: a new price, stock or "on sale" of a variant, and the next step of a
part of an order (packed, shipped with its tracking number, …).

A change is JSON: `{"id": <uuid>, "kind": "stock" | "step", "target": <id>, "seen": {…},
"new": {…}}`. `seen` holds what the phone showed when the person decided (the stock and
price they changed, the part's status). The server applies a change only if the record is
still as seen; otherwise nothing changes and the phone is told the record as it is now
(ChangedMeanwhile), for the person to choose: a stock sold meanwhile is never overwritten
silently. A change is applied once under its id, however often it is sent (AppliedChange).
The rules are the admin's own: PriceAndStockForm for prices and stock, the orders services
and their state machine for the steps."""

import uuid

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from backoffice.models import AppliedChange
from catalog.listing_sync import stock_changed
from catalog.models import ProductVariant
from catalog.models.product_form import PriceAndStockForm
from catalog.permissions import VariantPermissionPolicy
from craftsite.states import TransitionNotAllowed
from orders.admin_fulfilments import STEPS, FulfilmentPermissionPolicy, ShipForm
from orders.models import Fulfilment
from orders.services import ChangedMeanwhile, advance_fulfilment

PRICE_AND_STOCK = ("price", "stock", "active")
# The largest number a price or stock column holds on every database: a number seen beyond
# it was never shown by the server.
LARGEST_NUMBER = 2**31 - 1


class InvalidChange(Exception):
    """The change cannot be applied as sent (a value out of range, a field the screen has
    not): `errors` says why, by field, for the person."""

    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


class NotYours(Exception):
    """The record does not exist, or belongs to a cooperative the user does not work for:
    the same answer for both, so that ids of other cooperatives' records cannot be probed."""


class Refused(Exception):
    """The record is as the person saw it, but the rules do not allow the change (a step out
    of turn): `message` says why."""

    def __init__(self, message, current):
        super().__init__(message)
        self.current = current


def apply_change(user, change):
    """Apply one change sent by `user`'s phone, once: returns `(answer, replayed)`, the
    answer being what the phone shows (the record as it now is and a message). Raises
    InvalidChange, NotYours, ChangedMeanwhile or Refused having changed nothing."""
    change_id, kind, target, seen, new = parse(change)
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = AppliedChange.objects.create(change_id=change_id, user=user, kind=kind)
        except IntegrityError:
            # Sent before, and applied then: the first answer again. The row is another
            # user's only if an id was reused on purpose.
            earlier = AppliedChange.objects.get(change_id=change_id)
            if earlier.user_id != user.pk or earlier.kind != kind:
                raise InvalidChange(
                    {"id": [_("This change id was used for another change.")]}
                ) from None
            return earlier.answer, True
        # Anything raised below undoes the record as well: the change may be sent again.
        record.answer = KINDS[kind](user, target, seen, new)
        record.save(update_fields=["answer"])
    return record.answer, False


def parse(change):
    """The parts of a change, or InvalidChange when its shape is not one the screens send."""
    if not isinstance(change, dict):
        raise InvalidChange({"__all__": [_("A change must be a JSON object.")]})
    try:
        change_id = uuid.UUID(str(change.get("id")))
    except ValueError:
        raise InvalidChange({"id": [_("A change needs an id.")]}) from None
    kind, target = change.get("kind"), change.get("target")
    seen, new = change.get("seen"), change.get("new")
    if not isinstance(kind, str) or kind not in KINDS:
        raise InvalidChange({"kind": [_("Unknown kind of change.")]})
    if type(target) is not int or not isinstance(seen, dict) or not isinstance(new, dict):
        raise InvalidChange(
            {"__all__": [_("A change names its record, what was seen and what is new.")]}
        )
    return change_id, kind, target, seen, new


def price_and_stock(variant):
    """What the phone shows of a variant, and compares with what it saw."""
    return {field: getattr(variant, field) for field in PRICE_AND_STOCK}


def could_have_shown(seen, value):
    """Whether `seen` is a value of the same kind as the variant's `value` that the
    screen could have shown: "on sale" yes or no, a price or stock as a whole number."""
    if type(seen) is not type(value):
        return False
    return isinstance(seen, bool) or 0 <= seen <= LARGEST_NUMBER


def change_price_and_stock(user, target, seen, new):
    """Write the fields of `new` (some of price, stock and "on sale"), checked by the admin's
    own form, if each of them still holds the value in `seen`; fields the person did not
    change are neither compared nor written, so a new price does not undo a sale made
    meanwhile. The check and the write are one conditional update: a sale taking stock at
    the same moment either comes first (and the change meets it) or after."""
    variants = VariantPermissionPolicy(ProductVariant).instances_user_has_permission_for(
        user, "change"
    )
    variant = variants.select_related("product").filter(pk=target).first()
    if variant is None:
        raise NotYours
    fields = set(new)
    if not fields or not fields <= set(PRICE_AND_STOCK) or set(seen) != fields:
        raise InvalidChange({"__all__": [_("Send the price, stock or on sale you changed.")]})
    if not isinstance(new.get("active", False), bool):
        raise InvalidChange({"active": [_("On sale is yes or no.")]})
    if not all(could_have_shown(seen[name], getattr(variant, name)) for name in fields):
        raise InvalidChange({"seen": [_("What was seen is not a price, stock or on sale.")]})
    form = PriceAndStockForm(data={**price_and_stock(variant), **new}, instance=variant)
    if not form.is_valid():
        raise InvalidChange(form.errors.get_json_data())
    values = {name: form.cleaned_data[name] for name in fields}
    written = ProductVariant.objects.filter(pk=variant.pk, **seen).update(**values)
    variant.refresh_from_db(fields=PRICE_AND_STOCK)
    if not written:
        raise ChangedMeanwhile(variant)
    stock_changed([variant.product.translation_key])
    return {"current": price_and_stock(variant), "message": str(_("Saved."))}


def part_now(part):
    """What the phone shows of a part of an order."""
    return {"status": part.status, "status_label": str(part.get_status_display())}


def take_fulfilment_step(user, target, seen, new):
    """Take the step `new["status"]` (one of the admin's steps; shipping needs the carrier
    and the tracking number, checked by the admin's form) if the part is still in the status
    the phone showed."""
    parts = FulfilmentPermissionPolicy(Fulfilment).instances_user_has_permission_for(user, "change")
    part = parts.select_related("order").filter(pk=target).first()
    if part is None:
        raise NotYours
    step = new.get("status")
    if (
        not isinstance(step, str)
        or step not in STEPS
        or set(seen) != {"status"}
        or seen["status"] not in Fulfilment.Status
    ):
        raise InvalidChange({"status": [_("This part of the order cannot be marked that way.")]})
    shipping = {}
    if step == Fulfilment.Status.SHIPPED:
        form = ShipForm({key: typed_text(new.get(key)) for key in ShipForm.base_fields})
        if not form.is_valid():
            raise InvalidChange(form.errors.get_json_data())
        shipping = form.cleaned_data
    try:
        part = advance_fulfilment(
            part, Fulfilment.Status(step), user=user, seen_status=seen["status"], **shipping
        )
    except ChangedMeanwhile:
        raise
    except TransitionNotAllowed as refusal:
        raise Refused(str(refusal), part_now(part)) from None
    message = STEPS[step][1] % {"code": part.order.code}
    return {"current": part_now(part), "message": str(message)}


def typed_text(value):
    """What a person typed into a text box: text, or nothing (a list or a number in its
    place was not typed, and is refused as an empty field)."""
    return value if isinstance(value, str) else ""


def now_of(record):
    """What the phone shows of a record that changed meanwhile."""
    return price_and_stock(record) if isinstance(record, ProductVariant) else part_now(record)


KINDS = {"stock": change_price_and_stock, "step": take_fulfilment_step}
