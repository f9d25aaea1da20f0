"""`samgraf trace`: find a person by a fuzzy name and list everything the protocols say about them.

Every row names its protocol, meeting date and the quoted text it was read from. Renderers give a
plain table, JSON, or a standalone HTML timeline (one lane per board, terms as bars, meetings as
dots) with no external resources; every string from a protocol is escaped.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

from samgraf.extractors.names import name_key
from samgraf.graph.curation import Judgements, _rows, collect_profiles, doc_id_of, load_judgements
from samgraf.graph.people import PersonProfile, _key_relation
from samgraf.ontology.ns import SPARQL_PREFIXES

MATCH_AT = 0.8
_ENTITIES = "<https://w3id.org/samgraf/graph/entities>"
_RELATION_SCORE = {"exact": 1.0, "initials": 0.9, "subset": 0.88, "near": 0.85}


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """A person a search found, with how well the name fits."""

    iri: str
    name: str
    score: float
    matched: str                     # the spelling or alias that matched
    boards: tuple[str, ...] = ()
    protocols: int = 0


def _name_score(query_key: str, key: str) -> float:
    rule = _key_relation(query_key, key)
    if rule in _RELATION_SCORE:
        return _RELATION_SCORE[rule]
    if " " not in query_key and query_key in key.split():
        return 0.82                      # a lone surname or first name: list, never pick among several
    return round(fuzz.ratio(query_key, key) / 100, 3)   # rapidfuzz, samgraf's one fuzzy matcher


def search_profiles(query: str, profiles: dict[str, PersonProfile], judgements: Judgements) -> list[PersonMatch]:
    """People whose spellings or aliases fit `query` (case, diacritics, OCR and typos tolerated), best first."""
    qkey = name_key(query)
    out = []
    for node, p in profiles.items():
        names = list(p.names) + judgements.aliases(node)
        best = max(((_name_score(qkey, name_key(n)), n) for n in names), default=(0.0, ""))
        if best[0] >= MATCH_AT:
            out.append(PersonMatch(node, p.names[0] if p.names else node, best[0], best[1],
                                   tuple(sorted(b for b in p.boards if not b.startswith("doc:"))), len(p.docs)))
    return sorted(out, key=lambda m: (-m.score, m.name, m.iri))


_Q_ALL_SPELLINGS = f"SELECT DISTINCT ?p ?alt WHERE {{ GRAPH {_ENTITIES} {{ ?p skos:altLabel ?alt }} }}"


def search_people(store, query: str) -> list[PersonMatch]:
    """Fuzzy person search over a store: every spelling is scored once (read from the entity graph,
    where each is held once), and profiles are built only for the people that fit."""
    judgements = load_judgements(store.path)
    qkey = name_key(query)
    keys: dict[str, set[str]] = {}
    for r in _rows(store, _Q_ALL_SPELLINGS):
        keys.setdefault(r["p"], set()).add(name_key(r["alt"]))
    scored: dict[str, float] = {}
    fits = {p for p, ks in keys.items() if max(scored.setdefault(k, _name_score(qkey, k)) for k in ks) >= MATCH_AT}
    fits |= {j.a for j in judgements.items if j.kind == "alias"} | {j.b for j in judgements.items if j.kind == "same"}
    fits = {judgements.survivor(p) for p in fits} & set(keys) | {p for p in fits if p in keys}
    profiles = collect_profiles(store, judgements, persons=fits, keys_of=keys, colleagues=False) if fits else {}
    return search_profiles(query, profiles, judgements)


def pick(matches: list[PersonMatch]) -> PersonMatch | None:
    """The one person a search means: the single exact match, else the single match; None when ambiguous."""
    exact = [m for m in matches if m.score >= 1.0]
    if len(exact) == 1:
        return exact[0]
    return matches[0] if len(matches) == 1 else None


# --- what the protocols say ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TraceRow:
    """One thing a protocol says about the person."""

    kind: str            # membership | party | attendance | duty | dissent
    date: str            # meeting date (ISO) or ""
    board: str           # the body: förbund of the meeting, or the organisation of the membership
    what: str            # role, "present"/"absent", "chair"/"secretary"/"adjuster", "reservation", party code
    detail: str = ""     # represented party, party name, decision text
    period: str = ""     # "2023-01-01 – 2026-12-31" for terms
    protocol: str = ""   # doc id
    quote: str = ""      # the text the row was read from
    start: int | None = None
    end: int | None = None
    forbund: str = ""    # the förbund (or body) whose meeting the protocol records
    file: str = ""       # the protocol's source file name


@dataclass(frozen=True, slots=True)
class Trace:
    iri: str
    name: str
    spellings: tuple[str, ...]
    aliases: tuple[str, ...]
    merged: tuple[str, ...]                      # IRIs merged into this person
    rows: tuple[TraceRow, ...] = field(default=())


# How these run fast at national scale (docs/scale.md): each query starts from the person inside the
# protocol graphs and reaches its protocol through the fact's annotation (oa:hasSource), one lookup
# after another; dates, offsets and decisions hang off the protocol's own nodes and are looked up per
# row in the union (each is in one graph only); labels of bodies, roles and parties come from the
# entity graph, where each is held once. The LIMIT far above any real count is a planner hint: it
# bounds Oxigraph's row estimate so the OPTIONAL lookups are made row by row. An OPTIONAL lookup
# on a variable that may be unbound would match every label in the store, so such lookups are nested
# in the OPTIONAL that binds the variable.
_EVIDENCE = """?x prov:wasDerivedFrom ?ann . ?ann oa:hasTarget ?t . ?t oa:hasSource ?doc ; oa:hasSelector ?qs .
      ?qs oa:exact ?quote . ?doc dct:subject ?z ."""
_AROUND = f"""OPTIONAL {{ ?z dct:date ?date }} OPTIONAL {{ ?doc sg:sourcePath ?path }}
  OPTIONAL {{ ?t oa:hasSelector ?ps . ?ps oa:start ?start }} OPTIONAL {{ ?t oa:hasSelector ?pe . ?pe oa:end ?end }}
  OPTIONAL {{ ?z besluit:isGehoudenDoor ?mb
             OPTIONAL {{ GRAPH {_ENTITIES} {{ ?mb besluit:bestuurt ?mf . ?mf skos:prefLabel ?mfl }} }}
             OPTIONAL {{ GRAPH {_ENTITIES} {{ ?mb skos:prefLabel ?mbl }} }} }}
  BIND(COALESCE(?mfl, ?mbl, "") AS ?forbund)"""
_COMMON = "?g ?date ?path ?forbund ?quote ?start ?end"
_QUERIES = {
    "membership": f"""SELECT DISTINCT {_COMMON} ?body ?role ?rep ?from ?to WHERE {{
  {{ SELECT * WHERE {{ GRAPH ?g {{ ?x org:member ?p ; org:organization ?o . {_EVIDENCE}
      OPTIONAL {{ ?x schema:validFrom ?from }} OPTIONAL {{ ?x schema:validThrough ?to }} }} }} LIMIT 10000000 }}
  {_AROUND}
  OPTIONAL {{ GRAPH {_ENTITIES} {{ ?x org:role ?r . ?r skos:prefLabel ?role }} }}
  OPTIONAL {{ GRAPH {_ENTITIES} {{ ?x opengov:onBehalfOf ?behalf . ?behalf skos:prefLabel ?rep }} }}
  OPTIONAL {{ GRAPH {_ENTITIES} {{ ?o skos:prefLabel ?ol }} }}
  OPTIONAL {{ GRAPH {_ENTITIES} {{ ?o besluit:bestuurt ?of . ?of skos:prefLabel ?fl }} }}
  BIND(COALESCE(?fl, ?ol, "") AS ?body) }}""",
    "attendance": f"""SELECT DISTINCT {_COMMON} ?present WHERE {{
  {{ SELECT * WHERE {{ GRAPH ?g {{ ?x sg:attendee ?p ; sg:present ?present . {_EVIDENCE} }} }} LIMIT 10000000 }}
  {_AROUND} }}""",
    "duty": f"""SELECT DISTINCT {_COMMON} ?kind WHERE {{
  {{ SELECT * WHERE {{ GRAPH ?g {{ ?x sg:holder ?p ; sg:roleKind ?kind . {_EVIDENCE} }} }} LIMIT 10000000 }}
  {_AROUND} }}""",
    "dissent": f"""SELECT DISTINCT {_COMMON} ?cls ?decision ?ident WHERE {{
  {{ SELECT * WHERE {{ GRAPH ?g {{ ?x prov:wasAttributedTo ?p ; a ?cls . {_EVIDENCE} }}
      FILTER(?cls IN (sg:Reservation, sg:ProtocolNote, sg:Abstention)) }} LIMIT 10000000 }}
  OPTIONAL {{ ?x sg:against ?bes . ?bes prov:value ?decision OPTIONAL {{ ?bes dct:identifier ?ident }} }}
  {_AROUND} }}""",
    "party": f"""SELECT DISTINCT ?g ?date ?path ?forbund ?code ?pname WHERE {{
  {{ SELECT * WHERE {{ GRAPH ?g {{ ?p org:memberOf ?party . ?doc a sg:Protocol ; dct:subject ?z . }} }} LIMIT 10000000 }}
  GRAPH {_ENTITIES} {{ ?party skos:notation ?code }} OPTIONAL {{ GRAPH {_ENTITIES} {{ ?party skos:prefLabel ?pname }} }}
  OPTIONAL {{ ?z dct:date ?date }} OPTIONAL {{ ?doc sg:sourcePath ?path }}
  OPTIONAL {{ ?z besluit:isGehoudenDoor ?mb
             OPTIONAL {{ GRAPH {_ENTITIES} {{ ?mb besluit:bestuurt ?mf . ?mf skos:prefLabel ?mfl }} }}
             OPTIONAL {{ GRAPH {_ENTITIES} {{ ?mb skos:prefLabel ?mbl }} }} }}
  BIND(COALESCE(?mfl, ?mbl, "") AS ?forbund) }}""",
}
# The spellings of a person's name, most often seen first.
_SPELLINGS = """SELECT ?alt (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?p skos:altLabel ?alt }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/samgraf/graph/protocol/")) } GROUP BY ?alt ORDER BY DESC(?n) ?alt"""
_DISSENT = {"Reservation": "reservation", "ProtocolNote": "protocol note", "Abstention": "abstention"}


