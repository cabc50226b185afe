"""The demo content as data files: demo/data/<name>.yaml, one file per section (site,
accounts, crafts, villages, products, shop ...), each a mapping of a few top-level keys.

    load("products")["products"]      # the demo products, a list of mappings
    load("shop")["shipping_zones"]

The files hold plain YAML only: mappings, lists, strings, integers, booleans and null. Rows
that were tuples in the Python content (body items, image render arguments, event times,
demo accounts ...) are lists. Each file is parsed once and the result shared: treat it as
read-only.
"""

import functools
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def load(name):
    """The parsed content of demo/data/<name>.yaml."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.load(file, Loader=Loader)
