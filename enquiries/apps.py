from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    name = "enquiries"
    verbose_name = _("Wholesale enquiries")

    def ready(self):
        # Models, and the abstract one of personal data, load once the app registry is ready.
        from craftsite.personal_data import keep_personal_data  # noqa: PLC0415
        from enquiries.emails import notify_overdue_enquiries  # noqa: PLC0415
        from enquiries.privacy import ENQUIRIES  # noqa: PLC0415
        from notifications.overdue import check_daily  # noqa: PLC0415

        keep_personal_data(ENQUIRIES)
        check_daily(notify_overdue_enquiries)
