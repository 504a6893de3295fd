// The factcheck dashboard: verifies a pasted article through the HTTP/JSON
// API (POST /v1/VerifyDocument) and shows each claim in its verdict's
// colour, with the verdict, its explanation, confidence and evidence.
// Offsets are the API's UTF-16 ones, which JavaScript strings index by.
"use strict";

const VERDICT_NAMES = {
  VERDICT_CONSISTENT: "consistent", VERDICT_UPDATED: "updated",
  VERDICT_OUTDATED: "outdated", VERDICT_CONFLICTING: "conflicting",
  VERDICT_MISQUOTED: "misquoted", VERDICT_MISATTRIBUTED: "misattributed",
  VERDICT_UNVERIFIED: "unverified",
};

function $(id) { return document.getElementById(id); }

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === "class") node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(child));
  }
  return node;
}

async function call(method, request) {
  const headers = { "Content-Type": "application/json" };
  const token = $("token").value.trim();
  if (token) headers.Authorization = "Bearer " + token;
  const answer = await fetch("/v1/" + method,
                             { method: "POST", headers, body: JSON.stringify(request) });
  const body = await answer.json();
  if (!answer.ok) throw new Error(body.message || answer.statusText);
  return body;
}

// Where a claim stands in the text, in UTF-16 code units.
function spanOf(claim) {
  const span = claim.numeric ? claim.numeric.span : claim.attributed.content_span;
  return { begin: (span && span.begin_utf16) || 0, end: (span && span.end_utf16) || 0 };
}

function claimWords(claim) {
  return claim.numeric ? claim.numeric.text : claim.attributed.content;
}

// Marks the claims of [begin, end) of `text` into `parent`: a claim inside
// another's words (a toll inside a quotation) is marked inside it; one that
// crosses another's edge is not marked.
function markRange(text, marks, begin, end, parent) {
  let at = begin;
  for (let i = 0; i < marks.length;) {
    const m = marks[i];
    if (m.begin < at) { i++; continue; }
    parent.append(text.slice(at, m.begin));
    const inner = [];
    let j = i + 1;
    for (; j < marks.length && marks[j].begin < m.end; j++) {
      if (marks[j].end <= m.end) inner.push(marks[j]);
    }
    const mark = element("mark", { class: m.v.verdict, "data-verdict": m.v.verdict,
                                   "data-index": String(m.i), title: VERDICT_NAMES[m.v.verdict] || m.v.verdict });
    markRange(text, inner, m.begin, m.end, mark);
    mark.addEventListener("click", event => { event.stopPropagation(); showDetail(m.v, mark); });
    parent.append(mark);
    at = m.end;
    i = j;
  }
  parent.append(text.slice(at, end));
}

function showArticle(text, verdicts) {
  const article = $("article");
  article.textContent = "";
  const marks = verdicts.map((v, i) => ({ v, i, ...spanOf(v.claim) }))
    .filter(m => m.end > m.begin)
    // On the same words a figure is marked inside the quotation holding it.
    .sort((a, b) => a.begin - b.begin || b.end - a.end ||
                    Boolean(a.v.claim.numeric) - Boolean(b.v.claim.numeric));
  markRange(text, marks, 0, text.length, article);
}

function showSummary(verdicts) {
  const counts = {};
  for (const v of verdicts) counts[v.verdict] = (counts[v.verdict] || 0) + 1;
  const summary = $("summary");
  summary.textContent = "";
  for (const [verdict, count] of Object.entries(counts)) {
    summary.append(element("span", { class: verdict }, `${VERDICT_NAMES[verdict] || verdict}: ${count}`));
  }
}

async function openReport(id, into) {
  try {
    const answer = await call("GetReport", { id });
    const report = answer.report;
    into.replaceChildren(element("h3", { "data-report": report.id }, report.title || report.id),
                         element("p", {}, `${report.source || ""} ${report.published_at || ""}`),
                         element("p", { class: "report-text" }, report.text));
  } catch (error) {
    into.textContent = error.message;
  }
}

