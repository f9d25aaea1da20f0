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
    BOARD,
    FORBUND,
    RELATION_LABELS,
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
    grant_sums,
    iter_kinds,
    overview_network,
    summarise_network,
)

from samgraf.errors import SamgrafError

VIS_VERSION = "vis-9.1.2"
NODE_LIMIT = 2000
SPRING_LIMIT = 300        # below this many nodes: a real force layout in Python
CIRCLE_FROM = 12          # above this many förbund: förbund on a ring, in name order
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
    if len(forbund) > CIRCLE_FROM:   # many förbund share members: a spring knots them; a ring by name stays readable
        ring = sorted(forbund, key=lambda n: network.nodes[n].get("label", n))
        return {n: (3 * math.cos(2 * math.pi * i / len(ring)), 3 * math.sin(2 * math.pi * i / len(ring)))
                for i, n in enumerate(ring)}
    pos = nx.spring_layout(links, k=2.5 / math.sqrt(len(forbund)), seed=seed, iterations=80)
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
    anchors = sorted(pos)                   # the förbund's spread-out places: where the rest start from
    place_near(network, pos, (0.9 if len(anchors) <= CIRCLE_FROM else 1.5) / math.sqrt(max(1, len(anchors))), seed)
    if network.number_of_nodes() <= SPRING_LIMIT:
        # a few förbund anchors only start the force layout: held fixed, the other nodes' spread shrank them
        # into one knot in the middle when rescaled (seeds: four of five förbund stars on top of each other);
        # a ring of many förbund stays fixed (unfixed, 54 förbund at 12,000 protocols ran into one blob)
        simple = nx.Graph(network.to_undirected(as_view=True))
        spread = 3.0 / math.sqrt(max(simple.number_of_nodes(), 1))    # wider than networkx's 1/sqrt(n): room for labels
        pos = {n: (float(x), float(y)) for n, (x, y) in
               nx.spring_layout(simple, pos=pos, k=spread, iterations=120, seed=seed,
                                fixed=anchors if len(anchors) > CIRCLE_FROM else None).items()}
        pos = {n: (float(x), float(y)) for n, (x, y) in nx.rescale_layout_dict(pos, scale=1.0).items()}
    scale = 45.0 * math.sqrt(network.number_of_nodes()) + 150.0
    return {n: (round(x * scale, 1), round(y * scale, 1)) for n, (x, y) in pos.items()}


# ---------------------------------------------------------------- page data


def cite(quote: dict[str, str]) -> str:
    """Where a quote comes from: "Samordningsförbundet X, 2024-01-26, protokoll.pdf"."""
    return ", ".join(x for x in (quote.get("forbund"), quote.get("date"), quote.get("file")) if x)


def quote_lines(quotes: list[dict[str, str]]) -> list[str]:
    """Up to MAX_QUOTES provenance quotes, shortened, in quotation marks, each naming förbund, date and file."""
    return [f"“{shorten(q['text'], 200)}” — {cite(q)}" for q in quotes[:MAX_QUOTES]]


def quote_records(quotes: list[dict[str, str]], limit: int = 20) -> list[list[str]]:
    """[text, where] pairs for the details panel."""
    return [[q["text"], cite(q)] for q in quotes[:limit]]


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
        seats = sorted({b["body"] for b in data["boards"] if b.get("relation", BOARD) == BOARD})
        lines += [f"parties: {', '.join(data['parties']) or '–'}",
                  f"board seats: {'; '.join(seats) or '–'}", "click for roles, meetings and quotes"]
        return lines
    if data["kind"] == PARTY and data.get("notation"):
        lines.append(f"notation: {data['notation']}")
    elif data["kind"] == GRANT:
        lines += [x for x in (data.get("item"), data.get("decision") and f"decision {data['decision']}",
                              data.get("date") and f"decided {data['date']}",
                              data.get("period") and f"period {data['period']}") if x]
    return lines + quote_lines(data.get("quotes", []))


