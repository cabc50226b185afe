"""Real servers for tests of the production stack: Redis, a PostgreSQL of the test's own, and
the site under gunicorn with production settings, each on a free loopback port and stopped
when the test ends."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench.cluster import Cluster

PROJECT = Path(__file__).resolve().parents[1]
SECRET = "a-test-secret-key-that-is-long-enough-for-django-check-deploy-0123456789"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process, seconds=30):
    wait_for_server(
        lambda: socket.create_connection(("127.0.0.1", port), timeout=0.2).close(),
        process,
        f"port {port}",
        seconds,
    )


def wait_for_socket(path, process, seconds=30):
    def connect():
        with socket.socket(socket.AF_UNIX) as probe:
            probe.connect(str(path))

    wait_for_server(connect, process, str(path), seconds)


def wait_for_server(connect, process, where, seconds):
    """Wait until `connect()` succeeds, or fail at once if the server's process stopped."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server on {where} exited with {process.returncode}")
        try:
            connect()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listens on {where} after {seconds} s")


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def redis_server(port=None):
    """Start Debian's redis-server without persistence, on `port` or a free one; returns
    (url, process)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail("redis-server is not installed (apt-get install redis-server)")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    port = port or free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    wait_for_port(port, process)
    return f"redis://127.0.0.1:{port}/0", process


def production_env(database_url, redis_url, static_root, **extra):
    env = {name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="craftsite.settings.production",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="langnghe.example,127.0.0.1",
        DJANGO_STATIC_ROOT=str(static_root),
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        **extra,
    )
    return env


def manage(env, *args):
    """`manage.py` in the site's environment `env`, as an operator runs it on the server."""
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT, env=env, check=True, timeout=300
    )


def collect_static(env):
    manage(env, "collectstatic", "--noinput", "-v0")


@contextmanager
def private_postgres():
    """A PostgreSQL cluster of the test's own, with an empty database (bench.cluster's), for a
    test that stops and starts it: the suite's cluster is shared by tests running in
    parallel. Its folder is given to the `postgres` user when run as root, and removed after."""
    folder = Path(tempfile.mkdtemp(prefix="langnghe-pg-"))
    cluster = Cluster(folder / "data")
    cluster.give_to_owner(folder)
    try:
        cluster.create()
        cluster.start(fast_writes=True)
        cluster.recreate_database()
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


def gunicorn(env, workers=1, unix_socket=None):
    """The site under gunicorn as production runs it, on a loopback port or on `unix_socket`
    (as systemd gives it behind nginx); returns (base url or socket path, process)."""
    port = None if unix_socket else free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "craftsite.wsgi",
            "--bind",
            f"unix:{unix_socket}" if unix_socket else f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=PROJECT,
        env=env,
    )
    if unix_socket:
        wait_for_socket(unix_socket, process, seconds=60)
        return str(unix_socket), process
    wait_for_port(port, process, seconds=60)
    return f"http://127.0.0.1:{port}", process


def database_url(settings_dict):
    """A DATABASE_URL for the database Django's test runner made (pytest-django's)."""
    return (
        f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD']}@"
        f"{settings_dict['HOST']}:{settings_dict['PORT']}/{settings_dict['NAME']}"
    )
