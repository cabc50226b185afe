"""Under the language prefix, so that a refusal is written in the visitor's language."""

from django.urls import path

from currencies import views

urlpatterns = [
    path("currency/", views.choose_currency, name="choose_currency"),
]
