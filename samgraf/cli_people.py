"""`samgraf people ...` (identity curation) and `samgraf trace NAME` (one person across boards).

Judgements go to judgements.tsv in the store directory (plain text, one per line); after a merge,
split or alias the store is rewritten so every protocol graph uses the surviving IRI.
"""
from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

import click

from samgraf.errors import SamgrafError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
store_option = click.option("--store", type=click.Path(path_type=Path, file_okay=False), default=None,
                            help="store directory (default: $SAMGRAF_STORE or ./samgraf-store)")
who_option = click.option("--who", default=None, help="who makes the judgement (default: the login name)")
note_option = click.option("--note", default="", help="why (kept in judgements.tsv)")


def _open(store: Path | None):
    from samgraf.graph.store import Store, default_store_path

    try:
        ctx = click.get_current_context(silent=True)     # reading commands: no lock, nothing written
        read_only = ctx is not None and ctx.command.name in ("list", "search", "show", "trace")
        st = Store(store or default_store_path(), create=False, read_only=read_only)  # missing store: exit 2
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(st.close)
    return st


def _who(who: str | None) -> str:
    try:
        return who or getpass.getuser()
    except (KeyError, OSError):
        return "curator"


def _candidates_text(matches) -> str:
    return "\n".join(f"  {m.name}  <{m.iri}>  score {m.score:g}  {', '.join(m.boards)}  ({m.protocols} protocols)"
                     for m in matches)


def _person(st, text: str) -> str:
    """A person IRI from an IRI or a name; several candidates are listed, never guessed."""
    from samgraf.graph.curation import load_judgements
    from samgraf.graph.trace import pick, search_people

    if text.startswith("https://w3id.org/samgraf/id/person/"):
        return load_judgements(st.path).survivor(text)
    matches = search_people(st, text)
    chosen = pick(matches)
    if chosen is None:
        if not matches:
            raise click.ClickException(f"nobody named like {text!r}; try `samgraf people search`")
        raise click.ClickException(f"{len(matches)} people match {text!r}; give one IRI:\n" + _candidates_text(matches))
    return chosen.iri


@click.group(context_settings=CONTEXT)
def people() -> None:
    """List, search and curate people: merge, split, alias, and the automatic resolver pass.

    \b
    Example:
      samgraf people search "Joakim lvarsson" --store samgraf-store
      samgraf people merge <IRI-A> <IRI-B> --note "same förbundschef, moved 2023"
    """


@people.command("list")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_(store: Path | None, fmt: str) -> None:
    """Every person in the store with the boards and number of protocols they appear in.

    \b
    Example:
      samgraf people list --store samgraf-store
    """
    from samgraf.graph.curation import collect_profiles

    profiles = sorted(collect_profiles(_open(store)).values(), key=lambda p: (p.names[0] if p.names else "", p.iri))
    rows = [{"name": p.names[0] if p.names else "", "iri": p.iri, "protocols": len(p.docs),
             "boards": sorted(b for b in p.boards if not b.startswith("doc:"))} for p in profiles]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['name']:<32} {r['iri']}  {r['protocols']:>3}  {', '.join(r['boards'])}")
    click.echo(f"({len(rows)} people)", err=True)


@people.command()
@click.argument("query")
@store_option
def search(query: str, store: Path | None) -> None:
    """Fuzzy search by name (case, diacritics, OCR I/l and typos tolerated).

    \b
    Example:
      samgraf people search "Malin Mansson"
    """
    from samgraf.graph.trace import search_people

    matches = search_people(_open(store), query)
    click.echo(_candidates_text(matches) if matches else f"nobody named like {query!r}")


@people.command()
@click.argument("person")
@store_option
def show(person: str, store: Path | None) -> None:
    """A person's spellings, boards, parties, judgements and candidate pairs (with scores).

    \b
    Example:
      samgraf people show "Ingrid Hermansson"
    """
    from samgraf.graph.curation import load_judgements, score_store

    st = _open(store)
    node = _person(st, person)
    judgements = load_judgements(st.path)
    profiles, pairs, _ = score_store(st, judgements)
    p = profiles.get(node)
    if p is None:
        raise click.ClickException(f"{node} is not named in any protocol of {st.path}")
    for label, value in (("iri", p.iri), ("names", ", ".join(p.names)), ("aliases", ", ".join(judgements.aliases(node))),
                         ("homes", ", ".join(sorted(p.homes))), ("boards", ", ".join(sorted(p.boards))),
                         ("represents", ", ".join(sorted(p.represents))), ("parties", ", ".join(sorted(p.parties))),
                         ("roles", ", ".join(sorted(p.roles))), ("protocols", ", ".join(sorted(p.docs)))):
        click.echo(f"{label:<11}{value}")
    for j in judgements.items:
        if node in (j.a, j.b) or judgements.survivor(j.a) == node:
            click.echo(f"judgement  {j.kind} {j.a} {j.b} by {j.who} {j.when} {j.note}")
    for pair in pairs:
        if node in (pair.a, pair.b) and pair.decision != "apart":
            other = pair.b if pair.a == node else pair.a
            click.echo(f"candidate  {other} {', '.join(profiles[other].names)}: {pair.decision} {pair.why()}")


