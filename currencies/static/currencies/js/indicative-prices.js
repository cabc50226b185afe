// Writes an indicative amount in the visitor's currency beside every price ("≈ US$14.20,
// indicative"). Stored pages are the same for every visitor, so the page carries only the
// VND amount (data-vnd); the currency comes from the cookie the footer's chooser sets (or the
// language's default) and the rates from the site's public rates document. Without script, or
// without a rate for the currency, prices show VND alone. The charge is always in VND.
const chooser = document.querySelector("[data-currency-chooser]");
const prices = document.querySelectorAll("[data-vnd]");
const chosen = (document.cookie.match(/(?:^|;\s*)indicative_currency=([A-Z]{3})/) || [])[1];

if (chooser) {
  const select = chooser.querySelector("select");
  const offered = (code) => Array.from(select.options).some((option) => option.value === code);
  const currency = offered(chosen) ? chosen : chooser.dataset.defaultCurrency || "VND";
  select.value = currency;
  if (currency !== "VND" && prices.length) {
    fetch(chooser.dataset.ratesUrl)
      .then((response) => (response.ok ? response.json() : { rates: {} }))
      .then((published) => showIndicative(currency, Number(published.rates[currency])))
      .catch(() => {});
  }
}

function showIndicative(currency, rate) {
  if (!(rate > 0)) return;
  // Intl knows each currency's minor unit: whole yen and won, cents for the others.
  const language = document.documentElement.lang === "vi" ? "vi-VN" : "en-GB";
  const format = new Intl.NumberFormat(language, { style: "currency", currency });
  const label = chooser.dataset.indicativeLabel;
  prices.forEach((price) => {
    const place = price.querySelector(".price__indicative");
    place.textContent = ` (≈ ${format.format(Number(price.dataset.vnd) / rate)}, ${label})`;
    place.hidden = false;
  });
}
