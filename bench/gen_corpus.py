"""Generate a corpus of invented board protocols for benchmarks: förbund × years × meetings.

    python bench/gen_corpus.py OUTDIR --protocols N [--seed S]

One simulated world (75 förbund, 20 years from 2005, 8 meetings a year = 12,000 meetings) is drawn
from the seed; `--protocols N` writes N of its meetings spread evenly over förbund and years, so a
smaller corpus is a subset of a larger one with the same seed and the same people. The world has
realistic recurrence rather than copies of a few texts:

- every förbund has a board: one ledamot and (mostly) one ersättare per member party (Försäkrings-
  kassan, Arbetsförmedlingen, the region, 2-6 municipalities), so 8-12 ledamöter and ersättare;
- seats turn over: after each general election (2006, 2010, ...) about half of the political seats
  change hands, in other years about one in ten; agency officials change about one in six years;
- people change roles (chair and vice chair are re-elected each year, ersättare become ledamöter)
  and some change boards (a politician moving to a neighbouring förbund) or sit on two boards at
  once (an agency official representing Försäkringskassan in two förbund);
- names repeat: first names and surnames come from short lists of common Swedish names, so
  namesakes appear in different förbund (never two people of one name on one board at once).

Protocols use the layouts the extractors read: a roster table (tab separated, with a Nej/Ja
attendance column), a "Ledamöter:" list with roles and party tags, or the "Ordinarie ledamöter: /
Ersättare: / Frånvarande:" header block; then § agenda items with decisions ("Styrelsen beslutar
att ..."), grants ("Styrelsen beviljar Lerums kommun 250 000 kr för ..."), rejected applications,
reservations, and signatures (ordförande, sekreterare, justerare). Deterministic by seed: the same
arguments write byte-identical files.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "extractors" / "data" / "gazetteer.json"

FORBUND_COUNT = 75
FIRST_YEAR = 2005
YEARS = 20
MEETINGS_PER_YEAR = 8
ELECTION_YEARS = frozenset(range(2006, FIRST_YEAR + YEARS, 4))

FIRST_NAMES = """Anna Eva Maria Karin Sara Lena Kerstin Emma Ingrid Marie Malin Elin Johanna Sofia Birgitta Helena
    Annika Linda Susanne Camilla Jenny Ulla Monica Åsa Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas
    Daniel Fredrik Hans Andreas Stefan Magnus Mats Ulf Björn Niklas Jonas Henrik Göran Patrik Marcus Olof""".split()
SURNAMES = """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
    Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist
    Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg
    Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson
    Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
    Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström""".split()
PARTIES = ("S", "S", "S", "M", "M", "C", "V", "KD", "L", "MP", "SD")
PLACES = ("Kommunhuset", "Stadshuset", "Förbundets kansli", "Rådhuset", "Folkets hus", "Medborgarhuset")
PROJECTS = ("Unga till arbete", "Steget vidare", "Hälsa och arbete", "Vägen ut", "Nya möjligheter", "Språkstödet",
            "Aktivitetscenter", "Individstöd", "Kompetensbron", "Samverkansteamet", "Tidiga insatser", "Arbetsträning")
ITEMS = ("Ekonomisk uppföljning", "Verksamhetsplan och budget", "Information från förbundschefen", "Årsredovisning",
         "Internkontrollplan", "Uppföljning av insatser", "Information från NNS", "Delårsrapport", "Övriga frågor")
DECIDED = ("godkänna den ekonomiska uppföljningen", "lägga informationen till handlingarna",
           "fastställa internkontrollplanen", "godkänna delårsrapporten", "uppdra åt förbundschefen att återkomma")


@dataclass(slots=True)
class Person:
    name: str
    party: str | None


@dataclass(slots=True)
class Seat:
    """One member party's places on a board: a ledamot and (mostly) an ersättare."""

    org: str                    # the member party's label ("Lerums kommun", "Försäkringskassan")
    political: bool
    member: Person
    deputy: Person | None


