"""The seeded benchmark database: what it depends on (its fingerprint, kept beside it so that
a change reseeds it) and the seeding itself, `manage.py migrate` then `python -m bench.seed`."""

import hashlib
import json
import os
import shutil
import subprocess
import time
from datetime import UTC, datetime

from bench.server import PYTHON, ROOT, manage, say

# What the seeded database depends on, besides the sizes.
SEEDED_FROM = [
    "*/migrations/*.py",
    "demo/**/*.py",  # the demo site (seed_demo), which the bulk content copies and links to
    "demo/**/*.yaml",
    "*/management/commands/seed_*.py",
    "bench/seed.py",
    "bench/seed_settings.py",
    "bench/topup.py",
    "bench/bulk*.py",
    "requirements.lock",
]


def fingerprint(sizes):
    """A digest of the sizes and of the files in SEEDED_FROM (their paths and contents)."""
    digest = hashlib.sha256(json.dumps(sizes, sort_keys=True).encode())
    for path in sorted({p for pattern in SEEDED_FROM for p in ROOT.glob(pattern)}):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
    output = subprocess.run(
        [PYTHON, "-m", "bench.seed", *(f"--{name}={count}" for name, count in sizes.items())],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE,
    ).stdout.strip()
    finished = time.monotonic()
    say(output)
    return {
        "seconds": {
            "migrate": round(migrated - started, 1),
            "seed": round(finished - migrated, 1),
            "total": round(finished - started, 1),
        },
        "seed_output": output,
        "seeded_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
