"""`make bench`: seed a large catalogue on PostgreSQL, serve it with gunicorn under the
production settings, load every kind of page and compare with Wagtail's bakerydemo."""
