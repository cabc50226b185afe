from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "catalog"
    verbose_name = _("Catalogue")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished

        from catalog.models import CooperativePage, ProductPage, ProductVariant
        from catalog.page_purge import purge_product_page, purge_variant
        from catalog.staff import grant_staff_on_publish

        page_published.connect(
            grant_staff_on_publish, sender=CooperativePage, dispatch_uid="cooperative-staff"
        )
        for signal in (page_published, page_unpublished):
            signal.connect(purge_product_page, sender=ProductPage, dispatch_uid=f"purge-{signal}")
        for signal in (post_save, post_delete):
            signal.connect(purge_variant, sender=ProductVariant, dispatch_uid=f"purge-{signal}")
