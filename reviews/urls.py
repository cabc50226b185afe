from django.urls import path

from reviews import views

# Under the language prefix: /vi/reviews/<key>/, /en/reviews/<key>/<line id>/
urlpatterns = [
    path("reviews/<str:key>/", views.review_order, name="review_order"),
    path("reviews/<str:key>/<int:line_id>/", views.review_line, name="review_line"),
]
