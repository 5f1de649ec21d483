// eventwire map: no tile server; country outlines from /static/countries.geojson, events from the API.
// All text from articles is untrusted: it is only ever inserted as text nodes (textContent).
"use strict";
const COLORS = {"Battles": "#d95f02", "Explosions/Remote violence": "#c0001a", "Violence against civilians": "#7b3294",
  "Protests": "#1b9e77", "Riots": "#e6ab02", "Strategic developments": "#666"};
const POLITICAL = "#2c7fb8";  // PLOVER-only events (threats, calls, requests): no ACLED type
const COARSE = 3;  // geo_precision of an event placed only at a region or country
const map = L.map("map", {worldCopyJump: true}).setView([30, 20], 3);
const events = L.layerGroup().addTo(map);

fetch("/static/countries.geojson").then(r => r.json()).then(geo => {
  L.geoJSON(geo, {style: {color: "#999", weight: 0.6, fillColor: "#f7f4ee", fillOpacity: 1}, interactive: false})
    .addTo(map).bringToBack();
});

// Legend: what a marker's colour and size mean (a map without one leaves a reader guessing).
const legend = L.control({position: "bottomleft"});
legend.onAdd = () => {
  const box = el("div", undefined, "legend");
  for (const [type, color] of Object.entries(COLORS)) {
    const row = el("div");
    const dot = el("span", undefined, "dot");
    dot.style.background = color;
    row.append(dot, document.createTextNode(type));
    box.append(row);
  }
  const other = el("div"), dot = el("span", undefined, "dot"), ring = el("div"), hollow = el("span", undefined, "dot");
  dot.style.background = POLITICAL;
  other.append(dot, document.createTextNode("Political (no violence)"));
  hollow.style.border = "2px solid #444";
  ring.append(hollow, document.createTextNode("located only to a region or country"));
  box.append(other, ring, el("div", "Marker size grows with the number killed.", "meta"));
  return box;
};
legend.addTo(map);

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

// "Air/drone strike", or "Political: Threaten" for a PLOVER code (a bare "THREATEN" reads like shouting).
function kind(p) {
  if (p.sub_event_type) return p.sub_event_type;
  if (p.plover) return "Political: " + p.plover.charAt(0) + p.plover.slice(1).toLowerCase();
  return p.event_type || "event";
}

// "4", "2–5", "at least 50" ("at least 50 killed" has no high), or "not given": the text's range, not its best alone.
function toll(best, low, high) {
  if (low != null && high != null && high !== low) return `${low}–${high}`;
  if (low != null && high == null) return best != null && best !== low ? `${best} (at least ${low})` : `at least ${low}`;
  if (best != null) return String(best);
  return "not given";
}

function popup(p, merged) {
  const box = el("div");
  box.append(el("strong", `${kind(p)} — ${p.place}`), el("br"));
  box.append(el("span", `${p.date_label || "undated"}; killed ${toll(p.fatalities, p.fatalities_low, p.fatalities_high)}, ` +
    `injured ${toll(p.injured, p.injured_low, p.injured_high)}`), el("br"));
  if (p.confidence != null) box.append(confidenceLine(p, merged));
  // Sources come labelled by the API ("unnamed source (article …)" where a document named no outlet).
  if (p.sources && p.sources.length) box.append(el("div", `Sources: ${p.sources.join("; ")}`, "sources"));
  if (p.articles && p.articles.length) box.append(articleLinks(p.articles));
  if (p.evidence) box.append(el("q", p.evidence));
  for (const f of p.flags) box.append(el("div", `⚑ ${f}`, "flag"));
  return box;
}

// "Confidence 87%", with what the number means on hover: a calibrated probability for violent reports only.
const VIOLENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"]);
function confidenceLine(p, merged) {
  const line = el("div", `Confidence ${Math.round(p.confidence * 100)}%`, "confidence");
  line.title = merged ? "Combined over the sources' own confidences as if each erred independently " +
      "(1 − the chance that all are wrong); not itself calibrated"
    : VIOLENT.has(p.event_type) ? "The learned chance that this record's type, date (±1 day) and place " +
      "(within 25 km) are right, calibrated on hand-labelled reports"
    : "A rule score, not a calibrated probability: learned confidences exist for violent events only";
  return line;
}

// Links to the reports behind an event: the original page (http/https only: a stored URL is untrusted text),
// else the stored article as JSON. A merged event can rest on many: the first few, and how many more.
const MAX_LINKS = 5;
function articleLinks(articles) {
  const box = el("div", "Read: ", "articles");
  articles.slice(0, MAX_LINKS).forEach((a, i) => {
    const host = webHost(a.url);
    const link = el("a", host || `stored article ${a.id}`);
    link.href = host ? a.url : `/api/articles/${encodeURIComponent(a.id)}`;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    if (i) box.append(document.createTextNode(", "));
    box.append(link);
  });
  if (articles.length > MAX_LINKS) box.append(document.createTextNode(` and ${articles.length - MAX_LINKS} more`));
  return box;
}

