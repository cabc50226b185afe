from django.urls import path

from catalog import order_views, views

# Under the language prefix: /vi/cart/…, /en/orders/<token>/…
urlpatterns = [
    path("cart/", views.cart, name="cart"),
    path("cart/update/", views.update_cart, name="update_cart"),
    path("cart/checkout/", order_views.checkout, name="checkout"),
    path("orders/<str:token>/", order_views.order, name="order"),
    path("orders/<str:token>/pay/", order_views.pay_again, name="pay_again"),
]
