"""The Department's editorial pages: stories, crafts, ethnic groups, villages, artisans,
events and craft classes with their registrations. Imports catalog (its pages list products),
base and craftsite; never the commerce apps above it."""
