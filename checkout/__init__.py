"""The buyer's side of the shop: the session cart, add to cart, checkout and the buyer's order
page. Above payments, whose methods it offers and starts: may import payments, orders and every
app below them; never monitoring, demo or bench."""
