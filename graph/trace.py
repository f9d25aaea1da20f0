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
from rdflib import URIRef

from samgraf.extractors.names import name_key
from samgraf.graph.curation import Judgements, collect_profiles, doc_id_of, load_judgements
from samgraf.graph.people import PersonProfile, _key_relation
from samgraf.ontology.ns import SPARQL_PREFIXES

MATCH_AT = 0.8
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


def search_people(store, query: str) -> list[PersonMatch]:
    """Fuzzy person search over a store."""
    judgements = load_judgements(store.path)
    return search_profiles(query, collect_profiles(store, judgements), judgements)


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


@dataclass(frozen=True, slots=True)
class Trace:
    iri: str
    name: str
    spellings: tuple[str, ...]
    aliases: tuple[str, ...]
    merged: tuple[str, ...]                      # IRIs merged into this person
    rows: tuple[TraceRow, ...] = field(default=())


_EVIDENCE = """OPTIONAL { ?x prov:wasDerivedFrom ?ann . ?ann oa:hasTarget ?t . ?t oa:hasSelector ?qs .
      ?qs oa:exact ?quote . OPTIONAL { ?t oa:hasSelector ?ps . ?ps oa:start ?start ; oa:end ?end } }
    ?doc a sg:Protocol ; dct:subject ?z . OPTIONAL { ?z dct:date ?date }"""
_MEETING_BOARD = "OPTIONAL { ?z besluit:isGehoudenDoor/besluit:bestuurt/skos:prefLabel ?board }"
_QUERIES = {
    "membership": f"""SELECT ?p ?g ?date ?body ?role ?rep ?from ?to ?quote ?start ?end WHERE {{ GRAPH ?g {{
    ?x a org:Membership ; org:member ?p ; org:organization ?o .
    OPTIONAL {{ ?o besluit:bestuurt/skos:prefLabel ?fl }} OPTIONAL {{ ?o skos:prefLabel ?ol }}
    OPTIONAL {{ ?x org:role/skos:prefLabel ?role }} OPTIONAL {{ ?x opengov:onBehalfOf/skos:prefLabel ?rep }}
    OPTIONAL {{ ?x schema:validFrom ?from }} OPTIONAL {{ ?x schema:validThrough ?to }} {_EVIDENCE} }}
    BIND(COALESCE(?fl, ?ol, "") AS ?body) }}""",
    "attendance": f"""SELECT ?p ?g ?date ?board ?present ?quote ?start ?end WHERE {{ GRAPH ?g {{
    ?x a sg:Attendance ; sg:attendee ?p ; sg:meeting ?z ; sg:present ?present . {_MEETING_BOARD} {_EVIDENCE} }} }}""",
    "duty": f"""SELECT ?p ?g ?date ?board ?kind ?quote ?start ?end WHERE {{ GRAPH ?g {{
    ?x a sg:MeetingRole ; sg:holder ?p ; sg:meeting ?z ; sg:roleKind ?kind . {_MEETING_BOARD} {_EVIDENCE} }} }}""",
    "dissent": f"""SELECT ?p ?g ?date ?board ?cls ?decision ?ident ?quote ?start ?end WHERE {{ GRAPH ?g {{
    ?x prov:wasAttributedTo ?p ; a ?cls . FILTER(?cls IN (sg:Reservation, sg:ProtocolNote, sg:Abstention))
    OPTIONAL {{ ?x sg:against ?bes . ?bes prov:value ?decision . OPTIONAL {{ ?bes dct:identifier ?ident }} }}
    ?doc dct:subject ?z . {_MEETING_BOARD} {_EVIDENCE} }} }}""",
    "party": f"""SELECT ?p ?g ?date ?board ?code ?pname WHERE {{ GRAPH ?g {{
    ?p org:memberOf ?party . ?party skos:notation ?code . OPTIONAL {{ ?party skos:prefLabel ?pname }}
    ?doc a sg:Protocol ; dct:subject ?z . OPTIONAL {{ ?z dct:date ?date }} {_MEETING_BOARD} }} }}""",
}
_DISSENT = {"Reservation": "reservation", "ProtocolNote": "protocol note", "Abstention": "abstention"}


def _s(row, name: str) -> str:
    value = getattr(row, name, None)
    return "" if value is None else str(value)


def _int(row, name: str) -> int | None:
    value = getattr(row, name, None)
    return None if value is None else int(value)


def _row(kind: str, r) -> TraceRow:
    """One TraceRow from a SPARQL result row of the query of that kind."""
    common = dict(date=_s(r, "date")[:10], protocol=doc_id_of(_s(r, "g")), quote=_s(r, "quote"),
                  start=_int(r, "start"), end=_int(r, "end"))
    if kind == "membership":
        period = " – ".join(x for x in (_s(r, "from")[:10], _s(r, "to")[:10]) if x)
        return TraceRow(kind, board=_s(r, "body"), what=_s(r, "role") or "member", detail=_s(r, "rep"),
                        period=period, **common)
    if kind == "attendance":
        return TraceRow(kind, board=_s(r, "board"), what="present" if r.present.toPython() else "absent", **common)
    if kind == "duty":
        return TraceRow(kind, board=_s(r, "board"), what=_s(r, "kind"), **common)
    if kind == "dissent":
        cls = _s(r, "cls").rsplit("#", 1)[-1]
        detail = " ".join(x for x in (_s(r, "ident"), _s(r, "decision")) if x)
        return TraceRow(kind, board=_s(r, "board"), what=_DISSENT.get(cls, cls), detail=detail, **common)
    return TraceRow(kind, board=_s(r, "board"), what=_s(r, "code"), detail=_s(r, "pname"), **common)


