"""The measurement: each kind of page (the page list, ROWS) loaded with wrk on a gunicorn
server, with the CPU time of its workers and of the PostgreSQL backends serving them read
from /proc before and after; and the machine and versions it ran on."""

import json
import os
import platform
import re
import subprocess
from importlib import metadata
from pathlib import Path
from urllib.parse import urlencode

from bench.cluster import children
from bench.server import cookies_of, fetch, say, serving

LUA = Path(__file__).resolve().parent / "wrk.lua"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

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
    ("cart_shopper", "Product, shopper with a cart (page cache)", None),
    ("shared_link", "Product, shared link with tracking (page cache)", None),
    ("static", "Static CSS (whitenoise)", None),
]

# Measured on a server with the page cache on, as production has it; the others without.
PAGE_CACHE_ROWS = {"cached", "cart_shopper", "shared_link"}  # judged by the hit itself
CACHE_ON = PAGE_CACHE_ROWS | {"static"}
SAME_ORIGIN = {"Sec-Fetch-Site": "same-origin"}  # what a browser sends with the site's own form


# -- measuring ------------------------------------------------------------------------------


def run_phase(env, rows, pages, cluster, args, workdir, report):
    """Each kind of page of `rows` in turn on one gunicorn server run with `env`; a row of
    figures each, and the workers' memory at the end, go into `report`."""
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


def prepare_add_to_cart(port, cart):
    """A visitor whose session already holds a cart, and the form posted to fill it: every
    POST of the load adds the same variant again, as a buyer adding one more would. The form
    carries no CSRF token; the browser's Sec-Fetch-Site header says it is the site's own."""
    body = urlencode({"sku": cart["sku"], "quantity": 1})
    headers = {"Content-Type": "application/x-www-form-urlencoded", **SAME_ORIGIN}
    response, _ = fetch(port, "POST", cart["path"], body, headers)
    if response.status != 302:
        raise SystemExit(f"Add to cart answered {response.status}, not a redirect")
    cookies = cookies_of(response)
    cookies.pop("messages", None)
    headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
    return body, headers


def stat_fields(pid):
    return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()


def cpu_ticks(pids):
    """User and system CPU time of each process, in clock ticks."""
    ticks = {}
    for pid in pids:
        try:
            fields = stat_fields(pid)
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])
    return ticks


def reaped_ticks(pid):
    """CPU time of the children `pid` has reaped, in clock ticks: for the postmaster, its
    parallel query workers (and backends that ended), which cpu_ticks of the live backends
    never sees."""
    fields = stat_fields(pid)
    return int(fields[13]) + int(fields[14])


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
        load["body"], load["headers"] = prepare_add_to_cart(port, page["cart"])
    elif kind == "cart_shopper":
        _body, headers = prepare_add_to_cart(port, page["cart"])
        load["headers"] = {"Cookie": headers["Cookie"]}
    if kind not in ("static", "add_to_cart"):
        headers = load.get("headers", {})
        for path in page["paths"]:  # every address once: renditions and caches are made
            response, _ = fetch(port, "GET", path, headers=headers)
            if response.status != 200:
                raise SystemExit(f"{kind}: {path} answered {response.status}")
        response, _ = fetch(port, "GET", page["paths"][0], headers=headers)
        cache_state = response.getheader("X-Page-Cache")
        if kind in CACHE_ON and page.get("page_cache", True) and cache_state != "hit":
            raise SystemExit(f"{kind}: the page cache did not answer ({cache_state})")
        if kind not in CACHE_ON and cache_state:
            raise SystemExit(f"{kind}: the page cache answered although it is off")
    wrk(port, seconds=args.warmup, connections=args.connections, workdir=workdir, **load)
    workers = children(gunicorn.pid)
    backends = cluster.backend_pids()
    workers_before, backends_before = cpu_ticks(workers), cpu_ticks(backends)
    reaped_before = reaped_ticks(cluster.postmaster_pid)
    result = wrk(port, seconds=args.duration, connections=args.connections, workdir=workdir, **load)
    workers_after = cpu_ticks(workers)
    backends_after = cpu_ticks(set(backends) | set(cluster.backend_pids()))
    database = spent(backends_before, backends_after) + (
        (reaped_ticks(cluster.postmaster_pid) - reaped_before) / CLOCK_TICKS
    )
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
        "db_cpu_ms_per_request": 1000 * database / requests,
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
