from django.urls import path

from catalog import views

urlpatterns = [
    path("", views.cart, name="cart"),
    path("update/", views.update_cart, name="update_cart"),
]
