// The event map in a real browser: Debian's Chromium driven by playwright-core (npm; no browser download).
// Not part of pytest (CI has no browser). Run against a server you started:
//   eventwire serve --db events.db --port 8000 &
//   npm install playwright-core && node tests/web/map_check.mjs http://127.0.0.1:8000/ /tmp/map
// It prints the load time and status line, opens the first listed events' popups, checks that their links are
// http(s) pages or stored articles and that each shows its confidence with a tooltip, applies each filter (the
// Confidence box must send min_confidence), and writes screenshots PREFIX_*.png. Exit 1 on a failure.
import { chromium } from "playwright-core";

const [url = "http://127.0.0.1:8000/", out = "/tmp/map"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const problems = [], console_ = [];
page.on("console", m => { if (m.type() === "error") console_.push(m.text()); });
page.on("pageerror", e => problems.push("script error: " + e.message));
let asked = "";  // the last events query the page sent
page.on("request", r => { if (r.url().includes("/api/events.geojson")) asked = r.url(); });
const settled = () => page.waitForFunction(() => {
  const s = document.getElementById("status").textContent;
  return s && !/loading/.test(s);
}, null, { timeout: 120000 });

const t0 = Date.now();
await page.goto(url);
await settled();
const items = await page.locator("#list li").count();
console.log(JSON.stringify({ load_ms: Date.now() - t0, status: await page.textContent("#status"),
  markers: await page.locator("path.leaflet-interactive").count(), items }));
await page.screenshot({ path: `${out}_load.png` });

for (let i = 0; i < Math.min(items, 20); i++) {
  await page.locator("#list li").nth(i).click();
  await page.waitForSelector(".leaflet-popup-content", { timeout: 5000 });
  for (const href of await page.locator(".leaflet-popup-content a").evaluateAll(as => as.map(a => a.href))) {
    if (!/^https?:\/\//.test(href)) problems.push(`popup ${i}: a link that is not a web page: ${href}`);
  }
  // Every popup shows the confidence as a percentage, with what it means on hover.
  const conf = page.locator(".leaflet-popup-content .confidence").last();  // the one just opened
  if (!(await conf.count()) || !/^Confidence \d{1,3}%$/.test(await conf.textContent())
      || !(await conf.getAttribute("title"))) problems.push(`popup ${i}: no confidence line with a tooltip`);
  else if (i === 0) console.log("confidence:", await conf.textContent(), "|", await conf.getAttribute("title"));
  if (i === 0) {
    console.log("popup:", (await page.textContent(".leaflet-popup-content")).slice(0, 300));
    await page.screenshot({ path: `${out}_popup.png` });
  }
}

for (const [name, set] of [["type", p => p.selectOption("select[name=type]", "Battles")],
  ["political", p => p.selectOption("select[name=type]", "Political")],
  ["sub-type", p => p.selectOption("select[name=sub_type]", "Air/drone strike")],
  ["oldest first", p => p.selectOption("select[name=order]", "oldest")],
  ["country", p => p.fill("input[name=country]", "ua")], ["text", p => p.fill("input[name=text]", "drone")],
  ["confidence", p => p.selectOption("select[name=min_confidence]", "0.8")],
  ["merged+text", async p => { await p.fill("input[name=text]", "drone"); await p.check("input[name=merged]"); }]]) {
  await page.reload();
  await settled();
  if (name !== "merged+text") await page.uncheck("input[name=merged]");
  await set(page);
  const t = Date.now();
  await page.click("button[type=submit]");
  await page.waitForTimeout(200);
  await settled();
  const shown = await page.locator("#list li").count();
  const status = await page.textContent("#status");
  console.log(`${name}: ${Date.now() - t} ms, ${shown} listed: ${status}`);
  if (name === "merged+text" && shown) problems.push("a refused query left the earlier events listed");
  if (name === "confidence" && !/[?&]min_confidence=0\.8(&|$)/.test(asked)) {
    problems.push(`the Confidence box did not send min_confidence: ${asked}`);
  }
  await page.screenshot({ path: `${out}_${name}.png` });
}
console.log("console errors:", JSON.stringify(console_));
await browser.close();
if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
