"""A PostgreSQL cluster kept between benchmark runs: its data folder stays (so the seeded
database is seeded once), the server runs only while a benchmark does, on a free port, with
its socket in a temporary folder. As root, the server runs as the `postgres` user."""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

USER = DATABASE = PASSWORD = "bench"


def postgres_bin():
    found = os.environ.get("PGBIN") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), ""
    )
    if not found or not Path(found, "initdb").exists():
        raise SystemExit(
            "PostgreSQL server binaries are missing: apt-get install postgresql "
            "postgresql-contrib (or set PGBIN)."
        )
    return Path(found)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    def __init__(self, data_dir):
        self.data = Path(data_dir).resolve()
        self.bin = postgres_bin()
        self.as_root = os.geteuid() == 0
        self.port = None
        self.socket_dir = None

    def run(self, *command, **kwargs):
        """Run a PostgreSQL program as the cluster's owner."""
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        return subprocess.run(
            [*prefix, str(self.bin / command[0]), *command[1:]],
            check=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            **kwargs,
        )

    def give_to_owner(self, path):
        if self.as_root:
            shutil.chown(path, "postgres", "postgres")

    @property
    def exists(self):
        return (self.data / "PG_VERSION").exists()

    def create(self):
        self.data.mkdir(parents=True, exist_ok=True)
        self.give_to_owner(self.data)
        self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
        )

    def start(self, fast_writes=False, settings=(), port=None):
        """Start the server, on `port` or a free one. `fast_writes` turns off durability, for
        seeding only; the benchmark itself runs with PostgreSQL's defaults, unless `settings`
        ("name=value") say otherwise. Started again on the port it had, the server is found
        again by the clients it had (a test restarts one under a running site)."""
        self.port = port or free_port()
        self.socket_dir = tempfile.mkdtemp(prefix="bench-pgsock-")
        self.give_to_owner(self.socket_dir)
        options = f"-h 127.0.0.1 -p {self.port} -k {self.socket_dir}"
        if fast_writes:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        options += "".join(f" -c {setting}" for setting in settings)
        log = self.data.parent / "server.log"
        log.touch()
        self.give_to_owner(log)
        self.run(
            "pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "60", "-o", options, "start"
        )

    def stop(self):
        if self.port is None:
            return
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.socket_dir, ignore_errors=True)
        self.port = None

    def psql(self, sql, database="postgres"):
        return self.run(
            "psql",
            "-h",
            self.socket_dir,
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-d",
            database,
            "-v",
            "ON_ERROR_STOP=1",
            "-qAt",
            "-c",
            sql,
        ).stdout.strip()

    def recreate_database(self):
        """An empty benchmark database with the extensions the site needs."""
        self.psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        if not self.psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{USER}'"):
            self.psql(f"CREATE ROLE {USER} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        self.psql(f"CREATE DATABASE {DATABASE} OWNER {USER}")
        for extension in ("unaccent", "pg_trgm"):
            self.psql(f"CREATE EXTENSION IF NOT EXISTS {extension}", database=DATABASE)

    @property
    def url(self):
        return f"postgres://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{DATABASE}"

    def version(self):
        return self.psql("SHOW server_version")

    @property
    def postmaster_pid(self):
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def backend_pids(self):
        """Processes serving connections to the benchmark database (not the server's own
        background processes)."""
        pids = []
        for pid in children(self.postmaster_pid):
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if title.startswith(f"postgres: {USER} {DATABASE} "):
                pids.append(pid)
        return pids


def children(pid):
    """The direct children of a process."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise SystemExit(f"Timed out waiting for {what}.")
