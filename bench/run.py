"""`make bench`: the site under load, page by page, beside Wagtail's bakerydemo.

1. A PostgreSQL cluster kept in bench/.data (BENCH_DATA to move it) holds the benchmark
   database: 10,000 products in 50 cooperatives and 1,000 stories per language, seeded once
   by `manage.py seed_bench` and seeded again only when the migrations, the seeding code, the
   locked dependencies or the sizes change (or with --reseed).
2. collectstatic into a temporary folder; gunicorn with 2 sync workers under
   craftsite.settings.production.
3. bench.probe counts each page's SQL queries with Django's test client.
4. For each kind of page: a warm-up, then wrk (one thread, 8 connections, loopback) for
   --duration seconds, with the CPU time of the gunicorn workers (and of the PostgreSQL
   backends serving them) read from /proc before and after.
5. The home page's first load on a phone (Playwright, Debian's Chromium).
6. The table, with bakerydemo's figures and the targets, on screen and in bench/results/
   (latest.json, latest.md).
"""

import argparse
import hashlib
import http.client
import json
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from importlib import metadata
from pathlib import Path
from urllib.parse import urlencode

from bench import weight
from bench.cluster import Cluster, children, free_port, wait_for

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("BENCH_DATA") or ROOT / "bench" / ".data")
RESULTS = ROOT / "bench" / "results"
LUA = Path(__file__).resolve().parent / "wrk.lua"
PYTHON = sys.executable
SIZES = {"products": 10_000, "cooperatives": 50, "stories": 1_000}
WORKERS = 2
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# Wagtail's bakerydemo on this kind of machine: gunicorn, 2 workers, SQLite, no page cache.
BAKERYDEMO_CPU_MS = {"home": 92, "listing": 81, "product": 34, "story": 55, "search": 100}
BAKERYDEMO_PAGE = {
    "home": "home page",
    "listing": "breads index",
    "product": "bread page",
    "story": "blog post",
    "search": "search",
}
BAKERYDEMO_QUERIES = "19–48"
BAKERYDEMO_HOME_KB = 417
QUERY_BUDGET = 20
HOME_WEIGHT_BUDGET_KB = 300
WORKER_MEMORY_BUDGET_MB = 250

# Each kind of page, and the bakerydemo page it compares with (None: no counterpart).
ROWS = [
    ("home", "Home", "home"),
    ("listing", "Shop listing", "listing"),
    ("listing_facets", "Shop, two facets", "listing"),
    ("listing_page_50", "Shop, page 50", "listing"),
    ("product", "Product", "product"),
    ("cooperative", "Cooperative", "listing"),
    ("story", "Story", "story"),
    ("village", "Village", "story"),
    ("search", "Search “tho cam”", "search"),
    ("add_to_cart", "Add to cart (POST)", None),
    ("cached", None, None),  # labelled once we know whether a page cache is there
    ("static", "Static CSS (whitenoise)", None),
]


def say(message):
    print(message, file=sys.stderr, flush=True)


# -- the seeded database --------------------------------------------------------------------


def fingerprint(sizes):
    """What the seeded database depends on: the sizes, the migrations, the seeding code and
    the locked dependencies."""
    digest = hashlib.sha256(json.dumps(sizes, sort_keys=True).encode())
    patterns = [
        "*/migrations/*.py",
        "*/demo/*.py",
        "*/demo.py",
        "*/management/commands/seed_*.py",
        "bench/seed_settings.py",
        "requirements.lock",
    ]
    for path in sorted({p for pattern in patterns for p in ROOT.glob(pattern)}):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def manage(*args, env, capture=False):
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    ).stdout


