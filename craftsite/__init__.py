"""The Django project: settings (settings/), the URL configuration (urls.py), wsgi.py and
asgi.py, and the app-free helpers every app shares (states, translation, purges, page_cache,
periods, emails, forms, text and others). Imports no app; only urls.py wires the apps in."""
