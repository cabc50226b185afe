"""The site-wide app: the user and image models, the home and standard pages, navigation,
organisation settings, search, the sitemap, the StreamField blocks and page mixins every app
builds on, and the template tags (site_tags). The lowest app: it imports no other app, only
craftsite's app-free helpers."""
