from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from catalog.panels import ACTION_HOOK, CooperativeAction
from catalog.permissions import is_cooperative_staff
from notifications.admin_views import MessageListView, PhoneView


@hooks.register("register_admin_urls")
def register_notification_urls():
    return [
        path("messages/phone/", PhoneView.as_view(), name="notifications_phone"),
        path("messages/", MessageListView.as_view(), name="notifications_messages"),
    ]


def hears_of_work(user):
    """Cooperative staff, who receive the messages, and administrators, who watch them."""
    return user.is_superuser or is_cooperative_staff(user)


class StaffMessagesMenuItem(MenuItem):
    def is_shown(self, request):
        return hears_of_work(request.user)


@hooks.register("register_admin_menu_item")
def register_messages_menu_item():
    return StaffMessagesMenuItem(
        _("Messages to staff"), reverse("notifications_messages"), icon_name="mail", order=290
    )


@hooks.register("register_account_menu_item")
def phone_in_account_menu(request):
    if not hears_of_work(request.user):
        return None
    return {
        "url": reverse("notifications_phone"),
        "label": _("Messages on your phone"),
        "help_text": _("Receive new orders and quote requests by Zalo or SMS."),
    }


@hooks.register(ACTION_HOOK)
def phone_action(user):
    """One tap from the cooperative's home to choosing Zalo or SMS."""
    if not is_cooperative_staff(user):
        return None
    return CooperativeAction(
        _("Messages by Zalo or SMS"), reverse("notifications_phone"), icon="mail", position=90
    )
