"""QR labels for a product, a batch or a single piece, printed on A4 sheets or a thermal
roll, and the public "who made this" page their signed code opens."""
