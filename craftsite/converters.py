"""Path converters for the apps' URLs. This module imports no app."""


class PageIdConverter:
    """A page's id in an address (`<page_id:product_id>`): 1 to 18 digits, no sign and no
    leading zero. Anything longer is not an id the database can hold, so such an address is
    simply not found, instead of overflowing the database's integer."""

    regex = "[1-9][0-9]{0,17}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
