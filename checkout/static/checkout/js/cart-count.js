// Shows how many items the visitor's cart holds, from the cookie the site keeps for it:
// stored pages are the same for every visitor, so the count cannot be in the page itself.
// Without script the header's cart link simply has no count.
const cartCount = Number((document.cookie.match(/(?:^|;\s*)cart_count=(\d+)/) || [])[1] || 0);
document.querySelectorAll("[data-cart-count]").forEach((badge) => {
  badge.textContent = cartCount;
  badge.hidden = cartCount === 0;
});