@dataclass(slots=True)
class Forbund:
    label: str
    seats: list[Seat]
    chair: int = 0              # index of the seat whose ledamot chairs
    vice: int = 1
    secretary: Person | None = None
    history: dict[int, tuple] = field(default_factory=dict)   # year -> board snapshot


@dataclass(frozen=True, slots=True)
class Meeting:
    forbund: int
    date: dt.date
    number: int                 # the meeting's number within its year (1..8)


def _gazetteer() -> tuple[list[str], list[str], list[str]]:
    """Known förbund labels, region labels and municipality labels from our gazetteer (package data)."""
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    by_kind: dict[str, list[str]] = {}
    for org in data["orgs"]:
        by_kind.setdefault(org["kind"], []).append(org["label"])
    return sorted(by_kind["forbund"]), sorted(by_kind["region"]), sorted(by_kind["municipality"])


class World:
    """The simulated boards of every förbund, year by year."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        known, regions, municipalities = _gazetteer()
        self.municipalities = municipalities
        self.in_use: dict[int, set[str]] = {}
        self.forbund: list[Forbund] = []
        towns = self.rng.sample(municipalities, FORBUND_COUNT)
        for i in range(FORBUND_COUNT):
            home = towns[i]
            label = known[i] if i < len(known) else f"Samordningsförbundet {home.removesuffix(' kommun')}"
            parties = [home] + self.rng.sample([m for m in municipalities if m != home], self.rng.randint(1, 5))
            orgs = [("Försäkringskassan", False), ("Arbetsförmedlingen", False), (regions[i % len(regions)], True)]
            orgs += [(m, True) for m in parties]
            self.in_use[i] = set()
            seats = [Seat(org, pol, self._new_person(i, pol), None) for org, pol in orgs]
            for seat in seats:
                if self.rng.random() < 0.85:
                    seat.deputy = self._new_person(i, seat.political)
            self.forbund.append(Forbund(label, seats, 0, 1, self._new_person(i, False)))
        for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
            self._advance(year)

    def _new_person(self, f: int, political: bool) -> Person:
        """A new person, never sharing a name with someone on the same board now (namesakes elsewhere)."""
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"
            if name not in self.in_use[f]:
                self.in_use[f].add(name)
                return Person(name, self.rng.choice(PARTIES) if political else None)

    def _replace(self, f: int, old: Person | None, political: bool) -> Person:
        if old is not None:
            self.in_use[f].discard(old.name)
        return self._new_person(f, political)

    def _advance(self, year: int) -> None:
        """Turnover, role changes, board changes and double seats for one year; then snapshot."""
        for f, fb in enumerate(self.forbund):
            election = year in ELECTION_YEARS
            for seat in fb.seats:
                turnover = (0.5 if election else 0.1) if seat.political else 0.16
                if self.rng.random() < turnover:
                    if seat.deputy is not None and self.rng.random() < 0.4:   # the ersättare becomes ledamot
                        seat.member, seat.deputy = seat.deputy, self._new_person(f, seat.political)
                    else:
                        seat.member = self._replace(f, seat.member, seat.political)
                elif seat.deputy is not None and self.rng.random() < turnover:
                    seat.deputy = self._replace(f, seat.deputy, seat.political)
            self._share_agency_official(f)
            if election or self.rng.random() < 0.3:
                fb.chair, fb.vice = self.rng.sample(range(len(fb.seats)), 2)
            if self.rng.random() < 0.1:
                fb.secretary = self._replace(f, fb.secretary, False)
        self._move_politicians(year)
        for fb in self.forbund:
            fb.history[year] = (tuple((s.org, s.political, s.member, s.deputy) for s in fb.seats),
                                fb.chair, fb.vice, fb.secretary)

    def _share_agency_official(self, f: int) -> None:
        """Now and then the neighbouring förbund's Försäkringskassan ledamot also takes this board's seat."""
        if f == 0 or self.rng.random() > 0.04:
            return
        other = self.forbund[f - 1].seats[0].member
        if other.name not in self.in_use[f]:
            self.in_use[f].discard(self.forbund[f].seats[0].member.name)
            self.in_use[f].add(other.name)
            self.forbund[f].seats[0].member = other

    def _move_politicians(self, year: int) -> None:
        """After an election, a few politicians leave one board and take a seat on another förbund's."""
        if year not in ELECTION_YEARS:
            return
        for _ in range(FORBUND_COUNT // 5):
            a, b = self.rng.sample(range(FORBUND_COUNT), 2)
            src = self.rng.choice([s for s in self.forbund[a].seats if s.political])
            dst = self.rng.choice([s for s in self.forbund[b].seats if s.political])
            mover = src.member
            if mover.name in self.in_use[b]:
                continue
            src.member = self._replace(a, mover, True)
            self.in_use[b].discard(dst.member.name)
            self.in_use[b].add(mover.name)
            dst.member = mover

    def schedule(self) -> list[Meeting]:
        """Every meeting of the world, in date order (then förbund)."""
        out = []
        for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
            for n in range(MEETINGS_PER_YEAR):
                month = 1 + (n * 12) // MEETINGS_PER_YEAR + (1 if n >= 4 else 0)
                for f in range(FORBUND_COUNT):
                    day = 3 + (f * 7 + n * 3) % 24
                    out.append(Meeting(f, dt.date(year, min(month, 12), day), n + 1))
        return sorted(out, key=lambda m: (m.date, m.forbund))


def pick(meetings: list[Meeting], n: int, seed: int) -> list[Meeting]:
    """`n` meetings drawn evenly over the schedule (all förbund, all years, fewer meetings each): the
    first `n` of one fixed shuffle, so a smaller corpus is a subset of a larger one."""
    order = list(range(len(meetings)))
    random.Random(f"{seed}/pick").shuffle(order)
    return [meetings[i] for i in sorted(order[:n])]


# --------------------------------------------------------------------------- rendering
def _tag(p: Person) -> str:
    return f"{p.name} ({p.party})" if p.party else p.name


def _amount(rng: random.Random) -> str:
    return f"{rng.randrange(50, 900) * 1000:,}".replace(",", " ")


def _roster_table(board: list[tuple[str, Person, str, bool]], rng: random.Random) -> str:
    lines = ["Närvarande", "", "Nej\tJa\t\t\t"]
    for org, p, role, present in board:
        yes, no = ("X", "") if present else ("", "X")
        lines.append(f"{no}\t{yes}\t{_tag(p)}\t{role.capitalize()}\t{org}")
    return "\n".join(lines)


def _roster_list(board: list[tuple[str, Person, str, bool]], rng: random.Random) -> str:
    present = [f"{p.name}, {role} ({p.party}), {org}" if p.party else f"{p.name}, {role}, {org}"
               for org, p, role, here in board if here]
    absent = [f"{_tag(p)}, {org}" for org, p, role, here in board if not here]
    text = "Ledamöter:\n" + "\n".join(present)
    if absent:
        text += "\n\nFrånvarande:\n" + "\n".join(absent)
    return text


def _roster_header(board: list[tuple[str, Person, str, bool]], rng: random.Random) -> str:
    members = [f"{_tag(p)}, {org}" for org, p, role, here in board if here and role != "ersättare"]
    deputies = [f"{_tag(p)}, {org}" for org, p, role, here in board if here and role == "ersättare"]
    absent = [f"{_tag(p)}, {org}" for org, p, role, here in board if not here]
    lines = ["Ordinarie ledamöter:\t" + " ".join(members)]
    if deputies:
        lines.append("Ersättare:\t" + " ".join(deputies))
    if absent:
        lines.append("Frånvarande:\t" + " ".join(absent))
    return "\n".join(lines)


ROSTERS = (_roster_table, _roster_list, _roster_header)


def render(world: World, meeting: Meeting, rng: random.Random) -> str:
    """The text of one protocol."""
    fb = world.forbund[meeting.forbund]
    seats, chair_i, vice_i, secretary = fb.history[meeting.date.year]
    board: list[tuple[str, Person, str, bool]] = []
    for i, (org, _political, member, deputy) in enumerate(seats):
        role = "ordförande" if i == chair_i else "vice ordförande" if i == vice_i else "ledamot"
        board.append((org, member, role, i == chair_i or rng.random() < 0.85))
        if deputy is not None:
            board.append((org, deputy, "ersättare", rng.random() < 0.5))
    chair = seats[chair_i][2]
    present = [p for _org, p, _role, here in board if here and p is not chair]
    adjuster = rng.choice(present)
    layout = ROSTERS[(meeting.forbund + meeting.date.year) % len(ROSTERS)]
    out = [f"Protokoll från styrelsemöte i {fb.label}", "",
           f"Datum: {meeting.date.isoformat()}", "Tid: 09.00-12.00",
           f"Plats: {rng.choice(PLACES)}", f"Sammanträde nr {meeting.number}/{meeting.date.year}", "",
           layout(board, rng), "", f"Sekreterare: {secretary.name}, förbundschef", ""]
    number = 1
    out += [f"§ {number} Mötets öppnande", "", f"Ordförande {chair.name} förklarade mötet öppnat.", ""]
    number += 1
    out += [f"§ {number} Val av justerare", "", f"Styrelsen valde {adjuster.name} till justerare.", ""]
    number += 1
    out += [f"§ {number} Godkännande av dagordning", "", "Styrelsen godkände dagordningen.", ""]
    for title in rng.sample(ITEMS, rng.randint(2, 4)):
        number += 1
        out += [f"§ {number} {title}", "", "Förbundschefen redogjorde för ärendet.", "",
                f"Styrelsen beslutar att {rng.choice(DECIDED)}.", ""]
    municipalities = [org for org, political, _m, _d in seats if org.endswith("kommun")]
    for _ in range(rng.choice((0, 1, 1, 2))):
        number += 1
        recipient, project = rng.choice(municipalities), rng.choice(PROJECTS)
        out += [f"§ {number} Ansökan om medel för {project}", "",
                f"{recipient} har ansökt om medel för insatsen {project}.", ""]
        if rng.random() < 0.25:
            politicians = [p for _org, p, role, here in board if here and p.party and role != "ersättare"]
            reserving = rng.choice(politicians)
            out += [f"Styrelsen beviljar {recipient} {_amount(rng)} kr för {project} {meeting.date.year}.", "",
                    f"{_tag(reserving)} reserverade sig mot beslutet.", ""]
        else:
            out += [f"Styrelsen beviljar {recipient} {_amount(rng)} kr för {project} {meeting.date.year}.", ""]
    if rng.random() < 0.15:
        number += 1
        applicant = rng.choice(world.municipalities)
        out += [f"§ {number} Ansökan från {applicant}", "",
                f"Styrelsen avslår ansökan från {applicant} om {_amount(rng)} kr.", ""]
    number += 1
    out += [f"§ {number} Mötets avslutande", "", "Ordföranden tackade och avslutade mötet.", "", "",
            "Vid protokollet", "", f"{secretary.name}, sekreterare", "", "Justeras", "",
            f"{chair.name}, ordförande", "", f"{adjuster.name}, justerare", ""]
    return "\n".join(out)


def write_corpus(out: Path, protocols: int, seed: int = 1) -> list[Path]:
    """Write `protocols` protocol texts into `out`; returns their paths (sorted)."""
    world = World(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for meeting in pick(world.schedule(), protocols, seed):
        rng = random.Random(f"{seed}/{meeting.forbund}/{meeting.date.isoformat()}")
        slug = f"{meeting.forbund:02d}"
        path = out / f"sf{slug}_{meeting.date.isoformat()}.txt"
        path.write_text(render(world, meeting, rng), encoding="utf-8")
        paths.append(path)
    return sorted(paths)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--protocols", type=int, default=FORBUND_COUNT * YEARS * MEETINGS_PER_YEAR)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    paths = write_corpus(args.outdir, args.protocols, args.seed)
    print(f"{len(paths)} protocols written to {args.outdir}")


if __name__ == "__main__":
    main()
