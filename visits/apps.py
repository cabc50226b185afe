from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VisitsConfig(AppConfig):
    name = "visits"
    verbose_name = _("Village visits")

    def ready(self):
        # Models, and the abstract one of personal data, load once the app registry is ready.
        from craftsite.personal_data import keep_personal_data  # noqa: PLC0415
        from visits.privacy import VISIT_REQUESTS  # noqa: PLC0415

        keep_personal_data(VISIT_REQUESTS)