def seed(cluster, media_root, sizes):
    say("Seeding the benchmark database (once; kept in the cluster for later runs) …")
    cluster.recreate_database()
    shutil.rmtree(media_root, ignore_errors=True)
    media_root.mkdir(parents=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.seed_settings",
        "DATABASE_URL": cluster.url,
        "BENCH_MEDIA_ROOT": str(media_root),
    }
    started = time.monotonic()
    manage("migrate", "--noinput", "-v0", env=env)
    migrated = time.monotonic()
    output = manage(
        "seed_bench",
        *(f"--{name}={count}" for name, count in sizes.items()),
        env=env,
        capture=True,
    )
    finished = time.monotonic()
    say(output.strip())
    return {
        "seconds": {
            "migrate": round(migrated - started, 1),
            "seed_bench": round(finished - migrated, 1),
            "total": round(finished - started, 1),
        },
        "seed_bench_output": output.strip(),
        "seeded_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


# -- the server ---------------------------------------------------------------------------


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


def prepare_add_to_cart(port, page):
    """A visitor with a CSRF cookie and a session that already holds a cart: every POST of
    the load adds the same variant again, as a buyer adding one more would."""
    response, content = fetch(port, "GET", page["form_path"])
    cookies = cookies_of(response)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content).group(1).decode()
    body = urlencode({"csrfmiddlewaretoken": token, "sku": page["sku"], "quantity": 1})
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": "; ".join(f"{name}={value}" for name, value in cookies.items()),
    }
    response, _ = fetch(port, "POST", page["paths"][0], body, headers)
    if response.status != 302:
        raise SystemExit(f"Add to cart answered {response.status}, not a redirect")
    cookies.update(cookies_of(response))
    cookies.pop("messages", None)
    headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    return body, headers


# -- measuring ------------------------------------------------------------------------------


def cpu_ticks(pids):
    """User and system CPU time of each process, in clock ticks."""
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])
    return ticks


def spent(before, after):
    return sum(after[pid] - before.get(pid, 0) for pid in after) / CLOCK_TICKS


def memory_of(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    values = dict(re.findall(r"^(VmRSS|VmHWM):\s+(\d+) kB", status, re.M))
    return {"rss_mb": int(values["VmRSS"]) / 1024, "peak_rss_mb": int(values["VmHWM"]) / 1024}


def wrk(port, paths, seconds, connections, workdir, method="GET", body=None, headers=None):
    paths_file = workdir / "paths.txt"
    paths_file.write_text("\n".join(paths) + "\n")
    body_file = ""
    if body:
        body_file = workdir / "body.txt"
        body_file.write_text(body)
    header_args = []
    for name, value in {"Accept-Encoding": "gzip, deflate, br", **(headers or {})}.items():
        header_args += ["-H", f"{name}: {value}"]
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        *header_args,
        "-s",
        str(LUA),
        f"http://127.0.0.1:{port}",
        "--",
        str(paths_file),
        method,
        str(body_file),
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    return json.loads(line.removeprefix("BENCH_JSON "))


def measure(kind, page, port, gunicorn, cluster, args, workdir):
    load = {"paths": page["paths"], "method": page.get("method", "GET")}
    if kind == "add_to_cart":
        load["body"], load["headers"] = prepare_add_to_cart(port, page)
    elif kind != "static":
        for path in page["paths"]:  # every address once: renditions and caches are made
            response, _ = fetch(port, "GET", path)
            if response.status != 200:
                raise SystemExit(f"{kind}: {path} answered {response.status}")
        cache_state = fetch(port, "GET", page["paths"][0])[0].getheader("X-Page-Cache")
        if kind == "cached" and page["page_cache"] and cache_state != "hit":
            raise SystemExit(f"{kind}: the page cache did not answer ({cache_state})")
        if kind != "cached" and cache_state:
            raise SystemExit(f"{kind}: the page cache answered although it is off")
    wrk(port, seconds=args.warmup, connections=args.connections, workdir=workdir, **load)
    workers = children(gunicorn.pid)
    backends = cluster.backend_pids()
    workers_before, backends_before = cpu_ticks(workers), cpu_ticks(backends)
    result = wrk(port, seconds=args.duration, connections=args.connections, workdir=workdir, **load)
    workers_after = cpu_ticks(workers)
    backends_after = cpu_ticks(set(backends) | set(cluster.backend_pids()))
    if set(children(gunicorn.pid)) != set(workers):
        raise SystemExit(f"{kind}: a gunicorn worker was replaced during the run")
    requests = result["requests"]
    errors = sum(result["errors"].values())
    if not requests:
        raise SystemExit(f"{kind}: no request finished in {args.duration} s ({result['errors']})")
    latency = result["latency_us"]
    return {
        "requests": requests,
        "errors": result["errors"],
        "requests_per_second": requests / (result["duration_us"] / 1e6),
        "latency_ms": {name: latency[name] / 1000 for name in ("mean", "p50", "p95", "p99", "max")},
        "cpu_ms_per_request": 1000 * spent(workers_before, workers_after) / requests,
        "db_cpu_ms_per_request": 1000 * spent(backends_before, backends_after) / requests,
        "failed": errors > 0,
    }


# -- machine ----------------------------------------------------------------------------------


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(memory_kb / 1024 / 1024, 1),
        "load_average_before": os.getloadavg(),
    }