def _s(row: dict[str, str], name: str) -> str:
    return row.get(name, "")


def _int(row: dict[str, str], name: str) -> int | None:
    value = row.get(name)
    return None if value is None else int(value)


def _select(store, sparql: str, person: str) -> list[dict[str, str]]:
    """Rows of a SELECT about one person (?p written in as a term), as plain strings; unbound = missing."""
    import pyoxigraph as ox

    from samgraf.queries.binding import bind_terms

    text = bind_terms(SPARQL_PREFIXES + sparql, {"p": ox.NamedNode(person)})
    solutions = store.ox.query(text, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in solutions]


def _row(kind: str, r) -> TraceRow:
    """One TraceRow from a SPARQL result row of the query of that kind."""
    common = dict(date=_s(r, "date")[:10], protocol=doc_id_of(_s(r, "g")), quote=_s(r, "quote"),
                  start=_int(r, "start"), end=_int(r, "end"), forbund=_s(r, "forbund"),
                  file=_s(r, "path").replace("\\", "/").rsplit("/", 1)[-1])
    if kind == "membership":
        period = " – ".join(x for x in (_s(r, "from")[:10], _s(r, "to")[:10]) if x)
        return TraceRow(kind, board=_s(r, "body"), what=_s(r, "role") or "member", detail=_s(r, "rep"),
                        period=period, **common)
    if kind == "attendance":
        present = _s(r, "present") in ("true", "1")
        return TraceRow(kind, board=_s(r, "forbund"), what="present" if present else "absent", **common)
    if kind == "duty":
        return TraceRow(kind, board=_s(r, "forbund"), what=_s(r, "kind"), **common)
    if kind == "dissent":
        cls = _s(r, "cls").rsplit("#", 1)[-1]
        detail = " ".join(x for x in (_s(r, "ident"), _s(r, "decision")) if x)
        return TraceRow(kind, board=_s(r, "forbund"), what=_DISSENT.get(cls, cls), detail=detail, **common)
    return TraceRow(kind, board=_s(r, "forbund"), what=_s(r, "code"), detail=_s(r, "pname"), **common)


