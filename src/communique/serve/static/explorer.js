/* communique explorer: highlighting on the article page, charts and the actor network.
 *
 * Data comes from the page itself (JSON in data-* attributes, escaped by the
 * server) and every string reaches the DOM through textContent or attributes,
 * never innerHTML. The page's Content-Security-Policy forbids inline script,
 * so this file is the only script besides the vendored libraries.
 */
"use strict";

(function () {
  const explorer = (window.__explorer = { charts: [], network: null });

  function cssVar(name, fallback) {
    const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  function readJson(el, name) {
    try {
      return JSON.parse(el.dataset[name] || "null");
    } catch (err) {
      console.warn("communique: unreadable chart data", err);
      return null;
    }
  }

  /* ---- article page: side list <-> evidence in the text ---------------------------- */

  function evidenceFor(item) {
    const id = item.dataset.id;
    const text = document.getElementById("article-text");
    if (!text || !id) return [];
    if (item.dataset.ref === "quote") {
      const found = Array.from(text.querySelectorAll(".quote")).filter(
        (el) => el.dataset.quote === id
      );
      const span = item.dataset.speakerSpan;
      if (span) {
        text.querySelectorAll(".mention").forEach((el) => {
          if (el.dataset.mention === span) found.push(el);
        });
      }
      return found;
    }
    const has = (value) => (value || "").split(" ").includes(id);
    const triggers = Array.from(text.querySelectorAll("mark.trigger")).filter((el) =>
      has(el.dataset.events)
    );
    const sentences = Array.from(text.querySelectorAll(".sentence")).filter((el) =>
      has(el.dataset.sentenceOf)
    );
    return triggers.concat(sentences);
  }

  function light(item, on) {
    evidenceFor(item).forEach((el) => el.classList.toggle("lit", on));
  }

  function select(item, scroll) {
    document.querySelectorAll(".item.selected").forEach((other) => {
      other.classList.remove("selected");
      light(other, false);
    });
    item.classList.add("selected");
    light(item, true);
    const first = evidenceFor(item)[0];
    if (scroll && first) first.scrollIntoView({ block: "center", behavior: "auto" });
    return first;
  }

  function itemFor(el) {
    const quote = el.closest(".quote");
    const trigger = el.closest("mark.trigger");
    let id = null;
    if (trigger) id = (trigger.dataset.events || "").split(" ")[0];
    else if (quote) id = quote.dataset.quote;
    return id ? document.querySelector(`.item[data-id="${CSS.escape(id)}"]`) : null;
  }

  function setUpArticle() {
    const items = document.querySelectorAll(".side .item");
    items.forEach((item) => {
      item.addEventListener("mouseenter", () => light(item, true));
      item.addEventListener("mouseleave", () => {
        if (!item.classList.contains("selected")) light(item, false);
      });
      item.addEventListener("focus", () => light(item, true));
      item.addEventListener("blur", () => {
        if (!item.classList.contains("selected")) light(item, false);
      });
      item.addEventListener("click", () => select(item, true));
      item.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          select(item, true);
        }
      });
    });
    const text = document.getElementById("article-text");
    if (text) {
      text.addEventListener("click", (event) => {
        const item = itemFor(event.target);
        if (item) {
          select(item, false);
          item.scrollIntoView({ block: "nearest" });
        }
      });
    }
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (wanted) {
      const item = document.querySelector(`.item[data-id="${CSS.escape(wanted)}"]`);
      if (item) {
        select(item, true);
        item.scrollIntoView({ block: "nearest" });
      }
    }
  }

  /* ---- charts ---------------------------------------------------------------------- */

  const TONES = {
    q1: ["--q1", "#7fbf9a"],
    q2: ["--q2", "#2b8a5a"],
    q3: ["--q3", "#e8a33d"],
    q4: ["--q4", "#c0392b"],
    coop: ["--coop", "#2b8a5a"],
    conflict: ["--conflict", "#c0392b"],
    "coop-light": ["--q1", "#7fbf9a"],
    "conflict-light": ["--q3", "#e8a33d"],
    quotes: ["--accent", "#1f5fa8"],
  };

  function tone(name) {
    const [variable, fallback] = TONES[name] || ["--muted", "#5f6b7a"];
    return cssVar(variable, fallback);
  }

  function drawChart(canvas) {
    const spec = readJson(canvas, "chart");
    if (!spec || typeof window.Chart !== "function") return;
    const timeline = canvas.dataset.kind === "timeline";
    const datasets = spec.datasets.map((d) => {
      const colour = tone(d.tone);
      const set = {
        label: d.label,
        data: d.data,
        backgroundColor: colour,
        borderColor: colour,
        maxBarThickness: 56,
      };
      if (d.line) {
        Object.assign(set, { type: "line", yAxisID: "quotes", cubicInterpolationMode: "monotone", pointRadius: 2, order: -1 });
      } else if (d.stack) {
        set.stack = d.stack;
      } else {
        set.stack = "all";
      }
      return set;
    });
    const scales = {
      x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 } },
      y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
    };
    if (timeline) {
      scales.quotes = {
        position: "right",
        beginAtZero: true,
        grid: { drawOnChartArea: false },
        title: { display: true, text: "quotes" },
        ticks: { precision: 0 },
      };
    }
    const chart = new window.Chart(canvas, {
      type: "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: "index", intersect: false },
        plugins: { legend: { position: "bottom" } },
        scales: scales,
      },
    });
    canvas.dataset.drawn = String(spec.labels.length);
    explorer.charts.push(chart);
  }

  /* ---- network --------------------------------------------------------------------- */

  function mix(from, to, share) {
    const a = parseInt(from.slice(1), 16);
    const b = parseInt(to.slice(1), 16);
    const channel = (shift) => {
      const x = (a >> shift) & 255;
      const y = (b >> shift) & 255;
      return Math.round(x + (y - x) * share);
    };
    const value = (channel(16) << 16) | (channel(8) << 8) | channel(0);
    return "#" + value.toString(16).padStart(6, "0");
  }

  function drawNetwork(container) {
    const net = readJson(container, "network");
    if (!net || typeof window.cytoscape !== "function") return;
    const coop = cssVar("--coop", "#2b8a5a");
    const conflict = cssVar("--conflict", "#c0392b");
    const most = Math.max(1, ...net.edges.map((e) => e.events));
    const busiest = Math.max(1, ...net.nodes.map((n) => n.events));
    const elements = [];
    net.nodes.forEach((n) => {
      elements.push({
        data: { id: n.id, label: n.id, name: n.name, size: 18 + 30 * Math.sqrt(n.events / busiest) },
      });
    });
    net.edges.forEach((e) => {
      const judged = e.conflict + e.cooperation;
      const colour = judged ? mix(coop, conflict, e.conflict / judged) : "#9aa5b4";
      elements.push({
        data: {
          id: `${e.src}>${e.dst}`,
          source: e.src,
          target: e.dst,
          events: e.events,
          width: 1.5 + 7 * (e.events / most),
          colour: colour,
        },
      });
    });
    const cy = window.cytoscape({
      container: container,
      elements: elements,
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            "background-color": "#14213d",
            color: "#1d232b",
            "font-size": 12,
            "font-weight": "bold",
            "text-valign": "bottom",
            "text-margin-y": 3,
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.85,
            "text-background-padding": 2,
          },
        },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "data(colour)",
            "target-arrow-color": "data(colour)",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            opacity: 0.85,
          },
        },
      ],
      layout: {
        name: "cose",
        animate: false,
        randomize: false,
        idealEdgeLength: () => 120,
        nodeRepulsion: () => 600000,
        nodeOverlap: 40,
        gravity: 0.2,
        numIter: 2000,
        padding: 24,
      },
    });
    cy.on("tap", "node", (event) => {
      location.assign("/actors/" + encodeURIComponent(event.target.id()));
    });
    cy.on("tap", "edge", (event) => {
      const d = event.target.data();
      const query = new URLSearchParams({ actor: d.source, recipient: d.target });
      location.assign("/dyads?" + query.toString());
    });
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    explorer.network = cy;
  }

  function start() {
    if (document.body.dataset.page === "article") setUpArticle();
    document.querySelectorAll("canvas.chart").forEach(drawChart);
    document.querySelectorAll("#network").forEach(drawNetwork);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
