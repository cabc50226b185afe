"""Orders and each cooperative's part of them (fulfilments), delivery zones, shop settings,
the order services (services.py), order e-mails, the order and fulfilment admin and the sales
figures. May import stories, catalog, base and craftsite; never enquiries, beside it, nor any app
above it."""