function showDetail(verdict, mark) {
  for (const other of document.querySelectorAll("mark.selected")) other.classList.remove("selected");
  mark.classList.add("selected");
  const detail = $("detail");
  detail.hidden = false;
  detail.replaceChildren(
    element("h2", { class: verdict.verdict, id: "detail-verdict" }, VERDICT_NAMES[verdict.verdict] || verdict.verdict),
    element("p", { id: "detail-claim" }, claimWords(verdict.claim)),
    element("p", { id: "detail-explanation" }, verdict.explanation || ""),
    element("p", {}, `confidence ${(verdict.confidence || 0).toFixed(2)}`));
  const report = element("div", { id: "detail-report" });
  for (const evidence of verdict.evidence || []) {
    const title = evidence.title || evidence.report_id;
    const original = evidence.url
      ? element("a", { href: evidence.url, target: "_blank", rel: "noopener", class: "source-link" }, title)
      : element("span", {}, title);
    const stored = element("a", { href: "#report=" + encodeURIComponent(evidence.report_id),
                                  class: "report-link", "data-report": evidence.report_id }, "stored copy");
    stored.addEventListener("click", event => { event.preventDefault(); openReport(evidence.report_id, report); });
    detail.append(element("div", { class: "evidence" }, original, " · ", stored,
                          element("div", {}, `${evidence.source || ""} · ${evidence.published_at || ""}`),
                          element("div", { class: "excerpt" }, evidence.excerpt || "")));
  }
  if (verdict.claim.numeric && verdict.claim.numeric.location) {
    const numeric = verdict.claim.numeric;
    const button = element("button", { id: "show-history" }, `history of ${numeric.measure} in ${numeric.location}`);
    button.addEventListener("click", () => showHistory(numeric.measure, numeric.location, report));
    detail.append(button);
  } else if (verdict.claim.attributed && verdict.claim.attributed.speaker) {
    const speaker = verdict.claim.attributed.speaker;
    const button = element("button", { id: "show-quotes" }, `stored quotations of ${speaker}`);
    button.addEventListener("click", () => showQuotes(speaker, report));
    detail.append(button);
  }
  detail.append(element("div", { id: "history" }), report);
}

// Every stored figure of a measure in a place, oldest first: one page of
// SearchClaims is enough for a dashboard's chart.
async function showHistory(measure, place, report) {
  const history = $("history");
  try {
    const answer = await call("SearchClaims", { figures: { measure, place }, page_size: 200 });
    const points = (answer.claims || []).map(e => ({
      time: Date.parse(e.published_at), value: figureOf(e.claim.numeric.quantity), evidence: e,
    })).filter(p => Number.isFinite(p.time) && Number.isFinite(p.value));
    history.replaceChildren(element("h3", {}, `${measure} in ${place}`), chart(points, report));
  } catch (error) {
    history.textContent = error.message;
  }
}

// The figure a quantity plots at: its value, else its floor or ceiling.
function figureOf(quantity) {
  if (quantity.value !== undefined) return Number(quantity.value);
  if (quantity.lower !== undefined && quantity.lower !== "-Infinity") return Number(quantity.lower);
  return Number(quantity.upper);
}

// An SVG chart, drawn here: one circle per stored figure, which opens its
// report.
function chart(points, report) {
  const svgNs = "http://www.w3.org/2000/svg";
  const width = 360, height = 200, pad = 30;
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  svg.setAttribute("id", "history-chart");
  if (!points.length) {
    const empty = document.createElementNS(svgNs, "text");
    empty.setAttribute("x", pad);
    empty.setAttribute("y", height / 2);
    empty.textContent = "no stored figures";
    svg.append(empty);
    return svg;
  }
  const times = points.map(p => p.time), values = points.map(p => p.value);
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const v1 = Math.max(...values, 1);
  const x = t => pad + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5) * (width - 2 * pad);
  const y = v => height - pad - (v / v1) * (height - 2 * pad);
  const axis = document.createElementNS(svgNs, "path");
  axis.setAttribute("d", `M${pad} ${pad} V${height - pad} H${width - pad}`);
  axis.setAttribute("stroke", "#888");
  axis.setAttribute("fill", "none");
  svg.append(axis);
  const line = document.createElementNS(svgNs, "polyline");
  line.setAttribute("points", points.map(p => `${x(p.time)},${y(p.value)}`).join(" "));
  line.setAttribute("stroke", "#1d3557");
  line.setAttribute("fill", "none");
  svg.append(line);
  for (const p of points) {
    const dot = document.createElementNS(svgNs, "circle");
    dot.setAttribute("cx", x(p.time));
    dot.setAttribute("cy", y(p.value));
    dot.setAttribute("r", 5);
    dot.setAttribute("fill", "#e63946");
    dot.setAttribute("class", "point");
    dot.setAttribute("data-report", p.evidence.report_id);
    const tip = document.createElementNS(svgNs, "title");
    tip.textContent = `${p.value} · ${p.evidence.source || ""} · ${p.evidence.published_at}`;
    dot.append(tip);
    dot.addEventListener("click", () => openReport(p.evidence.report_id, report));
    svg.append(dot);
  }
  const top = document.createElementNS(svgNs, "text");
  top.setAttribute("x", 2);
  top.setAttribute("y", pad);
  top.textContent = String(v1);
  svg.append(top);
  return svg;
}

