from django.urls import path

from stories import views

# Under the language prefix: /vi/classes/<id>/register/
urlpatterns = [
    path(
        "classes/<page_id:event_id>/register/", views.class_registration, name="class_registration"
    ),
]