def versions(cluster):
    found = {"python": platform.python_version(), "postgresql": cluster.version()}
    for package in ("Django", "wagtail", "gunicorn", "whitenoise", "psycopg", "playwright"):
        found[package.lower()] = metadata.version(package)
    wrk_line = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    found["wrk"] = wrk_line.split()[1] if wrk_line else "?"
    return found


# -- the report -------------------------------------------------------------------------------


def mark(met):
    return "met" if met else "**missed**"


def judge(report):
    """Each target, met or missed."""
    rows = report["rows"]
    for row in rows:
        baseline = BAKERYDEMO_CPU_MS.get(row["compares_with"] or "")
        row["bakerydemo_cpu_ms"] = baseline
        row["cpu_target_met"] = (
            None if baseline is None else row["cpu_ms_per_request"] <= (baseline / 3)
        )
        # a page-cache hit is judged by the hit itself; its cold count is the miss (Home)
        queries = row.get("queries_warm" if row["kind"] == "cached" else "queries_cold")
        row["query_target_met"] = None if queries is None else queries <= QUERY_BUDGET
    by_kind = {row["kind"]: row for row in rows}
    targets = []
    cached, static = by_kind.get("cached"), by_kind.get("static")
    if cached and static:
        targets.append(
            {
                "target": "cached anonymous page ≥ ½ the requests/s of the static file",
                "measured": f"{cached['requests_per_second']:.0f} vs "
                f"{static['requests_per_second']:.0f} req/s (CPU "
                f"{cached['cpu_ms_per_request']:.1f} vs {static['cpu_ms_per_request']:.1f} ms)"
                + ("" if cached["page_cache"] else " (no page cache yet: home page again)"),
                "bakerydemo": "no page cache",
                "met": cached["page_cache"]
                and cached["requests_per_second"] >= static["requests_per_second"] / 2,
            }
        )
    counted = [row for row in rows if row.get("queries_cold") is not None]
    counted = [row for row in counted if row["kind"] != "cached"]
    if counted:
        worst = max(counted, key=lambda row: row["queries_cold"])
        warmest = max(counted, key=lambda row: row["queries_warm"])
        targets.append(
            {
                "target": f"≤ {QUERY_BUDGET} SQL queries per page (cold cache)",
                "measured": f"at most {worst['queries_cold']} cold ({worst['label']}), "
                f"{warmest['queries_warm']} warm ({warmest['label']})",
                "bakerydemo": BAKERYDEMO_QUERIES,
                "met": worst["queries_cold"] <= QUERY_BUDGET,
            }
        )
    compared = [row for row in rows if row["cpu_target_met"] is not None]
    if compared:
        missed = [row["label"] for row in compared if not row["cpu_target_met"]]
        targets.append(
            {
                "target": "uncached pages ≤ ⅓ of bakerydemo's CPU per request",
                "measured": "all within" if not missed else "over: " + ", ".join(missed),
                "bakerydemo": "34–100 ms",
                "met": not missed,
            }
        )
    if report.get("home_first_load"):
        load = report["home_first_load"]
        parts = ", ".join(f"{kind} {size / 1024:.0f}" for kind, size in load["bytes"].items())
        targets.append(
            {
                "target": f"home first load on a phone ≤ {HOME_WEIGHT_BUDGET_KB} KB",
                "measured": f"{load['total_bytes'] / 1024:.0f} KB ({parts}; "
                f"{sum(load['requests'].values())} requests, {load['phone']})",
                "bakerydemo": f"{BAKERYDEMO_HOME_KB} KB",
                "met": load["total_bytes"] <= HOME_WEIGHT_BUDGET_KB * 1024,
            }
        )
    memory = report["worker_memory"]
    peak = max(worker["peak_rss_mb"] for worker in memory)
    targets.append(
        {
            "target": f"worker memory < {WORKER_MEMORY_BUDGET_MB} MB",
            "measured": f"peak RSS {peak:.0f} MB (now "
            + ", ".join(f"{worker['rss_mb']:.0f}" for worker in memory)
            + " MB)",
            "bakerydemo": "",
            "met": peak < WORKER_MEMORY_BUDGET_MB,
        }
    )
    report["targets"] = targets


