"""Wagtail's frontend cache app as the site installs it: without its publish handlers.

Wagtail's app purges a page's own address from the shared HTTP caches when it is published
or unpublished, as soon as the signal is sent. craftsite.purges already sends every purge, for
every page a change shows on and once the change commits, so the app's handlers would only
repeat its first request early (and queue a task per publish with no cache configured). The
app's configuration and its `purge_urls_from_cache` are used as they are.
"""

from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self):
        """Connect no signal handler (see the module's docstring)."""
