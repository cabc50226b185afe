"""The cooperatives' accounts in the admin. A cooperative's staff read its monthly statement
on the phone (or print it, or take it as a spreadsheet) and confirm the payouts that reached
its bank; the site's finance staff (those who manage orders) read every cooperative's,
prepare payout batches and record each payout sent. Each view asks who may see which
cooperative, whatever id is typed into the address bar."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from catalog.models import CooperativePage
from catalog.permissions import manages_orders, staffed_cooperatives
from craftsite.periods import local_day, start_of
from craftsite.states import TransitionNotAllowed
from payments.models import Payout, PayoutBatch
from payments.payouts import NothingToPay, cancel_payout, confirm_received, mark_sent, prepare_batch
from payments.statement_files import statement_workbook_response
from payments.statements import column_labels, next_month, statement

FIRST_YEAR, LAST_YEAR = 2020, 2100


class TitledMixin:
    """The page's title in the admin's header, also on a phone, where Wagtail shows the
    breadcrumbs alone."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


def cooperatives_for(user):
    """The cooperatives whose accounts `user` may read: every one for finance staff, their
    own for a cooperative's staff, none for anyone else."""
    if manages_orders(user):
        return CooperativePage.objects.filter(locale=Locale.get_default())
    return staffed_cooperatives(user)


def month_or_404(year, month):
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404
    return datetime.date(year, month, 1)


def this_month():
    return local_day(timezone.now()).replace(day=1)


class StatementIndexView(TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    """Straight to this month's statement for someone with one cooperative; a list for
    finance staff."""

    template_name = "payments/admin/statement_index.html"
    page_title = _("Statements")
    header_icon = "doc-full"

    def get(self, request, *args, **kwargs):
        cooperatives = list(cooperatives_for(request.user).order_by("title"))
        if not cooperatives:
            raise PermissionDenied
        if len(cooperatives) == 1:
            month = this_month()
            return redirect("statement", cooperatives[0].pk, month.year, month.month)
        self.cooperatives = cooperatives
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cooperatives=self.cooperatives, month=this_month(), **kwargs
        )


class StatementView(TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    """One cooperative's month: on the phone, printable (`print/`), or as a workbook
    (`?format=xlsx`)."""

    template_name = "payments/admin/statement.html"
    header_icon = "doc-full"
    printable = False

    def dispatch(self, request, cooperative_id, year, month):
        self.cooperative = get_object_or_404(cooperatives_for(request.user), pk=cooperative_id)
        self.month = month_or_404(year, month)
        return super().dispatch(request)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "xlsx":
            return statement_workbook_response(statement(self.cooperative, self.month))
        return super().get(request, *args, **kwargs)

    def get_template_names(self):
        return ["payments/admin/statement_print.html"] if self.printable else [self.template_name]

    def get_page_title(self):
        return _("Statement of %(month)s") % {"month": f"{self.month:%m/%Y}"}

    def get_page_subtitle(self):
        return self.cooperative.title

    def get_context_data(self, **kwargs):
        previous = (self.month - datetime.timedelta(days=1)).replace(day=1)
        following = next_month(self.month)
        return super().get_context_data(
            statement=statement(self.cooperative, self.month),
            previous=previous if previous.year >= FIRST_YEAR else None,
            following=following if following <= this_month() else None,
            payouts_to_confirm=self.payouts_to_confirm(),
            columns=column_labels(),
            **kwargs,
        )

    def payouts_to_confirm(self):
        """Payouts sent to the cooperative that its staff have not yet confirmed."""
        if manages_orders(self.request.user):
            return []
        return Payout.objects.filter(cooperative=self.cooperative, status=Payout.Status.SENT)


class ConfirmPayoutView(View):
    """The cooperative's staff confirm that a payout reached its account (POST only)."""

    def post(self, request, pk):
        payout = get_object_or_404(
            Payout, pk=pk, cooperative__in=staffed_cooperatives(request.user)
        )
        try:
            confirm_received(payout, request.user)
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, _("Thank you: the payout is confirmed as received."))
        month = this_month()
        return redirect("statement", payout.cooperative_id, month.year, month.month)


class FinanceMixin:
    """Payout batches are for the site's finance staff: those who manage orders."""

    def dispatch(self, request, *args, **kwargs):
        if not manages_orders(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PrepareForm(forms.Form):
    until = forms.DateField(
        label=_("Owed until (included)"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Every cooperative is paid what the shop owed it at the end of that day."),
    )

    def clean_until(self):
        until = self.cleaned_data["until"]
        if until > local_day(timezone.now()):
            raise forms.ValidationError(_("Choose a day that has ended, or today."))
        if until.year < FIRST_YEAR:
            raise forms.ValidationError(_("Choose a day the shop was open."))
        return until


class PayoutBatchIndexView(FinanceMixin, TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "payments/admin/payout_batches.html"
    page_title = _("Payouts")
    header_icon = "doc-full-inverse"

    def get_context_data(self, **kwargs):
        form = kwargs.pop("form", None) or PrepareForm(initial={"until": local_day(timezone.now())})
        batches = PayoutBatch.objects.prefetch_related("payouts__cooperative")[:24]
        return super().get_context_data(form=form, batches=batches, **kwargs)

    def post(self, request):
        form = PrepareForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        until = start_of(form.cleaned_data["until"] + datetime.timedelta(days=1))
        try:
            batch = prepare_batch(until, request.user)
        except NothingToPay as nothing:
            messages.error(request, str(nothing))
            return redirect("payout_batches")
        messages.success(request, _("Payouts prepared: send each, then record its reference."))
        return redirect("payout_batch", batch.pk)


class SendForm(forms.Form):
    bank_reference = forms.CharField(label=_("Bank's reference"), max_length=80)


class PayoutBatchView(FinanceMixin, TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    """One batch: each payout, with a field for the bank's reference once it is sent."""

    template_name = "payments/admin/payout_batch.html"
    header_icon = "doc-full-inverse"

    def dispatch(self, request, pk):
        self.batch = get_object_or_404(PayoutBatch, pk=pk)
        return super().dispatch(request)

    def get_page_title(self):
        return _("Payouts owed until %(day)s") % {"day": f"{self.batch.until:%d/%m/%Y}"}

    def get_context_data(self, **kwargs):
        payouts = self.batch.payouts.select_related("cooperative").order_by("cooperative__title")
        return super().get_context_data(
            batch=self.batch, payouts=payouts, form=SendForm(), **kwargs
        )


class PayoutStepView(FinanceMixin, View):
    """Send (with the bank's reference) or cancel one prepared payout (POST only)."""

    def post(self, request, pk, step):
        payout = get_object_or_404(Payout, pk=pk)
        form = SendForm(request.POST)
        try:
            if step == "send":
                if not form.is_valid():
                    raise TransitionNotAllowed(_("Give the bank's reference of the transfer."))
                mark_sent(payout, form.cleaned_data["bank_reference"], request.user)
            elif step == "cancel":
                cancel_payout(payout)
            else:
                raise Http404
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("Payout to %(cooperative)s recorded.")
                % {"cooperative": payout.cooperative.title},
            )
        return redirect(reverse("payout_batch", args=[payout.batch_id]))
