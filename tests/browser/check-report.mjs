// Opens claimmark's published reports in headless Chromium and prints, as one JSON object per
// report, what a reader would meet: at 360 px and 1280 px, whether anything is wider than the
// screen and whether every claim's highlight is visible and has its card; printed to an A4 PDF,
// how many pages and which cards do not stand whole on one page (the PDF's text, page by page,
// read by pdftotext); and axe-core's serious and critical violations in the light and dark
// themes. Used by tests/integration/report_browser.rs.
//
//   node check-report.mjs [--screenshots DIR] REPORT.html…
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const args = process.argv.slice(2);
let shots = null;
if (args[0] === "--screenshots") {
  shots = args[1];
  args.splice(0, 2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});

/** What the page shows at this width. */
async function layout(page, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media: "screen", colorScheme: "light" });
  return page.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll(".claimmark *")]
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.right > window.innerWidth + 0.5 || box.left < -0.5;
      })
      .map((e) => e.tagName.toLowerCase() + "." + e.className);
    const cards = [...document.querySelectorAll(".cm-card")].map((c) => c.id);
    const claims = [...document.querySelectorAll("mark.cm-claim[id^='cm-at-']")].map((m) => {
      const id = m.id.replace("cm-at-", "");
      const card = document.getElementById("cm-claim-" + id);
      const box = m.getBoundingClientRect();
      const background = getComputedStyle(m).backgroundColor;
      const paragraph = m.closest("p").getBoundingClientRect();
      const place = card ? card.getBoundingClientRect() : null;
      return {
        id,
        card: !!place && place.height > 0,
        visible: box.width > 0 && box.height > 0 && background !== "rgba(0, 0, 0, 0)",
        // Where the card stands: beside the paragraph (at its end side) or under it.
        beside: !!place && (place.left >= paragraph.right - 1 || place.right <= paragraph.left + 1),
        under: !!place && place.top >= paragraph.bottom - 1,
      };
    });
    return {
      innerWidth: window.innerWidth,
      scrollWidth: root.scrollWidth,
      wide: wide.slice(0, 10),
      scripted: !!window.pwned,
      cards,
      claims,
    };
  });
}

async function axe(page, colorScheme) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: "screen", colorScheme });
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/** The report printed to A4: pages, page numbers, cards not whole on one page. */
async function print(page, file) {
  await page.emulateMedia({ media: "print", colorScheme: "light" });
  const cards = await page.evaluate(() =>
    [...document.querySelectorAll(".cm-card")].map((c) => ({ id: c.id, text: c.innerText })),
  );
  const dir = mkdtempSync(join(tmpdir(), "claimmark-print-"));
  const pdf = join(dir, basename(file, ".html") + ".pdf");
  await page.pdf({ path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true });
  const squeeze = (t) => t.replace(/\s+/g, "");
  const info = execFileSync("pdfinfo", [pdf]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const texts = [];
  for (let n = 1; n <= pages; n++) {
    const text = execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", pdf, "-"]).toString();
    // pdftotext marks right-to-left runs with bidi embedding controls: not part of the text.
    texts.push(text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ""));
  }
  const split = cards
    .filter((c) => !texts.some((t) => squeeze(t).includes(squeeze(c.text))))
    .map((c) => c.id);
  // "1 / 3" at the foot of each page; a right-to-left page lays it out from the right, so
  // pdftotext (which reads left to right) sees "3 / 1".
  const rtl = await page.evaluate(() => document.documentElement.dir === "rtl");
  const foot = (n) => (rtl ? [pages, n] : [n, pages]).join("\\s*/\\s*");
  const numbered = texts.every((t, i) => new RegExp(`(^|\\s)${foot(i + 1)}(\\s|$)`).test(t));
  return { pdf, pages, numbered, split };
}

/** A desk index's filter, used as a reader would: the words of the first claim typed in the
 * box, then the first verdict chosen. */
async function filter(page) {
  if (!(await page.$("#cm-find"))) return null;
  await page.setViewportSize({ width: 1280, height: 900 });
  const shown = () => page.$$eval(".cm-index>li", (rows) => rows.filter((r) => !r.hidden).length);
  const rows = await shown();
  const words = await page.$eval(".cm-index>li a", (a) => a.textContent.replace(/[“”]/g, ""));
  await page.fill("#cm-find", words);
  const byWords = await shown();
  await page.fill("#cm-find", "");
  const verdict = await page.$eval("#cm-verdict option:nth-child(2)", (o) => o.value);
  await page.selectOption("#cm-verdict", verdict);
  const byVerdict = await shown();
  const verdictRows = await page.$$eval(
    ".cm-index>li",
    (rows, v) => rows.filter((r) => r.getAttribute("data-verdict") === v).length,
    verdict,
  );
  return { rows, byWords, byVerdict, verdictRows };
}

const results = [];
for (const file of args) {
  const page = await browser.newPage();
  const url = pathToFileURL(resolve(file)).href;
  await page.goto(url);
  const phone = await layout(page, 360);
  if (shots) await page.screenshot({ path: join(shots, basename(file, ".html") + "-phone.png"), fullPage: false });
  const desktop = await layout(page, 1280);
  if (shots) await page.screenshot({ path: join(shots, basename(file, ".html") + "-wide.png"), fullPage: false });
  const filtered = await filter(page);
  const printed = await print(page, file);
  if (shots) copyFileSync(printed.pdf, join(shots, basename(printed.pdf)));
  await page.goto(url);
  const light = await axe(page, "light");
  await page.goto(url);
  const dark = await axe(page, "dark");
  results.push({ file, phone, desktop, filter: filtered, print: printed, axe: { light, dark } });
  await page.close();
}
await browser.close();
const out = JSON.stringify(results, null, 1);
if (shots) writeFileSync(join(shots, "results.json"), out);
console.log(out);