def trace_person(store, node: str) -> Trace:
    """Everything the store's protocols say about one person (a merged-away IRI leads to its survivor)."""
    judgements = load_judgements(store.path)
    survivor = judgements.survivor(node)
    rows: set[TraceRow] = set()
    for kind, sparql in _QUERIES.items():
        for r in _select(store, sparql, survivor):
            rows.add(_row(kind, r))
    merged = tuple(sorted(old for old, new in judgements.merge_map().items() if new == survivor))
    names = tuple(r["alt"] for r in _select(store, _SPELLINGS, survivor))
    return Trace(survivor, names[0] if names else survivor, tuple(names), tuple(judgements.aliases(survivor)),
                 merged, tuple(sorted(rows, key=_row_order)))


_KIND_ORDER = {"membership": 0, "party": 1, "duty": 2, "attendance": 3, "dissent": 4}


def _row_order(row: TraceRow) -> tuple:
    return (row.date or "9999", row.board, _KIND_ORDER[row.kind], row.what, row.protocol, row.start or 0, row.quote)


# --- rendering ----------------------------------------------------------------------------------

def render_json(trace: Trace) -> str:
    return json.dumps(asdict(trace), ensure_ascii=False, indent=2)


def _one_line(text: str, width: int) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def render_table(trace: Trace) -> str:
    """A plain-text table: one row per fact with its protocol and quote."""
    head = [f"{trace.name}  <{trace.iri}>"]
    if len(trace.spellings) > 1 or trace.aliases:
        head.append("also written: " + ", ".join(sorted(set(trace.spellings[1:]) | set(trace.aliases))))
    if trace.merged:
        head.append("merged from: " + ", ".join(trace.merged))
    cols = ("date", "board", "kind", "what", "detail", "period", "protocol file", "quote")
    data = [[r.date, r.board, r.kind, r.what, r.detail, r.period, r.file or r.protocol, r.quote] for r in trace.rows]
    widths = [min(44, max([len(c)] + [len(_one_line(d[i], 44)) for d in data])) for i, c in enumerate(cols)]
    line = lambda cells: "  ".join(_one_line(c, w).ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    body = [line(cols), "  ".join("-" * w for w in widths)] + [line(d) for d in data]
    return "\n".join(head + [""] + body + [f"({len(data)} rows)"])


def _year(value: str) -> float | None:
    """An ISO date or year as a fractional year (2024-07-01 -> 2024.5)."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not m:
        return None
    month, day = int(m.group(2) or 1), int(m.group(3) or 1)
    return int(m.group(1)) + (month - 1) / 12 + (day - 1) / 365


def _lane(row: TraceRow) -> str:
    return row.board or "(body not named)"


def _bars(trace: Trace) -> dict[tuple[str, str], tuple[float, float, int]]:
    """(lane, role) -> (first, last year, index of the first row) of the terms and meetings recording the role."""
    bars: dict[tuple[str, str], tuple[float, float, int]] = {}
    for i, r in enumerate(trace.rows):
        if r.kind != "membership":
            continue
        points = [y for y in (_year(r.date), *(_year(p) for p in r.period.split(" – "))) if y is not None]
        if points:
            lo, hi, first = bars.get((_lane(r), r.what), (min(points), max(points), i))
            bars[(_lane(r), r.what)] = (min(lo, *points), max(hi, *points), first)
    return bars


def year_ticks(lo: float, hi: float, most: int = 14) -> list[int]:
    """Whole years to label on the axis between lo and hi: every year, or every 2nd/5th/10th when many."""
    first, last = int(lo), int(hi) + 1
    step = next(s for s in (1, 2, 5, 10, 20) if (last - first) / s <= most)
    return [y for y in range(first - first % step, last + 1, step) if first <= y <= last]


_E = lambda text: html.escape(str(text), quote=True)  # noqa: E731
_DOTS = {"attendance": ("#2b8a3e", 5, "present at a meeting (hollow: absent)"),
         "duty": ("#e8590c", 4, "meeting duty: chair, secretary, justerare"),
         "dissent": ("#c92a2a", 4, "reservation, protocol note or abstention")}
_BAR = ("#4c7fc0", "membership: a role on a board, from its term or the meetings recording it")
_STYLE = """body{font:14px system-ui,sans-serif;margin:1.5em 2em;color:#222;max-width:1300px}
h1{margin:.2em 0}.sub{color:#555;margin:.2em 0 1em}table{border-collapse:collapse;margin-top:1em;width:100%}
td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}
tr:target{background:#fff3bf}td:first-child{white-space:nowrap}.q{color:#444;font-style:italic;max-width:36em}.src{white-space:nowrap}
.src small{display:block;color:#666;white-space:normal}svg text{font-size:12px;fill:#222}svg .axis{fill:#555}
.lane{fill:#f7f7f7;stroke:#e5e5e5}.legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:.5em 0;font-size:13px}
.legend span{display:inline-flex;align-items:center;gap:6px}.protocols{columns:2;font-size:13px;padding-left:1.2em}
a{color:#1c5fa8}"""


def _legend() -> str:
    """What the bars and dots mean."""
    items = [f'<span><svg width="26" height="10"><rect x="0" y="2" width="26" height="6" fill="{_BAR[0]}"/></svg>'
             f"{_E(_BAR[1])}</span>"]
    for colour, radius, text in _DOTS.values():
        items.append(f'<span><svg width="12" height="12"><circle cx="6" cy="6" r="{radius}" fill="{colour}"/></svg>'
                     f"{_E(text)}</span>")
    return f'<div class="legend" role="list">{"".join(items)}</div>'


def _svg(trace: Trace, width: int = 1180, lane_h: int = 58, pad: int = 16) -> str:
    """The timeline: one lane per body with its full name above, terms as bars, meetings as dots, a year axis."""
    lanes = sorted({_lane(r) for r in trace.rows})
    years = [y for r in trace.rows for y in (_year(r.date), *(_year(p) for p in r.period.split(" – "))) if y]
    lo, hi = (min(years), max(years)) if years else (2000.0, 2001.0)
    ticks = year_ticks(lo, hi)
    lo, hi = min(lo, ticks[0]), max(hi, ticks[-1])
    x = lambda y: pad + (y - lo) / max(hi - lo, 0.5) * (width - 2 * pad)  # noqa: E731
    top_axis, height = 22, 22 + lane_h * len(lanes) + 24
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
           f'aria-label="timeline of {_E(trace.name)}">']
    for year in ticks:
        out.append(f'<line x1="{x(year):.1f}" x2="{x(year):.1f}" y1="{top_axis - 4}" y2="{height - 20}" stroke="#ddd"/>'
                   f'<text class="axis" x="{x(year):.1f}" y="14" text-anchor="middle">{year}</text>'
                   f'<text class="axis" x="{x(year):.1f}" y="{height - 6}" text-anchor="middle">{year}</text>')
    bars = _bars(trace)
    for i, lane in enumerate(lanes):
        top = top_axis + i * lane_h
        out.append(f'<rect class="lane" x="0" y="{top}" width="{width}" height="{lane_h - 6}"/>'
                   f'<text x="6" y="{top + 15}" font-weight="600">{_E(lane)}</text>')
        for k, ((_, role), (a, b, first)) in enumerate(sorted(kv for kv in bars.items() if kv[0][0] == lane)):
            y0 = top + 22 + (k % 3) * 8
            out.append(f'<a href="#r{first}"><rect x="{x(a):.1f}" y="{y0}" width="{max(x(b) - x(a), 5):.1f}" height="6" '
                       f'fill="{_BAR[0]}"><title>{_E(role)}: {a:.1f}–{b:.1f}</title></rect></a>')
        out.extend(_dots(trace, lane, top, x))
    out.append("</svg>")
    return "".join(out)


def _source(row: TraceRow) -> str:
    """A protocol by förbund and date (and its file name), never an internal id."""
    return ", ".join(x for x in (row.forbund, row.date) if x) or row.file or "protocol"


def _dots(trace: Trace, lane: str, top: int, x) -> list[str]:
    """Meetings as dots linking to their row: filled present, hollow absent, orange a duty, red a dissent."""
    out = []
    for i, r in enumerate(trace.rows):
        year = _year(r.date)
        if r.kind not in _DOTS or year is None or _lane(r) != lane:
            continue
        colour, radius, _ = _DOTS[r.kind]
        fill = "white" if r.what == "absent" else colour
        cy = top + 40 + (0 if r.kind == "attendance" else 8 if r.kind == "duty" else -8)
        tip = f"{r.what} {r.detail} — {_source(r)} “{_one_line(r.quote, 120)}”"
        out.append(f'<a href="#r{i}"><circle cx="{x(year):.1f}" cy="{cy}" r="{radius}" fill="{fill}" '
                   f'stroke="{colour}" stroke-width="1.5"><title>{_E(tip)}</title></circle></a>')
    return out


def _protocol_list(trace: Trace) -> str:
    """Each protocol the trace draws on, by förbund and date, linking to its first row."""
    first: dict[tuple[str, str, str], int] = {}
    for i, r in enumerate(trace.rows):
        first.setdefault((r.date, r.forbund, r.file), i)
    items = "".join(f'<li><a href="#r{i}">{_E(", ".join(x for x in (forbund, date) if x) or "protocol")}</a>'
                    f'{" <small>" + _E(file) + "</small>" if file else ""}</li>'
                    for (date, forbund, file), i in sorted(first.items()))
    return f'<h2>Protocols ({len(first)})</h2><ul class="protocols">{items}</ul>'


def render_html(trace: Trace) -> str:
    """A standalone HTML page: the timeline, a legend, the protocols, and every row with its quote (all escaped)."""
    rows = "".join(
        f'<tr id="r{i}"><td>{_E(r.date)}</td><td>{_E(r.board)}</td><td>{_E(r.kind)}</td><td>{_E(r.what)}</td>'
        f"<td>{_E(r.detail)}</td><td>{_E(r.period)}</td>"
        f'<td class="src">{_E(_source(r))}{"<small>" + _E(r.file) + "</small>" if r.file else ""}</td>'
        f'<td class="q">{_E(r.quote)}</td></tr>'
        for i, r in enumerate(trace.rows))
    also = sorted(set(trace.spellings[1:]) | set(trace.aliases))
    lanes = len({_lane(r) for r in trace.rows})
    sub = f"{len(trace.rows)} facts from {len({(r.date, r.forbund, r.file) for r in trace.rows})} protocols, {lanes} bodies"
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{_E(trace.name)} – samgraf trace'
            f"</title><style>{_STYLE}</style></head><body><h1>{_E(trace.name)}</h1>"
            f'<p class="sub">{_E(sub)}{"<br>also written: " + _E(", ".join(also)) if also else ""}</p>'
            f"{_legend()}{_svg(trace)}{_protocol_list(trace)}"
            f"<h2>Everything the protocols say</h2><table><tr><th>date</th><th>body</th><th>kind</th><th>what</th>"
            f"<th>detail</th><th>period</th><th>protocol</th><th>quote</th></tr>{rows}</table></body></html>\n")


RENDERERS = {"table": render_table, "json": render_json, "html": render_html}
