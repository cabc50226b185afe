from django.urls import path

from enquiries import views

# Under the language prefix: /vi/cooperatives/<id>/quote/, /en/products/<id>/quote/
urlpatterns = [
    path(
        "cooperatives/<page_id:cooperative_id>/quote/",
        views.request_cooperative_quote,
        name="request_quote",
    ),
    path(
        "products/<page_id:product_id>/quote/",
        views.request_product_quote,
        name="request_product_quote",
    ),
]
