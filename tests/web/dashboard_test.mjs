// The dashboard in a real browser: Debian's chromium, headless, driven by
// puppeteer-core, against a real factcheckd with --http_listen on
// 127.0.0.1. The sample reports are stored, the example article is pasted
// and verified, and the page must mark the claims the CLI prints, in their
// verdicts' colours, with evidence that links to the right reports, and a
// history chart with one point per stored figure.
// Screenshots go to $ARTIFACTS (default: a temporary directory).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";

const root = new URL("../../", import.meta.url).pathname;
const factcheckd = process.env.FACTCHECKD;
const cli = process.env.FACTCHECK_CLI;
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "factcheck-web-"));
const artifacts = process.env.ARTIFACTS || join(work, "artifacts");
let server, browser, httpPort, grpcPort;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, ms = 15000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error("timed out waiting for " + what);
}

before(async () => {
  assert.ok(factcheckd && cli, "FACTCHECKD and FACTCHECK_CLI name the binaries");
  httpPort = await freePort();
  const portFile = join(work, "port");
  server = spawn(factcheckd, ["--data_dir=" + join(work, "data"), "--listen=127.0.0.1:0",
                              "--port_file=" + portFile, "--http_listen=127.0.0.1:" + httpPort],
                 { stdio: "ignore" });
  await waitFor(() => existsSync(portFile) && readFileSync(portFile, "utf8").trim(), "factcheckd");
  grpcPort = readFileSync(portFile, "utf8").trim();
  execFileSync(cli, ["--server=127.0.0.1:" + grpcPort, "ingest",
                     join(root, "client/samples/prior_reports.jsonl")]);
  browser = await puppeteer.launch({ executablePath: chromium, headless: true,
                                     args: ["--no-sandbox", "--disable-gpu"] });
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill("SIGTERM");
  rmSync(join(work, "data"), { recursive: true, force: true });
});

// The claims the page marks, in document order: a claim inside another's
// words inside its mark, one crossing another's edge not marked.
function expectedMarks(response) {
  const spans = (response.verdicts || []).map((v, i) => {
    const span = v.claim.numeric ? v.claim.numeric.span : v.claim.attributed.content_span;
    return { i, begin: span.begin_utf16 || 0, end: span.end_utf16 || 0, verdict: v.verdict,
             numeric: Boolean(v.claim.numeric) };
  }).filter(m => m.end > m.begin)
    .sort((a, b) => a.begin - b.begin || b.end - a.end || a.numeric - b.numeric);
  const marks = [];
  const open = [];
  for (const m of spans) {
    while (open.length && open[open.length - 1].end <= m.begin) open.pop();
    if (open.length && m.end > open[open.length - 1].end) continue;
    open.push(m);
    marks.push(m);
  }
  return marks;
}

test("the verified article shows the CLI's claims and verdicts, with evidence linking to the right reports", async () => {
  const articlePath = join(root, "testdata/corpus/seed_article.txt");
  const article = readFileSync(articlePath, "utf8");
  const viaCli = JSON.parse(execFileSync(cli, ["--server=127.0.0.1:" + grpcPort, "verify", articlePath,
                                               "--published_at", "2021-05-13", "--format=json"]).toString());
  const expected = expectedMarks(viaCli).map(m => ({ index: String(m.i), verdict: m.verdict }));
  assert.ok(expected.some(m => m.verdict === "VERDICT_UPDATED"), "the sample gives an UPDATED claim");

  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${httpPort}/`);
  const upload = await page.$("#article-file");
  await upload.uploadFile(articlePath);
  await page.waitForFunction(length => document.getElementById("text").value.length === length, {},
                             article.length);
  await page.$eval("#published", input => { input.value = "2021-05-13T00:00"; });
  await page.click("#verify");
  await page.waitForFunction(() => /claims$/.test(document.getElementById("status").textContent));
  const marks = await page.$$eval("#article mark", all => all.map(m => ({ index: m.dataset.index, verdict: m.dataset.verdict })));
  assert.deepEqual(marks, expected);
  await page.screenshot({ path: join(artifacts, "dashboard-verify.png"), fullPage: true });

  // The updated toll: its evidence is the earlier report the CLI names.
  const updated = viaCli.verdicts.find(v => v.verdict === "VERDICT_UPDATED" && v.evidence && v.evidence.length);
  const index = viaCli.verdicts.indexOf(updated);
  await page.click(`#article mark[data-index="${index}"]`);
  await page.waitForSelector("#detail .evidence");
  assert.equal(await page.$eval("#detail-verdict", h => h.textContent), "updated");
  const evidence = updated.evidence[0];
  const links = await page.$$eval("#detail .evidence", all => all.map(e => ({
    href: e.querySelector(".source-link") && e.querySelector(".source-link").href,
    report: e.querySelector(".report-link").dataset.report })));
  assert.equal(links[0].report, evidence.report_id);
  assert.equal(links[0].href, evidence.url);
  await page.click("#detail .report-link");
  await page.waitForSelector("#detail-report h3");
  assert.equal(await page.$eval("#detail-report h3", h => h.dataset.report), evidence.report_id);
  await page.screenshot({ path: join(artifacts, "dashboard-evidence.png"), fullPage: true });

  // Its history: one point per stored figure of the measure in the place,
  // as SearchClaims over gRPC (the CLI's `history`) counts them.
  const { measure, location } = updated.claim.numeric;
  const stored = execFileSync(cli, ["--server=127.0.0.1:" + grpcPort, "history", measure, location,
                                    "--format=json"]).toString()
    .split("\n").filter(line => line.trim()).map(line => JSON.parse(line));
  await page.click("#show-history");
  await page.waitForSelector("#history-chart");
  const points = await page.$$eval("#history-chart circle.point", all => all.map(c => c.dataset.report));
  assert.deepEqual(points, stored.map(e => e.report_id));
  assert.ok(points.length >= 1);
  await page.screenshot({ path: join(artifacts, "dashboard-history.png"), fullPage: true });
  await page.close();
});

