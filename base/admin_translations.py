"""Reports → English to do: the Vietnamese pages whose English is missing (still an alias of
the Vietnamese page, or no English page at all) or out of date (the Vietnamese page was
published after its translation was last brought up to date), each with a link to translate.

wagtail-localize's own translations report lists the translations it manages, not the aliases
that the synchronisation of English from Vietnamese leaves until someone translates them; this
list is the editors' to-do list for English."""

from django.db.models import BooleanField, Case, Exists, F, OuterRef, Q, Subquery, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from craftsite.translation import MAIN_LANGUAGE

TARGET_LANGUAGE = "en"


class EnglishToDoView(PageReportView):
    """The pages the user may edit whose English needs an editor, longest waiting first, in a
    fixed number of queries whatever the number of pages."""

    page_title = _("English to do")
    header_icon = "globe"
    results_template_name = "base/admin/english_to_do_results.html"
    index_url_name = "english_to_do"
    index_results_url_name = "english_to_do_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "english_state", "last_published_at"]
    export_headings = {
        "english_state": _("English"),
        "last_published_at": _("Published in Vietnamese"),
    }

    def get_queryset(self):
        locales = dict(Locale.objects.values_list("language_code", "pk"))
        english = Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=locales.get(TARGET_LANGUAGE)
        )
        translation = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            source__locale_id=locales.get(MAIN_LANGUAGE),
            target_locale_id=locales.get(TARGET_LANGUAGE),
            enabled=True,
        )
        missing = Q(english_id__isnull=True) | Q(english_is_alias=True)
        self.queryset = (
            self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(locale_id=locales.get(MAIN_LANGUAGE), depth__gt=1, live=True)
            .annotate(
                english_id=Subquery(english.values("pk")[:1]),
                english_is_alias=Exists(english.filter(alias_of__isnull=False)),
                english_published_at=Subquery(english.values("last_published_at")[:1]),
                source_id=Subquery(translation.values("source_id")[:1]),
                synced_at=Subquery(translation.values("source__last_updated_at")[:1]),
            )
            .filter(missing | out_of_date())
            .annotate(
                english_missing=Case(
                    When(missing, then=True), default=False, output_field=BooleanField()
                )
            )
            .select_related("content_type")
            .order_by("last_published_at", "pk")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, pages):
        for page in pages:
            page.english_state, page.translate_url = english_to_do(page)
        return pages


def out_of_date():
    """Published in Vietnamese after wagtail-localize last took its text for the English
    translation; for an English page written by hand (no wagtail-localize translation),
    published in Vietnamese after the English page was last published."""
    return Q(synced_at__isnull=False, last_published_at__gt=F("synced_at")) | Q(
        synced_at__isnull=True,
        english_published_at__isnull=False,
        last_published_at__gt=F("english_published_at"),
    )


def english_to_do(page):
    """What the English of `page` needs, and where the editor does it: a missing translation
    is started from the Vietnamese page (wagtail-localize turns the alias into it); an out of
    date one is brought up to date from the source's new text, or edited when written by
    hand."""
    if page.english_missing:
        return _("Not translated"), reverse(
            "wagtail_localize:submit_page_translation", args=[page.pk]
        )
    if page.source_id is not None:
        return _("Out of date"), reverse(
            "wagtail_localize:update_translations", args=[page.source_id]
        )
    return _("Out of date"), reverse("wagtailadmin_pages:edit", args=[page.english_id])
