"""The cooperatives' light back office for a phone on a weak signal, at /htx/: the day's
dashboard, the orders to send, prices and stock, product photos shrunk before upload. Its
screens stay small (no Wagtail editor) and keep working offline as an installable app; the
full Wagtail admin remains for everything else."""