def table(report):
    lines = [
        "| page | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | + PostgreSQL ms/req "
        "| queries cold/warm | HTML KB | bakerydemo CPU ms (page) | CPU ≤ ⅓ | queries ≤ 20 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|---|",
    ]
    for row in report["rows"]:
        latency = row["latency_ms"]
        queries = f"{row['queries_cold']}/{row['queries_warm']}" if "queries_cold" in row else "—"
        html = f"{row['html_bytes'] / 1024:.1f}" if row.get("html_bytes") else "—"
        baseline = (
            f"{row['bakerydemo_cpu_ms']} ({BAKERYDEMO_PAGE[row['compares_with']]})"
            if row["bakerydemo_cpu_ms"]
            else "—"
        )
        cpu_mark = "—" if row["cpu_target_met"] is None else mark(row["cpu_target_met"])
        query_mark = "—" if row["query_target_met"] is None else mark(row["query_target_met"])
        label = row["label"] + (" (ERRORS)" if row["failed"] else "")
        lines.append(
            f"| {label} | {row['requests_per_second']:.0f} | {latency['p50']:.1f} "
            f"| {latency['p95']:.1f} | {latency['p99']:.1f} | {row['cpu_ms_per_request']:.1f} "
            f"| {row['db_cpu_ms_per_request']:.1f} | {queries} | {html} | {baseline} "
            f"| {cpu_mark} | {query_mark} |"
        )
    lines += ["", "| target | measured | bakerydemo | |", "|---|---|---|---|"]
    for target in report["targets"]:
        lines.append(
            f"| {target['target']} | {target['measured']} | {target['bakerydemo']} "
            f"| {mark(target['met'])} |"
        )
    info = report["machine"]
    config = report["config"]
    lines += [
        "",
        f"Machine: {info['nproc']} cores ({info['cpu']}), {info['ram_gib']} GiB RAM, "
        f"load average {info['load_average_before'][0]:.1f} at the start. "
        f"gunicorn {WORKERS} sync workers, wrk {config['connections']} connections for "
        f"{config['duration']} s per page after {config['warmup']} s of warm-up, on loopback; "
        f"PostgreSQL {report['versions']['postgresql']}, Django {report['versions']['django']}, "
        f"Wagtail {report['versions']['wagtail']}, Python {report['versions']['python']}.",
    ]
    return "\n".join(lines)


