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
    path("file/", views.FileReportView.as_view(), name="file"),
    path("filed/", views.FiledReportListView.as_view(), name="filed_list"),
    path("filed/<int:pk>/", views.FiledReportView.as_view(), name="filed"),
    path("filed/<int:pk>/print/", views.PrintableFiledReportView.as_view(), name="filed_print"),
    path(
        "filed/<int:pk>/report.csv",
        views.FiledExportView.as_view(file_format="csv"),
        name="filed_csv",
    ),
    path(
        "filed/<int:pk>/report.xlsx",
        views.FiledExportView.as_view(file_format="xlsx"),
        name="filed_xlsx",
    ),
]
