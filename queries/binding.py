"""Parameters written into a query's WHERE group as terms, with a VALUES row for the rest.

Oxigraph plans a query around the constants it can see. Bound through pyoxigraph's
`substitutions`, a parameter is a variable until evaluation: a förbund's 33 meetings took 30 ms
to find at 1,000 protocols where the same query with the förbund's name written in took 0.3 ms,
and an OPTIONAL or a sub-select never saw the value at all (it is built from the whole store).
So `bind_terms` rewrites the query text: inside the WHERE group each `?name` of a parameter becomes
the term itself (its N-Triples form, written by pyoxigraph, so a value cannot break out of its
quotes); in a sub-select's projection it becomes `(term AS ?name)`; after GROUP BY / ORDER BY
`(term)`. A `VALUES` row placed first in the WHERE group binds the variable for the projection,
a CONSTRUCT template and the solution modifiers. This is the meaning rdflib's initBindings give
the same query (they reach sub-selects too), so the embedded store, a server and an rdflib
Dataset answer alike (tests/queries/test_binding.py).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

# Strings, IRIs and comments: a `?name` inside one is not a variable.
_QUOTED = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_TOKEN = re.compile(r"[?$]([A-Za-z_0-9\u00b7\u00c0-\uffff]+)|\b(SELECT|WHERE|GROUP\s+BY|ORDER\s+BY|HAVING|AS)\b|([{}()])",
                    re.IGNORECASE)


class BindingError(ValueError):
    """The query cannot take the parameters (no WHERE group, a blank node as a value)."""


def blank_opaque(text: str) -> str:
    """`text` with strings, IRIs and comments replaced by spaces (same length, same offsets)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def mentions(text: str, name: str) -> bool:
    """Whether the query uses the variable ?name (or $name) outside strings, IRIs and comments."""
    return re.search(rf"[?$]{re.escape(name)}(?![\w\u00b7\u00c0-\uffff])", blank_opaque(text)) is not None


def selects(text: str, name: str) -> bool:
    """Whether a SELECT query projects ?name (or all with *); for other forms, whether it uses it.
    A parameter binds a variable of the answer, as pyoxigraph's substitutions and rdflib's
    initBindings require, so a misspelt one is an error rather than a silent no-op."""
    blanked = blank_opaque(text)
    select = re.search(r"\bSELECT\b", blanked, re.IGNORECASE)
    if select is None:
        return mentions(text, name)
    head_end = re.search(r"\bWHERE\b|\{", blanked[select.end():], re.IGNORECASE)
    head = blanked[select.end():select.end() + (head_end.start() if head_end else len(blanked))]
    return "*" in head or mentions(head, name)


def _where_group(blanked: str) -> tuple[int, int]:
    """Offsets just inside the outermost WHERE group's braces."""
    m = re.search(r"\bWHERE\s*\{", blanked, re.IGNORECASE) or re.search(r"\{", blanked)
    if m is None:
        raise BindingError("the query has no WHERE group to bind parameters in")
    depth = 1
    for i in range(m.end(), len(blanked)):
        if blanked[i] == "{":
            depth += 1
        elif blanked[i] == "}":
            depth -= 1
            if depth == 0:
                return m.end(), i
    raise BindingError("the query's WHERE group is not closed")


def _substitute(body: str, blanked: str, terms: Mapping[str, str]) -> str:
    """The WHERE body with each parameter variable written as its term, in the form its place needs."""
    out, last = [], 0
    context, depth = "pattern", 0      # "select": a projection; "modifier": after GROUP/ORDER BY
    after_as = False
    for m in _TOKEN.finditer(blanked):
        name, keyword, bracket = m.group(1), m.group(2), m.group(3)
        if keyword:
            word = keyword.split()[0].upper()
            after_as = word == "AS"
            if word == "SELECT":
                context = "select"
            elif word in ("GROUP", "ORDER", "HAVING"):
                context = "modifier"
            elif word == "WHERE":
                context = "pattern"
            continue
        if bracket:
            if bracket == "{":
                context = "pattern"
            elif bracket == "(":
                depth += 1
            elif bracket == ")":
                depth = max(0, depth - 1)
            after_as = False
            continue
        if name not in terms or after_as:
            after_as = False
            continue
        term = terms[name]
        if context == "select" and depth == 0:
            replacement = f"({term} AS ?{name})"
        elif context == "modifier" and depth == 0:
            replacement = f"({term})"
        else:
            replacement = term
        out.append(body[last:m.start()])
        out.append(replacement)
        last = m.end()
    out.append(body[last:])
    return "".join(out)


def bind_terms(query: str, bindings: Mapping[str, object]) -> str:
    """The query with the bindings (name -> pyoxigraph term) written in; see the module docstring."""
    if not bindings:
        return query
    terms = {}
    for name, term in bindings.items():
        if isinstance(term, ox.BlankNode):
            raise BindingError(f"cannot bind ?{name} to a blank node")
        terms[name] = str(term)
    blanked = blank_opaque(query)
    start, end = _where_group(blanked)
    body = _substitute(query[start:end], blanked[start:end], terms)
    values = f" VALUES ({' '.join(f'?{n}' for n in terms)}) {{ ({' '.join(terms.values())}) }} "
    return query[:start] + values + body + query[end:]
