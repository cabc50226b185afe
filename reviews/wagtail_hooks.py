from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from catalog.models.products import PRODUCT_DATA_HOOK
from catalog.panels import ACTION_HOOK, CooperativeAction
from reviews.admin_views import ReviewPermissionPolicy, ReviewViewSet, reviews_to_moderate
from reviews.models import Review
from reviews.showing import rating_data

register_permission_policy(Review, ReviewPermissionPolicy(Review))
hooks.register(PRODUCT_DATA_HOOK, rating_data)


@hooks.register("register_admin_viewset")
def register_reviews():
    return ReviewViewSet("reviews")


@hooks.register(ACTION_HOOK)
def reviews_waiting(user):
    """The cooperative's reviews waiting for approval."""
    return CooperativeAction(
        _("Reviews to approve"),
        reverse("reviews:index") + "?status=pending",
        icon="pick",
        position=40,
        count=reviews_to_moderate(user),
    )