// Stored quotations of a speaker, or sharing words with a text.
async function showQuotes(speaker, report, words) {
  const history = $("history");
  try {
    const answer = await call("SearchClaims", words ? { words, page_size: 100 } : { speaker, page_size: 100 });
    const list = element("ol", { id: "quotes" });
    for (const e of answer.claims || []) {
      const item = element("li", { class: "quote" }, `“${e.claim.attributed.content}” `,
                           element("span", { class: "excerpt" },
                                   `${e.claim.attributed.speaker} · ${e.source || ""} · ${e.published_at}`));
      item.addEventListener("click", () => openReport(e.report_id, report));
      list.append(item);
    }
    history.replaceChildren(element("h3", {}, `${words ? "“" + words + "”" : speaker}: ` +
                                    `${(answer.claims || []).length} stored quotations`), list);
  } catch (error) {
    history.textContent = error.message;
  }
}

async function verify() {
  const text = $("text").value;
  const document_ = { text };
  if ($("source").value.trim()) document_.source = $("source").value.trim();
  if ($("published").value) document_.published_at = new Date($("published").value + "Z").toISOString();
  $("status").textContent = "Verifying…";
  try {
    const answer = await call("VerifyDocument", { document: document_ });
    const verdicts = answer.verdicts || [];
    showSummary(verdicts);
    showArticle(text, verdicts);
    $("result").hidden = false;
    $("status").textContent = `${verdicts.length} claims`;
  } catch (error) {
    $("status").textContent = error.message;
  }
}

async function listReports() {
  const request = { page_size: 100 };
  if ($("list-source").value.trim()) request.source = $("list-source").value.trim();
  try {
    const answer = await call("ListReports", request);
    const body = $("reports").tBodies[0];
    body.textContent = "";
    for (const report of answer.reports || []) {
      const row = element("tr", { "data-report": report.id },
                          element("td", {}, report.published_at || ""), element("td", {}, report.source || ""),
                          element("td", {}, report.id), element("td", {}, report.title || ""));
      row.addEventListener("click", () => {
        $("detail").hidden = false;
        const into = element("div", { id: "detail-report" });
        $("detail").replaceChildren(into);
        openReport(report.id, into);
      });
      body.append(row);
    }
    $("list-status").textContent = `${(answer.reports || []).length} reports` +
      (answer.next_page_token ? " (the first 100)" : "");
  } catch (error) {
    $("list-status").textContent = error.message;
  }
}

// Stores a JSONL file of reports in batches, with a progress bar; a batch
// the server refuses is sent report by report, so that the rest are stored
// and the bad lines named.
async function ingestFile(file) {
  const lines = (await file.text()).split("\n").filter(line => line.trim());
  const progress = $("ingest-progress");
  progress.hidden = false;
  progress.max = lines.length;
  progress.value = 0;
  let stored = 0;
  const refused = [];
  const send = async reports => {
    const answer = await call("IngestReports", { reports });
    stored += (answer.results || []).length;
  };
  const batch = 100;
  for (let at = 0; at < lines.length; at += batch) {
    const chunk = lines.slice(at, at + batch);
    let reports;
    try {
      reports = chunk.map(line => JSON.parse(line));
      await send(reports);
    } catch (error) {
      for (let k = 0; k < chunk.length; k++) {
        try {
          await send([JSON.parse(chunk[k])]);
        } catch (single) {
          refused.push(`line ${at + k + 1}: ${single.message}`);
        }
      }
    }
    progress.value = Math.min(lines.length, at + batch);
  }
  $("store-status").textContent = `${stored} stored, ${refused.length} refused` +
    (refused.length ? ": " + refused.slice(0, 3).join("; ") : "");
  await listReports();
}

// The panel a lookup fills: its results and the report a result opens.
function lookupPanel() {
  const detail = $("detail");
  detail.hidden = false;
  const report = element("div", { id: "detail-report" });
  detail.replaceChildren(element("div", { id: "history" }), report);
  return report;
}

$("verify").addEventListener("click", verify);
$("article-file").addEventListener("change", async event => {
  if (event.target.files.length) $("text").value = await event.target.files[0].text();
});
$("history-button").addEventListener("click", () =>
  showHistory($("history-measure").value.trim(), $("history-place").value.trim(), lookupPanel()));
$("quotes-button").addEventListener("click", () => showQuotes($("quotes-speaker").value.trim(), lookupPanel()));
$("words-button").addEventListener("click", () =>
  showQuotes("", lookupPanel(), $("quotes-words").value.trim()));
$("list").addEventListener("click", listReports);
$("ingest-file").addEventListener("change", event => {
  if (event.target.files.length) ingestFile(event.target.files[0]);
});
