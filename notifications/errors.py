"""What can go wrong when a provider is asked to send, in the two kinds that decide what
happens next. Each carries the reason in words for the staff member (translated) and the
provider's own code for whoever looks into it."""

from django.utils.translation import gettext_lazy as _


class SendingFailed(Exception):
    def __init__(self, reason, detail=""):
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail

    def __str__(self):
        """The reason in the active language, and the provider's code."""
        return f"{self.reason} ({self.detail})" if self.detail else str(self.reason)


class TransientFailure(SendingFailed):
    """Worth trying again later: the network, the provider's server errors, its rate limit."""


class PermanentFailure(SendingFailed):
    """Trying again will not help: a bad number, not a Zalo user, a refused template, no
    credit left. The message goes by e-mail at once."""


UNREACHABLE = _("The messaging service could not be reached.")
REFUSED = _("The messaging service refused the message.")
BAD_NUMBER = _("The phone number cannot receive these messages.")
NO_ACCOUNT = _("This phone number has no Zalo account that can receive messages.")
NO_CREDIT = _("The shop's messaging account has no credit left.")
SETTINGS_WRONG = _("The site's settings for this messaging service are wrong.")
TEMPLATE_REFUSED = _("The messaging service refused the message's template.")
