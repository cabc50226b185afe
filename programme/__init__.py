"""The programme's private registry, kept by the Department of Culture, Sports and Tourism:
the makers and learners of the crafts (personal data, never on a public page), the support
projects given to production facilities, and the areas where raw materials are grown or
gathered. The programme report counts them (monitoring.programme_tables)."""