# -- the run --------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per page")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per page")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--reseed", action="store_true", help="seed the database again")
    parser.add_argument("--only", help="comma-separated kinds of page (default: all)")
    parser.add_argument("--no-weight", action="store_true", help="skip the phone first load")
    parser.add_argument(
        "--postgres-setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a PostgreSQL setting for the benchmark, e.g. jit=off (repeatable)",
    )
    parser.add_argument("--seed-only", action="store_true", help="seed if needed, then stop")
    for name, count in SIZES.items():
        parser.add_argument(f"--{name}", type=int, default=count, help=f"default {count}")
    args = parser.parse_args()
    sizes = {name: getattr(args, name) for name in SIZES}
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    DATA.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    media_root = DATA / "media"
    stamp_file = DATA / "seeded.json"
    stamp = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    wanted = fingerprint(sizes)
    reseed = args.reseed or stamp.get("fingerprint") != wanted
    if reseed and stamp:
        say("The seeding code, the migrations or the sizes changed: seeding again.")

    cluster = Cluster(DATA / "pgdata")
    if not cluster.exists:
        cluster.create()
    workdir = Path(tempfile.mkdtemp(prefix="bench-run-"))
    report = {"machine": machine(), "rows": [], "worker_memory": []}
    redis = None
    try:
        cluster.start(fast_writes=reseed)
        if reseed:
            stamp_file.unlink(missing_ok=True)
            stamp = {"fingerprint": wanted, "sizes": sizes, **seed(cluster, media_root, sizes)}
            stamp_file.write_text(json.dumps(stamp, indent=2))
        if reseed or args.postgres_setting:
            # the benchmark runs with PostgreSQL's default durability, and the settings asked
            cluster.stop()
            cluster.start(settings=args.postgres_setting)
        report["seed"] = {**stamp, "reused": not reseed}
        if args.seed_only:
            say(f"Seeded: {json.dumps(report['seed']['seconds'])}")
            return
        report["versions"] = versions(cluster)
        redis, redis_url = start_redis(workdir / "redis.log")
        env = production_env(cluster, redis_url, workdir / "static", media_root)
        say("collectstatic …")
        manage("collectstatic", "--noinput", "-v0", env=env)
        say("Counting queries per page …")
        probe_file = workdir / "pages.json"
        subprocess.run(
            [PYTHON, "-m", "bench.probe", str(probe_file)],
            env={**env, "PAGE_CACHE_SECONDS": "0"},
            check=True,
        )
        probed = json.loads(probe_file.read_text())
        pages = probed["pages"]
        pages["static"] = {"paths": [pages["home"]["static_path"]]}
        report["catalogue"] = probed["counts"]
        only = set(args.only.split(",")) if args.only else None
        rows = [row for row in ROWS if not only or row[0] in only]
        # Pages are measured with the page cache off, then the page cache and the static
        # file (the floor) on a server that has it on, as production does.
        phases = [
            ({**env, "PAGE_CACHE_SECONDS": "0"}, [r for r in rows if r[0] not in CACHE_ON]),
            (env, [r for r in rows if r[0] in CACHE_ON]),
        ]
        for phase_env, phase_rows in phases:
            if phase_rows:
                run_phase(phase_env, phase_rows, pages, cluster, args, workdir, report)
        if not args.no_weight:
            say("Home page's first load on a phone …")
            with serving(env, workdir) as (port, _gunicorn):
                report["home_first_load"] = weight.first_load(
                    f"http://127.0.0.1:{port}{pages['home']['paths'][0]}", media_root
                )
    finally:
        if redis:
            redis.terminate()
            redis.wait(10)
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    report["config"] = {
        "duration": args.duration,
        "warmup": args.warmup,
        "connections": args.connections,
        "workers": WORKERS,
        "load_generator": "wrk, 1 thread",
        "postgres_settings": args.postgres_setting,
    }
    report["machine"]["load_average_after"] = os.getloadavg()
    report["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    judge(report)
    text = table(report)
    (RESULTS / "latest.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    (RESULTS / "latest.md").write_text(text + "\n")
    print(text)


CACHE_ON = {"cached", "static"}


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


def run_phase(env, rows, pages, cluster, args, workdir, report):
    with serving(env, workdir) as (port, gunicorn):
        for kind, label, compares_with in rows:
            page = pages[kind]
            if kind == "cached":
                label = (
                    "Home from the page cache"
                    if page["page_cache"]
                    else "Home again (no page cache yet)"
                )
            say(f"Loading: {label} …")
            row = {
                "kind": kind,
                "label": label,
                "compares_with": compares_with,
                "path": page["paths"][0],
                "addresses": len(page["paths"]),
                **{
                    name: page[name]
                    for name in ("queries_cold", "queries_warm", "html_bytes", "html_gzip_bytes")
                    if name in page
                },
                **measure(kind, page, port, gunicorn, cluster, args, workdir),
            }
            if kind == "cached":
                row["page_cache"] = page["page_cache"]
            row["worker_rss_mb_after"] = [
                round(memory_of(pid)["rss_mb"]) for pid in children(gunicorn.pid)
            ]
            report["rows"].append(row)
        report["worker_memory"] += [memory_of(pid) for pid in children(gunicorn.pid)]


if __name__ == "__main__":
    main()
