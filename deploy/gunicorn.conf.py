"""gunicorn for Làng Nghề: `gunicorn -c deploy/gunicorn.conf.py` from the checkout.

Every value can be changed from the environment file without editing this one:
GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_TIMEOUT, GUNICORN_MAX_REQUESTS, GUNICORN_LOG_LEVEL.
Started by systemd (deploy/systemd/langnghe-web.socket), gunicorn listens on the socket systemd
hands it and `bind` is not used.
"""

import multiprocessing
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "craftsite.settings.production")

wsgi_app = "craftsite.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "unix:/run/langnghe/gunicorn.sock")

# Synchronous workers: (2 × cores) + 1 is gunicorn's advice. Each worker holds the whole site
# in memory (about 150 MB), so on a small server with little RAM set GUNICORN_WORKERS lower.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))

# A request taking longer than this is killed and logged; nginx waits a little longer
# (proxy_read_timeout in deploy/nginx/langnghe.conf). Graceful restarts wait as long.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = timeout
keepalive = 5

# Each worker is replaced after about this many requests (jitter spreads the restarts), so
# a slow leak never grows for long.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 1000))
max_requests_jitter = max_requests // 10

# Load the application once in the master and fork workers from it: less memory, faster
# restarts of workers, and an application that cannot start stops gunicorn at once.
# Code changes therefore need `systemctl restart langnghe-web`, not a reload.
preload_app = True

# Both logs as JSON lines on stdout/stderr, kept by the journal (craftsite/logs.py). The
# access line has method, path, status, duration_ms, bytes and request_id (nginx's X-Request-ID).
logger_class = "craftsite.logs.GunicornLogger"
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Temporary files of workers' heartbeats in memory, not on a possibly slow disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

proc_name = "langnghe"
# systemd manages the process; no gunicornc control socket in the service user's home.
control_socket_disable = True
