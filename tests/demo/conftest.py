"""The demo orders are checked against the programme the monitoring tests build."""

from tests.monitoring.conftest import programme  # noqa: F401 (a fixture)
