"""The labels' screens in the back office (/htx/labels/: make a run, print it) and the
public page a label's QR opens (/vi/l/<code>, /en/l/<code>)."""

import segno
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, ListView, TemplateView

from backoffice.access import StaffScreenMixin
from craftsite.emails import site_url
from labels.codes import InvalidCode, label_code, normalised
from labels.forms import LabelForm
from labels.models import Label
from labels.services import genuine_label, make_labels, who_made_this
from labels.sheets import DEFAULT_LAYOUT, LAYOUTS

RECENT_RUNS = 30


class OwnLabelsMixin(StaffScreenMixin):
    def labels(self):
        """The label runs of the user's cooperatives, never another's."""
        return Label.objects.filter(cooperative__in=self.cooperatives)


class LabelListView(OwnLabelsMixin, ListView):
    """The cooperative's latest label runs, each ready to print again."""

    template_name = "labels/label_list.html"
    extra_context = {"title": gettext_lazy("Labels"), "layouts": LAYOUTS.values()}

    def get_queryset(self):
        return self.labels()[:RECENT_RUNS]


class LabelCreateView(OwnLabelsMixin, CreateView):
    form_class = LabelForm
    template_name = "labels/label_form.html"
    extra_context = {"title": gettext_lazy("Make labels")}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "cooperatives": self.cooperatives}

    def get_initial(self):
        """The product chosen already when staff come from it (`?product=<id>` on the price
        and stock screen); an id that is not one of theirs selects nothing."""
        return {"product": self.request.GET.get("product", "")[:20]}

    def form_valid(self, form):
        label = make_labels(form.save(commit=False), self.request.user)
        return redirect("labels:print", label_id=label.pk, layout=DEFAULT_LAYOUT)


class LabelPrintView(OwnLabelsMixin, TemplateView):
    """A run's labels laid out for the chosen label stock: on screen as a preview with the
    choice of stock and a print button, on paper as the stock's grid only."""

    template_name = "labels/label_print.html"

    @cached_property
    def label(self):
        return get_object_or_404(
            self.labels().select_related("product"), pk=self.kwargs["label_id"]
        )

    @cached_property
    def layout(self):
        if self.kwargs["layout"] not in LAYOUTS:
            raise Http404
        return LAYOUTS[self.kwargs["layout"]]

    def get_context_data(self, **kwargs):
        label, layout = self.label, self.layout
        if label.product is None:
            raise Http404  # the product was deleted: its labels can no longer be checked
        printed = [printed_label(label, piece) for piece in label.pieces()]
        return super().get_context_data(
            title=_("Print labels"),
            label=label,
            layout=layout,
            layouts=LAYOUTS.values(),
            pages=layout.pages(printed),
        )


def printed_label(label, piece):
    """One label as printed: its number, its code and the QR holding its short address on
    the public site (the default site's root URL), whatever host staff print from."""
    code = label_code(label, piece)
    address = site_url(f"/l/{code}")
    qr = segno.make(address, error="m").svg_inline(
        scale=1, border=2, omitsize=True, svgclass="label__qr", title=address
    )
    return {"piece": piece, "code": code, "address": address, "qr": qr}


def label_page(request, code):
    """The public "who made this" page of a scanned or typed code, or a page saying the label
    is not valid (404) for anything else. Not stored in the page cache: each piece has its own
    address, scanned a few times in its life, so stored copies would hardly ever be read
    again, and the product, artisan and village pages it shows purge by rules of their own
    apps, which cannot name these addresses."""
    try:
        label, piece = genuine_label(code)
    except InvalidCode:
        return render(request, "labels/label_not_valid.html", {"code": code[:40]}, status=404)
    context = {"label": label, "piece": piece, "code": normalised(code), **who_made_this(label)}
    return render(request, "labels/label_page.html", context)


def label_check(request):
    """Where a buyer types the code printed on a label."""
    code = request.GET.get("code", "")
    if code:
        try:
            return redirect("label_page", code=normalised(code))
        except InvalidCode:
            return render(request, "labels/label_not_valid.html", {"code": code[:40]}, status=404)
    return render(request, "labels/label_check.html")
