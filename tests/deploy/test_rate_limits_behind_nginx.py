"""The shipped deployment: Debian's nginx with deploy/nginx/langnghe.conf in front of gunicorn
on a UNIX socket, as systemd runs it. There REMOTE_ADDR is empty for every visitor; the rate
limits must still count each visitor apart, so that one guesser does not lock every
administrator out. And nginx's access log keeps no order's token."""

import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest

from craftsite.admin_login import LOGIN_ATTEMPTS
from tests.scaleout.stack import running_stack
from tests.servers import (
    PROJECT,
    free_port,
    stop,
    wait_for_port,
)

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NGINX_SITE = PROJECT / "deploy" / "nginx" / "langnghe.conf"
HOST = "langnghe.example"
LOGIN = "/admin/login/"


def nginx_site(tmp_path, socket_path, http_port, https_port):
    """The shipped site file with this machine's socket, ports, certificate and logs; its
    proxy settings as they are."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", f"/CN={HOST}", "-keyout", str(tmp_path / "key.pem")]
        + ["-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
    )
    site = (
        NGINX_SITE.read_text()
        .replace("unix:/run/langnghe/gunicorn.sock", f"unix:{socket_path}")
        .replace(f"/etc/letsencrypt/live/{HOST}/fullchain.pem", str(tmp_path / "cert.pem"))
        .replace(f"/etc/letsencrypt/live/{HOST}/privkey.pem", str(tmp_path / "key.pem"))
        .replace("/var/log/nginx/", f"{tmp_path}/")
    )
    site = "\n".join(line for line in site.splitlines() if "listen [::]" not in line)
    site = re.sub(r"listen 80\b", f"listen 127.0.0.1:{http_port}", site)
    return re.sub(r"listen 443\b", f"listen 127.0.0.1:{https_port}", site)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker, tmp_path_factory):
    """Redis, gunicorn on a UNIX socket and nginx in front; returns nginx's HTTPS port and
    its folder (logs)."""
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None or shutil.which("openssl") is None:
        reason = "nginx and openssl are needed (apt-get install nginx-light openssl)"
        if os.environ.get("REQUIRE_PROXY") == "1":
            pytest.fail(f"REQUIRE_PROXY=1 but {reason}")
        pytest.skip(reason)
    tmp_path = tmp_path_factory.mktemp("nginx")
    with running_stack(
        django_db_blocker, tmp_path_factory, unix_socket=tmp_path / "gunicorn.sock"
    ) as stack:
        yield from behind_nginx(nginx, tmp_path, stack["urls"][0])


def behind_nginx(nginx, tmp_path, socket_path):
    """nginx with the shipped site in front of gunicorn's socket, until the test module ends."""
    http_port, https_port = free_port(), free_port()
    (tmp_path / "site.conf").write_text(nginx_site(tmp_path, socket_path, http_port, https_port))
    temp = "client_body proxy fastcgi uwsgi scgi"
    (tmp_path / "nginx.conf").write_text(
        "daemon off;\nmaster_process off;\n"
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\nhttp {{\n"
        + "".join(f"    {name}_temp_path {tmp_path}/{name};\n" for name in temp.split())
        + f"    include {tmp_path}/site.conf;\n}}\n"
    )
    proxy = subprocess.Popen([nginx, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")])
    try:
        wait_for_port(https_port, proxy)
        yield {"port": https_port, "folder": tmp_path}
    finally:
        stop(proxy)


class Visitor:
    """One visitor's browser, connecting from its own loopback address (127.0.0.0/8 is all
    this machine's), with its cookies."""

    def __init__(self, port, address):
        self.port = port
        self.address = address
        self.cookies = SimpleCookie()
        self.referer = f"https://{HOST}{LOGIN}"

    def request(self, method, path, form=None):
        connection = http.client.HTTPSConnection(
            HOST,  # the name sent in TLS's SNI, which nginx's site answers to
            self.port,
            timeout=30,
            source_address=(self.address, 0),
            context=ssl._create_unverified_context(),
        )
        # …at this machine's address, with no DNS name for it
        connection._create_connection = lambda _address, *args: socket.create_connection(
            ("127.0.0.1", self.port), *args
        )
        headers = {"Host": HOST, "Referer": self.referer}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v.value}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for value in response.headers.get_all("Set-Cookie") or []:
                self.cookies.load(value)
            return response.status, response.read().decode()
        finally:
            connection.close()

    def log_in(self, username, password):
        _status, page = self.request("GET", LOGIN)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = {"csrfmiddlewaretoken": token, "username": username, "password": password}
        status, _page = self.request("POST", LOGIN, form)
        return status


@pytest.fixture
def administrators(django_user_model, settings):
    """Two administrators, their passwords hashed as production checks them (the tests' own
    hasher is not among production's)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    django_user_model.objects.create_superuser("admin", "admin@example.test", "right-password")
    django_user_model.objects.create_superuser("bantin", "bantin@example.test", "other-password")


def test_a_guesser_behind_nginx_locks_out_only_itself(site, administrators):
    guesser = Visitor(site["port"], "127.0.0.2")
    for _attempt in range(LOGIN_ATTEMPTS):
        assert guesser.log_in("admin", "wrong") == 200

    assert guesser.log_in("admin", "right-password") == 429
    assert Visitor(site["port"], "127.0.0.3").log_in("bantin", "other-password") == 302


def logged_line(path, text):
    """The access log once nginx has written the line about `text` (after the response)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        log = path.read_text() if path.exists() else ""
        if text in log:
            return log
        time.sleep(0.1)
    return log


def test_nginx_logs_no_orders_token(site):
    buyer = Visitor(site["port"], "127.0.0.4")
    buyer.referer = "https://langnghe.example/vi/orders/Zk3-secret_T0ken/"

    status, _page = buyer.request("GET", "/en/orders/Zk3-secret_T0ken/")

    assert status == 404  # no such order; the address is logged all the same
    log = logged_line(site["folder"] / "langnghe.access.log", "/en/orders/")
    assert '"uri":"/en/orders/[secret]/"' in log
    assert '"referer":"https://langnghe.example/vi/orders/[secret]/"' in log
    assert "Zk3-secret_T0ken" not in log