@people.command()
@click.argument("keep")
@click.argument("gone")
@store_option
@who_option
@note_option
def merge(keep: str, gone: str, store: Path | None, who: str | None, note: str) -> None:
    """Record that GONE is the same person as KEEP (KEEP survives; GONE stays resolvable via owl:sameAs).

    \b
    Example:
      samgraf people merge https://w3id.org/samgraf/id/person/aaaa... https://w3id.org/samgraf/id/person/bbbb...
    """
    from samgraf.graph.curation import merge_people

    st = _open(store)
    a, b = _person(st, keep), _person(st, gone)
    if a == b:
        raise click.ClickException(f"{keep!r} and {gone!r} are already one person: {a}")
    try:
        survivor = merge_people(st, a, b, who=_who(who), note=note)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"merged {b} into {survivor}", err=True)


@people.command()
@click.argument("person")
@click.argument("other", required=False)
@store_option
@who_option
@note_option
def split(person: str, other: str | None, store: Path | None, who: str | None, note: str) -> None:
    """Record that OTHER (default: everything merged into PERSON) is a different person; blocks automatic merges.

    \b
    Example:
      samgraf people split <IRI-A> <IRI-B> --note "namesakes: Kalmar vs Halland"
    """
    from samgraf.graph.curation import split_people

    st = _open(store)
    a = person if person.startswith("https://") else _person(st, person)
    b = None if other is None else (other if other.startswith("https://") else _person(st, other))
    try:
        parts = split_people(st, a, b, who=_who(who), note=note)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{a} is now kept apart from {', '.join(parts)}", err=True)


@people.command()
@click.argument("person")
@click.argument("name")
@store_option
@who_option
@note_option
def alias(person: str, name: str, store: Path | None, who: str | None, note: str) -> None:
    """Record another name of PERSON (a name change); that name on their boards resolves to them.

    \b
    Example:
      samgraf people alias "Anna Lund" "Anna Berg" --note "namnbyte 2023"
    """
    from samgraf.graph.curation import alias_person

    st = _open(store)
    try:
        linked = alias_person(st, _person(st, person), name, who=_who(who), note=note)
    except SamgrafError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"alias {name!r} recorded; {len(linked)} IRI(s) linked", err=True)


@people.command()
@store_option
@click.option("--dry-run", is_flag=True, help="report what would be merged; write nothing")
def resolve(store: Path | None, dry_run: bool) -> None:
    """Automatic pass over the whole store: merge on strong evidence, list candidate pairs with scores.

    Never overrides a human judgement; merges are written to judgements.tsv as who=samgraf-auto.

    \b
    Example:
      samgraf people resolve --store samgraf-store --dry-run
    """
    from samgraf.graph.curation import collect_profiles, resolve_store

    st = _open(store)
    result = resolve_store(st, dry_run=dry_run)
    names = {p.iri: (p.names[0] if p.names else p.iri) for p in collect_profiles(st).values()}
    for label, pairs in (("merge", result.merges), ("candidate", result.candidates), ("kept apart", result.overridden)):
        for pair in pairs:
            click.echo(f"{label}\t{names.get(pair.a, pair.a)}\t{pair.a}\t{names.get(pair.b, pair.b)}\t{pair.b}\t{pair.why()}")
    click.echo(f"{len(result.merges)} merged{' (dry run)' if dry_run else ''}, {len(result.candidates)} candidate "
               f"pairs, {len(result.overridden)} kept apart by a curated judgement", err=True)


@click.command(context_settings=CONTEXT)
@click.argument("name")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "html"]), default="table", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="write to a file instead of stdout")
def trace(name: str, store: Path | None, fmt: str, output: Path | None) -> None:
    """One person across boards: roles, parties, meetings, duties and reservations, each with its quote.

    NAME is matched fuzzily ("Joakim lvarsson" finds Joakim Ivarsson); if several people match,
    they are listed with their IRIs and nothing is guessed (exit 1). An IRI works too.

    \b
    Example:
      samgraf trace "Ingrid Hermansson" --store samgraf-store
      samgraf trace "Joakim lvarsson" --format html -o ivarsson.html
    """
    from samgraf.graph.trace import RENDERERS, trace_person

    st = _open(store)
    text = RENDERERS[fmt](trace_person(st, _person(st, name)))
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"written to {output}", err=True)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
