"""Build extractors/data/gazetteer.json from the reference CSVs plus hand-kept entries.

Run once when the reference lists change; the runtime only reads the JSON it writes:

    python tools/build_gazetteer.py [--reference /work/shared/reference] [--out extractors/data/gazetteer.json]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

Entry = dict[str, Any]

DEFAULT_REFERENCE = Path("/work/shared/reference")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "extractors" / "data" / "gazetteer.json"

#: Municipalities that style themselves "X stad" (SCB code -> styled name).
STAD_STYLE: dict[str, str] = {
    "0180": "Stockholms stad", "0183": "Sundbybergs stad", "0184": "Solna stad",
    "0186": "Lidingö stad", "0187": "Vaxholms stad", "1280": "Malmö stad",
    "1282": "Landskrona stad", "1283": "Helsingborgs stad", "1480": "Göteborgs Stad",
    "1481": "Mölndals stad", "1488": "Trollhättans stad", "1490": "Borås Stad",
    "1980": "Västerås stad", "2583": "Haparanda stad",
}

#: Abbreviations regions go by in protocols.
REGION_ABBREVIATIONS: dict[str, tuple[str, ...]] = {"01": ("SLL",), "14": ("VGR",)}

#: Region place words besides the region's own name (former landsting / county usage).
REGION_EXTRA_PLACES: dict[str, tuple[str, ...]] = {
    "04": ("Södermanland",),
    "14": ("Västra Götaland",),
    "23": ("Jämtland",),
}

#: Known samordningsförbund: canonical label, canonical place (key slug), extra place words, extra names.
#: Kept by hand from public listings; förbund not listed here are minted from the name in the text.
FORBUND: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Samordningsförbundet i Blekinge", "Blekinge", (), ()),
    ("Samordningsförbundet i Kalmar län", "Kalmar län", ("Kalmar",), ()),
    ("Samordningsförbundet Halland", "Halland", (), ()),
    ("Samordningsförbundet Kramfors", "Kramfors", (), ()),
    ("Samordningsförbundet Umeå", "Umeå", (), ()),
    ("Samordningsförbundet Stockholms stad", "Stockholms stad", ("Stockholm",), ()),
    ("Samordningsförbundet i Södertälje", "Södertälje", (), ()),
    ("Samordningsförbundet VärNa", "VärNa", (), ()),
    ("Samordningsförbundet Huddinge, Botkyrka och Salem", "Huddinge Botkyrka Salem",
     ("Botkyrka Huddinge Salem", "Huddinge", "Botkyrka", "Salem"), ()),
    ("Samordningsförbundet Östra Södertörn", "Östra Södertörn", (), ()),
    ("Samordningsförbundet Roslagen", "Roslagen", (), ()),
    ("Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna", "Sollentuna Upplands Väsby Sigtuna",
     ("SUVS", "Sollentuna-Upplands Väsby-Sigtuna"), ()),
    ("Samordningsförbundet Sundbybergs stad", "Sundbybergs stad", ("Sundbyberg",), ()),
    ("Samordningsförbundet Uppsala län", "Uppsala län", (), ()),
    ("Samordningsförbundet RAR i Sörmland", "RAR i Sörmland", ("RAR Sörmland", "RAR"), ()),
    ("Samordningsförbundet Eskilstuna", "Eskilstuna", (), ()),
    ("Samordningsförbundet Centrala Östergötland", "Centrala Östergötland", (), ()),
    ("Samordningsförbundet Västra Östergötland", "Västra Östergötland", (), ()),
    ("Samordningsförbundet Södra Vätterbygden", "Södra Vätterbygden", (), ()),
    ("Samordningsförbundet Gotland", "Gotland", (), ()),
    ("Samordningsförbundet Skåne Nordost", "Skåne Nordost", (), ()),
    ("Samordningsförbundet MittSkåne", "MittSkåne", ("Mitt Skåne",),
     ("Samordningsförbundet Eslöv, Höör och Hörby",)),
    ("Samordningsförbundet Trelleborg", "Trelleborg", (), ()),
    ("Samordningsförbundet Lund", "Lund", (), ()),
    ("Samordningsförbundet Göteborg", "Göteborg", (), ()),
    ("Samordningsförbundet Norra Bohuslän", "Norra Bohuslän", (), ()),
    ("Samordningsförbundet Älv & Kust", "Älv & Kust", ("Älv och Kust",), ()),
    ("Samordningsförbundet Sjuhärad", "Sjuhärad", (), ()),
    ("Samordningsförbundet Värmland", "Värmland", (), ()),
    ("Samordningsförbundet Västerås", "Västerås", (), ()),
    ("Samordningsförbundet Gävleborg", "Gävleborg", (), ()),
    ("Samordningsförbundet Sundsvall", "Sundsvall", (), ()),
    ("Samordningsförbundet Härnösand", "Härnösand", (), ()),
    ("Samordningsförbundet Örnsköldsvik", "Örnsköldsvik", (), ()),
    ("Samordningsförbundet Sollefteå", "Sollefteå", (), ()),
    ("Samordningsförbundet Timrå", "Timrå", (), ()),
    ("Samordningsförbundet Ånge", "Ånge", (), ()),
    ("Samordningsförbundet i Jämtlands län", "Jämtlands län", ("Jämtland",), ()),
    ("Samordningsförbundet Skellefteå", "Skellefteå", (), ()),
    ("Samordningsförbundet Södra Lappland", "Södra Lappland", (), ()),
)

#: National parties: current abbreviation -> (name, other full names).
NATIONAL_PARTIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "S": ("Socialdemokraterna", ("Sveriges socialdemokratiska arbetareparti", "Socialdemokratiska partiet")),
    "M": ("Moderaterna", ("Moderata samlingspartiet",)),
    "L": ("Liberalerna", ("Folkpartiet liberalerna",)),
    "C": ("Centerpartiet", ()),
    "KD": ("Kristdemokraterna", ("Kristdemokratiska samhällspartiet",)),
    "MP": ("Miljöpartiet", ("Miljöpartiet de gröna",)),
    "V": ("Vänsterpartiet", ("Vänsterpartiet kommunisterna",)),
    "SD": ("Sverigedemokraterna", ()),
    "NYD": ("Ny demokrati", ()),
    "SKP": ("Sveriges kommunistiska parti", ()),
}


def slugify(text: str) -> str:
    """ASCII lower-case slug: "Kalmar län" -> "kalmar-lan"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def municipality_entry(row: dict[str, str]) -> Entry:
    """Gazetteer entry of one municipality."""
    short, official, code = row["name"], row["official_name"], row["code"]
    label = official if official.endswith(" kommun") else f"{short}s kommun"
    stem = label[: -len(" kommun")]
    alts = [short, label.replace(" kommun", " Kommun")]
    # Gotland's official name "Region Gotland" is left to the region (region/09).
    if code in STAD_STYLE:
        styled = STAD_STYLE[code]
        alts += [styled, styled[:-4] + ("stad" if styled.endswith("Stad") else "Stad")]
    places = sorted({short, stem, short + "s"} - {short + "ss"})
    return {"key": f"kommun/{code}", "label": label, "kind": "municipality", "code": code,
            "alt_labels": alts, "places": places, "county_code": row["county_code"]}


