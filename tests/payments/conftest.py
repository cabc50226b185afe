"""The shop the payment tests work in is the order admin's."""

from tests.orders.conftest import staffed_shop  # noqa: F401
