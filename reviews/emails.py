"""The e-mail that asks a buyer for reviews once a parcel is delivered, sent after commit
through the task queue (craftsite.emails), in the language they ordered in."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from craftsite.emails import after_commit, in_language, mail, site_url
from orders.models import Fulfilment
from reviews.services import invitation_key


def ask_for_reviews(sender, fulfilment, **kwargs):
    """Receiver of `orders.signals.fulfilment_delivered`: mail the buyer once the delivery
    is committed."""
    after_commit(send_review_invitation, fulfilment)


@task()
def send_review_invitation(fulfilment_id):
    """The delivered part's products and the link to review them. The link opens every
    delivered line of the order, so a buyer with two parcels can use either e-mail."""
    part = Fulfilment.objects.select_related("order", "cooperative").get(pk=fulfilment_id)
    order = part.order
    if order.anonymised_at:
        return
    with translation.override(order.language):
        review_url = site_url(reverse("review_order", args=[invitation_key(order)]))
        mail(
            order.email,
            _("Your parcel from order %(code)s has arrived: how is it?") % {"code": order.code},
            "reviews/emails/review_invitation.txt",
            {
                "order": order,
                "cooperative": in_language(part.cooperative, order.language),
                "lines": part.lines.order_by("pk"),
                "review_url": review_url,
            },
        )