def region_entry(row: dict[str, str]) -> Entry:
    """Gazetteer entry of one region with its former landsting names."""
    code, label, county = row["county_code"], row["official_name"], row["county"]
    county_stem = county[: -len(" län")]
    place = label.removeprefix("Region ") if label.startswith("Region ") else "Västra Götaland"
    bare_county = county_stem.removesuffix("s")
    places = sorted({place, county, bare_county, *REGION_EXTRA_PLACES.get(code, ())})
    alts = [f"Landstinget {bare_county}", f"Landstinget i {county if place.endswith('län') else bare_county}",
            f"{county_stem} läns landsting", f"Region {county}", *REGION_ABBREVIATIONS.get(code, ())]
    if not label.startswith("Region "):
        alts.append(f"Region {place}")
    alts = [a for a in dict.fromkeys(alts) if a != label]
    return {"key": f"region/{code}", "label": label, "kind": "region", "code": code,
            "alt_labels": alts, "places": places, "county_code": code}


def forbund_entry(label: str, place: str, extra_places: tuple[str, ...],
                  extra_names: tuple[str, ...]) -> Entry:
    """Gazetteer entry of one known samordningsförbund."""
    genitive = place.removesuffix(" län")
    short = genitive[:-1] if place.endswith(" län") and genitive.endswith("s") else genitive
    alts = [f"Samordningsförbundet {place}", f"Samordningsförbundet i {place}", f"FINSAM {short}",
            f"SoF {short}", f"{short} samordningsförbund", *extra_names]
    if place.endswith(" län"):
        alts.append(f"{genitive} läns samordningsförbund")
        alts.append(f"Samordningsförbundet i {short}")
    alts = [a for a in dict.fromkeys(alts) if a != label]
    return {"key": f"forbund/{slugify(place)}", "label": label, "kind": "forbund", "code": None,
            "alt_labels": alts, "places": sorted({place, *extra_places})}


