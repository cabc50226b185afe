"""E-mails about money going back to a buyer, sent after commit through the task queue like
the order's own (`orders.emails`), in the language the buyer ordered in."""

from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from orders.emails import mail_buyer
from payments.models import Payment, Refund


@task()
def send_refund_sent(refund_id):
    """Tell the buyer what was refunded, how much, and when the money should arrive: a
    card refund takes the bank 5 to 10 working days, a transfer staff made a day or two."""
    refund = (
        Refund.objects.select_related("order", "payment")
        .prefetch_related("lines__order_line", "lines__fulfilment__cooperative")
        .get(pk=refund_id)
    )
    order = refund.order
    with translation.override(order.language):
        mail_buyer(
            order,
            _("Refund for order %(code)s"),
            "payments/emails/refund_sent.txt",
            refund=refund,
            lines=refund.lines.all(),
            by_card=refund.payment.provider == Payment.Provider.STRIPE,
        )
