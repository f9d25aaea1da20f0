"""People across protocols: a person mention becomes a person IRI, and person IRIs are compared.

A person IRI is minted from the person's name key (case, diacritics and OCR confusions folded) and
their home organisation: the förbund whose board or office they sit in, else the body they are
named with, else the förbund that held the meeting. So the same name on the same board is one
person across meetings and years, and namesakes on different boards stay apart. Curated
judgements (same / different / alias, see `samgraf people`) override this rule.

The second half of this module is pure: `PersonProfile` (what the graph says about one IRI),
`name_relation` (how two names may be one: exact key, initials, double surname, near spelling),
`score_pair` (evidence for and against one person, with reasons) and `decide` (merge / candidate /
apart). `samgraf.graph.curation.resolve_store` collects profiles from a store and applies them.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from rdflib import URIRef

from samgraf.extractors.names import is_first_name, name_key
from samgraf.model import Extraction, OrgKind
from samgraf.ontology.ns import iri

MERGE_AT = 5.0            # evidence score for an automatic merge of two exact-key names
STRONG_AT = 8.0           # ... when the names only nearly match, or a politician meets an official
AGENCY_KEYS = frozenset({"forsakringskassan", "arbetsformedlingen"})
_STAFF_ROLE = re.compile(r"chef|ledare|samordnare|sekreterare|strateg|handl[aä]ggare|ekonom|controller|"
                         r"utvecklare|koordinator|administrat[oö]r|tj[aä]nste|kansli|assistent|revisor", re.I)


@dataclass(frozen=True, slots=True)
class PersonKey:
    """What identifies a person mention before curation."""

    name_key: str
    home: str          # org key of the home organisation

    @property
    def iri(self) -> URIRef:
        return iri("person", self.name_key, self.home)


def home_orgs(ex: Extraction) -> dict[str, str]:
    """name key -> home organisation key, for every person named in a document."""
    meeting_home = ex.meeting.forbund.key if ex.meeting.forbund else f"doc:{ex.doc.id}"
    votes: dict[str, Counter[str]] = {}

    def vote(name: str, org_key: str, weight: float) -> None:
        votes.setdefault(name_key(name), Counter())[org_key] += weight

    for m in ex.memberships:
        org = m.organisation
        if org is None or org.key == meeting_home:
            vote(m.person.name, meeting_home, 4)            # this board or its office
        elif org.kind == OrgKind.FORBUND:
            vote(m.person.name, org.key, 3)                 # a guest from another förbund's office or board
        elif org.kind == OrgKind.NETWORK:
            vote(m.person.name, org.key, 0.5)               # NNS: a second seat, never the home when another is known
        else:
            vote(m.person.name, org.key, 1)
    for person in [*(a.person for a in ex.attendance), *(r.person for r in ex.meeting_roles),
                   *(d.person for d in ex.dissents)]:
        vote(person.name, meeting_home, 1)                  # acted in this meeting
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()} | {"": meeting_home}


def person_key(name: str, homes: dict[str, str]) -> PersonKey:
    key = name_key(name)
    return PersonKey(key, homes.get(key, homes[""]))


def canonical_name(spellings: Counter[str]) -> str:
    """The spelling to show: most frequent, then the one with most non-ASCII letters, then the one with most hyphens
    (a converter loses a hyphen, "Marie Louise", and seldom adds one), then sorted."""
    return sorted(spellings, key=lambda s: (-spellings[s], -sum(ord(c) > 127 for c in s), -s.count("-"), s))[0]


# --- comparing people ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PersonProfile:
    """What the graph says about one person IRI, as evidence for identity decisions."""

    iri: str
    names: tuple[str, ...]                       # spellings as written
    keys: frozenset[str]                         # their name keys
    homes: frozenset[str] = frozenset()          # home keys the IRI was minted from ("forbund/x", "doc:d")
    boards: frozenset[str] = frozenset()         # förbund (or "doc:d" when unknown) of the meetings named in
    represents: frozenset[str] = frozenset()     # org keys of represented member parties
    parties: frozenset[str] = frozenset()        # political party abbreviations
    roles: frozenset[str] = frozenset()          # membership roles, lower case
    docs: frozenset[str] = frozenset()           # protocol ids
    dates: tuple[str, ...] = ()                  # sorted ISO meeting dates
    colleagues: frozenset[str] = frozenset()     # name keys of the others named in the same protocols

    @property
    def official(self) -> bool:
        """A tjänsteperson: an agency representative or staff role, never party-tagged."""
        staff = any(_STAFF_ROLE.search(r) for r in self.roles)
        return not self.parties and (staff or bool(self.represents & AGENCY_KEYS))

    @property
    def known_home(self) -> bool:
        return any(not h.startswith("doc:") for h in self.homes)


@dataclass(frozen=True, slots=True)
class PairScore:
    """Evidence that two person IRIs are one person, with the reasons."""

    a: str
    b: str
    name_rule: str                   # exact | initials | subset | near | none
    score: float
    reasons: tuple[str, ...] = ()
    blocked: str | None = None       # a constraint that keeps them apart
    decision: str = "apart"          # merge | candidate | apart

    def why(self) -> str:
        parts = [f"name:{self.name_rule}", *self.reasons] + ([f"blocked: {self.blocked}"] if self.blocked else [])
        return f"score {self.score:g} ({'; '.join(parts)})"


def _edit_distance_one(x: str, y: str) -> bool:
    """Whether two strings differ by exactly one substitution, insertion or deletion (rapidfuzz)."""
    return Levenshtein.distance(x, y, score_cutoff=2) == 1


def _is_subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(tok in it for tok in short)


def _key_relation(x: str, y: str) -> str:
    """How two name keys may name one person."""
    if x == y:
        return "exact"
    tx, ty = x.split(), y.split()
    if len(tx) < 2 or len(ty) < 2:
        return "none"
    if tx[1:] == ty[1:] and (len(tx[0]) == 1 or len(ty[0]) == 1) and tx[0][0] == ty[0][0]:
        return "initials"
    short, long_ = sorted((tx, ty), key=len)
    if short[0] == long_[0] and len(short) < len(long_) and _is_subsequence(short, long_):
        return "subset"
    if len(tx) == len(ty) and sum(a != b for a, b in zip(tx, ty)) == 1:
        diff = next((a, b) for a, b in zip(tx, ty) if a != b)
        if min(map(len, diff)) >= 4 and _edit_distance_one(*diff):
            return "near"
    return "none"


_RULE_RANK = {"exact": 4, "initials": 3, "subset": 2, "near": 1, "none": 0}


def name_relation(keys_a: Iterable[str], keys_b: Iterable[str]) -> str:
    """The closest relation between any name key of one person and any of the other."""
    rules = [_key_relation(x, y) for x in keys_a for y in keys_b]
    return max(rules, key=_RULE_RANK.__getitem__, default="none")


def _shared_board(a: PersonProfile, b: PersonProfile, colleagues: int) -> str | None:
    """Why the two sit on one board: a shared förbund, or an unknown board with shared colleagues."""
    shared = (a.boards | a.homes) & (b.boards | b.homes)
    if any(not s.startswith("doc:") for s in shared):
        return "same board"
    unknown = any(s.startswith("doc:") for s in a.boards | b.boards)
    if unknown and colleagues >= 3:
        return f"unknown board shares {colleagues} colleagues"
    return None


def _evidence(a: PersonProfile, b: PersonProfile) -> tuple[float, list[str]]:
    """Points for and against one person, with reasons."""
    colleagues = len((a.colleagues & b.colleagues) - a.keys - b.keys)
    score, reasons = 0.0, []
    board = _shared_board(a, b, colleagues)
    if board:
        score, reasons = score + 3, reasons + [f"{board} +3"]
    for label, mine, theirs, plus in (("represented party", a.represents, b.represents, 2),
                                      ("political party", a.parties, b.parties, 1), ("role", a.roles, b.roles, 1)):
        if mine & theirs:
            score, reasons = score + plus, reasons + [f"same {label} +{plus}"]
    if a.parties and b.parties and not a.parties & b.parties:
        score, reasons = score - 3, reasons + ["different political party -3"]
    if colleagues:
        plus = 3 if colleagues >= 3 else 1
        score, reasons = score + plus, reasons + [f"{colleagues} shared colleagues +{plus}"]
    return score, reasons


def score_pair(a: PersonProfile, b: PersonProfile) -> PairScore:
    """Score two person IRIs: name relation, evidence, constraints and the decision."""
    rule = name_relation(a.keys, b.keys)
    if rule == "none":
        return PairScore(a.iri, b.iri, rule, 0.0)
    score, reasons = _evidence(a, b)
    blocked = "both named in one protocol" if a.docs & b.docs else None
    mixed = (a.official and bool(b.parties)) or (b.official and bool(a.parties))
    if mixed:
        reasons.append("politician vs official: needs strong evidence")
    pair = PairScore(a.iri, b.iri, rule, score, tuple(reasons), blocked)
    return _with_decision(pair, mixed)


def _with_decision(pair: PairScore, mixed: bool) -> PairScore:
    """merge on strong evidence, candidate when names fit and anything speaks for it, else apart."""
    need = STRONG_AT if mixed or pair.name_rule in ("initials", "subset") else MERGE_AT
    if pair.blocked:
        decision = "apart"
    elif pair.name_rule != "near" and pair.score >= need:
        decision = "merge"
    elif pair.name_rule == "exact" or pair.score >= 2:
        decision = "candidate"
    else:
        decision = "apart"
    return PairScore(pair.a, pair.b, pair.name_rule, pair.score, pair.reasons, pair.blocked, decision)


def block_keys(key: str) -> set[str]:
    """Blocking keys of a name key: each surname token, and first name + surname prefix."""
    tokens = key.split()
    if len(tokens) < 2:
        return set()
    return {f"s:{t}" for t in tokens[1:]} | {f"f:{tokens[0][:1]}:{tokens[-1][:3]}"}


def candidate_pairs(profiles: Iterable[PersonProfile], fresh: Iterable[PersonProfile] | None = None
                    ) -> Iterator[tuple[PersonProfile, PersonProfile]]:
    """Pairs of profiles whose names could be one person (blocked on surname tokens); with `fresh`
    (the people of new protocols) only the pairs with at least one of them, so adding k protocols
    costs in proportion to k and the sizes of their blocks, not to the store."""
    blocks: dict[str, list[PersonProfile]] = defaultdict(list)
    for p in profiles:
        for block in {b for k in p.keys for b in block_keys(k)}:
            blocks[block].append(p)
    new = None if fresh is None else {p.iri for p in fresh}
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        for i, a in enumerate(members):
            others = members[i + 1:] if new is None else (members if a.iri in new else ())
            for b in others:
                pair = (min(a.iri, b.iri), max(a.iri, b.iri))
                if a.iri != b.iri and pair not in seen:
                    seen.add(pair)
                    yield (a, b) if a.iri < b.iri else (b, a)


def choose_survivor(a: PersonProfile, b: PersonProfile) -> tuple[PersonProfile, PersonProfile]:
    """(survivor, merged-away): a known home first, then the earliest seen, most protocols, smallest IRI."""
    def rank(p: PersonProfile) -> tuple:
        return (not p.known_home, p.dates[0] if p.dates else "9999", -len(p.docs), p.iri)

    return (a, b) if rank(a) <= rank(b) else (b, a)


# --- announced name changes ---------------------------------------------------------------------

_NAME = r"[A-ZÅÄÖÉ][\w'’-]+(?: [A-ZÅÄÖÉ][\w'’-]+){0,3}"
_CHANGE_PATTERNS = (
    re.compile(rf"(?P<old>{_NAME}) har (?:bytt|ändrat) (?:efter)?namn till (?P<new>{_NAME})"),
    re.compile(rf"(?P<old>{_NAME}) heter (?:numera|nu|från och med \S+) (?P<new>{_NAME})"),
    re.compile(rf"(?P<new>{_NAME}),? \((?:tidigare|f\.d\.|fd|född|f\.)\s+(?P<old>{_NAME})\)"),
)


@dataclass(frozen=True, slots=True)
class NameChange:
    """A protocol's statement that a person now has another name."""

    old: str
    new: str
    start: int
    end: int
    quote: str = field(default="")


def _trim(name: str) -> str:
    """Drop leading title words before the first name ("Ledamoten Anna Lund" -> "Anna Lund")."""
    tokens = name.split()
    while len(tokens) > 2 and not is_first_name(tokens[0]):
        tokens.pop(0)
    return " ".join(tokens)


def _complete(partial: str, full: str) -> str:
    """A lone surname completed with the first name of the other form ("Berg" + "Anna Lund" -> "Anna Berg")."""
    return partial if " " in partial else f"{full.split()[0]} {partial}"


def find_name_changes(text: str) -> list[NameChange]:
    """Announced name changes ("Anna Lund har bytt efternamn till Berg", "Anna Berg (tidigare Lund)")."""
    out = []
    for pattern in _CHANGE_PATTERNS:
        for m in pattern.finditer(text):
            old, new = _trim(m.group("old")), _trim(m.group("new"))
            old, new = _complete(old, new), _complete(new, old)
            if " " in old and name_key(old) != name_key(new):
                out.append(NameChange(old, new, m.start(), m.end(), m.group(0)))
    return sorted(out, key=lambda c: c.start)
