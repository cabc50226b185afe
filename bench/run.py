"""`make bench`: the site under load, page by page, beside Wagtail's bakerydemo.

1. A PostgreSQL cluster kept in bench/.data (BENCH_DATA to move it) holds the benchmark
   database: 10,000 products in 50 cooperatives and 1,000 stories per language, seeded once
   by `python -m bench.seed` and seeded again only when the migrations, the seeding code, the
   locked dependencies or the sizes change (or with --reseed).
2. collectstatic into a temporary folder; gunicorn with 2 sync workers under
   craftsite.settings.production.
3. bench.probe counts each page's SQL queries with Django's test client.
4. For each kind of page: a warm-up, then wrk (one thread, 8 connections, loopback) for
   --duration seconds, with the CPU time of the gunicorn workers (and of the PostgreSQL
   backends serving them) read from /proc before and after.
5. The home page's first load on a phone (Playwright, Debian's Chromium), and the first load
   of each of the back office's screens, signed in as a cooperative's staff member.
6. The table, with bakerydemo's figures and the targets, on screen and in bench/results/
   (latest.json, latest.md).

The parts: bench.seeded (the seeded database), bench.server (redis, gunicorn), bench.load
(the pages and the measurement), bench.weight (the phone), bench.report (targets, table).
"""

import argparse
import json
import os
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import weight
from bench.cluster import Cluster
from bench.load import CACHE_ON, ROWS, machine, run_phase, versions
from bench.report import BAKERYDEMO_PAGE, judge, table
from bench.seed import SIZES
from bench.seeded import fingerprint, seed
from bench.server import PYTHON, ROOT, WORKERS, manage, production_env, say, serving, start_redis

DATA = Path(os.environ.get("BENCH_DATA") or ROOT / "bench" / ".data")
RESULTS = ROOT / "bench" / "results"
# The cooperative's light back office, weighed on a phone as the home page is.
BACKOFFICE_SCREENS = {"dashboard": "/htx/", "orders": "/htx/orders/", "stock": "/htx/stock/"}


def parse_args():
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__.split("\n\n")[0]
    )
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
    parser.add_argument(
        "--bakerydemo",
        type=bakerydemo_figures,
        default={},
        metavar="PAGE=MS,…",
        help="bakerydemo's CPU ms per request measured on this machine within the hour by "
        "../shared/anchors/bakerydemo-bench.sh, for "
        + ", ".join(f"{page} ({name})" for page, name in BAKERYDEMO_PAGE.items())
        + ", e.g. home=62.4,listing=55.9,product=25.7,story=33.1,search=60.9; "
        "without them no page is judged against bakerydemo",
    )
    for name, count in SIZES.items():
        parser.add_argument(f"--{name}", type=int, default=count, help=f"default {count}")
    return parser.parse_args()


def bakerydemo_figures(text):
    """{page: CPU ms} from "home=62.4,listing=55.9"."""
    figures = {}
    for pair in text.split(","):
        page, _, value = pair.partition("=")
        if page.strip() not in BAKERYDEMO_PAGE:
            raise argparse.ArgumentTypeError(f"unknown bakerydemo page {page!r}")
        figures[page.strip()] = float(value)
    return figures


def backoffice_first_loads(base_url, env):
    """The first load of each of the back office's screens, signed in as a cooperative's
    staff member (bench.backoffice_session)."""
    session = subprocess.run(
        [PYTHON, "-m", "bench.backoffice_session", base_url],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    cookies = json.loads(session.stdout)
    return {
        name: weight.first_load(base_url + path, media_root=None, cookies=cookies)
        for name, path in BACKOFFICE_SCREENS.items()
    }


def main():
    args = parse_args()
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
    report = {
        "machine": machine(),
        "rows": [],
        "worker_memory": [],
        "bakerydemo_cpu_ms": args.bakerydemo,
    }
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
                base_url = f"http://127.0.0.1:{port}"
                report["home_first_load"] = weight.first_load(
                    base_url + pages["home"]["paths"][0], media_root
                )
                say("The back office's screens' first loads on a phone …")
                report["backoffice_first_loads"] = backoffice_first_loads(base_url, env)
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


if __name__ == "__main__":
    main()
