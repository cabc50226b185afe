"""The back office's screens, its changes endpoint, and what makes it an installable app that
works offline (the web manifest and the service worker, both served under /htx/ so that the
worker's scope is the back office and nothing else)."""

import hashlib
import json
from itertools import groupby

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from backoffice import changes, work
from backoffice.access import StaffScreenMixin, interface_language
from catalog.models.product_form import PriceAndStockForm
from orders.models import Fulfilment
from orders.services import ChangedMeanwhile

# A change is a few hundred bytes; anything much larger is not from the screens.
LARGEST_CHANGE = 4096
# Files the service worker keeps so that the screens open offline.
OFFLINE_FILES = (
    "backoffice/backoffice.css",
    "backoffice/backoffice.js",
    "backoffice/icon-192.png",
)


class ScreenView(StaffScreenMixin, TemplateView):
    """One of the back office's own screens, with its title."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(title=self.title, **kwargs)


class DashboardView(ScreenView):
    """The first screen staff see: what waits for them today."""

    template_name = "backoffice/dashboard.html"
    title = _("Today")

    def get_context_data(self, **kwargs):
        return super().get_context_data(waiting=work.waiting_for(self.request.user), **kwargs)


class OrdersView(ScreenView):
    """The parts of orders to pack and send, oldest first, each with what goes in, where it
    goes, and a button for its next step."""

    template_name = "backoffice/orders.html"
    title = _("Orders to send")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            parts=work.parts_to_send(self.request.user),
            shipped=Fulfilment.Status.SHIPPED,
            **kwargs,
        )


class StockView(ScreenView):
    """Price, stock and "on sale" of each variant, by product, each saved on its own (the
    admin's form and rules), so that a change made offline waits for one row only."""

    template_name = "backoffice/stock.html"
    title = _("Price and stock")

    def get_context_data(self, **kwargs):
        page = work.variants_page(self.request.user, self.request.GET.get("p"))
        forms = [PriceAndStockForm(instance=variant, prefix=f"v{variant.pk}") for variant in page]
        products = groupby(forms, key=lambda form: form.instance.product_title)
        return super().get_context_data(
            page=page, products=[(title, list(forms)) for title, forms in products], **kwargs
        )


def json_error(status, error, **details):
    return JsonResponse({"error": error, **details}, status=status)


@method_decorator(csrf_exempt, name="dispatch")  # checked in `post`, to answer in JSON
class ChangeView(StaffScreenMixin, View):
    """Where the screens send each change, online or from the queue kept while offline:
    JSON in, JSON out, errors included, since a phone reads the answer, not a person."""

    http_method_names = ["post"]

    def handle_no_permission(self):
        return json_error(401, "signed_out", message=str(_("Sign in again to send changes.")))

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            return json_error(403, "forbidden")

    def post(self, request):
        if CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {}):
            message = _("The page is out of date: open it again, then send the change.")
            return json_error(403, "csrf", message=str(message))
        try:
            if len(request.body) > LARGEST_CHANGE:
                return json_error(413, "too_large")
            change = json.loads(request.body)
        except (RequestDataTooBig, ValueError, RecursionError):
            return json_error(400, "malformed")
        try:
            answer, replayed = changes.apply_change(request.user, change)
        except changes.InvalidChange as invalid:
            return json_error(400, "invalid", errors=invalid.errors)
        except changes.NotYours:
            # 403 rather than 404, which LocaleMiddleware would answer with a redirect to
            # the same address under /vi/.
            return json_error(403, "not_yours")
        except ChangedMeanwhile as meanwhile:
            return json_error(409, "conflict", current=changes.now_of(meanwhile.record))
        except changes.Refused as refusal:
            return json_error(422, "refused", message=str(refusal), current=refusal.current)
        return JsonResponse({"ok": True, "replayed": replayed, **answer})


class ManifestView(View):
    """The web manifest that lets staff put the back office on their phone's home screen,
    in their admin language."""

    def get(self, request):
        language = interface_language(request.user)
        with translation.override(language):
            manifest = {
                "name": str(_("Cooperative back office")),
                "short_name": str(_("Cooperative")),
                "lang": language,
                "start_url": reverse("backoffice:dashboard"),
                "scope": reverse("backoffice:dashboard"),
                "display": "standalone",
                "background_color": "#fafaf7",
                "theme_color": "#7a2e0e",
                "icons": [
                    {
                        "src": static(f"backoffice/icon-{size}.png"),
                        "sizes": f"{size}x{size}",
                        "type": "image/png",
                        "purpose": "any maskable",
                    }
                    for size in (192, 512)
                ],
            }
        return JsonResponse(manifest, content_type="application/manifest+json")


@method_decorator(never_cache, name="dispatch")
class ServiceWorkerView(TemplateView):
    """The service worker, served at /htx/ so that it may control the back office and
    nothing else. It names the static files of this deployment (hashed in production), so
    a new deployment installs a new worker."""

    template_name = "backoffice/sw.js"
    content_type = "text/javascript"

    def get_context_data(self, **kwargs):
        files = [static(name) for name in OFFLINE_FILES]
        return super().get_context_data(
            files=json.dumps(files),
            scope=json.dumps(reverse("backoffice:dashboard")),
            version=json.dumps(hashlib.sha256(" ".join(files).encode()).hexdigest()[:12]),
            **kwargs,
        )
