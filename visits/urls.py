from django.urls import path

from visits import views

# Under the language prefix: /vi/villages/<id>/visit/, /en/villages/<id>/visit/thanks/
urlpatterns = [
    path("villages/<page_id:village_id>/visit/", views.request_visit, name="request_visit"),
    path(
        "villages/<page_id:village_id>/visit/thanks/",
        views.visit_requested,
        name="visit_requested",
    ),
]
