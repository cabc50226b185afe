from django.urls import path

from backoffice import views
from backoffice.photos import ProductPhotosView

app_name = "backoffice"
urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("orders/", views.OrdersView.as_view(), name="orders"),
    path("stock/", views.StockView.as_view(), name="stock"),
    path("changes/", views.ChangeView.as_view(), name="change"),
    path("manifest.webmanifest", views.ManifestView.as_view(), name="manifest"),
    path("sw.js", views.ServiceWorkerView.as_view(), name="service_worker"),
    path("products/<int:product_id>/photos/", ProductPhotosView.as_view(), name="photos"),
]
