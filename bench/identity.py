"""Pairwise precision and recall of the person resolver.

1. Synthetic: 240 labelled pairs of invented person profiles in hard-case families (same board over
   years, OCR and diacritic spellings, unknown board, initials, double surnames, movers between
   förbund, namesakes, near-namesakes, politician vs official, two rows of one list).
2. Real stores (if present): the seed and corpus2 protocols are ingested into a temporary store, the
   resolver pass runs, and the gold 'same' groups and 'different' pairs are checked as IRI pairs.

Usage: python bench/identity.py [--seeds ../shared] [--corpus2 tests/fixtures/corpus2]
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from samgraf.extractors.names import fold, name_key
from samgraf.graph.people import PersonProfile, score_pair

FIRST = ("Anna", "Per", "Karin", "Lars", "Maria", "Johan", "Eva", "Nils", "Sara", "Olof", "Lena", "Erik", "Irene",
         "Ingvar", "Åsa", "Malin", "Jörgen", "Björn", "Ulla", "Göran")
LAST = ("Berg", "Ek", "Lindqvist", "Strand", "Holm", "Sjöberg", "Dahl", "Vik", "Ström", "Åkesson", "Nord", "Björk",
        "Andersson", "Johansson", "Karlsson", "Eriksson", "Månsson", "Ivarsson", "Lindén", "Öst")
BOARDS = tuple(f"forbund/f{i}" for i in range(12))
MUNIS = tuple(f"kommun/{1700 + i}" for i in range(30))
PARTIES = ("S", "M", "C", "V", "KD", "L", "MP", "SD")
ROLES = ("ledamot", "ersättare", "ordförande", "vice ordförande")


@dataclass(frozen=True, slots=True)
class Labelled:
    family: str
    a: PersonProfile
    b: PersonProfile
    same: bool


def _profile(rng: random.Random, node: str, name: str, board: str, **kw) -> PersonProfile:
    colleagues = frozenset(name_key(f"{rng.choice(FIRST)} {rng.choice(LAST)}") for _ in range(6))
    base = dict(homes=frozenset({board}), boards=frozenset({board}), represents=frozenset({rng.choice(MUNIS)}),
                parties=frozenset({rng.choice(PARTIES)}), roles=frozenset({rng.choice(ROLES)}),
                docs=frozenset({f"{node}-doc"}), dates=(f"{rng.randint(2008, 2024)}-03-01",), colleagues=colleagues)
    base.update(kw)
    return PersonProfile(node, (name,), frozenset({name_key(name)}), **base)


def _ocr(name: str) -> str:
    """An OCR-damaged spelling: diacritics lost and a leading I read as l."""
    plain = "".join(c if ord(c) < 128 else fold(c) for c in name)
    return "l" + plain[1:] if plain.startswith("I") else plain


def _same_person(rng: random.Random, i: int, family: str) -> Labelled:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    board = rng.choice(BOARDS)
    a = _profile(rng, f"a{i}", name, board)
    b = replace(a, iri=f"b{i}", docs=frozenset({f"b{i}-doc"}), dates=("2025-01-01",))
    if family == "ocr-spelling":
        b = replace(b, names=(_ocr(name),), keys=frozenset({name_key(_ocr(name))}))
    elif family == "unknown-board":
        b = replace(b, homes=frozenset({f"doc:b{i}"}), boards=frozenset({f"doc:b{i}"}))
    elif family == "initials":
        short = f"{name[0]}. {name.split()[1]}"
        b = replace(b, names=(short,), keys=frozenset({name_key(short)}))
    elif family == "double-surname":
        longer = f"{name} {rng.choice(LAST)}"
        b = replace(b, names=(longer,), keys=frozenset({name_key(longer)}))
    elif family == "mover":
        other = rng.choice([x for x in BOARDS if x != board])
        b = replace(b, homes=frozenset({other}), boards=frozenset({other}), represents=frozenset({rng.choice(MUNIS)}),
                    colleagues=frozenset())
    return Labelled(family, a, b, True)


def _different(rng: random.Random, i: int, family: str) -> Labelled:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    board = rng.choice(BOARDS)
    a = _profile(rng, f"a{i}", f"{first} {last}", board)
    if family == "namesake-other-board":
        b = _profile(rng, f"b{i}", f"{first} {last}", rng.choice([x for x in BOARDS if x != board]))
    elif family == "namesake-same-party-role":
        b = replace(_profile(rng, f"b{i}", f"{first} {last}", rng.choice([x for x in BOARDS if x != board])),
                    parties=a.parties, roles=a.roles)
    elif family == "near-namesake-same-board":
        near = last[:-1] + ("h" if last[-1] != "h" else "s") if len(last) >= 4 else last + "h"
        b = replace(_profile(rng, f"b{i}", f"{first} {near}", board), colleagues=a.colleagues)
    elif family == "politician-vs-official":
        b = replace(_profile(rng, f"b{i}", f"{first} {last}", board), parties=frozenset(),
                    represents=frozenset({"forsakringskassan"}), roles=frozenset({"ledamot"}), colleagues=a.colleagues)
    elif family == "same-list":
        b = replace(_profile(rng, f"b{i}", f"{first} {last}", f"doc:{i}"), docs=a.docs, colleagues=a.colleagues)
    else:                                   # shared surname, other first name, same board
        b = replace(_profile(rng, f"b{i}", f"{rng.choice([f for f in FIRST if f != first])} {last}", board),
                    colleagues=a.colleagues)
    return Labelled(family, a, b, False)


SAME = ("same-board", "ocr-spelling", "unknown-board", "initials", "double-surname", "mover")
DIFFERENT = ("namesake-other-board", "namesake-same-party-role", "near-namesake-same-board",
             "politician-vs-official", "same-list", "shared-surname")


def synthetic_pairs(per_family: int = 20, seed: int = 7) -> list[Labelled]:
    """Labelled pairs: `per_family` of each of the 12 families (240 by default)."""
    rng = random.Random(seed)
    out = []
    for k in range(per_family):
        out += [_same_person(rng, len(out) + j, f) for j, f in enumerate(SAME)]
        out += [_different(rng, len(out) + j, f) for j, f in enumerate(DIFFERENT)]
    return out


def evaluate(pairs: list[Labelled]) -> dict[str, object]:
    """Precision and recall of automatic merges, recall of merge-or-candidate, per-family outcomes."""
    counts, families = Counter(), {}
    for p in pairs:
        decision = score_pair(p.a, p.b).decision
        counts[(p.same, decision)] += 1
        families.setdefault(p.family, Counter())[decision] += 1
    tp, fp = counts[(True, "merge")], counts[(False, "merge")]
    same = sum(1 for p in pairs if p.same)
    flagged = tp + counts[(True, "candidate")]
    return {"pairs": len(pairs), "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / same,
            "recall_with_candidates": flagged / same,
            "families": {f: dict(c) for f, c in sorted(families.items())}}


def _store_pairs(store, gold: dict) -> tuple[Counter, list[str]]:
    """Gold same groups and different pairs checked on a resolved store: tp/fn/fp/tn over IRI pairs."""
    from samgraf.graph.curation import collect_profiles

    profiles = collect_profiles(store)
    by_name: dict[str, set[str]] = {}
    for p in profiles.values():
        for n in p.names:
            by_name.setdefault(fold(n), set()).add(p.iri)
    counts, notes = Counter(), []
    for group in gold.get("same", []):
        iris = set().union(*(by_name.get(fold(n), set()) for n in group.get("spellings", [group["person"]])))
        if iris:
            counts["tp" if len(iris) == 1 else "fn"] += 1
            if len(iris) > 1:
                notes.append(f"not merged: {group['person']} ({len(iris)} IRIs)")
    for a, b in gold.get("different", []):
        shared = by_name.get(fold(a), set()) & by_name.get(fold(b), set())
        counts["fp" if shared else "tn"] += 1
    return counts, notes


def real_stores(roots: list[tuple[Path, Path]]) -> None:
    """Ingest each protocol folder into a temporary store, run the resolver, check the gold identities."""
    from samgraf.graph.curation import resolve_store
    from samgraf.graph.store import Store
    from samgraf.ingest import ingest

    for protocols, gold_dir in roots:
        if not (gold_dir / "identities.json").exists():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(tmp)
            ingest(store, [protocols])
            result = resolve_store(store)
            counts, notes = _store_pairs(store, json.loads((gold_dir / "identities.json").read_text("utf-8")))
            print(f"{protocols}: {len(result.merges)} automatic merges, {len(result.candidates)} candidate pairs; "
                  f"same groups resolved {counts['tp']}/{counts['tp'] + counts['fn']}, different pairs merged "
                  f"{counts['fp']}/{counts['fp'] + counts['tn']}")
            for note in notes:
                print("   ", note)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=Path("../shared"), help="folder with seeds/ and gold/")
    ap.add_argument("--corpus2", type=Path, default=Path("tests/fixtures/corpus2"), help="folder with protocols/, gold/")
    ap.add_argument("--per-family", type=int, default=20)
    args = ap.parse_args()
    result = evaluate(synthetic_pairs(args.per_family))
    print(f"synthetic: {result['pairs']} labelled pairs; automatic merges precision {result['precision']:.3f} "
          f"recall {result['recall']:.3f}; merge-or-candidate recall {result['recall_with_candidates']:.3f}")
    for family, outcome in result["families"].items():
        print(f"    {family:<26} {outcome}")
    real_stores([(args.seeds / "seeds", args.seeds / "gold"), (args.corpus2 / "protocols", args.corpus2 / "gold")])


if __name__ == "__main__":
    main()