def person_details(network: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """What the details panel shows for a person (plain text only)."""
    data = network.nodes[node]
    label = lambda iri: network.nodes[iri]["label"] if iri in network else (iri or "")  # noqa: E731
    boards = [[b["body"], b["role"], RELATION_LABELS.get(b.get("relation", BOARD), ""), label(b["on_behalf_of"]),
               b["from"] or "", b["to"] or ""] for b in data.get("boards", [])]
    meetings = [[m["body"], str(m["present"]), str(m["absent"]), " – ".join(filter(None, (m["first"], m["last"]))),
                 ", ".join(m["duties"])] for m in data.get("meetings", [])[:MAX_MEETINGS]]
    return {"name": data["label"], "also": data.get("alt_labels", []), "parties": data.get("parties", []),
            "boards": boards, "meetings": meetings, "quotes": quote_records(data.get("quotes", []))}


def grant_details(network: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    """What the details panel shows for a grant: who gave what to whom, when, and the quote."""
    data = network.nodes[node]
    funders = [network.nodes[u]["label"] for u, _, d in network.in_edges(node, data=True) if d["kind"] == "funds"]
    recipients = [network.nodes[v]["label"] for _, v, d in network.out_edges(node, data=True) if d["kind"] == "receives"]
    rows = [["amount", format_amount(data.get("amount"))], ["from", ", ".join(funders)], ["to", ", ".join(recipients)],
            ["for", data.get("item") or ""], ["decision", data.get("decision") or ""],
            ["decided", data.get("date") or ""], ["period", data.get("period") or ""]]
    return {"name": f"Grant {format_amount(data.get('amount'))}", "rows": [r for r in rows if r[1]],
            "quotes": quote_records(data.get("quotes", []))}


def node_size(network: nx.MultiDiGraph, node: str, max_amount: float) -> float:
    """Node size by kind: people by number of board seats, grants by amount."""
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
    relation = RELATION_LABELS.get(data.get("relation", ""), "")
    tip = [f"{network.nodes[u]['label']} → {network.nodes[v]['label']}",
           f"{data['kind']}: {label}" + (f" ({relation})" if relation else "")]
    tip += [x for x in (period, data.get("meetings") and f"present at {data['meetings']} meetings") if x]
    width = 1 + 5 * math.sqrt(amount / max_amount) if amount else (1.5 if data["kind"] == "membership" else 1)
    record = {"from": ids[u], "to": ids[v], "kind": data["kind"], "relation": data.get("relation", ""),
              "width": round(width, 2), "tip": tip + quote_lines(data.get("quotes", []))}
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


def node_record(network: nx.MultiDiGraph, n: str, node_id: int, max_amount: float) -> dict[str, Any]:
    """One vis node with its hover text and, for people and grants, the details panel."""
    data = network.nodes[n]
    record = {"id": node_id, "label": data["label"], "kind": data["kind"], "style": node_style(data),
              "size": node_size(network, n, max_amount), "tip": node_tip(network, n)}
    if data["kind"] == PERSON:
        record["details"] = person_details(network, n)
    elif data["kind"] == GRANT:
        record["grant"] = grant_details(network, n)
    return record


def page_data(network: nx.MultiDiGraph, positions: dict[str, tuple[float, float]],
              overview: nx.MultiDiGraph | None = None) -> dict[str, Any]:
    """All nodes and edges for the page, built in one pass (no pyvis add_node/add_edge).

    `nodes`/`edges` are the whole selection; with an `overview` the page opens on that smaller view, and
    each node and edge says in which views it is drawn (`views`) and where (`pos`).
    """
    views = {"full": (network, positions)}
    if overview is not None:
        views["overview"] = (overview, layout_positions(overview))
    order = sorted(set(network) | (set(overview) if overview is not None else set()))
    ids = {n: i for i, n in enumerate(order)}
    source = lambda n: network if n in network else overview  # noqa: E731
    amounts = [a for _, a in network.nodes(data="amount") if a] + [a for *_, a in network.edges(data="amount") if a]
    max_amount = max(amounts, default=1.0) or 1.0
    nodes = []
    for n in order:
        record = node_record(source(n), n, ids[n], max_amount)
        record["views"] = [name for name, (graph, _) in views.items() if n in graph]
        record["pos"] = {name: pos[n] for name, (graph, pos) in views.items() if n in graph}
        record["x"], record["y"] = record["pos"][record["views"][0]]
        nodes.append(record)
    edges, seen = [], {}
    for name, (graph, _) in views.items():
        drawn = drawable_edges(graph)
        with_labels = len(drawn) <= EDGE_LABEL_LIMIT and name == "full"
        for u, v, d in drawn:
            record = edge_record(graph, u, v, d, ids, max_amount, with_labels)
            key = (record["from"], record["to"], record["kind"], record.get("label"), tuple(record["tip"]))
            if key in seen:
                seen[key]["views"].append(name)
                continue
            record["views"] = [name]
            seen[key] = record
            edges.append(record)
    return {"nodes": nodes, "edges": edges, "start": "overview" if overview is not None else "full",
            "styles": {k: {"color": c, "shape": s} for k, (c, s, _) in STYLES.items()},
            "edgeStyles": {k: {"color": c, "dashes": d} for k, (c, d) in EDGE_STYLES.items()},
            "physics": SPRING_LIMIT < network.number_of_nodes() <= PHYSICS_LIMIT}


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
    body = "".join("<tr>" + "".join(f"<td>{html.escape(shorten(str(c), 160))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_analysis(analysis: NetworkAnalysis, *, max_rows: int = 15) -> str:
    """The side panel's analyses: interlocks, people by centrality, components (escaped tables)."""
    parts = [f"<p>Computed on {analysis.nodes:,} nodes and {analysis.edges:,} edges (before any summary).</p>"]
    for title, headers, rows in analysis_tables(analysis):
        if headers[:2] == ["body", "body"]:     # interlocks: the pair in one cell, so the panel needs no scrolling
            headers, rows = ["bodies", *headers[2:]], [[f"{r[0]} ↔ {r[1]}", *r[2:]] for r in rows]
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append(render_table(headers, rows[:max_rows]) if rows else "<p>none</p>")
    return "\n".join(parts)


def render_grant_analysis(network: nx.MultiDiGraph, *, max_rows: int = 30) -> str:
    """The grants view's side panel: total granted per funder and recipient, largest first."""
    sums = sorted(grant_sums(network).items(), key=lambda kv: (-kv[1][0], kv[0]))
    rows = [[network.nodes[f]["label"], network.nodes[r]["label"], str(count), format_amount(total)]
            for (f, r), (total, count) in sums[:max_rows]]
    table = render_table(["from", "to", "grants", "total"], rows) if rows else "<p>none</p>"
    return f"<h3>Granted per recipient ({len(sums)} pairs)</h3>{table}"


def render_legend(network: nx.MultiDiGraph) -> str:
    """Colour and shape of each node type present, and what the edge styles mean."""
    present = {node_style(d) for _, d in network.nodes(data=True)}
    items = "".join(f'<li><span class="sg-swatch" style="background:{c}"></span>{html.escape(text)}</li>'
                    for key, (c, _shape, text) in STYLES.items() if key in present)
    lines = ('<li><span class="sg-line"></span>board seat, staff role</li>'
             '<li><span class="sg-line sg-dashed"></span>attended as guest, represents</li>')
    return f'<ul class="sg-legend">{items}{lines}</ul>'


def render_html(view: nx.MultiDiGraph, *, title: str = "samgraf network", analysis: NetworkAnalysis | None = None,
                notice: str | None = None, filters: list[str] | None = None,
                overview: nx.MultiDiGraph | None = None, grants: bool = False) -> str:
    """The whole standalone page for a (filtered or summarised) network, opening on `overview` when given."""
    js, css = vis_assets()
    counts = ", ".join(f"{count:,} {kind}" for kind, count in iter_kinds(view)) or "empty"
    side = render_grant_analysis(view) if grants else (render_analysis(analysis) if analysis else "")
    hint = ("Click a grant to see who gave how much to whom, when, and the protocol's words." if grants else
            "Click a person to see their board seats, staff roles, meetings and quotes; search above.")
    parts = {
        "TITLE": html.escape(title), "VIS_CSS": css, "VIS_JS": js, "PAGE_CSS": PAGE_CSS, "PAGE_JS": PAGE_JS,
        "DATA": json_for_script(page_data(view, layout_positions(view), overview)),
        # with an overview the page opens on it (its own count is in the bar): say which view these counts are
        "COUNTS": html.escape(("Whole network: " if overview is not None else "") +
                              f"{view.number_of_nodes():,} nodes, {view.number_of_edges():,} edges ({counts})"),
        "FILTERS": "".join(f"<li>{html.escape(f)}</li>" for f in filters or []),
        "NOTICE": f'<p id="sg-notice" class="sg-notice">{html.escape(notice)}</p>' if notice else "",
        "LEGEND": render_legend(view if overview is None else nx.compose(view, overview)), "ANALYSIS": side,
        "HINT": html.escape(hint), "ANALYSIS_TITLE": "Grants" if grants else "Analyses",
        "TOGGLE": "" if overview is None else '<button id="sg-toggle" type="button">Whole network</button>',
    }
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], PAGE_TEMPLATE)


@dataclass(frozen=True, slots=True)
class View:
    """What a page shows: the filtered network, what is drawn of it, and its analyses."""

    selected: nx.MultiDiGraph      # after the filters
    shown: nx.MultiDiGraph         # the selection, or its summary above the node limit
    notice: str | None             # set when `shown` is a summary
    analysis: NetworkAnalysis      # of `selected`
    overview: nx.MultiDiGraph | None = None   # the förbund-centred view the page opens on


def wants_overview(options: ViewOptions) -> bool:
    """Whether the page opens on the förbund-centred overview (not for a person's or the grants view)."""
    return not options.person and not options.grants_only


def select_view(network: nx.MultiDiGraph, options: ViewOptions = ViewOptions()) -> View:
    """Filter, analyse and (above the node limit) summarise a network; the overview to open on."""
    selected = apply_filters(network, options)
    shown, notice = summarise_if_large(selected, options.node_limit)
    overview = overview_network(selected) if wants_overview(options) else None
    if overview is not None and not (0 < overview.number_of_nodes() <= options.node_limit
                                     and set(overview) != set(shown)):
        overview = None
    return View(selected, shown, notice, analyse_network(selected, top=15), overview)


def render_view(view: View, options: ViewOptions = ViewOptions()) -> str:
    """The standalone page of a selected view."""
    return render_html(view.shown, title=options.title, analysis=view.analysis, notice=view.notice,
                       filters=describe_filters(options), overview=view.overview, grants=options.grants_only)


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
#sg-stage { flex: 1; display: flex; flex-direction: column; min-width: 0; }
#sg-bar { display: flex; gap: 6px; align-items: center; padding: 6px 8px; border-bottom: 1px solid #ddd;
          background: #fafafa; flex-wrap: wrap; }
#sg-bar input { flex: 1; min-width: 180px; max-width: 360px; padding: 4px 6px; font: inherit; }
#sg-bar button { padding: 4px 10px; font: inherit; cursor: pointer; }
#sg-view-name { color: #555; margin-left: 4px; }
#sg-search-msg { color: #a33; }
#mynetwork { flex: 1; min-height: 0; background: #fff; }
#sg-side { width: 400px; overflow: auto; border-left: 1px solid #ddd; padding: 6px 12px; box-sizing: border-box; }
#sg-side h1 { font-size: 16px; margin: 2px 0; } #sg-side h2 { font-size: 14px; margin: 12px 0 4px; }
#sg-side h3 { font-size: 13px; margin: 10px 0 3px; }
#sg-counts { color: #555; margin: 2px 0; }
.sg-notice { background: #fff3cd; border: 1px solid #e0c060; padding: 6px; }
.sg-legend { list-style: none; padding: 0; margin: 0; columns: 2; font-size: 12px; }
.sg-swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
.sg-line { display: inline-block; width: 18px; border-top: 2px solid #7f7f7f; margin: 0 4px 3px 0; }
.sg-dashed { border-top-style: dashed; border-top-color: #aaa; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border-bottom: 1px solid #eee; text-align: left; padding: 2px 4px; vertical-align: top;
         overflow-wrap: break-word; }
#sg-details { background: #f6f8fa; border: 1px solid #ddd; padding: 6px; min-height: 2em; }
.sg-tip { max-width: 420px; white-space: pre-wrap; font-size: 12px; }
.sg-tip div:first-child { font-weight: bold; }
.sg-quote { font-style: italic; color: #333; }
.sg-cite { display: block; font-style: normal; color: #666; font-size: 11px; }
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
  function quotes(list) {
    var ul = el("ul");
    list.forEach(function (q) {
      var li = el("li", "“" + q[0] + "”", "sg-quote");
      li.appendChild(el("span", q[1], "sg-cite"));
      ul.appendChild(li);
    });
    return ul;
  }
  function visNode(n, view) {
    var s = data.styles[n.style] || data.styles.other, p = n.pos[view];
    var node = {id: n.id, label: n.label, x: p[0], y: p[1], size: n.size, shape: s.shape,
                color: s.color, title: tip(n.tip), kind: n.kind};
    if (n.kind === "forbund") { node.widthConstraint = {maximum: 170}; node.font = {size: 14, bold: true}; }
    return node;
  }
  function visEdge(e, i) {
    var s = data.edgeStyles[e.kind] || {color: "#999", dashes: false};
    var dashed = s.dashes || e.relation === "guest";
    return {id: i, from: e.from, to: e.to, label: e.label, width: e.width, dashes: dashed,
            color: {color: s.color, highlight: "#333"}, title: tip(e.tip), kind: e.kind};
  }
  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  var current = null;
  function show(view) {
    current = view;
    nodes.clear(); edges.clear();
    nodes.add(data.nodes.filter(function (n) { return n.views.indexOf(view) >= 0; })
                        .map(function (n) { return visNode(n, view); }));
    edges.add(data.edges.map(function (e, i) { return [e, i]; })
                        .filter(function (p) { return p[0].views.indexOf(view) >= 0; })
                        .map(function (p) { return visEdge(p[0], p[1]); }));
    var name = document.getElementById("sg-view-name"), toggle = document.getElementById("sg-toggle");
    name.textContent = (view === "overview" ? "Overview: förbund, member parties, people on several boards"
                                            : "Whole network") + " (" + nodes.length + " nodes)";
    if (toggle) { toggle.textContent = view === "overview" ? "Whole network" : "Back to overview"; }
    document.body.setAttribute("data-view", view);
  }
  var options = {
    layout: {improvedLayout: false, randomSeed: 7},
    interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.edges.length > 2000, navigationButtons: false},
    nodes: {font: {size: 12, strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1},
    edges: {smooth: false, font: {size: 9, align: "middle", strokeWidth: 2},
            arrows: {to: {enabled: true, scaleFactor: 0.4}}},
    physics: {enabled: data.physics && data.start === "full", stabilization: {enabled: false},
              barnesHut: {gravitationalConstant: -2500, springLength: 110, damping: 0.4, avoidOverlap: 0.6},
              minVelocity: 1.0, maxVelocity: 40, timestep: 0.5}
  };
  show(data.start);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  window.samgrafNetwork = network; window.samgrafNodes = nodes; window.samgrafEdges = edges;
  function fit() { network.fit({animation: false}); }
  network.once("afterDrawing", function () {
    fit();
    window.samgrafTimings.firstDraw = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  function stopPhysics() {
    if (window.samgrafTimings.physicsStopped) { return; }
    window.samgrafTimings.physicsStopped = performance.now();
    network.setOptions({physics: {enabled: false}});
    fit();
  }
  if (data.physics && data.start === "full") {
    network.on("stabilized", stopPhysics);
    setTimeout(stopPhysics, 4000);
  } else {
    window.samgrafTimings.physicsStopped = performance.now();   // laid out in Python: nothing moves
  }
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function showDetails(id) {
    var n = byId[id], box = document.getElementById("sg-details");
    if (!n) { return; }
    box.textContent = "";
    box.setAttribute("data-node", String(id));
    if (n.grant) {
      box.appendChild(el("h3", n.grant.name, "sg-person-name"));
      box.appendChild(table(["", ""], n.grant.rows));
      box.appendChild(el("h3", "From the protocol"));
      box.appendChild(quotes(n.grant.quotes));
      return;
    }
    if (!n.details) {
      box.appendChild(tip(n.tip));
      return;
    }
    var d = n.details;
    box.appendChild(el("h3", d.name, "sg-person-name"));
    if (d.also.length) { box.appendChild(el("div", "Also written: " + d.also.join("; "))); }
    box.appendChild(el("div", "Parties: " + (d.parties.join(", ") || "–")));
    box.appendChild(el("h3", "Boards and roles (" + d.boards.length + ")"));
    box.appendChild(table(["body", "role", "relation", "on behalf of", "from", "to"], d.boards));
    box.appendChild(el("h3", "Meetings"));
    box.appendChild(table(["body", "present", "absent", "dates", "duties"], d.meetings));
    box.appendChild(el("h3", "Quotes from the protocols"));
    box.appendChild(quotes(d.quotes));
  }
  window.samgrafShowDetails = showDetails;
  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(params.nodes[0]); }
  });
  var names = document.getElementById("sg-names"), seen = {};
  data.nodes.forEach(function (n) {
    if ((n.kind === "person" || n.kind === "forbund" || n.kind === "org") && !seen[n.label]) {
      seen[n.label] = true;
      var o = document.createElement("option"); o.value = n.label; names.appendChild(o);
    }
  });
  function find(text) {
    var t = text.trim().toLowerCase(), hits = data.nodes.filter(function (n) { return n.label.toLowerCase() === t; });
    if (!hits.length) { hits = data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(t) >= 0; }); }
    return t && hits.length ? hits[0] : null;
  }
  function search() {
    var text = document.getElementById("sg-search").value, n = find(text), msg = document.getElementById("sg-search-msg");
    msg.textContent = "";
    if (!n) { msg.textContent = text.trim() ? "not found" : ""; return; }
    if (n.views.indexOf(current) < 0) { show(n.views[0]); }
    network.selectNodes([n.id]);
    network.focus(n.id, {scale: 1.3, animation: false});
    showDetails(n.id);
  }
  window.samgrafSearch = function (text) { document.getElementById("sg-search").value = text; search(); };
  document.getElementById("sg-search").addEventListener("change", search);
  document.getElementById("sg-search").addEventListener("keydown", function (e) { if (e.key === "Enter") { search(); } });
  document.getElementById("sg-fit").addEventListener("click", fit);
  var toggle = document.getElementById("sg-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      show(current === "overview" ? "full" : "overview");
      if (data.physics && current === "full") {
        window.samgrafTimings.physicsStopped = null;
        network.setOptions({physics: {enabled: true}});
        setTimeout(stopPhysics, 3000);
      }
      fit();
    });
  }
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
<div id="sg-stage">
<div id="sg-bar">
<input id="sg-search" list="sg-names" placeholder="Search a person or förbund" aria-label="Search a person or förbund">
<datalist id="sg-names"></datalist>
<button id="sg-fit" type="button">Zoom to fit</button>
{{TOGGLE}}
<span id="sg-search-msg"></span>
<span id="sg-view-name"></span>
</div>
<div id="mynetwork"></div>
</div>
<aside id="sg-side">
<h1>{{TITLE}}</h1>
<p id="sg-counts">{{COUNTS}}</p>
<ul id="sg-filters">{{FILTERS}}</ul>
{{NOTICE}}
<h2>Details</h2>
<div id="sg-details">{{HINT}}</div>
<h2>Legend</h2>
{{LEGEND}}
<h2>{{ANALYSIS_TITLE}}</h2>
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
