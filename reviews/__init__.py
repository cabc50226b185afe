"""Reviews of products by buyers whose parcel was delivered, moderated by the cooperative's
staff or the Department's editors before they show on the product page."""
