"""Stand-ins for outside services, run in-process so tests never need the network."""
