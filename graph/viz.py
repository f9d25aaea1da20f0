"""A standalone, offline, interactive HTML network of a samgraf graph (vis-network, inlined from pyvis).

The page makes no network request: vis-network's JS/CSS are read from the pyvis package and inlined,
no CDN, no Bootstrap. All protocol text travels as JSON inside a `<script type="application/json">`
with `<`, `>` and `&` escaped, and the page script puts it into the DOM with `textContent` only.
"""
from __future__ import annotations

import functools
import html
import importlib.resources
import json
import math
import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from samgraf.graph.network import (
    FORBUND,
    GRANT,
    ORG_,
    PARTY,
    PERSON,
    NetworkAnalysis,
    analyse_network,
    analysis_tables,
    ego_network,
    filter_dates,
    filter_forbund,
    grant_network,
    iter_kinds,
    summarise_network,
)

from samgraf.errors import SamgrafError

VIS_VERSION = "vis-9.1.2"
NODE_LIMIT = 2000
SPRING_LIMIT = 300        # below this many nodes: a real force layout in Python
PHYSICS_LIMIT = 1500      # above this many nodes: positions only, no physics in the browser
EDGE_LABEL_LIMIT = 3000   # above this many edges: labels only in the hover text
MAX_QUOTES = 3
MAX_MEETINGS = 200

STYLES: dict[str, tuple[str, str, str]] = {        # style -> (colour, vis shape, legend text)
    "person": ("#4e79a7", "dot", "person"),
    "forbund": ("#e15759", "star", "samordningsförbund"),
    "municipality": ("#59a14f", "square", "municipality"),
    "region": ("#76b7b2", "square", "region"),
    "agency": ("#f28e2b", "triangle", "agency"),
    "network": ("#ff9da7", "triangleDown", "network"),
    "other": ("#9c755f", "triangleDown", "other organisation"),
    "party": ("#b07aa1", "diamond", "political party"),
    "grant": ("#edc948", "hexagon", "grant"),
}
EDGE_STYLES: dict[str, tuple[str, bool]] = {       # kind -> (colour, dashed)
    "membership": ("#7f7f7f", False), "attended": ("#c7c7c7", True), "party": ("#d4b9da", False),
    "represents": ("#a1d99b", True), "member": ("#74c476", False), "funds": ("#d6a800", False),
    "receives": ("#d6a800", False), "grant_sum": ("#d6a800", False),
}
LABELLED_EDGES = frozenset({"membership", "funds", "receives", "grant_sum"})


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """What to show: filters, the node limit above which the view is summarised, the page title."""

    forbund: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    person: str | None = None
    depth: int = 2
    grants_only: bool = False
    node_limit: int = NODE_LIMIT
    title: str = "samgraf network"


# ---------------------------------------------------------------- choosing what to draw


def apply_filters(network: nx.MultiDiGraph, options: ViewOptions) -> nx.MultiDiGraph:
    """Dates, then förbund, then grants only, then the ego network."""
    view = filter_dates(network, options.date_from, options.date_to)
    if options.forbund:
        view = filter_forbund(view, options.forbund)
    if options.grants_only:
        view = grant_network(view)
    if options.person:
        view = ego_network(view, options.person, options.depth)
    return view


def describe_filters(options: ViewOptions) -> list[str]:
    """Human-readable lines for the filters in force."""
    lines = [f"förbund: {', '.join(options.forbund)}"] if options.forbund else []
    if options.date_from or options.date_to:
        lines.append(f"period: {options.date_from or '…'} – {options.date_to or '…'}")
    if options.grants_only:
        lines.append("grants only")
    if options.person:
        lines.append(f"ego network of {options.person!r}, depth {options.depth}")
    return lines


def summarise_if_large(network: nx.MultiDiGraph, limit: int) -> tuple[nx.MultiDiGraph, str | None]:
    """The network itself, or its summary and a notice saying so when it has more than `limit` nodes."""
    if network.number_of_nodes() <= limit:
        return network, None
    summary = summarise_network(network, limit=limit)
    notice = (f"Summary view: the selection has {network.number_of_nodes():,} nodes, more than the limit of "
              f"{limit:,}. Shown: förbund ↔ people on several boards, and förbund → recipients by grant sum "
              f"({summary.number_of_nodes():,} nodes). Narrow it with --forbund, --person, --from/--to, "
              f"or raise --limit.")
    return summary, notice


# ---------------------------------------------------------------- layout


def stable_random(node: str, salt: int) -> random.Random:
    """A random generator seeded by the node id (not Python's salted hash), for reproducible layouts."""
    return random.Random(zlib.crc32(node.encode("utf-8")) ^ salt)