// The host of an http(s) URL, else null (another scheme, or a malformed URL that would throw inside a popup).
function webHost(url) {
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
  try { return new URL(url).hostname || null; } catch (e) { return null; }
}

async function load(params) {
  const status = document.getElementById("status");
  if (params.merged && params.text) {
    // The API's 422 ("query the events instead") does not say which box to change on this page.
    events.clearLayers();
    document.getElementById("list").replaceChildren();
    status.textContent = "Text searches the reports' own events: untick Merged to search, or clear Text";
    return;
  }
  status.textContent = "loading…";
  const res = await fetch("/api/events.geojson?" + new URLSearchParams({...params, limit: 1000}));
  const body = await res.json();
  const list = document.getElementById("list");
  // Cleared before anything is shown: after a refused query the old markers would read as its answer.
  events.clearLayers();
  list.replaceChildren();
  if (!res.ok) { status.textContent = body.error ? body.error.message : res.statusText; return; }
  const bounds = [], wide = [];
  for (const f of body.features) {
    const p = f.properties, [lon, lat] = f.geometry.coordinates;
    // Log scale, so one outlier toll cannot cover a continent.
    const coarse = p.geo_precision >= COARSE;
    const color = COLORS[p.event_type] || POLITICAL;
    // Hollow when placed only at a region or country centroid, as in the report's map: not a real spot.
    const marker = L.circleMarker([lat, lon], {radius: 4 + 4 * Math.log10(1 + (p.fatalities || 0)),
      color, weight: coarse ? 2 : 1, fillOpacity: coarse ? 0 : 0.7})
      .bindPopup(() => popup(p, String(f.id).startsWith("cev_")));
    events.addLayer(marker);
    (coarse ? wide : bounds).push([lat, lon]);
    const item = el("li");
    item.append(el("div", `${p.date_label || "undated"} · ${p.place}`), el("div", kind(p), "meta"));
    item.addEventListener("click", () => { map.setView([lat, lon], 8); marker.openPopup(); });
    list.append(item);
  }
  // Fit the precisely placed events: one country centroid (Russia's lies in Siberia) would zoom out to a continent.
  const fit = bounds.length ? bounds : wide;
  if (fit.length) map.fitBounds(fit, {padding: [30, 30], maxZoom: 8});
  const shown = body.features.length, skipped = body.skipped_without_coordinates;
  const which = params.order === "oldest" ? "oldest" : "newest";
  // One page only: say which page, or a person reads the newest 1000 as all there is ("692 events ... the newest
  // 1000" read as a contradiction: say that the 692 are those of the 1000 that have coordinates).
  status.textContent = (body.next_cursor ? `${shown} on the map: the ${which} 1000 matching events only` +
      span(body.features) + (skipped ? `, ${skipped} of them without coordinates` : "") +
      `; narrow the dates or filters${which === "newest" ? ", or show oldest first," : ""} to see the rest`
    : (shown || skipped ? `${shown} event${shown === 1 ? "" : "s"}` + span(body.features) +
      (skipped ? ` (${skipped} more without coordinates)` : "") + (shown > 1 ? `, ${which} first` : "")
      : stored === 0 ? "no events in this database yet: add reports with eventwire ingest PATHS --db DATABASE"
      : "no events match" + (Object.keys(params).some(k => k !== "merged" && k !== "order") ? ": widen the filters" : ""))) +
    // Merged markers are the last merge's: events stored since then are not among them until it runs again.
    (params.merged && unmerged ? `; ${unmerged} event${unmerged === 1 ? "" : "s"} stored since the last merge ` +
      "not shown: run eventwire merge again" : "");
}

// ", 2025-05-30 to 2025-06-06": where the page's events begin (undated ones aside), the order pages go by, so a page
// says which events it holds. Each is told as precisely as it is dated: ", 2021 to 2022-03-01", not "2021-01-01".
const SPAN_SEP = " … ";
function span(features) {
  const dated = features.map(f => f.properties).filter(p => p.date).sort((a, b) => (a.date < b.date ? -1 : 1));
  if (!dated.length) return "";
  const [from, to] = [dated[0], dated[dated.length - 1]].map(p => (p.date_label || p.date).split(SPAN_SEP)[0]);
  return from === to ? `, ${from}` : `, ${from} to ${to}`;
}

document.getElementById("filters").addEventListener("submit", ev => {
  ev.preventDefault();
  const params = Object.fromEntries([...new FormData(ev.target)].filter(([, v]) => v));
  load(params);
});
// After `eventwire merge`, start on the merged events, as the report counts them (one marker per real event).
let unmerged = 0, stored = null;
fetch("/api/stats").then(r => r.json()).then(stats => {
  const merged = stats.clusters > 0;
  unmerged = stats.unmerged_events || 0;
  stored = stats.events;
  document.querySelector("input[name=merged]").checked = merged;
  // Newest first: an analyst opens the map for the latest events, not a large store's oldest 1000.
  load(merged ? {merged: "on", order: "newest"} : {order: "newest"});
}, () => load({order: "newest"}));
