from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = _("Catalogue")

    def ready(self):
        # The models and what uses them load only once the app registry is ready.
        from catalog import listing_sync, purges  # noqa: PLC0415
        from catalog.models import CooperativePage  # noqa: PLC0415
        from catalog.staff import grant_staff_on_publish  # noqa: PLC0415

        purges.register()
        listing_sync.connect()
        page_published.connect(
            grant_staff_on_publish, sender=CooperativePage, dispatch_uid="cooperative-staff"
        )