def anchor_positions(network: nx.MultiDiGraph, seed: int) -> dict[str, tuple[float, float]]:
    """Förbund positions: a spring layout of förbund linked by shared neighbours, in [-1, 1]²."""
    forbund = sorted(n for n, kind in network.nodes(data="kind") if kind == FORBUND)
    if not forbund:
        return {}
    links = nx.Graph()
    links.add_nodes_from(forbund)
    for n in network:
        near = sorted({m for m in nx.all_neighbors(network, n) if m in links})
        links.add_edges_from((a, b) for i, a in enumerate(near) for b in near[i + 1:])
    if len(forbund) == 1:
        return {forbund[0]: (0.0, 0.0)}
    pos = nx.spring_layout(links, seed=seed, iterations=80)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def place_near(network: nx.MultiDiGraph, pos: dict[str, tuple[float, float]], radius: float, seed: int) -> None:
    """Put every unplaced node at the mean of its placed neighbours plus a jitter; repeat outward."""
    frontier = [n for n in sorted(network) if n not in pos]
    while frontier:
        placed: dict[str, tuple[float, float]] = {}
        for n in frontier:
            near = [pos[m] for m in nx.all_neighbors(network, n) if m in pos]
            if near:
                rng = stable_random(n, seed)
                angle, r = rng.uniform(0, 2 * math.pi), radius * math.sqrt(rng.random())
                placed[n] = (sum(p[0] for p in near) / len(near) + r * math.cos(angle),
                             sum(p[1] for p in near) / len(near) + r * math.sin(angle))
        if not placed:   # the rest is cut off from everything placed: scatter it
            for n in frontier:
                rng = stable_random(n, seed)
                placed[n] = (rng.uniform(-1, 1), rng.uniform(-1, 1))
        pos.update(placed)
        frontier = [n for n in frontier if n not in pos]


