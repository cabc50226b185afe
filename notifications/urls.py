from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("zalo/events/", views.zalo_events, name="zalo_events"),
    path("sms/<int:message_id>/<str:token>/", views.sms_callback, name="sms_callback"),
]
