"use strict";
// Draws a file's passages as SVG on a timeline over its loudness envelope (the analysis's 400 ms blocks):
// each passage as a band, its lead-in and lead-out as lines, its fades as ramps.

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 1000;
const HEIGHT = 200;
const FLOOR_LUFS = -60;

function svgNode(tag, attributes, className) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(entry => node.setAttribute(entry[0], String(entry[1])));
  if (className) node.setAttribute("class", className);
  return node;
}

function drawTimeline(container, levels) {
  const duration = levels.duration_s || 1;
  const x = t => (WIDTH * t / duration).toFixed(1);
  const y = lufs => (HEIGHT * Math.min(1, Math.max(0, lufs / FLOOR_LUFS))).toFixed(1);
  const svg = svgNode("svg", { viewBox: "0 0 " + WIDTH + " " + (HEIGHT + 16), preserveAspectRatio: "none",
    role: "img", "aria-label": "passages and loudness over time" });
  levels.passages.forEach((p, index) => {
    const band = svgNode("rect", { x: x(p.start_s), y: 0, width: Math.max(1, x(p.end_s) - x(p.start_s)), height: HEIGHT },
        "passage");
    band.appendChild(svgNode("title", {})).textContent = "passage " + (index + 1) + ": " + p.start_s + " s to " + p.end_s + " s";
    svg.appendChild(band);
    if (p.fade_in_start_s !== null && p.fade_in_end_s !== null) {
      svg.appendChild(svgNode("polygon", { points: x(p.fade_in_start_s) + "," + HEIGHT + " " + x(p.fade_in_end_s) + ",0 "
          + x(p.fade_in_end_s) + "," + HEIGHT }, "fade"));
    }
    if (p.fade_out_start_s !== null && p.fade_out_end_s !== null) {
      svg.appendChild(svgNode("polygon", { points: x(p.fade_out_start_s) + ",0 " + x(p.fade_out_end_s) + "," + HEIGHT + " "
          + x(p.fade_out_start_s) + "," + HEIGHT }, "fade"));
    }
    [p.lead_in_s, p.lead_out_s].filter(t => t !== null).forEach(t =>
      svg.appendChild(svgNode("line", { x1: x(t), x2: x(t), y1: 0, y2: HEIGHT }, "lead")));
  });
  // Blocks are 400 ms long, one every 100 ms; each is drawn at its middle.
  const points = levels.loudness_lufs.map((lufs, i) => x(i * levels.step_s + levels.block_s / 2) + "," + y(lufs));
  if (points.length > 1) svg.appendChild(svgNode("polyline", { points: points.join(" ") }, "level"));
  const step = duration > 600 ? 60 : duration > 120 ? 30 : 10;
  for (let t = 0; t <= duration; t += step) {
    svg.appendChild(svgNode("text", { x: x(t), y: HEIGHT + 13 }, "axis")).textContent =
        Math.floor(t / 60) + ":" + String(Math.round(t % 60)).padStart(2, "0");
  }
  container.replaceChildren(svg);
}
