from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewsConfig(AppConfig):
    name = "reviews"
    verbose_name = _("Product reviews")

    def ready(self):
        # Models, and what uses them, load once the app registry is ready.
        from craftsite.personal_data import keep_personal_data  # noqa: PLC0415
        from orders.signals import fulfilment_delivered  # noqa: PLC0415
        from reviews import purges  # noqa: PLC0415
        from reviews.emails import ask_for_reviews  # noqa: PLC0415
        from reviews.privacy import REVIEWS  # noqa: PLC0415

        keep_personal_data(REVIEWS)
        purges.register()
        fulfilment_delivered.connect(ask_for_reviews, dispatch_uid="reviews-ask-for-reviews")
