"use strict";
// The daemon's page: status and live progress from /api/events, start and cancel, the catalogue's files.
// Everything a file or tag says is put in the page as text, never as markup.

const PAGE_SIZE = 50;
let nextCursor = null;
let tokenWaiters = [];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function fileLink(id, label) {
  if (id === null || id === undefined) return el("span", label);
  const a = el("a", label);
  a.href = "#/file/" + encodeURIComponent(id);
  return a;
}

function headers(extra) {
  const all = Object.assign({}, extra || {});
  const token = sessionStorage.getItem("audio-import-token");
  if (token) all["Authorization"] = "Bearer " + token;
  return all;
}

function askForToken() {
  document.getElementById("token-form").hidden = false;
  return new Promise(resolve => tokenWaiters.push(resolve));
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({}, options, { headers: headers(options && options.headers) }));
  if (response.status === 401) {
    await askForToken();
    return api(path, options);
  }
  const body = await response.json();
  return { status: response.status, body: body };
}

function seconds(value) {
  if (value === null || value === undefined) return "";
  const whole = Math.round(value);
  return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
}

// --- Status and live progress ---

function showState(state) {
  const badge = document.getElementById("state");
  badge.textContent = state;
  badge.className = "state " + state;
  document.getElementById("cancel").disabled = state !== "scanning";
}

function showProgress(scan) {
  const fill = document.getElementById("bar-fill");
  const text = document.getElementById("progress-text");
  const list = document.getElementById("in-flight");
  list.replaceChildren();
  if (!scan) {
    fill.style.width = "0";
    text.textContent = "No scan running.";
    document.getElementById("in-flight-count").textContent = "0";
    return;
  }
  const total = scan.files_total || 0;
  const done = scan.files_done || 0;
  fill.style.width = total > 0 ? (100 * done / total).toFixed(1) + "%" : "0";
  const parts = [scan.phase, done + " of " + total + " files"];
  if (scan.files_per_s) parts.push(scan.files_per_s.toFixed(1) + " files/s");
  if (scan.eta_s !== null && scan.eta_s !== undefined) parts.push("ETA " + seconds(scan.eta_s));
  if (scan.failed) parts.push(scan.failed + " failed");
  text.textContent = parts.join(" · ");
  (scan.in_flight || []).forEach(path => list.appendChild(el("li", path, "path")));
  document.getElementById("in-flight-count").textContent = String((scan.in_flight || []).length);
}

async function refreshStatus() {
  const reply = await api("/api/status");
  const status = reply.body;
  document.getElementById("version").textContent = status.version;
  showState(status.state);
  showProgress(status.scan);
  document.getElementById("next-scan").textContent =
      status.next_scan_at ? "Next scheduled scan: " + new Date(status.next_scan_at).toLocaleString() : "";
  document.getElementById("counts").textContent = Object.entries(status.catalogue)
      .map(entry => entry[1] + " " + entry[0]).join(", ") || "No files yet.";
  const rows = document.querySelector("#scans tbody");
  rows.replaceChildren();
  status.last_scans.forEach(scan => {
    const row = el("tr");
    [scan.id, new Date(scan.started).toLocaleString(), scan.outcome, scan.files_seen, scan.imported, scan.updated,
      scan.unchanged, scan.failed, scan.missing].forEach(value => row.appendChild(el("td", value)));
    rows.appendChild(row);
  });
}

async function refreshFailed() {
  const reply = await api("/api/failed");
  const list = document.getElementById("failed");
  list.replaceChildren();
  reply.body.forEach(file => {
    const item = el("li");
    item.appendChild(fileLink(file.id, file.path));
    item.appendChild(el("span", ": " + file.reason, "reason"));
    list.appendChild(item);
  });
  if (reply.body.length === 0) list.appendChild(el("li", "None."));
}

function onEvent(name, data) {
  if (name === "scan-started") {
    showState("scanning");
    document.getElementById("scan-message").textContent = "Scan started (" + data.trigger + ").";
  } else if (name === "progress") {
    showState(data.state);
    showProgress(data.scan);
  } else if (name === "scan-finished") {
    document.getElementById("scan-message").textContent = data.error
        ? "Scan failed: " + data.error
        : "Scan " + (data.interrupted ? "cancelled" : "finished") + ": " + data.imported + " imported, "
          + data.failed + " failed.";
    refreshStatus();
    refreshFailed();
    searchFiles(false);
  }
}

function parseBlock(block) {
  let name = "message";
  const data = [];
  block.split("\n").forEach(line => {
    if (line.startsWith("event: ")) name = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
  });
  if (data.length > 0) onEvent(name, JSON.parse(data.join("\n")));
}

// EventSource cannot send an Authorization header: the stream is read with fetch instead.
async function listen() {
  try {
    const response = await fetch("/api/events", { headers: headers() });
    if (response.status === 401) {
      await askForToken();
    } else if (response.ok) {
      document.body.dataset.events = "connected";
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          parseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    }
  } catch (lost) {
    document.body.dataset.events = "lost";
  }
  setTimeout(listen, 2000);
}

async function startScan() {
  const reply = await api("/api/scans", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  document.getElementById("scan-message").textContent = reply.status === 202
      ? "Scan " + reply.body.accepted + "." : "Refused: " + reply.body.error;
}

async function cancelScan() {
  const reply = await api("/api/scans/current/cancel", { method: "POST" });
  document.getElementById("scan-message").textContent = reply.status === 202
      ? "Cancelling: files in flight finish first." : reply.body.error;
}

// --- Files ---

async function searchFiles(more) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  const q = document.getElementById("search").value.trim();
  const status = document.getElementById("status-filter").value;
  if (q) params.set("q", q);
  if (status) params.set("status", status);
  if (more && nextCursor) params.set("cursor", nextCursor);
  const reply = await api("/api/files?" + params.toString());
  const rows = document.querySelector("#files tbody");
  if (!more) rows.replaceChildren();
  reply.body.items.forEach(file => {
    const row = el("tr");
    const title = el("td");
    title.appendChild(fileLink(file.id, file.title || file.path.split("/").pop()));
    row.appendChild(title);
    [file.artist, file.album, seconds(file.duration_s), file.status].forEach(value => row.appendChild(el("td", value)));
    row.appendChild(el("td", file.path, "path"));
    rows.appendChild(row);
  });
  nextCursor = reply.body.next_cursor;
  document.getElementById("more").hidden = !nextCursor;
}

