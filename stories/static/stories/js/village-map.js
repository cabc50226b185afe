// Upgrade the drawn village map to an interactive Leaflet map when a tile server is configured.
// The drawn map stays in place until the first tile has loaded, and comes back if tiles fail.
// Markers keep the drawn map's shapes and numbers (round: village, diamond: heritage site).
document.querySelectorAll("[data-village-map][data-tiles]").forEach((figure) => {
  if (!window.L) return;
  const drawn = figure.querySelector(".village-map__drawn");
  const live = figure.querySelector(".village-map__live");
  const points = JSON.parse(figure.querySelector(".village-map__points").textContent);
  if (!points.length) return;
  live.style.height = `${drawn.getBoundingClientRect().height || 420}px`;
  live.hidden = false;
  const map = L.map(live, { scrollWheelZoom: false });
  const tiles = L.tileLayer(figure.dataset.tiles, {
    attribution: figure.dataset.attribution, maxZoom: 17,
  });
  // The drawn map is an SVG element, which has no `hidden` property: set the attribute.
  tiles.once("load", () => drawn.setAttribute("hidden", ""));
  tiles.on("tileerror", () => { live.hidden = true; drawn.removeAttribute("hidden"); });
  tiles.addTo(map);
  const bounds = points.map((p) => [p.lat, p.lng]);
  points.forEach((p) => {
    const link = document.createElement("a");
    link.href = p.url;
    link.textContent = p.title;
    const icon = L.divIcon({
      className: `map-marker map-marker--${p.kind}`,
      html: `<span>${p.number}</span>`,
      iconSize: [26, 26],
    });
    L.marker([p.lat, p.lng], { title: p.title, alt: p.title, icon }).addTo(map).bindPopup(link);
  });
  if (bounds.length === 1) map.setView(bounds[0], 13); else map.fitBounds(bounds, { padding: [30, 30] });
});
