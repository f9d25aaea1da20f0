"""Tests of the organisation and party gazetteer."""
from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest
from samgraf.extractors.gazetteer import load_gazetteer, slugify

from samgraf.model import OrgKind


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_json_counts_municipalities_and_regions():
    path = resources.files("samgraf.extractors").joinpath("data/gazetteer.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    kinds = Counter(o["kind"] for o in data["orgs"])
    assert kinds["municipality"] == 290
    assert kinds["region"] == 21
    assert len({o["key"] for o in data["orgs"]}) == len(data["orgs"])


def test_load_is_cached(gaz):
    assert load_gazetteer() is gaz


@pytest.mark.parametrize("name, key, label", [
    pytest.param("Olofströms kommun", "kommun/1060", "Olofströms kommun", id="exact"),
    pytest.param("Olofstoms kommun", "kommun/1060", "Olofströms kommun", id="ocr-dropped-r"),
    pytest.param("OLOFSTRÖMS  KOMMUN", "kommun/1060", "Olofströms kommun", id="case-space"),
    pytest.param("Olofström", None, None, id="bare-needs-flag"),
    pytest.param("Halmstad Kommun", "kommun/1380", "Halmstads kommun", id="no-genitive-s"),
    pytest.param("Hogsby kommun", "kommun/0821", "Högsby kommun", id="hogsby"),
    pytest.param("Monsteras kommun", "kommun/0861", "Mönsterås kommun", id="monsteras"),
    pytest.param("Vasterviks kommun", "kommun/0883", "Västerviks kommun", id="vastervik"),
    pytest.param("Morbylanga kommun", "kommun/0840", "Mörbylånga kommun", id="morbylanga"),
    pytest.param("Torsas kommun", "kommun/0834", "Torsås kommun", id="torsas"),
    pytest.param("Falu kommun", "kommun/2080", "Falu kommun", id="falu"),
    pytest.param("Göteborgs Stad", "kommun/1480", "Göteborgs kommun", id="stad-style"),
    pytest.param("Malmö stad", "kommun/1280", "Malmö kommun", id="malmo-stad"),
    pytest.param("Forsakringskassan", "forsakringskassan", "Försäkringskassan", id="fk-folded"),
    pytest.param("Forsakringskasan", "forsakringskassan", "Försäkringskassan", id="fk-ocr"),
    pytest.param("Arbetsformedlingen", "arbetsformedlingen", "Arbetsförmedlingen", id="af-folded"),
    pytest.param("Staten", "staten", "Staten (Försäkringskassan och Arbetsförmedlingen)", id="staten"),
    pytest.param("NNS", "nns", "Nationella nätverket för samordningsförbund", id="nns"),
    pytest.param("Nationella Nätverket för Samordningsförbund", "nns",
                 "Nationella nätverket för samordningsförbund", id="nns-full"),
    pytest.param("Region Kalmar lan", "region/08", "Region Kalmar län", id="region-folded"),
    pytest.param("Landstinget Blekinge", "region/10", "Region Blekinge", id="landstinget"),
    pytest.param("Landstinget i Kalmar län", "region/08", "Region Kalmar län", id="landstinget-i"),
    pytest.param("Jönköpings läns landsting", "region/06", "Region Jönköpings län", id="lans-landsting"),
    pytest.param("Västra Götalandsregionen", "region/14", "Västra Götalandsregionen", id="vgr"),
    pytest.param("Region Gotland", "region/09", "Region Gotland", id="gotland-region"),
    pytest.param("Samordningsförbundet i Kalmar", "forbund/kalmar-lan",
                 "Samordningsförbundet i Kalmar län", id="forbund-kalmar"),
    pytest.param("Kalmar läns samordningsförbund", "forbund/kalmar-lan",
                 "Samordningsförbundet i Kalmar län", id="forbund-lans"),
    pytest.param("FINSAM Kalmar", "forbund/kalmar-lan", "Samordningsförbundet i Kalmar län",
                 id="finsam-kalmar"),
    pytest.param("FINSAM Blekinge", "forbund/blekinge", "Samordningsförbundet i Blekinge",
                 id="finsam-blekinge"),
    pytest.param("Samordningsforbundet i Halland", "forbund/halland", "Samordningsförbundet Halland",
                 id="forbund-halland"),
    pytest.param("Samordningsförbundet Umeå", "forbund/umea", "Samordningsförbundet Umeå", id="umea"),
    pytest.param("Håbo kommun", "kommun/0305", "Håbo kommun", id="habo-with-ring"),
    pytest.param("Habo kommun", "kommun/0643", "Habo kommun", id="habo-plain"),
    pytest.param("Samordningsförbundet Stockholms stad", "forbund/stockholms-stad",
                 "Samordningsförbundet Stockholms stad", id="forbund-stad"),
])
def test_resolve_org_positive(gaz, name, key, label):
    org = gaz.resolve_org(name)
    assert (org.key if org else None) == key
    assert (org.label if org else None) == label


@pytest.mark.parametrize("name", [
    pytest.param("Folkets Hus", id="folkets-hus"),
    pytest.param("Navigatorcentrum", id="navigator"),
    pytest.param("KPMG", id="kpmg"),
    pytest.param("IFO Ronneby", id="ifo"),
    pytest.param("Arbetsmarknadsenheten", id="ame"),
    pytest.param("Karin Blomdahl", id="person"),
    pytest.param("Britt Ekström", id="person-2"),
    pytest.param("A-kassan", id="a-kassan"),
    pytest.param("respektive kommun", id="generic-kommun"),
    pytest.param("", id="empty"),
])
def test_resolve_org_negative(gaz, name):
    assert gaz.resolve_org(name) is None
    assert gaz.resolve_org(name, allow_bare=True) is None


@pytest.mark.parametrize("name, key", [
    pytest.param("Karlskrona", "kommun/1080", id="karlskrona"),
    pytest.param("Ronneby", "kommun/1081", id="ronneby"),
    pytest.param("Kalmar", "kommun/0880", id="kalmar-is-municipality"),
    pytest.param("Blekinge", "region/10", id="county-name"),
    pytest.param("Kalmar län", "region/08", id="county-lan"),
])
def test_resolve_org_bare(gaz, name, key):
    assert gaz.resolve_org(name) is None
    assert gaz.resolve_org(name, allow_bare=True).key == key


@pytest.mark.parametrize("name, key, label", [
    pytest.param("Samordningsförbundet Norra Dalarna", "forbund/norra-dalarna",
                 "Samordningsförbundet Norra Dalarna", id="norra-dalarna"),
    pytest.param("FINSAM Xstad", "forbund/xstad", "Samordningsförbundet Xstad", id="finsam-xstad"),
    pytest.param("Samordningsförbundet i Ystad-Österlen", "forbund/ystad-osterlen",
                 "Samordningsförbundet Ystad-Österlen", id="i-hyphen"),
    pytest.param("Samordningsförbundet i Vättlands län", "forbund/vattland",
                 "Samordningsförbundet Vättland", id="lan-stripped"),
    pytest.param("Vättlands läns samordningsförbund", "forbund/vattland",
                 "Samordningsförbundet Vättland", id="lans-stripped"),
])
def test_unknown_forbund_is_minted(gaz, name, key, label):
    org = gaz.resolve_org(name)
    assert (org.key, org.label, org.kind) == (key, label, OrgKind.FORBUND)


@pytest.mark.parametrize("name, key", [
    pytest.param("Samordningsförbundet i Kalmar län", "forbund/kalmar-lan", id="canonical"),
    pytest.param("Kalmar läns samordningsförbund", "forbund/kalmar-lan", id="lans"),
    pytest.param("FINSAM Kalmar", "forbund/kalmar-lan", id="finsam"),
    pytest.param("Kalmar län", "forbund/kalmar-lan", id="place-only"),
    pytest.param("Norra Dalarna", "forbund/norra-dalarna", id="unknown-place"),
    pytest.param("SoF Södra Vätterbygden", "forbund/sodra-vatterbygden", id="sof"),
])
def test_forbund_from_name(gaz, name, key):
    assert gaz.forbund_from_name(name).key == key


@pytest.mark.parametrize("name", [
    pytest.param("Region Blekinge", id="region"),
    pytest.param("123", id="digits"),
    pytest.param("", id="empty"),
])
def test_forbund_from_name_rejects(gaz, name):
    assert gaz.forbund_from_name(name) is None


@pytest.mark.parametrize("word, key", [
    pytest.param("Olofströms", "kommun/1060", id="olofstroms"),
    pytest.param("Ronnebys", "kommun/1081", id="ronnebys"),
    pytest.param("Karlskronas", "kommun/1080", id="karlskronas"),
    pytest.param("Falu", "kommun/2080", id="falu"),
    pytest.param("Karlshamn", "kommun/1082", id="plain"),
    pytest.param("Olofstroms", "kommun/1060", id="folded"),
])
def test_municipality_from_genitive(gaz, word, key):
    assert gaz.municipality_from_genitive(word).key == key


@pytest.mark.parametrize("word", ["Styrelsens", "Anna", "Blekinge", ""])
def test_municipality_from_genitive_negative(gaz, word):
    assert gaz.municipality_from_genitive(word) is None


@pytest.mark.parametrize("tag, abbreviation", [
    pytest.param("(S)", "S", id="paren-s"),
    pytest.param("S", "S", id="s"),
    pytest.param("s", "S", id="lower-s"),
    pytest.param("(fp)", "L", id="folkpartiet"),
    pytest.param("kd", "KD", id="kd"),
    pytest.param("Kd", "KD", id="Kd"),
    pytest.param("MP", "MP", id="mp"),
    pytest.param("v", "V", id="v"),
    pytest.param("SD", "SD", id="sd"),
    pytest.param("(C)", "C", id="c"),
    pytest.param("M", "M", id="m"),
    pytest.param("Socialdemokraterna", "S", id="name"),
    pytest.param("NorrP", "NORRP", id="local"),
])
def test_resolve_party(gaz, tag, abbreviation):
    assert gaz.resolve_party(tag).abbreviation == abbreviation


@pytest.mark.parametrize("tag", ["XYZ", "(ViP)", "", "Anna"])
def test_resolve_party_unknown_or_ambiguous(gaz, tag):
    assert gaz.resolve_party(tag) is None


def test_party_names(gaz):
    assert gaz.resolve_party("(fp)").name == "Liberalerna"
    assert all(p.abbreviation == p.abbreviation.upper() for p in gaz.parties)


def test_org_by_key_and_orgs(gaz):
    assert gaz.org_by_key("kommun/1082").label == "Karlshamns kommun"
    assert "Karlshamn" in gaz.org_by_key("kommun/1082").alt_labels
    assert gaz.org_by_key("kommun/0180").alt_labels.count("Stockholms stad") == 1
    assert gaz.org_by_key("nope") is None
    assert len(gaz.orgs) == len({o.key for o in gaz.orgs})


ROSTER = (
    "Protokoll fört vid sammanträde med styrelsen för Samordningsforbundet i\n\nKalmar lan\n"
    "Per Lind Region Kalmar lan X\n"
    "Eva Holm | Nybro Kommun\n"
    "Sven Ek Monsteras kommun, ersättare för Olofstoms kommun\n"
    "Lisa Berg Forsakringskassan och Arbetsförmedlingens representant\n"
    "Rapport från NNS och Nationella nätverket för samordningsförbund.\n"
    "Staten, Försäkringskassan betalar. Ronneby kommuns ansökan. Region Kalmars revision.\n"
)


def test_find_orgs_roster(gaz):
    found = [(m.text, m.org.key) for m in gaz.find_orgs(ROSTER)]
    assert found == [
        ("Samordningsforbundet i\n\nKalmar lan", "forbund/kalmar-lan"),
        ("Region Kalmar lan", "region/08"),
        ("Nybro Kommun", "kommun/0881"),
        ("Monsteras kommun", "kommun/0861"),
        ("Olofstoms kommun", "kommun/1060"),
        ("Forsakringskassan", "forsakringskassan"),
        ("Arbetsförmedlingen", "arbetsformedlingen"),
        ("NNS", "nns"),
        ("Nationella nätverket för samordningsförbund", "nns"),
        ("Staten", "staten"),
        ("Försäkringskassan", "forsakringskassan"),
        ("Ronneby kommun", "kommun/1081"),
        ("Region Kalmar", "region/08"),
    ]


def test_find_orgs_absolute_offsets(gaz):
    start = ROSTER.index("Per Lind")
    end = ROSTER.index("Rapport")
    matches = gaz.find_orgs(ROSTER, start, end)
    assert [m.org.key for m in matches][:2] == ["region/08", "kommun/0881"]
    assert all(start <= m.start < m.end <= end for m in matches)
    assert all(ROSTER[m.start:m.end] == m.text for m in matches)


@pytest.mark.parametrize("text, expected", [
    pytest.param("Anna Berg Kramfors kommun", [("Kramfors kommun", "kommun/2282")], id="name-before"),
    pytest.param("Lilla Edets kommun och Upplands Väsby kommun",
                 [("Lilla Edets kommun", "kommun/1462"), ("Upplands Väsby kommun", "kommun/0114")],
                 id="multi-word"),
    pytest.param("Samordningsförbundet Kramfors\nOrgan", [("Samordningsförbundet Kramfors", "forbund/kramfors")],
                 id="no-line-run-on"),
    pytest.param("Medarrangörer: SoF Blekinge och SoF Norra Vättland.",
                 [("SoF Blekinge", "forbund/blekinge"), ("SoF Norra Vättland", "forbund/norra-vattland")],
                 id="sof"),
    pytest.param("Samordningsförbundet\nAnna Lindqvist", [], id="heading-then-name"),
    pytest.param("Samordningsförbundet\n\ni Vättlands län", [("Samordningsförbundet\n\ni Vättlands län",
                 "forbund/vattland")], id="heading-i-next-line"),
    pytest.param("Samordningsförbundet\nKramfors", [("Samordningsförbundet\nKramfors", "forbund/kramfors")],
                 id="heading-known-next-line"),
    pytest.param("Samordningsförbundet Älv & Kust", [("Samordningsförbundet Älv & Kust", "forbund/alv-kust")],
                 id="ampersand"),
    pytest.param("Att bevilja FINSAM Olofströms individinsats.", [], id="finsam-genitive"),
    pytest.param("Så är FINSAM inte rätt. FINSAM:s kansli.", [], id="finsam-generic"),
    pytest.param("Samordningsförbundets ordförande och samordningsförbunden i Vättland.", [],
                 id="generic-forbund"),
    pytest.param("Ett samordningsförbunds resa; respektive kommun; regionen och Regionala forum.", [],
                 id="generic-words"),
    pytest.param("A-kassan och Arbetsmarknadsenheten i Folkets Hus.", [], id="not-agencies"),
    pytest.param("Västra Götalandsregionen och Stockholms läns landsting",
                 [("Västra Götalandsregionen", "region/14"), ("Stockholms läns landsting", "region/01")],
                 id="regions"),
])
def test_find_orgs_cases(gaz, text, expected):
    assert [(m.text, m.org.key) for m in gaz.find_orgs(text)] == expected


def test_find_orgs_bare(gaz):
    text = "Deltagare från IFO Ronneby, Kalmar län och FK."
    assert gaz.find_orgs(text) == []
    found = [(m.text, m.org.key) for m in gaz.find_orgs(text, allow_bare=True)]
    assert found == [("Ronneby", "kommun/1081"), ("Kalmar län", "region/08"), ("FK", "forsakringskassan")]


def test_slugify():
    assert slugify("Kalmar län") == "kalmar-lan"
    assert slugify("Ystad-Österlen") == "ystad-osterlen"
