"""Production settings as a deployed process sees them: loaded in a child process, because
importing them here would change the test settings they share their lists with."""

import os
import pickle
import socket
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "craftsite.settings.production",
    "DJANGO_SECRET_KEY": "x" * 60 + "-a-long-random-production-secret",
    "DJANGO_ALLOWED_HOSTS": "langnghe.example,www.langnghe.example",
    "REDIS_URL": "redis://127.0.0.1:6379/0",  # read at start-up; nothing connects to it here
}


def production_env(**extra):
    """The caller's environment without any DJANGO_* or S3 variables, plus production's."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "AWS_", "GUNICORN_", "REDIS_"))
    }
    return {**env, **PRODUCTION_ENV, **extra}


def production_settings(*names, **env):
    """{name: value} of the production settings `names` under the environment `env`."""
    code = (
        "import pickle, sys\n"
        "import craftsite.settings.production as s\n"
        f"names = {names!r}\n"
        "found = {n: getattr(s, n) for n in names if hasattr(s, n)}\n"
        "sys.stdout.buffer.write(pickle.dumps(found))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=production_env(**env),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    return pickle.loads(result.stdout)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
