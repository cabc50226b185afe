from django.urls import path

from enquiries import views

# Under the language prefix: /vi/cooperatives/<id>/quote/, /en/products/<id>/quote/
urlpatterns = [
    path(
        "cooperatives/<int:cooperative_id>/quote/",
        views.request_cooperative_quote,
        name="request_quote",
    ),
    path(
        "products/<int:product_id>/quote/",
        views.request_product_quote,
        name="request_product_quote",
    ),
]