def fixed_entries() -> list[Entry]:
    """The state members and the national network."""
    def entry(key: str, label: str, kind: str, alts: list[str]) -> Entry:
        return {"key": key, "label": label, "kind": kind, "code": None, "alt_labels": alts, "places": []}
    return [
        entry("forsakringskassan", "Försäkringskassan", "agency", ["FK"]),
        entry("arbetsformedlingen", "Arbetsförmedlingen", "agency", ["AF", "Af"]),
        entry("staten", "Staten (Försäkringskassan och Arbetsförmedlingen)", "agency", ["Staten"]),
        entry("nns", "Nationella nätverket för samordningsförbund", "network",
              ["NNS", "Nationella Nätverket för Samordningsförbund"]),
    ]


def party_entries(reference: Path) -> list[Entry]:
    """National parties with their tags, then local parties with unambiguous abbreviations."""
    tags: dict[str, list[tuple[str, bool]]] = {abbr: [] for abbr in NATIONAL_PARTIES}
    for row in read_csv(reference / "party_abbreviations.csv"):
        if row["abbreviation"] in tags:
            tags[row["abbreviation"]].append((row["party"], row["ocr_correction"] == "True"))
    parties: list[Entry] = []
    for abbr, (name, other_names) in NATIONAL_PARTIES.items():
        exact = sorted({t for t, ocr in tags[abbr] if not ocr} | {name, *other_names, f"({abbr})"})
        ocr = sorted({t for t, is_ocr in tags[abbr] if is_ocr})
        parties.append({"abbreviation": abbr, "name": name, "tags": exact, "ocr_tags": ocr,
                        "local": False, "municipality_codes": []})
    return parties + local_party_entries(reference, {t.lower() for p in parties for t in p["tags"]})


def local_party_entries(reference: Path, taken: set[str]) -> list[Entry]:
    """Local parties whose abbreviation names one party only (by folded name)."""
    by_abbr: dict[str, list[dict[str, str]]] = {}
    for row in read_csv(reference / "local_parties.csv"):
        by_abbr.setdefault(row["parti"].upper(), []).append(row)
    parties = []
    for abbr, rows in sorted(by_abbr.items()):
        names = {slugify(r["partinamn"]) for r in rows}
        if len(names) != 1 or abbr.lower() in taken or f"({abbr.lower()})" in taken:
            continue
        parties.append({"abbreviation": abbr, "name": rows[0]["partinamn"].strip(),
                        "tags": sorted({r["parti"] for r in rows}), "ocr_tags": [], "local": True,
                        "municipality_codes": sorted({r["kommunkod"] for r in rows})})
    return parties


def build(reference: Path) -> Entry:
    """The whole gazetteer as a JSON-ready dict."""
    orgs = [municipality_entry(r) for r in read_csv(reference / "municipalities.csv")]
    orgs += [region_entry(r) for r in read_csv(reference / "regions.csv")]
    orgs += [forbund_entry(*f) for f in FORBUND]
    orgs += fixed_entries()
    keys = [o["key"] for o in orgs]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate org keys in the gazetteer")
    return {"version": 1, "orgs": sorted(orgs, key=lambda o: o["key"]), "parties": party_entries(reference)}


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    data = build(args.reference)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(data['orgs'])} organisations, {len(data['parties'])} parties")


if __name__ == "__main__":
    main()
