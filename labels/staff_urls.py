from django.urls import path

from labels import views

# In the back office: /htx/labels/…
app_name = "labels"
urlpatterns = [
    path("", views.LabelListView.as_view(), name="index"),
    path("new/", views.LabelCreateView.as_view(), name="new"),
    path("<int:label_id>/print/<slug:layout>/", views.LabelPrintView.as_view(), name="print"),
]