test("a JSONL file ingested from the store view is stored, its bad line named, and listed", async () => {
  const file = join(work, "day.jsonl");
  writeFileSync(file, [
    JSON.stringify({ id: "web-1", source: "Wire", published_at: "2021-05-14T08:00:00Z",
                     title: "Toll rises", text: "At least 120 people were killed in Gaza, officials said." }),
    JSON.stringify({ id: "web-undated", text: "No date here." }),
    JSON.stringify({ id: "web-2", source: "Wire", published_at: "2021-05-14T09:00:00Z",
                     text: "The death toll in Gaza rose to 122." }),
  ].join("\n") + "\n");
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${httpPort}/`);
  const problems = [];
  page.on("console", message => problems.push(message.text()));
  page.on("pageerror", error => problems.push(error.message));
  const input = await page.$("#ingest-file");
  await input.uploadFile(file);
  await page.waitForFunction(() => /stored/.test(document.getElementById("store-status").textContent) &&
                                    document.querySelectorAll("#reports tbody tr").length > 0,
                             { timeout: 10000 }).catch(async error => {
    throw new Error(error.message + "; status: " +
                    await page.$eval("#store-status", p => p.textContent) + "; " + problems.join(" | "));
  });
  const status = await page.$eval("#store-status", p => p.textContent);
  assert.deepEqual(problems.filter(p => !/status of 400/.test(p)), []);
  assert.match(status, /^2 stored, 1 refused: line 2: .*published_at/);
  const listed = await page.$$eval("#reports tbody tr", rows => rows.map(r => r.dataset.report));
  assert.ok(listed.includes("web-1") && listed.includes("web-2"), listed.join(","));
  assert.ok(!listed.includes("web-undated"));
  // What the page stored is what a gRPC client reads back.
  const got = JSON.parse(execFileSync(cli, ["--server=127.0.0.1:" + grpcPort, "get", "web-2",
                                            "--format=json"]).toString());
  assert.equal(got.report.text, "The death toll in Gaza rose to 122.");
  await page.screenshot({ path: join(artifacts, "dashboard-store.png"), fullPage: true });
  await page.close();
});

test("a speaker's stored quotations and a figure's history are found from the lookup form", async () => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${httpPort}/`);
  await page.type("#history-measure", "deaths");
  await page.type("#history-place", "Gaza");
  await page.click("#history-button");
  await page.waitForSelector("#history-chart");
  const points = await page.$$eval("#history-chart circle.point", all => all.length);
  const stored = execFileSync(cli, ["--server=127.0.0.1:" + grpcPort, "history", "deaths", "Gaza",
                                    "--format=json"]).toString().split("\n").filter(l => l.trim());
  assert.equal(points, stored.length);
  await page.type("#quotes-speaker", "Kamala Harris");
  await page.click("#quotes-button");
  await page.waitForSelector("#quotes");
  const quotes = await page.$$eval("#quotes li", all => all.map(li => li.textContent));
  const viaCli = execFileSync(cli, ["--server=127.0.0.1:" + grpcPort, "quotes", "--speaker", "Kamala Harris",
                                    "--format=json"]).toString().split("\n").filter(l => l.trim());
  assert.equal(quotes.length, viaCli.length);
  assert.ok(quotes.length >= 1);
  await page.screenshot({ path: join(artifacts, "dashboard-lookup.png"), fullPage: true });
  await page.close();
});
