"""Production settings are loaded in a child process, as gunicorn would load them."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
GOOD_ENV = {
    "DJANGO_SETTINGS_MODULE": "craftsite.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60 + "-a-long-random-production-secret",
    "DJANGO_ALLOWED_HOSTS": "langnghe.example,www.langnghe.example",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def manage(*args, drop=(), **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(GOOD_ENV, **extra)
    for name in drop:
        env.pop(name)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "REDIS_URL"])
def test_production_refuses_to_start_without(missing):
    result = manage("check", drop=[missing])

    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_refuses_a_blank_secret_key():
    result = manage("check", DJANGO_SECRET_KEY="   ")

    assert result.returncode != 0
    assert "Set the DJANGO_SECRET_KEY environment variable" in result.stderr


def sample_secret_key():
    """The DJANGO_SECRET_KEY line of the example environment file operators copy."""
    example = (PROJECT / "deploy/langnghe.env.example").read_text()
    return next(
        line.split("=", 1)[1]
        for line in example.splitlines()
        if line.startswith("DJANGO_SECRET_KEY=")
    )


@pytest.mark.parametrize(
    ("key", "refusal"),
    [
        pytest.param(sample_secret_key(), "DJANGO_SECRET_KEY is the sample value", id="sample"),
        pytest.param(
            "a-short-but-unique-key-0123456789", "DJANGO_SECRET_KEY is too weak", id="short"
        ),
        pytest.param("ab" * 40, "DJANGO_SECRET_KEY is too weak", id="plain"),
    ],
)
def test_production_refuses_a_secret_key_anyone_could_know(key, refusal):
    result = manage("check", DJANGO_SECRET_KEY=key)

    assert result.returncode != 0
    assert f"ImproperlyConfigured: {refusal}" in result.stderr


def test_check_deploy_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_installs_no_demo_code_and_never_creates_demo_accounts():
    result = manage("seed_demo")

    assert result.returncode != 0
    assert "Unknown command: 'seed_demo'" in result.stderr


def test_static_files_are_collected_compressed_with_hashed_names(tmp_path):
    result = manage("collectstatic", "--noinput", DJANGO_STATIC_ROOT=str(tmp_path))

    assert result.returncode == 0, result.stderr
    stylesheets = sorted(p.name for p in (tmp_path / "base/css").iterdir())
    hashed = [name for name in stylesheets if name.startswith("site.") and name != "site.css"]
    assert any(name.endswith(".css") for name in hashed), stylesheets
    assert any(name.endswith(".css.gz") for name in hashed), stylesheets
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "base/css/site.css" in manifest


def test_production_shares_cache_and_sessions_and_queues_tasks_in_the_database():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'], "
        "s.SESSION_ENGINE, s.TASKS['default']['BACKEND'], "
        "' '.join(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))",
        MAP_TILE_URL="https://tiles.example.vn/{z}/{x}/{y}.png",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "craftsite.redis_cache.ResilientRedisCache",
        "django.contrib.sessions.backends.cached_db",
        "django_tasks_db.DatabaseBackend",
        "'self'",
        "data:",
        "https://tiles.example.vn",
    ]


def test_a_database_that_never_answers_fails_within_seconds():
    """A PostgreSQL host that takes the connection but never answers (hung, or failing over)
    must cost a request a few seconds and the 503 page, not a worker until gunicorn's
    timeout: production connects with a timeout. (Without one, the connection waits forever
    and the command is killed by the test's own time limit.)"""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        result = manage(
            "shell",
            "-c",
            "from django.db import connection; connection.ensure_connection()",
            DATABASE_URL=f"postgres://langnghe:secret@127.0.0.1:{port}/langnghe",
        )

    assert result.returncode != 0
    assert "OperationalError" in result.stderr and "timeout expired" in result.stderr


def test_production_refuses_payos_with_only_some_of_its_keys():
    result = manage("check", PAYOS_CLIENT_ID="client-id", PAYOS_API_KEY="api-key")

    assert result.returncode != 0
    assert (
        "Set all three of PAYOS_CLIENT_ID, PAYOS_API_KEY and PAYOS_CHECKSUM_KEY, or none."
        in result.stderr
    )


def test_production_starts_with_all_three_payos_keys():
    keys = {"PAYOS_CLIENT_ID": "id", "PAYOS_API_KEY": "key", "PAYOS_CHECKSUM_KEY": "checksum"}

    assert manage("check", **keys).returncode == 0


@pytest.mark.parametrize(
    ("half", "said"),
    [
        ({"ZALO_APP_ID": "1", "ZALO_APP_SECRET": "s"}, "Set all of ZALO_APP_ID"),
        ({"ESMS_API_KEY": "k"}, "Set all of ESMS_API_KEY, ESMS_SECRET_KEY and ESMS_BRANDNAME"),
    ],
)
def test_production_refuses_half_the_messaging_settings(half, said):
    result = manage("check", **half)

    assert result.returncode != 0
    assert said in result.stderr


def test_production_starts_with_every_messaging_setting():
    zalo = ("APP_ID", "APP_SECRET", "OA_SECRET_KEY", "TEMPLATE_ID", "CODE_TEMPLATE_ID")
    settings = {f"ZALO_{name}": "x" for name in zalo}
    settings |= {"ESMS_API_KEY": "k", "ESMS_SECRET_KEY": "s", "ESMS_BRANDNAME": "LANGNGHE"}

    assert manage("check", **settings).returncode == 0
