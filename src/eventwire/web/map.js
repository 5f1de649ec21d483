// eventwire map: no tile server; country outlines from /static/countries.geojson, events from the API.
// All text from articles is untrusted: it is only ever inserted as text nodes (textContent).
"use strict";
const COLORS = {"Battles": "#d95f02", "Explosions/Remote violence": "#c0001a", "Violence against civilians": "#7b3294",
  "Protests": "#1b9e77", "Riots": "#e6ab02", "Strategic developments": "#666"};
const map = L.map("map", {worldCopyJump: true}).setView([30, 20], 3);
const events = L.layerGroup().addTo(map);

fetch("/static/countries.geojson").then(r => r.json()).then(geo => {
  L.geoJSON(geo, {style: {color: "#999", weight: 0.6, fillColor: "#f7f4ee", fillOpacity: 1}, interactive: false})
    .addTo(map).bringToBack();
});

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function popup(p) {
  const box = el("div");
  box.append(el("strong", `${p.sub_event_type || p.plover || p.event_type} — ${p.place}`), el("br"));
  box.append(el("span", `${p.date || "undated"}; killed ${p.fatalities ?? "?"}, injured ${p.injured ?? "?"}`), el("br"));
  if (p.evidence) box.append(el("q", p.evidence));
  for (const f of p.flags) box.append(el("div", `⚑ ${f}`, "flag"));
  return box;
}

async function load(params) {
  const status = document.getElementById("status");
  status.textContent = "loading…";
  const res = await fetch("/api/events.geojson?" + new URLSearchParams({...params, limit: 1000}));
  const body = await res.json();
  if (!res.ok) { status.textContent = body.error ? body.error.message : res.statusText; return; }
  events.clearLayers();
  const list = document.getElementById("list");
  list.replaceChildren();
  const bounds = [];
  for (const f of body.features) {
    const p = f.properties, [lon, lat] = f.geometry.coordinates;
    // Log scale, so one outlier toll cannot cover a continent.
    const marker = L.circleMarker([lat, lon], {radius: 4 + 4 * Math.log10(1 + (p.fatalities || 0)),
      color: COLORS[p.event_type] || "#444", weight: 1, fillOpacity: 0.7}).bindPopup(() => popup(p));
    events.addLayer(marker);
    bounds.push([lat, lon]);
    const item = el("li");
    item.append(el("div", `${p.date || "undated"} · ${p.place}`), el("div", p.sub_event_type || p.plover, "meta"));
    item.addEventListener("click", () => { map.setView([lat, lon], 8); marker.openPopup(); });
    list.append(item);
  }
  if (bounds.length) map.fitBounds(bounds, {padding: [30, 30], maxZoom: 8});
  status.textContent = `${body.features.length} events` +
    (body.skipped_without_coordinates ? ` (${body.skipped_without_coordinates} without coordinates)` : "") +
    // One page only: say so, or a person reads the oldest 1000 as all there is.
    (body.next_cursor ? "; the oldest 1000 only: narrow the dates or filters to see the rest" : "");
}

document.getElementById("filters").addEventListener("submit", ev => {
  ev.preventDefault();
  const params = Object.fromEntries([...new FormData(ev.target)].filter(([, v]) => v));
  load(params);
});
load({});
