"""The demo seed, one module per section of the site, each reading its texts from demo/data:

    site       home pages, standard pages, navigation, organisation, demo accounts
    stories    peoples, crafts, villages, artisans, stories, events and class registrations
    catalog    materials, motifs, the shop, cooperatives, products, delivery zones, bank account
    enquiries  wholesale enquiries and the cooperatives' replies
    orders     a year and more of demo orders for the programme report

`manage.py seed_demo` (demo/management/commands/seed_demo.py) runs them in order. Every step
looks for what it would create first, so a second run changes nothing.
"""
