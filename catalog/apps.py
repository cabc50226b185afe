from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = _("Catalogue")

    def ready(self):
        from wagtail.signals import page_published

        from catalog.models import CooperativePage
        from catalog.staff import grant_staff_on_publish

        page_published.connect(
            grant_staff_on_publish, sender=CooperativePage, dispatch_uid="cooperative-staff"
        )