def layout_positions(network: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Pixel positions: förbund anchors, others around them; a short force layout for small graphs."""
    if network.number_of_nodes() == 0:
        return {}
    pos = anchor_positions(network, seed)
    anchors = max(1, len(pos))
    place_near(network, pos, 0.9 / math.sqrt(anchors), seed)
    if network.number_of_nodes() <= SPRING_LIMIT:
        simple = nx.Graph(network.to_undirected(as_view=True))
        pos = {n: (float(x), float(y)) for n, (x, y) in
               nx.spring_layout(simple, pos=pos, iterations=60, seed=seed).items()}
    scale = 45.0 * math.sqrt(network.number_of_nodes()) + 150.0
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}


# ---------------------------------------------------------------- page data


def quote_lines(quotes: list[str]) -> list[str]:
    """Up to MAX_QUOTES provenance quotes, shortened and in quotation marks."""
    return [f"“{q if len(q) <= 200 else q[:199] + '…'}”" for q in quotes[:MAX_QUOTES]]


def node_style(data: dict[str, Any]) -> str:
    """The style key of a node: its kind, or the kind of organisation."""
    return data.get("org_kind", "other") if data["kind"] == ORG_ else data["kind"]


def node_tip(network: nx.MultiDiGraph, node: str) -> list[str]:
    """The hover text of a node, one line per entry (plain text)."""
    data = network.nodes[node]
    lines = [data["label"], STYLES.get(node_style(data), STYLES["other"])[2]]
    if data.get("alt_labels"):
        lines.append("also written: " + "; ".join(data["alt_labels"][:5]))
    if data["kind"] == PERSON:
        lines += [f"parties: {', '.join(data['parties']) or '–'}", f"boards: {len(data['boards'])}"]
    elif data["kind"] == PARTY and data.get("notation"):
        lines.append(f"notation: {data['notation']}")
    elif data["kind"] == GRANT:
        lines += [x for x in (data.get("item"), data.get("decision") and f"decision {data['decision']}",
                              data.get("date") and f"decided {data['date']}",
                              data.get("period") and f"period {data['period']}") if x]
    return lines + quote_lines(data.get("quotes", []))


def person_details(network: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """What the details panel shows for a person (plain text only)."""
    data = network.nodes[node]
    label = lambda iri: network.nodes[iri]["label"] if iri in network else (iri or "")
    return {
        "name": data["label"], "also": data.get("alt_labels", []), "parties": data.get("parties", []),
        "boards": [[b["body"], b["role"], label(b["on_behalf_of"]), b["from"] or "", b["to"] or ""]
                   for b in data.get("boards", [])],
        "meetings": [[m["date"] or "", m["body"], "present" if m["present"] else "absent", ", ".join(m["roles"])]
                     for m in data.get("meetings", [])[:MAX_MEETINGS]],
        "quotes": data.get("quotes", [])[:20], "iri": node,
    }


def node_size(network: nx.MultiDiGraph, node: str, max_amount: float) -> float:
    """Node size by kind: people by number of boards, grants by amount."""
    data = network.nodes[node]
    if data["kind"] == PERSON:
        return round(8 + 4 * math.sqrt(len({b["body"] for b in data.get("boards", [])})), 1)
    if data["kind"] == GRANT:
        return round(8 + 14 * math.sqrt((data.get("amount") or 0) / max_amount), 1)
    return {FORBUND: 28.0, PARTY: 16.0}.get(data["kind"], 14.0)


def format_amount(amount: float | None) -> str:
    """968431 -> '968 431 kr'."""
    return "" if amount is None else f"{amount:,.0f} kr".replace(",", "\u202f")


def edge_record(network: nx.MultiDiGraph, u: str, v: str, data: dict[str, Any], ids: dict[str, int],
                max_amount: float, with_label: bool) -> dict[str, Any]:
    """One vis edge: label by role or amount, width by amount, hover text with dates and quotes."""
    amount = data.get("amount")
    label = format_amount(amount) if amount is not None else data.get("role", data["kind"])
    period = " – ".join(x or "…" for x in (data.get("start"), data.get("end"))) if data.get("start") else ""
    tip = [f"{network.nodes[u]['label']} → {network.nodes[v]['label']}", f"{data['kind']}: {label}"]
    tip += [x for x in (period, data.get("meetings") and f"present at {data['meetings']} meetings") if x]
    width = 1 + 5 * math.sqrt(amount / max_amount) if amount else (1.5 if data["kind"] == "membership" else 1)
    record = {"from": ids[u], "to": ids[v], "kind": data["kind"], "width": round(width, 2),
              "tip": tip + quote_lines(data.get("quotes", []))}
    if with_label and data["kind"] in LABELLED_EDGES:
        record["label"] = label
    return record


def drawable_edges(network: nx.MultiDiGraph) -> list[tuple[str, str, dict[str, Any]]]:
    """The edges to draw: attendance beside a membership of the same pair is folded into the membership's text."""
    drawn = []
    for u, v, data in network.edges(data=True):
        if data["kind"] == "attended" and any(d["kind"] == "membership" for d in network[u][v].values()):
            continue
        if data["kind"] == "membership" and "attended" in network[u][v]:
            data = {**data, "meetings": network[u][v]["attended"].get("meetings")}
        drawn.append((u, v, data))
    return drawn


def page_data(network: nx.MultiDiGraph, positions: dict[str, tuple[float, float]]) -> dict[str, Any]:
    """All nodes and edges for the page, built in one pass (no pyvis add_node/add_edge)."""
    order = sorted(network)
    ids = {n: i for i, n in enumerate(order)}
    amounts = [a for _, a in network.nodes(data="amount") if a] + [a for *_, a in network.edges(data="amount") if a]
    max_amount = max(amounts, default=1.0) or 1.0
    nodes = []
    for n in order:
        data = network.nodes[n]
        record = {"id": ids[n], "label": data["label"], "kind": data["kind"], "style": node_style(data),
                  "x": positions[n][0], "y": positions[n][1], "size": node_size(network, n, max_amount),
                  "tip": node_tip(network, n)}
        if data["kind"] == PERSON:
            record["details"] = person_details(network, n)
        nodes.append(record)
    drawn = drawable_edges(network)
    with_labels = len(drawn) <= EDGE_LABEL_LIMIT
    edges = [edge_record(network, u, v, d, ids, max_amount, with_labels) for u, v, d in drawn]
    return {"nodes": nodes, "edges": edges,
            "styles": {k: {"color": c, "shape": s} for k, (c, s, _) in STYLES.items()},
            "edgeStyles": {k: {"color": c, "dashes": d} for k, (c, d) in EDGE_STYLES.items()},
            "physics": network.number_of_nodes() <= PHYSICS_LIMIT}


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' and no line separators left raw."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


# ---------------------------------------------------------------- HTML


@functools.cache
def vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and CSS as pyvis ships them, made safe to inline."""
    try:
        root = importlib.resources.files("pyvis") / "templates" / "lib" / VIS_VERSION
        js = (root / "vis-network.min.js").read_text("utf-8")
        css = (root / "vis-network.css").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise SamgrafError(f"vis-network not found in pyvis ({e}); try: pip install 'pyvis>=0.3.2'") from e
    js = re.sub(r"//[#@] sourceMappingURL=\S*", "", js)
    css = re.sub(r"/\*[#@] sourceMappingURL=.*?\*/", "", css)
    return re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE), re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def shorten(text: str, limit: int = 90) -> str:
    """Text cut to `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_table(headers: list[str], rows: list[list[Any]]) -> str:
    """An escaped HTML table; long cells are shortened."""
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(shorten(str(c)))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_analysis(analysis: NetworkAnalysis, *, max_rows: int = 15) -> str:
    """The side panel's analyses: interlocks, people by centrality, components (escaped tables)."""
    parts = [f"<p>Computed on {analysis.nodes:,} nodes and {analysis.edges:,} edges (before any summary).</p>"]
    for title, headers, rows in analysis_tables(analysis):
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append(render_table(headers, rows[:max_rows]) if rows else "<p>none</p>")
    return "\n".join(parts)


def render_legend() -> str:
    """Colour and shape of each node type."""
    items = "".join(f'<li><span class="sg-swatch" style="background:{c}"></span>{html.escape(text)} '
                    f'<small>({html.escape(shape)})</small></li>' for c, shape, text in STYLES.values())
    return f'<ul class="sg-legend">{items}</ul>'


def render_html(view: nx.MultiDiGraph, *, title: str = "samgraf network", analysis: NetworkAnalysis | None = None,
                notice: str | None = None, filters: list[str] | None = None) -> str:
    """The whole standalone page for a (filtered or summarised) network."""
    js, css = vis_assets()
    counts = ", ".join(f"{count:,} {kind}" for kind, count in iter_kinds(view)) or "empty"
    parts = {
        "TITLE": html.escape(title), "VIS_CSS": css, "VIS_JS": js, "PAGE_CSS": PAGE_CSS, "PAGE_JS": PAGE_JS,
        "DATA": json_for_script(page_data(view, layout_positions(view))),
        "COUNTS": html.escape(f"{view.number_of_nodes():,} nodes, {view.number_of_edges():,} edges ({counts})"),
        "FILTERS": "".join(f"<li>{html.escape(f)}</li>" for f in filters or []),
        "NOTICE": f'<p id="sg-notice" class="sg-notice">{html.escape(notice)}</p>' if notice else "",
        "LEGEND": render_legend(), "ANALYSIS": render_analysis(analysis) if analysis else "",
    }
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], PAGE_TEMPLATE)


@dataclass(frozen=True, slots=True)
class View:
    """What a page shows: the filtered network, what is drawn of it, and its analyses."""

    selected: nx.MultiDiGraph      # after the filters
    shown: nx.MultiDiGraph         # the selection, or its summary above the node limit
    notice: str | None             # set when `shown` is a summary
    analysis: NetworkAnalysis      # of `selected`


def select_view(network: nx.MultiDiGraph, options: ViewOptions = ViewOptions()) -> View:
    """Filter, analyse and (above the node limit) summarise a network."""
    selected = apply_filters(network, options)
    shown, notice = summarise_if_large(selected, options.node_limit)
    return View(selected, shown, notice, analyse_network(selected, top=15))


def render_view(view: View, options: ViewOptions = ViewOptions()) -> str:
    """The standalone page of a selected view."""
    return render_html(view.shown, title=options.title, analysis=view.analysis, notice=view.notice,
                       filters=describe_filters(options))


def render_viz(network: nx.MultiDiGraph, options: ViewOptions = ViewOptions()) -> str:
    """Filter, analyse, summarise if large, and render a network as a standalone HTML page."""
    return render_view(select_view(network, options), options)


def write_viz(network: nx.MultiDiGraph, path: str | Path, options: ViewOptions = ViewOptions()) -> Path:
    """Render and write the page; returns the path."""
    path = Path(path)
    path.write_text(render_viz(network, options), encoding="utf-8")
    return path


PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 13px/1.4 system-ui, sans-serif; color: #222; }
#sg-main { display: flex; height: 100vh; }
#mynetwork { flex: 1; height: 100vh; background: #fff; }
#sg-side { width: 420px; overflow: auto; border-left: 1px solid #ddd; padding: 8px 12px; box-sizing: border-box; }
#sg-side h1 { font-size: 17px; margin: 4px 0; } #sg-side h2 { font-size: 15px; margin: 14px 0 4px; }
#sg-side h3 { font-size: 13px; margin: 10px 0 3px; }
.sg-notice { background: #fff3cd; border: 1px solid #e0c060; padding: 6px; }
.sg-legend { list-style: none; padding: 0; margin: 0; columns: 2; }
.sg-swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border-bottom: 1px solid #eee; text-align: left; padding: 2px 4px; vertical-align: top;
         overflow-wrap: break-word; }
#sg-details { background: #f6f8fa; border: 1px solid #ddd; padding: 6px; min-height: 2em; }
.sg-tip { max-width: 420px; white-space: pre-wrap; font-size: 12px; }
.sg-tip div:first-child { font-weight: bold; }
.sg-quote { font-style: italic; color: #444; }
"""

PAGE_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("samgraf-data").textContent);
  window.samgrafTimings = {start: performance.now()};
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function tip(lines) {
    var box = el("div", null, "sg-tip");
    lines.forEach(function (line) { box.appendChild(el("div", line)); });
    return box;
  }
  function table(headers, rows) {
    var t = el("table"), head = el("tr");
    headers.forEach(function (h) { head.appendChild(el("th", h)); });
    t.appendChild(head);
    rows.forEach(function (row) {
      var tr = el("tr");
      row.forEach(function (cell) { tr.appendChild(el("td", cell)); });
      t.appendChild(tr);
    });
    return t;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var s = data.styles[n.style] || data.styles.other;
    return {id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: s.shape,
            color: s.color, title: tip(n.tip), kind: n.kind};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var s = data.edgeStyles[e.kind] || {color: "#999", dashes: false};
    return {id: i, from: e.from, to: e.to, label: e.label, width: e.width, dashes: s.dashes,
            color: {color: s.color, highlight: "#333"}, title: tip(e.tip), kind: e.kind};
  }));
  var options = {
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.edges.length > 2000},
    nodes: {font: {size: 12}, borderWidth: 1},
    edges: {smooth: false, font: {size: 9, align: "middle"}, arrows: {to: {enabled: true, scaleFactor: 0.4}}},
    physics: {enabled: data.physics, stabilization: {enabled: false},
              barnesHut: {gravitationalConstant: -2500, springLength: 110, damping: 0.4, avoidOverlap: 0.1},
              minVelocity: 1.0, maxVelocity: 40, timestep: 0.5}
  };
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  window.samgrafNetwork = network; window.samgrafNodes = nodes; window.samgrafEdges = edges;
  network.once("afterDrawing", function () {
    window.samgrafTimings.firstDraw = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  function stopPhysics() {
    if (window.samgrafTimings.physicsStopped) { return; }
    window.samgrafTimings.physicsStopped = performance.now();
    network.setOptions({physics: {enabled: false}});
  }
  if (data.physics) {
    network.on("stabilized", stopPhysics);
    setTimeout(stopPhysics, 8000);
  }
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function showDetails(id) {
    var n = byId[id], box = document.getElementById("sg-details");
    if (!n) { return; }
    box.textContent = "";
    box.setAttribute("data-node", String(id));
    if (!n.details) {
      box.appendChild(tip(n.tip));
      return;
    }
    var d = n.details;
    box.appendChild(el("h3", d.name, "sg-person-name"));
    if (d.also.length) { box.appendChild(el("div", "Also written: " + d.also.join("; "))); }
    box.appendChild(el("div", "Parties: " + (d.parties.join(", ") || "–")));
    box.appendChild(el("h3", "Boards and roles (" + d.boards.length + ")"));
    box.appendChild(table(["body", "role", "on behalf of", "from", "to"], d.boards));
    box.appendChild(el("h3", "Meetings (" + d.meetings.length + ")"));
    box.appendChild(table(["date", "body", "attendance", "meeting role"], d.meetings));
    box.appendChild(el("h3", "Quotes from the protocols"));
    var list = el("ul");
    d.quotes.forEach(function (q) { list.appendChild(el("li", "“" + q + "”", "sg-quote")); });
    box.appendChild(list);
    box.appendChild(el("small", d.iri));
  }
  window.samgrafShowDetails = showDetails;
  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(params.nodes[0]); }
  });
})();
"""

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{{TITLE}}</title>
<style>{{VIS_CSS}}</style>
<style>{{PAGE_CSS}}</style>
<script>{{VIS_JS}}</script>
</head>
<body>
<div id="sg-main">
<div id="mynetwork"></div>
<aside id="sg-side">
<h1>{{TITLE}}</h1>
<p id="sg-counts">{{COUNTS}}</p>
<ul id="sg-filters">{{FILTERS}}</ul>
{{NOTICE}}
<h2>Legend</h2>
{{LEGEND}}
<h2>Details</h2>
<div id="sg-details">Click a person to see their boards, roles, parties, meetings and quotes.</div>
<h2>Analyses</h2>
<div id="sg-analysis">
{{ANALYSIS}}
</div>
</aside>
</div>
<script type="application/json" id="samgraf-data">{{DATA}}</script>
<script>{{PAGE_JS}}</script>
</body>
</html>
"""
