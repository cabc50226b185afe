"""Fill the site up to a benchmark's size (bench.topup): the demo site when there is none yet,
then cooperatives, products and stories in bulk, indexed for search. Running it again on a
database of that size adds nothing. Only under settings that allow demo content.

`make bench` (bench.run) runs it once per seeded database; by hand:

    DJANGO_SETTINGS_MODULE=bench.seed_settings BENCH_MEDIA_ROOT=/tmp/bench-media \\
        python -m bench.seed --products 10000 --cooperatives 50 --stories 1000
"""

import argparse
import os

import django

# The benchmark's sizes, per language (bench.run seeds these unless told otherwise).
SIZES = {"products": 10_000, "cooperatives": 50, "stories": 1_000}


def parse(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m bench.seed",
        description=__doc__.split("\n\n")[0],
        epilog="DJANGO_SETTINGS_MODULE must be set: bench.run uses bench.seed_settings "
        "(which also needs BENCH_MEDIA_ROOT); craftsite.settings.dev works too.",
    )
    for name, count in SIZES.items():
        parser.add_argument(
            f"--{name}", type=int, default=count, help=f"{name} per language (default {count})"
        )
    parser.add_argument("--verbose", action="store_true", help="show seed_demo's own output")
    return parser.parse_args(argv)


def setup():
    """django.setup() under the settings the caller chose; there is no default, as the
    benchmark's own settings need to be told where uploads go."""
    module = os.environ.get("DJANGO_SETTINGS_MODULE")
    if not module:
        raise SystemExit(
            "Set DJANGO_SETTINGS_MODULE: bench.seed_settings, as `make bench` does (with "
            "BENCH_MEDIA_ROOT, the folder for uploads), or e.g. craftsite.settings.dev."
        )
    if module == "bench.seed_settings" and not os.environ.get("BENCH_MEDIA_ROOT"):
        raise SystemExit("bench.seed_settings needs BENCH_MEDIA_ROOT: the folder for uploads.")
    django.setup()


def main(argv=None):
    args = parse(argv)
    setup()
    # the seeding modules import models, which can be imported only once django.setup() has run
    from bench.bulk import SeedError  # noqa: PLC0415 (after django.setup())
    from bench.topup import seed_to_size  # noqa: PLC0415 (after django.setup())

    try:
        seed_to_size(args.products, args.cooperatives, args.stories, verbose=args.verbose)
    except SeedError as error:
        raise SystemExit(f"bench.seed: {error}") from None


if __name__ == "__main__":
    main()
