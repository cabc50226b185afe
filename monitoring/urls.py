from django.urls import path

from monitoring import views

app_name = "monitoring"
urlpatterns = [
    path("", views.ReportView.as_view(), name="report"),
    path("report.csv", views.ExportView.as_view(file_format="csv"), name="csv"),
    path("report.xlsx", views.ExportView.as_view(file_format="xlsx"), name="xlsx"),
    path("yearly/", views.PrintableYearlyReportView.as_view(), name="yearly"),
    path(
        "yearly.xlsx",
        views.ExportView.as_view(file_format="xlsx", yearly=True),
        name="yearly_xlsx",
    ),
]
