from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    name = "backoffice"
    verbose_name = _("Cooperative back office")

    def ready(self):
        from django.contrib.auth.signals import user_logged_out  # noqa: PLC0415

        from backoffice.signout import note_sign_out  # noqa: PLC0415

        user_logged_out.connect(note_sign_out, dispatch_uid="backoffice-sign-out")
