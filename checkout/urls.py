from django.urls import path

from checkout import views

# Under the language prefix: /vi/cart/…, /en/orders/<token>/…
urlpatterns = [
    path("products/<page_id:product_id>/add-to-cart/", views.add_to_cart, name="add_to_cart"),
    path("cart/", views.cart, name="cart"),
    path("cart/update/", views.update_cart, name="update_cart"),
    path("cart/checkout/", views.checkout, name="checkout"),
    path("orders/<str:token>/", views.order, name="order"),
    path("orders/<str:token>/pay/", views.pay_again, name="pay_again"),
]
