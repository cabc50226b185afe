"""`make bench`: seed a large catalogue on PostgreSQL, serve it with gunicorn under the
production settings, load every kind of page and compare with Wagtail's bakerydemo. Seeding is
`python -m bench.seed`. May import every app; no app imports it, and it is independent of demo."""
