import datetime

from labels.models import Label
from labels.services import make_labels


def make_run(product, kind=Label.Kind.BATCH, quantity=12, artisan=None, maker_name="", **fields):
    """A run of labels saved as the staff form saves it."""
    label = Label(
        product=product,
        kind=kind,
        quantity=quantity,
        artisan=artisan,
        maker_name=maker_name,
        made_on=fields.pop("made_on", datetime.date(2026, 11, 20)),
        **fields,
    )
    return make_labels(label, user=None)
