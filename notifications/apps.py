"""Messages to the people who act on them, where they read: Zalo (ZNS template messages) or
SMS through a Vietnamese gateway, chosen per person, with e-mail as the fallback; phone
numbers confirmed by a code; every message stored with its delivery status and retried
through the task queue."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        # Models, and the abstract one of personal data, load once the app registry is ready.
        from craftsite.personal_data import keep_personal_data  # noqa: PLC0415
        from notifications.privacy import CONTACTS  # noqa: PLC0415

        keep_personal_data(CONTACTS)
