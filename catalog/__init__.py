"""The shop: shop, cooperative and product pages, variants (price and stock), materials and
motifs, the listing with facets and the supplier directory (all in models/), cooperative staff
groups (staff.py), permissions (permissions.py) and the cooperative's admin home (panels.py),
which other apps extend through hooks. Imports only base and craftsite."""
