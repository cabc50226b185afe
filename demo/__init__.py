"""Demo content for development and tests (installed only by the dev and test settings):
texts as data files (data/, read by data.py), generated pictures (painting/), the seed that
builds the demo site from them (seed/, helpers.py) and its command, `manage.py seed_demo`.
May import every app; no app imports it, and it is independent of bench."""
