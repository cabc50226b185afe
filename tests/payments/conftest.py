"""The shops the payment tests work in: the order admin's, and the programme report's (for
the demo years)."""

from tests.monitoring.conftest import programme  # noqa: F401
from tests.orders.conftest import staffed_shop  # noqa: F401
