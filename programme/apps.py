from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")

    def ready(self):
        # Models, and the abstract one of personal data, load once the app registry is ready.
        from craftsite.personal_data import keep_personal_data  # noqa: PLC0415
        from programme.privacy import REGISTRY  # noqa: PLC0415

        keep_personal_data(REGISTRY)
