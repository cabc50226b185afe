"""The staff member's own screens in the admin: where they receive messages (their phone,
confirmed by a code, and Zalo or SMS, or e-mail) and the list of messages sent to them with
what became of each. Administrators see every message."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from craftsite.phones import display_phone
from notifications.confirmation import (
    ConfirmationRefused,
    choose_email,
    confirm_code,
    send_code,
)
from notifications.forms import CodeForm, PhoneForm
from notifications.models import Message, MessagingContact
from notifications.sending import phone_channels_available

SHOWN_MESSAGES = 100


class TitledMixin:
    """The page's title in the admin's header, also on a phone, where Wagtail shows the
    breadcrumbs alone."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class PhoneView(TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    """Type the number and choose Zalo or SMS (POST "send"), then type the code (POST
    "confirm"); or choose e-mail only (POST "email")."""

    template_name = "notifications/admin/phone.html"
    page_title = gettext_lazy("Messages on your phone")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        channels = phone_channels_available()
        contact = MessagingContact.objects.filter(user=self.request.user).first()
        context = {
            "channels": channels,
            "contact": contact,
            "phone": display_phone(contact.phone) if contact and contact.phone else "",
            "pending_phone": display_phone(contact.pending_phone)
            if contact and contact.code_hash
            else "",
            "phone_form": PhoneForm(channels),
            "code_form": CodeForm(),
            **kwargs,
        }
        return super().get_context_data(**context)

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "email":
            choose_email(request.user)
            messages.success(request, _("You will receive messages by e-mail."))
            return redirect("notifications_phone")
        if action == "confirm":
            return self.confirm()
        return self.send()

    def send(self):
        form = PhoneForm(phone_channels_available(), self.request.POST)
        if not form.is_valid():
            return self.again(phone_form=form)
        try:
            send_code(self.request.user, form.cleaned_data["phone"], form.cleaned_data["channel"])
        except ConfirmationRefused as refusal:
            form.add_error(None, str(refusal))
            return self.again(phone_form=form)
        messages.success(self.request, _("We sent you a code. Type it below."))
        return redirect("notifications_phone")

    def confirm(self):
        form = CodeForm(self.request.POST)
        if not form.is_valid():
            return self.again(code_form=form)
        try:
            confirm_code(self.request.user, form.cleaned_data["code"])
        except ConfirmationRefused as refusal:
            form.add_error("code", str(refusal))
            return self.again(code_form=form)
        messages.success(self.request, _("Your phone is confirmed."))
        return redirect("notifications_messages")

    def again(self, **forms):
        response = self.render_to_response(self.get_context_data(**forms))
        response.status_code = 400
        return response


class MessageListView(TitledMixin, WagtailAdminTemplateMixin, TemplateView):
    """The latest messages: a staff member's own, or every one for an administrator."""

    template_name = "notifications/admin/messages.html"
    page_title = gettext_lazy("Messages to staff")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        shown = Message.objects.visible_to(self.request.user).select_related("recipient")
        return super().get_context_data(
            messages_sent=shown[:SHOWN_MESSAGES],
            channels=phone_channels_available(),
            everyone=self.request.user.is_superuser,
            **kwargs,
        )
