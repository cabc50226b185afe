"""The report of a benchmark run: each target judged met or missed against Wagtail's
bakerydemo and the site's budgets, and the Markdown table of bench/results/latest.md."""

from bench.load import PAGE_CACHE_ROWS
from bench.server import WORKERS

# Wagtail's bakerydemo on this kind of machine: gunicorn, 2 workers, SQLite, no page cache.
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
BACKOFFICE_BUDGET_KB = 150  # each screen of the cooperative's light back office
WORKER_MEMORY_BUDGET_MB = 250


# -- the report -------------------------------------------------------------------------------


def mark(met):
    return "met" if met else "**missed**"


def judge(report):
    """Each target, met or missed."""
    rows = report["rows"]
    bakerydemo = report.get("bakerydemo_cpu_ms") or {}
    for row in rows:
        # whole cost: our workers and our PostgreSQL backends, as bakerydemo's SQLite work is
        # inside its workers
        row["whole_cpu_ms"] = row["cpu_ms_per_request"] + row["db_cpu_ms_per_request"]
        baseline = bakerydemo.get(row["compares_with"] or "")
        row["bakerydemo_cpu_ms"] = baseline
        row["ratio_to_bakerydemo"] = None if baseline is None else row["whole_cpu_ms"] / baseline
        row["cpu_target_met"] = None if baseline is None else row["ratio_to_bakerydemo"] <= 1 / 3
        # a page-cache hit is judged by the hit itself; its cold count is the miss
        queries = row.get("queries_warm" if row["kind"] in PAGE_CACHE_ROWS else "queries_cold")
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
    counted = [row for row in counted if row["kind"] not in PAGE_CACHE_ROWS]
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
                "target": "uncached pages ≤ ⅓ of bakerydemo's CPU per request, whole cost",
                "measured": "all within" if not missed else "over: " + ", ".join(missed),
                "bakerydemo": ", ".join(f"{page} {ms:g} ms" for page, ms in bakerydemo.items())
                + " (--bakerydemo, same machine)",
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
    if report.get("backoffice_first_loads"):
        loads = report["backoffice_first_loads"]
        targets.append(
            {
                "target": f"each back office screen's first load < {BACKOFFICE_BUDGET_KB} KB",
                "measured": ", ".join(
                    f"{name} {load['total_bytes'] / 1024:.0f} KB" for name, load in loads.items()
                ),
                "bakerydemo": "",
                "met": all(
                    load["total_bytes"] < BACKOFFICE_BUDGET_KB * 1024 for load in loads.values()
                ),
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
        "| whole ms/req | queries cold/warm | HTML KB | bakerydemo CPU ms (page) | ratio "
        "| ≤ ⅓ | queries ≤ 20 |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|---|---|",
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
        ratio = "—" if row["ratio_to_bakerydemo"] is None else f"{row['ratio_to_bakerydemo']:.2f}"
        cpu_mark = "—" if row["cpu_target_met"] is None else mark(row["cpu_target_met"])
        query_mark = "—" if row["query_target_met"] is None else mark(row["query_target_met"])
        label = row["label"] + (" (ERRORS)" if row["failed"] else "")
        lines.append(
            f"| {label} | {row['requests_per_second']:.0f} | {latency['p50']:.1f} "
            f"| {latency['p95']:.1f} | {latency['p99']:.1f} | {row['cpu_ms_per_request']:.1f} "
            f"| {row['db_cpu_ms_per_request']:.1f} | {row['whole_cpu_ms']:.1f} | {queries} "
            f"| {html} | {baseline} | {ratio} | {cpu_mark} | {query_mark} |"
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
