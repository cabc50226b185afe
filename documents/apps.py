from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Programme documents")

    def ready(self):
        # Models load once the app registry is ready.
        from documents.purges import register  # noqa: PLC0415

        register()