def trace_person(store, node: str) -> Trace:
    """Everything the store's protocols say about one person (a merged-away IRI leads to its survivor)."""
    judgements = load_judgements(store.path)
    survivor = judgements.survivor(node)
    profile = collect_profiles(store, judgements).get(survivor)
    rows: set[TraceRow] = set()
    for kind, sparql in _QUERIES.items():
        for r in store.dataset.query(SPARQL_PREFIXES + sparql, initBindings={"p": URIRef(survivor)}):
            rows.add(_row(kind, r))
    merged = tuple(sorted(old for old, new in judgements.merge_map().items() if new == survivor))
    names = profile.names if profile else ()
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
    cols = ("date", "board", "kind", "what", "detail", "period", "protocol", "quote")
    data = [[r.date, r.board, r.kind, r.what, r.detail, r.period, r.protocol, r.quote] for r in trace.rows]
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


def _bars(trace: Trace) -> dict[tuple[str, str], list[float]]:
    """(board, role) -> [first, last] year of the terms and of the meetings the role was recorded at."""
    bars: dict[tuple[str, str], list[float]] = {}
    for r in trace.rows:
        if r.kind != "membership":
            continue
        points = [y for y in (_year(r.date), *(_year(p) for p in r.period.split(" – "))) if y is not None]
        if points:
            span = bars.setdefault((r.board, r.what), [min(points), max(points)])
            span[0], span[1] = min(span[0], *points), max(span[1], *points)
    return bars


_E = lambda text: html.escape(str(text), quote=True)  # noqa: E731
_STYLE = """body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-top:1.5em}
td,th{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f4f4f4}
.q{color:#555;font-style:italic;max-width:40em}svg text{font-size:12px}.lane{fill:#fafafa;stroke:#eee}"""


def _svg(trace: Trace, width: int = 960, lane_h: int = 46, left: int = 260) -> str:
    """The timeline: one lane per board, membership terms as bars, meetings as dots."""
    lanes = sorted({r.board or "(unknown body)" for r in trace.rows})
    years = [y for r in trace.rows for y in (_year(r.date), *(_year(p) for p in r.period.split(" – "))) if y]
    lo, hi = (min(years) - 0.25, max(years) + 0.25) if years else (2000.0, 2001.0)
    x = lambda y: left + (y - lo) / max(hi - lo, 0.5) * (width - left - 20)  # noqa: E731
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{lane_h * len(lanes) + 30}" role="img">']
    for year in range(int(lo) + 1, int(hi) + 1):
        out.append(f'<line x1="{x(year):.1f}" x2="{x(year):.1f}" y1="0" y2="{lane_h * len(lanes)}" stroke="#ddd"/>'
                   f'<text x="{x(year):.1f}" y="{lane_h * len(lanes) + 16}" text-anchor="middle">{year}</text>')
    for i, lane in enumerate(lanes):
        top = i * lane_h
        out.append(f'<rect class="lane" x="0" y="{top}" width="{width}" height="{lane_h - 4}"/>'
                   f'<text x="6" y="{top + 18}">{_E(_one_line(lane, 36))}</text>')
        for k, ((board, role), (a, b)) in enumerate(sorted((kv for kv in _bars(trace).items()
                                                           if (kv[0][0] or "(unknown body)") == lane))):
            y0 = top + 6 + (k % 3) * 7
            out.append(f'<rect x="{x(a):.1f}" y="{y0}" width="{max(x(b) - x(a), 4):.1f}" height="6" fill="#6a9fd4">'
                       f'<title>{_E(role)}: {a:.1f}–{b:.1f}</title></rect>')
        out.extend(_dots(trace, lane, top, x))
    out.append("</svg>")
    return "".join(out)


def _dots(trace: Trace, lane: str, top: int, x) -> list[str]:
    """Meetings as dots: filled present, hollow absent, orange for a duty, red for a dissent."""
    style = {"attendance": ("#2b6", 5), "duty": ("#e90", 4), "dissent": ("#d33", 4)}
    out = []
    for r in trace.rows:
        year = _year(r.date)
        if r.kind not in style or year is None or (r.board or "(unknown body)") != lane:
            continue
        colour, radius = style[r.kind]
        fill = "white" if r.what == "absent" else colour
        cy = top + 30 + (0 if r.kind == "attendance" else 6 if r.kind == "duty" else -6)
        tip = f"{r.date} {r.what} {r.detail} ({r.protocol}) “{_one_line(r.quote, 120)}”"
        out.append(f'<circle cx="{x(year):.1f}" cy="{cy}" r="{radius}" fill="{fill}" stroke="{colour}">'
                   f"<title>{_E(tip)}</title></circle>")
    return out


def render_html(trace: Trace) -> str:
    """A standalone HTML page: the timeline and every row with its protocol and quote (all escaped)."""
    rows = "".join(
        f"<tr><td>{_E(r.date)}</td><td>{_E(r.board)}</td><td>{_E(r.kind)}</td><td>{_E(r.what)}</td>"
        f"<td>{_E(r.detail)}</td><td>{_E(r.period)}</td><td>{_E(r.protocol)}</td><td class=q>{_E(r.quote)}</td></tr>"
        for r in trace.rows)
    also = sorted(set(trace.spellings[1:]) | set(trace.aliases))
    return (f'<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>{_E(trace.name)} – samgraf trace'
            f"</title><style>{_STYLE}</style></head><body><h1>{_E(trace.name)}</h1>"
            f"<p><code>{_E(trace.iri)}</code>{'<br>also written: ' + _E(', '.join(also)) if also else ''}</p>"
            f"{_svg(trace)}<table><tr><th>date</th><th>board</th><th>kind</th><th>what</th><th>detail</th>"
            f"<th>period</th><th>protocol</th><th>quote</th></tr>{rows}</table></body></html>\n")


RENDERERS = {"table": render_table, "json": render_json, "html": render_html}
