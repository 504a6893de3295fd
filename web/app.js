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
  detail.append(report);
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

$("verify").addEventListener("click", verify);
