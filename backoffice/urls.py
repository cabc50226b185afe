from django.urls import path

from backoffice import views
from backoffice.photos import ProductPhotosView

app_name = "backoffice"
urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("products/<int:product_id>/photos/", ProductPhotosView.as_view(), name="photos"),
]
