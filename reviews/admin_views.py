"""Reviews in the admin: a list where each cooperative's staff read the reviews of their own
products, and the Department's editors and moderators and site administrators those of every
cooperative; one tap opens a review, to approve or reject it and to write the cooperative's
public answer. Made for a phone: the list's secondary columns drop away on a narrow screen.
Buyers write reviews on the public site, so nothing here adds or deletes one; every change is
a call into `reviews.services`."""

from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Value, When
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet

from catalog.permissions import (
    CooperativeRecordPermissionPolicy,
    OwnCooperativeRecordMixin,
    is_cooperative_staff,
)
from craftsite.states import TransitionNotAllowed
from reviews.models import MAX_ANSWER_LENGTH, Review
from reviews.services import answer_review, moderate_review

# Columns a phone leaves out (catalog/static/catalog/css/admin.css).
WIDE_SCREEN_ONLY = "wide-screen-only"


class ReviewPermissionPolicy(CooperativeRecordPermissionPolicy):
    """A cooperative's staff moderate the reviews of their own cooperative's products only;
    whoever else holds the model permission (the Department's editors and moderators, given
    it by this app's migration) moderates every cooperative's, as do site administrators."""

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions) and not is_cooperative_staff(user):
            return self.records()
        return super().instances_user_has_any_permission_for(user, actions)


def reviews_to_moderate(user):
    """How many reviews wait for `user`'s approval."""
    reviews = ReviewPermissionPolicy(Review).instances_user_has_permission_for(user, "change")
    return reviews.filter(status=Review.Status.PENDING).count()


class ReviewFilterSet(WagtailFilterSet):
    class Meta:
        model = Review
        fields = ["status", "rating"]


class ReviewIndexView(generic.IndexView):
    """The user's reviews, those waiting first, then the newest."""

    any_permission_required = ["view", "change"]
    page_title = _("Product reviews")

    def get_base_queryset(self):
        reviews = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, self.any_permission_required
        )
        return reviews.select_related("line", "cooperative")

    def order_queryset(self, queryset):
        waiting_first = Case(When(status=Review.Status.PENDING, then=Value(0)), default=Value(1))
        return queryset.order_by(waiting_first, "-created_at", "-pk")

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "product",
                label=_("Product"),
                accessor=lambda review: review.line.product_title,
                get_url=self.get_edit_url,
            ),
            Column("rating", label=_("Stars"), accessor=lambda review: "★" * review.rating),
            StatusTagColumn(
                "get_status_display",
                label=_("Status"),
                primary=lambda review: review.status == Review.Status.PENDING,
            ),
            DateColumn("created_at", label=_("Written"), classname=WIDE_SCREEN_ONLY),
            Column("name_shown", label=_("Name shown"), classname=WIDE_SCREEN_ONLY),
        ]
        if not is_cooperative_staff(self.request.user):
            columns.insert(1, Column("cooperative", label=_("Cooperative")))
        return columns

    def get_edit_url(self, instance):
        return reverse(self.edit_url_name, args=[instance.pk])

    def get_list_more_buttons(self, instance):
        return []  # one tap on the product opens the review


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Public answer"),
        required=False,
        max_length=MAX_ANSWER_LENGTH,
        help_text=_(
            "Shown under the review on the product page once it is approved. Leave it empty "
            "to take the answer down."
        ),
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class ReviewView(OwnCooperativeRecordMixin, WagtailAdminTemplateMixin, TemplateView):
    """One review: the stars, the words and the photo, approve and reject buttons for the
    moves allowed now, and the cooperative's public answer."""

    model = Review
    template_name = "reviews/admin/review.html"
    index_label = _("Product reviews")

    def get_base_object_queryset(self):
        return Review.objects.select_related("line", "cooperative", "product", "photo")

    def get_page_title(self):
        return _("Review of %(product)s") % {"product": self.object.line.product_title}

    def get_context_data(self, **kwargs):
        kwargs.setdefault("answer_form", AnswerForm(initial={"answer": self.object.answer}))
        review = self.object
        return super().get_context_data(
            review=review,
            can_change=self.can_change,
            can_approve=review.can_become(Review.Status.APPROVED),
            can_reject=review.can_become(Review.Status.REJECTED),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        action = request.POST.get("action")
        if action == "answer":
            return self.answer(AnswerForm(request.POST))
        moves = {"approve": Review.Status.APPROVED, "reject": Review.Status.REJECTED}
        if action not in moves:
            return redirect(request.path)
        try:
            review = moderate_review(self.object, moves[action], request.user)
        except TransitionNotAllowed as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("The review is %(status)s.") % {"status": review.get_status_display().lower()},
            )
        return redirect(request.path)

    def answer(self, form):
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(answer_form=form), status=400)
        try:
            answer_review(self.object, form.cleaned_data["answer"].strip())
        except TransitionNotAllowed as refusal:
            messages.error(self.request, str(refusal))
        else:
            messages.success(self.request, _("Your answer is saved."))
        return redirect(self.request.path)


class ReviewViewSet(ModelViewSet):
    """The reviews to moderate, in the menu of cooperative staff, editors and moderators."""

    model = Review
    icon = "pick"
    menu_label = _("Product reviews")
    menu_order = 246
    add_to_admin_menu = True
    index_view_class = ReviewIndexView
    filterset_class = ReviewFilterSet
    search_fields = ["text", "name_shown"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.construct_view(ReviewView), name="edit"),
        ]

    def get_permissions_to_register(self):
        return Permission.objects.filter(
            content_type__app_label="reviews", codename__in=["view_review", "change_review"]
        )