// --- One file ---

function fillTable(id, pairs) {
  const table = document.getElementById(id);
  table.replaceChildren();
  pairs.filter(pair => pair[1] !== null && pair[1] !== undefined && pair[1] !== "").forEach(pair => {
    const row = el("tr");
    row.appendChild(el("th", pair[0]));
    row.appendChild(el("td", pair[1]));
    table.appendChild(row);
  });
}

async function showFile(id) {
  document.getElementById("home").hidden = true;
  document.getElementById("file-view").hidden = false;
  const reply = await api("/api/files/" + encodeURIComponent(id));
  if (reply.status !== 200) {
    document.getElementById("file-title").textContent = reply.body.error;
    return;
  }
  const file = reply.body;
  const tags = file.tags || {};
  document.getElementById("file-title").textContent = (tags.artist ? tags.artist + " – " : "")
      + (tags.title || file.path.split("/").pop());
  document.getElementById("file-path").textContent = file.path;
  fillTable("file-tags", [["title", tags.title], ["artist", tags.artist], ["album", tags.album],
    ["album artist", tags.album_artist], ["track", tags.track], ["disc", tags.disc], ["date", tags.date],
    ["genre", tags.genre], ["recording", tags.musicbrainz && tags.musicbrainz.recording_id]]);
  fillTable("file-format", [["status", file.status], ["error", file.error], ["format", file.format],
    ["codec", file.codec], ["sample rate", file.sample_rate && file.sample_rate + " Hz"], ["channels", file.channels],
    ["bit depth", file.bit_depth], ["bitrate", file.bitrate_kbps && file.bitrate_kbps + " kbps"],
    ["duration", seconds(file.duration_s)], ["size", file.size_bytes + " bytes"]]);
  const loudness = file.loudness || {};
  fillTable("file-loudness", [["integrated", loudness.integrated_lufs], ["range", loudness.lra_lu],
    ["sample peak", loudness.sample_peak_dbfs], ["true peak", loudness.true_peak_dbtp],
    ["track gain", loudness.replaygain_track_gain_db], ["album gain", loudness.replaygain_album_gain_db]]);
  const duplicates = document.getElementById("file-duplicates");
  duplicates.replaceChildren();
  if (file.duplicate_of) {
    const item = el("li", "Same recording as ");
    item.appendChild(fileLink(file.duplicate_of_id, file.duplicate_of));
    duplicates.appendChild(item);
  }
  const groups = (await api("/api/duplicates")).body;
  groups.filter(group => group.files.some(member => member.path === file.path)).forEach(group => {
    group.files.filter(member => member.path !== file.path).forEach(member => {
      const item = el("li");
      item.appendChild(fileLink(member.id, member.path));
      item.appendChild(el("span", " (" + member.format + ")"));
      duplicates.appendChild(item);
    });
  });
  if (duplicates.children.length === 0) duplicates.appendChild(el("li", "None."));
  await showSimilar(file);
  if (file.status === "imported") {
    const levels = await api("/api/files/" + encodeURIComponent(id) + "/levels");
    if (levels.status === 200) drawTimeline(document.getElementById("timeline"), levels.body);
  } else {
    document.getElementById("timeline").replaceChildren(el("p", "Not analysed."));
  }
}

async function showSimilar(file) {
  const list = document.getElementById("file-similar");
  list.replaceChildren();
  if (file.status !== "imported") {
    list.appendChild(el("li", "Only imported files have a flavor."));
    return;
  }
  const reply = await api("/api/files/" + encodeURIComponent(file.id) + "/similar?k=10");
  if (reply.status !== 200) {
    list.appendChild(el("li", reply.body.error));
    return;
  }
  reply.body.forEach(track => {
    const item = el("li");
    item.appendChild(fileLink(track.id, track.path));
    item.appendChild(el("span", " distance " + track.distance + (track.duplicate ? " (duplicate)" : "")));
    list.appendChild(item);
  });
  if (reply.body.length === 0) list.appendChild(el("li", "No other track has a flavor yet."));
}

function route() {
  const match = location.hash.match(/^#\/file\/(\d+)$/);
  if (match) {
    showFile(match[1]);
  } else {
    document.getElementById("home").hidden = false;
    document.getElementById("file-view").hidden = true;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("start").addEventListener("click", startScan);
  document.getElementById("cancel").addEventListener("click", cancelScan);
  document.getElementById("search-form").addEventListener("submit", event => {
    event.preventDefault();
    searchFiles(false);
  });
  document.getElementById("more").addEventListener("click", () => searchFiles(true));
  document.getElementById("token-form").addEventListener("submit", event => {
    event.preventDefault();
    sessionStorage.setItem("audio-import-token", document.getElementById("token").value);
    document.getElementById("token-form").hidden = true;
    const waiting = tokenWaiters;
    tokenWaiters = [];
    waiting.forEach(resolve => resolve());
  });
  window.addEventListener("hashchange", route);
  route();
  refreshStatus().then(() => { document.body.dataset.ready = "yes"; });
  refreshFailed();
  searchFiles(false);
  listen();
});
