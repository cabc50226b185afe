"""Page mixins shared by every app's pages. This module imports no app (only the app-free
helpers beside it): models are named by lazy strings, so that stories and catalog can use it
without depending on site-wide pages."""

from django.db import models
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from craftsite.privacy import CachedViewRestrictionsMixin
from craftsite.text import fold


def optional_link(to, verbose_name, help_text=""):
    """A link from a page to another page or an image that may be left empty, and that
    empties itself when the other side is deleted."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


class HeroMixin(CachedViewRestrictionsMixin, models.Model):
    """A wide photo and a short introduction: most pages of a promotion site open with one,
    and cards, search results and shared links reuse both."""

    hero_image = optional_link("base.SiteImage", _("hero image"))
    introduction = models.TextField(
        blank=True,
        verbose_name=_("introduction"),
        help_text=_("One or two sentences shown under the title and in search results."),
    )

    listing_image_field = "hero_image"

    class Meta:
        abstract = True

    @property
    def listing_image(self):
        return self.hero_image

    @property
    def listing_summary(self):
        return self.introduction or self.search_description

    def search_ascii(self):
        """An accent-free copy of the page's words, indexed beside the original, so that
        "tho cam" finds "thổ cẩm" and "dak rang" finds "Đăk Răng"."""
        words = [self.title, self.introduction, *self.extra_search_text()]
        body = getattr(self, "body", None)
        if body:
            words.extend(body.stream_block.get_searchable_content(body))
        return fold(" ".join(strip_tags(str(word)) for word in words if word))

    def extra_search_text(self):
        """More of a page type's words to fold into its search text."""
        return []

    def structured_data(self, request):
        """JSON-LD objects describing this page (schema.org); page types add their own."""
        return []


class OneChildTypeMixin:
    """For a page whose children are all of one type (a section, a shop, a cooperative):
    find the child and its type in one query instead of Wagtail's two, with the foreign keys
    the child type names in `related_on_route`, and hand the child its parent so that it need
    not look it up again."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        [model] = self.allowed_subpage_models()
        children = model.objects.child_of(self)
        if related := getattr(model, "related_on_route", ()):
            children = children.select_related(*related)
        try:
            child = children.get(slug=path_components[0])
        except model.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])
