"""The example deployment files under deploy/ are valid for the tools that read them (as far
as those tools are installed here) and agree with each other and with the settings."""

import multiprocessing
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands

from tests.deploy.production import PROJECT, production_env

DEPLOY = PROJECT / "deploy"
UNITS = sorted((DEPLOY / "systemd").iterdir())
NGINX_SITE = DEPLOY / "nginx" / "langnghe.conf"
ENV_EXAMPLE = DEPLOY / "langnghe.env.example"
CHECKOUT_ON_SERVER = "/srv/langnghe/app"
SOCKET = "/run/langnghe/gunicorn.sock"
VENV_BIN = Path(sys.executable).parent


def here(text):
    """A unit's text with the server's checkout and virtualenv replaced by this one's."""
    text = text.replace(f"{CHECKOUT_ON_SERVER}/.venv/bin", str(VENV_BIN))
    return text.replace(CHECKOUT_ON_SERVER, str(PROJECT))


def directive(text, name):
    """Every value of `name` in an nginx or systemd file."""
    return re.findall(rf"^\s*{name}\s*[= ]\s*(.+?);?\s*$", text, flags=re.MULTILINE)


def test_gunicorn_loads_the_production_app_with_its_configuration():
    result = subprocess.run(
        [
            str(VENV_BIN / "gunicorn"),
            "--check-config",
            "--print-config",
            "--config",
            "deploy/gunicorn.conf.py",
        ],
        cwd=PROJECT,
        env=production_env(GUNICORN_WORKERS="3"),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    config = {
        name.strip(): value.strip()
        for name, _, value in (line.partition("=") for line in result.stdout.splitlines())
    }
    assert config["wsgi_app"] == "craftsite.wsgi:application"
    assert config["workers"] == "3"
    assert config["preload_app"] == "True"
    assert (config["max_requests"], config["max_requests_jitter"]) == ("1000", "100")
    assert config["timeout"] == "30"
    assert config["logger_class"] == "craftsite.logs.GunicornLogger"
    assert config["bind"] == f"['unix:{SOCKET}']"


def test_gunicorn_defaults_to_two_workers_a_core_and_one(monkeypatch):
    for name in ("GUNICORN_WORKERS", "GUNICORN_BIND", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)

    config = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))

    assert config["workers"] == 2 * multiprocessing.cpu_count() + 1


@pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed"
)
def test_systemd_units_verify_cleanly(tmp_path):
    # verify checks that each ExecStart= program exists: point the units at this checkout.
    for unit in UNITS:
        (tmp_path / unit.name).write_text(here(unit.read_text()))

    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *sorted(p.name for p in tmp_path.iterdir())],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).strip() == ""  # unknown keys are only warnings


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_nginx_accepts_the_site(tmp_path):
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=langnghe.example"]
        + ["-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
    )
    site = (
        NGINX_SITE.read_text()
        .replace("/etc/letsencrypt/live/langnghe.example/fullchain.pem", str(tmp_path / "cert.pem"))
        .replace("/etc/letsencrypt/live/langnghe.example/privkey.pem", str(tmp_path / "key.pem"))
        .replace("/var/log/nginx/", f"{tmp_path}/")
    )
    (tmp_path / "site.conf").write_text(site)
    temp = "client_body proxy fastcgi uwsgi scgi"
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\nhttp {{\n"
        + "".join(f"    {name}_temp_path {tmp_path}/{name};\n" for name in temp.split())
        + f"    access_log {tmp_path}/access.log;\n    include {tmp_path}/site.conf;\n}}\n"
    )

    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "[warn]" not in result.stderr, result.stderr


def test_nginx_takes_uploads_as_large_as_the_site_does():
    [size] = directive(NGINX_SITE.read_text(), "client_max_body_size")
    megabytes = int(size.removesuffix("m"))

    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    assert limit <= megabytes * 1024 * 1024 < limit + 2 * 1024 * 1024


def test_nginx_gunicorn_and_systemd_agree_on_the_socket():
    socket_unit = (DEPLOY / "systemd/langnghe-web.socket").read_text()

    assert directive(socket_unit, "ListenStream") == [SOCKET]
    assert f"server unix:{SOCKET} " in NGINX_SITE.read_text()
    assert f'"unix:{SOCKET}"' in (DEPLOY / "gunicorn.conf.py").read_text()


def test_nginx_serves_the_directories_the_environment_example_names():
    env = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text().splitlines()
        if re.match(r"^\w+=", line)
    )
    roots = set(directive(NGINX_SITE.read_text(), "root"))

    assert roots == {"/srv/langnghe"}
    assert env["DJANGO_STATIC_ROOT"] == "/srv/langnghe/static"
    assert env["DJANGO_MEDIA_ROOT"] == "/srv/langnghe/media"
    web = (DEPLOY / "systemd/langnghe-web.service").read_text()
    assert directive(web, "ReadWritePaths") == [env["DJANGO_MEDIA_ROOT"]]


def test_the_units_run_commands_the_project_has():
    commands = get_commands()
    for unit in UNITS:
        for command in directive(unit.read_text(), "ExecStart"):
            if " manage.py " in command:
                name = command.split(" manage.py ")[1].split()[0]
                assert name in commands, f"{unit.name}: no manage.py {name}"
            else:
                program = here(command.split()[0])
                assert Path(program).exists(), f"{unit.name}: no {program}"


def environment_variables_read(path):
    """Names of environment variables a settings module, config file or script reads."""
    text = path.read_text()
    patterns = [
        r"os\.environ(?:\.get)?[(\[]\s*\"([A-Z][A-Z0-9_]+)\"",
        r"(?:required_env|env_list)\(\s*\"([A-Z][A-Z0-9_]+)\"",
        r"\$\{([A-Z][A-Z0-9_]+)[:}]",
    ]
    names = {name for pattern in patterns for name in re.findall(pattern, text)}
    if "dj_database_url.config(" in text:
        names.add("DATABASE_URL")
    return names


def test_the_environment_example_lists_every_variable_production_reads():
    sources = [
        PROJECT / "craftsite/settings/base.py",
        PROJECT / "craftsite/settings/production.py",
        DEPLOY / "gunicorn.conf.py",
        PROJECT / "scripts/backup.sh",
        PROJECT / "scripts/restore.sh",
    ]
    read = set().union(*(environment_variables_read(path) for path in sources))
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", ENV_EXAMPLE.read_text(), re.MULTILINE))

    assert {"DJANGO_SECRET_KEY", "DJANGO_S3_BUCKET", "GUNICORN_WORKERS"} <= read
    assert sorted(read - listed - {"DJANGO_SETTINGS_MODULE"}) == []
    assert "DJANGO_SETTINGS_MODULE" in listed


def test_shell_scripts_parse():
    for script in [
        DEPLOY / "with-env.sh",
        PROJECT / "scripts/backup.sh",
        PROJECT / "scripts/restore.sh",
    ]:
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script.name}: {result.stderr}"
