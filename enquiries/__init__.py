"""Wholesale quote requests: the "Request a quote" form, the cooperative's inbox in the admin,
replies by e-mail and the deal's status. Beside orders: may import stories, catalog, base and
craftsite; never orders nor any app above it."""
