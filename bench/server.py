"""The processes a benchmark run starts besides PostgreSQL (manage.py, redis-server, gunicorn
under the production settings) and plain HTTP requests to the server."""

import http.client
import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path

from bench.cluster import children, free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
WORKERS = 2


def say(message):
    print(message, file=sys.stderr, flush=True)


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def start_redis(log):
    """Redis as production has it (cache, page cache, sessions), without persistence."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is missing: apt-get install redis-server")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=log.open("w"),
    )

    def ready():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return True
        except OSError:
            return False

    wait_for(ready, 30, "redis-server")
    return process, f"redis://127.0.0.1:{port}/0"


def production_env(cluster, redis_url, static_root, media_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "craftsite.settings.production",
        "DJANGO_SECRET_KEY": os.urandom(32).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_HSTS_SECONDS": "0",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_MEDIA_ROOT": str(media_root),
        "DATABASE_URL": cluster.url,
        "REDIS_URL": redis_url,
        "PYTHONPATH": str(ROOT),
    }


def start_gunicorn(env, port, log):
    gunicorn = Path(PYTHON).parent / "gunicorn"
    process = subprocess.Popen(
        [
            str(gunicorn),
            "craftsite.wsgi:application",
            "--workers",
            str(WORKERS),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--error-logfile",
            str(log),
        ],
        cwd=ROOT,
        env=env,
    )

    def ready():
        if process.poll() is not None:
            raise SystemExit(f"gunicorn stopped; see {log}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=5) as r:
                return r.status == 200 and len(children(process.pid)) == WORKERS
        except OSError:
            return False

    wait_for(ready, 60, "gunicorn")
    return process


def fetch(port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def cookies_of(response):
    jar = SimpleCookie()
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return {name: morsel.value for name, morsel in jar.items()}


@contextmanager
def serving(env, workdir):
    """gunicorn on a free port while the block runs; yields the port."""
    port = free_port()
    gunicorn = start_gunicorn(env, port, workdir / "gunicorn.log")
    try:
        yield port, gunicorn
    finally:
        gunicorn.terminate()
        gunicorn.wait(30)
