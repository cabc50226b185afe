"""Settings for seeding the benchmark database: development settings (demo content allowed)
without DEBUG, whose query log would grow by every query of the seeding, and with uploads
kept beside the benchmark's database (BENCH_MEDIA_ROOT) instead of the checkout's media/."""

import os

from craftsite.settings.dev import *  # noqa: F403

DEBUG = False
MEDIA_ROOT = os.environ["BENCH_MEDIA_ROOT"]
