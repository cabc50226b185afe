// The admin's map picker (base.panels.LocationPanel). The latitude and longitude fields stay
// what is saved: clicking the map (or moving the marker with the arrow keys) fills them in,
// and typing in them moves the marker. With map tiles configured the map is Leaflet's; the
// province's drawn map stays until the first tile arrives, and comes back if tiles fail.
(() => {
  const STEP = 0.01; // degrees per arrow key press, about a kilometre
  const BIG_STEP = 0.1;

  const readNumber = (input) => {
    const text = input.value.trim();
    const value = Number(text.includes(".") ? text : text.replace(",", "."));
    return text && Number.isFinite(value) ? value : null;
  };

  const setUp = (picker) => {
    const latInput = document.getElementById(picker.dataset.latitudeInput);
    const lngInput = document.getElementById(picker.dataset.longitudeInput);
    if (!latInput || !lngInput) return;
    const b = JSON.parse(picker.dataset.bounds);
    const drawn = picker.querySelector(".map-picker__drawn");
    const mark = picker.querySelector(".map-picker__marker");
    const live = picker.querySelector(".map-picker__live");
    const status = picker.querySelector(".map-picker__status");
    let leafletMap = null;
    let leafletMarker = null;
    picker.hidden = false; // the map needs this script: without it, only the fields show

    const inside = (lat, lng) => lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;
    const toDrawn = (lat, lng) => ({
      x: ((lng - b.west) / (b.east - b.west)) * b.width,
      y: ((b.north - lat) / (b.north - b.south)) * b.height,
    });
    const fromDrawn = (x, y) => ({
      lat: b.north - (y / b.height) * (b.north - b.south),
      lng: b.west + (x / b.width) * (b.east - b.west),
    });
    const current = () => {
      const lat = readNumber(latInput);
      const lng = readNumber(lngInput);
      return lat === null || lng === null ? null : { lat, lng };
    };

    const show = () => {
      const place = current();
      if (!place) {
        mark.setAttribute("hidden", "");
        status.textContent = picker.dataset.empty;
        if (leafletMarker) leafletMarker.remove();
        return;
      }
      status.textContent = `${picker.dataset.chosen} ${place.lat.toFixed(5)}, ${place.lng.toFixed(5)}`;
      if (inside(place.lat, place.lng)) {
        const { x, y } = toDrawn(place.lat, place.lng);
        mark.setAttribute("transform", `translate(${x.toFixed(1)} ${y.toFixed(1)})`);
        mark.removeAttribute("hidden");
      } else {
        mark.setAttribute("hidden", "");
        status.textContent += `. ${picker.dataset.outside}`;
      }
      if (leafletMap) {
        if (!leafletMarker) leafletMarker = L.marker([place.lat, place.lng], { keyboard: false });
        leafletMarker.setLatLng([place.lat, place.lng]).addTo(leafletMap);
        leafletMap.panTo([place.lat, place.lng]);
      }
    };

    const choose = (lat, lng) => {
      latInput.value = lat.toFixed(5);
      lngInput.value = lng.toFixed(5);
      [latInput, lngInput].forEach((input) => {
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      show();
    };

    drawn.addEventListener("click", (event) => {
      const point = drawn.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      const local = point.matrixTransform(drawn.getScreenCTM().inverse());
      const place = fromDrawn(local.x, local.y);
      choose(place.lat, place.lng);
    });
    drawn.addEventListener("keydown", (event) => {
      const moves = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const step = event.shiftKey ? BIG_STEP : STEP;
      const centre = fromDrawn(b.width / 2, b.height / 2);
      const place = current() || centre;
      const lat = Math.min(Math.max(place.lat + move[0] * step, b.south), b.north);
      const lng = Math.min(Math.max(place.lng + move[1] * step, b.west), b.east);
      choose(lat, lng);
    });
    [latInput, lngInput].forEach((input) => input.addEventListener("input", show));

    if (picker.dataset.tiles && window.L) {
      live.hidden = false;
      leafletMap = L.map(live, { scrollWheelZoom: false });
      const start = current();
      if (start && inside(start.lat, start.lng)) leafletMap.setView([start.lat, start.lng], 12);
      else leafletMap.fitBounds([[b.south, b.west], [b.north, b.east]]);
      const tiles = L.tileLayer(picker.dataset.tiles, {
        attribution: picker.dataset.attribution, maxZoom: 18,
      });
      // The drawn map is an SVG element, which has no `hidden` property: set the attribute.
      tiles.once("load", () => drawn.setAttribute("hidden", ""));
      tiles.on("tileerror", () => { live.hidden = true; drawn.removeAttribute("hidden"); });
      tiles.addTo(leafletMap);
      leafletMap.on("click", (event) => choose(event.latlng.lat, event.latlng.lng));
    }
    show();
  };

  const start = () => document.querySelectorAll("[data-map-picker]").forEach(setUp);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
