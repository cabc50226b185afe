"""Machine-translated drafts for editors: wagtail-localize's "Machine translate" button on a
page's translation fills the strings not yet translated with DeepL's translation, through
DeepL's official library. Configured by `WAGTAILLOCALIZE_MACHINE_TRANSLATOR` (settings), only
when `DEEPL_AUTH_KEY` is set; without a key the button is not shown.

The result is a draft: the editor reads it, corrects it and publishes. When DeepL refuses
(a key refused, the quota used up, the service down), nothing is saved and the editor reads
why (`ExplainMachineTranslationErrors`), instead of a server error."""

import deepl
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

# DeepL asks for a variant of English as the target; the site writes British English.
TARGET_LANGUAGES = {"en": "EN-GB"}


class MachineTranslationFailed(Exception):
    """DeepL gave no translation; `reason` says why, for the editor."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class DeepLTranslator(BaseMachineTranslator):
    """wagtail-localize's machine translator, through the `deepl` library. Options: AUTH_KEY,
    and SERVER_URL for another address of DeepL's API (the free API's, or a local fake in
    tests); the library picks the free API's address itself for a free key."""

    display_name = "DeepL"

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        translator = deepl.Translator(
            self.options["AUTH_KEY"],
            server_url=self.options.get("SERVER_URL") or None,
            send_platform_info=False,
        )
        try:
            results = translator.translate_text(
                [string.data for string in strings],
                source_lang=source_locale.language_code.upper(),
                target_lang=target_language(target_locale.language_code),
                # Strings keep their links and formatting as <a id="a1"> … tags.
                tag_handling="xml",
            )
        except deepl.DeepLException as error:
            raise MachineTranslationFailed(failure_reason(error)) from error
        return {
            string: StringValue(result.text)
            for string, result in zip(strings, results, strict=True)
        }


def target_language(code):
    return TARGET_LANGUAGES.get(code, code.upper())


def failure_reason(error):
    """Why DeepL gave nothing, in words an editor can act on."""
    if isinstance(error, deepl.AuthorizationException):
        return _("DeepL refused the site's key; the site administrator needs to check it.")
    if isinstance(error, deepl.QuotaExceededException):
        return _("The DeepL account has used up its characters for this month.")
    if isinstance(error, deepl.TooManyRequestsException):
        return _("DeepL is busy; try again in a few minutes.")
    return _("DeepL could not be reached or answered with an error; try again later.")


class ExplainMachineTranslationErrors:
    """Turns a machine translation DeepL refused into a message on the page the editor came
    from, with the translation as it was (wagtail-localize saves the machine's strings only
    once they have all arrived)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MachineTranslationFailed):
            return None
        messages.error(
            request,
            _("Nothing was translated: %(reason)s Translate by hand, or try again later.")
            % {"reason": exception.reason},
        )
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
