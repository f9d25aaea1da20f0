"""One document in, one Extraction out: the extractors composed, pure (no I/O)."""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from samgraf.extractors import agenda as agenda_mod
from samgraf.extractors import decisions as dec
from samgraf.extractors import layout
from samgraf.extractors import names as names_mod
from samgraf.extractors import roster as roster_mod
from samgraf.extractors import sentences as sent
from samgraf.extractors.gazetteer import Gazetteer, load_gazetteer
from samgraf.extractors.items import BOARD_ROLES
from samgraf.extractors.meeting import extract_meeting, mint_body
from samgraf.extractors.ner import find_mentions, load_nlp
from samgraf.extractors.normalize import build_view
from samgraf.extractors.roles import find_roles
from samgraf.model import (Attendance, Decision, Dissent, Document, Extraction, Label, Meeting, MeetingRole,
                           MeetingRoleKind, Membership, Mention, Org, Party, PersonRef, Span)

STAFF_ROLES = {
    "förbundschef", "biträdande förbundschef", "sekreterare", "verksamhetsutvecklare", "processledare",
    "processtöd", "ekonom", "administratör", "administratör/ekonom", "controller", "samordnare", "koordinator",
    "utvecklingsledare", "kanslichef", "verksamhetsledare", "kommunikatör", "processamordnare", "strateg",
}
_CHIEF_ROLES = frozenset({"förbundschef", "biträdande förbundschef"})
_MEETING_ROLE = {"justerare": MeetingRoleKind.ADJUSTER, "sekreterare": MeetingRoleKind.SECRETARY}
_SIGNATURE_ROLE = {"ordförande": MeetingRoleKind.CHAIR, **_MEETING_ROLE}


def _targets(row: roster_mod.RowFacts, forbund: Org | None) -> list[tuple[str | None, Org | None]]:
    """(role, organisation) pairs a roster row gives memberships for; None organisation = the board."""
    out: list[tuple[str | None, Org | None]] = []
    other = row.affiliation if row.affiliation and (forbund is None or row.affiliation.key != forbund.key) else None
    for role in row.roles:
        if role in roster_mod.BOARD_ROLES:
            out.append((role, None))
        elif role == "justerare":
            continue
        elif other is not None:
            out.append((role, other))
        elif role in STAFF_ROLES and forbund is not None:
            out.append((role, forbund))
        elif role in _CHIEF_ROLES:      # the förbund's name is not in the text: its chief still heads what met
            out.append((role, None))
    if not out and (not row.org_roles or row.represents is not None) and \
            (row.party is not None or (row.represents is not None and not row.roles)):
        out.append((None, None))        # a party tag: a politician of the board, whatever else the row holds ("HSN");
        #                                 a member party: the seat it gives, beside a role elsewhere ("Lunds kommun
        #                                 (ordf. beredningsgruppen)")
    out.extend(row.org_roles)
    return out


def _record_facts(rec: roster_mod.Record, original: str, forbund: Org | None):
    row = roster_mod.decode(rec)
    person = PersonRef(row.name, Span.of(original, rec.person.start, rec.person.end))
    evidence = Span.of(original, *rec.span)             # attendance: the whole row, marks included
    member_evidence = Span.of(original, *rec.fact_span)
    members, attendance, roles = [], [], []
    kinds = _SIGNATURE_ROLE if rec.signature else _MEETING_ROLE
    official = not rec.signature and any(r not in BOARD_ROLES and r not in _SIGNATURE_ROLE for r in row.roles)
    for role in row.roles:
        if role == "justerare" and official:
            continue                    # "Eva Ek, näringslivschef 26 Justerare ...": the next field's label
        if role in kinds:
            roles.append(MeetingRole(person, kinds[role], evidence, roster_mod.EXTRACTOR))
    if not rec.signature or any(r not in _SIGNATURE_ROLE for r in row.roles):
        for role, org in _targets(row, forbund):
            if rec.signature and role in _SIGNATURE_ROLE:
                continue
            members.append(Membership(person, member_evidence, roster_mod.EXTRACTOR, role=role, organisation=org,
                                      represents=row.represents if org is None else None,
                                      party=row.party,
                                      substitute_for=row.substitute_for))
    if not members and row.present is None and not rec.signature and not rec.block.notice:
        for role in row.roles or (None,):           # listed for some §§ only: of the meeting, not known at its start
            members.append(Membership(person, member_evidence, roster_mod.EXTRACTOR, role=role,
                                      represents=row.represents, party=row.party))
    replaced = []
    for item, party, org, role in row.substitutes:      # the member a deputy serves for is absent
        absent = PersonRef(str(item.value), Span.of(original, item.start, item.end))
        replaced.append(Attendance(absent, False, evidence, roster_mod.EXTRACTOR))
        if party is not None or org is not None or role is not None:
            members.append(Membership(absent, member_evidence, roster_mod.EXTRACTOR, role=role, represents=org,
                                      party=party))
    if row.present is not None:
        attendance.append(Attendance(person, row.present, evidence, roster_mod.EXTRACTOR, row.voting))
    elif rec.signature and roles:
        attendance.append(Attendance(person, True, evidence, roster_mod.EXTRACTOR))
    return members, attendance, roles, replaced


_PER_CAPSULAM = re.compile(r"per\s+capsulam", re.IGNORECASE)


def _signature_fact(att: Attendance, records: Sequence[roster_mod.Record]) -> bool:
    """Whether an attendance fact came from a signature line (not from a roster)."""
    return any(r.signature and r.person.start == att.person.span.start for r in records)


#: What stands between a member and the deputy who came in their place, and after the deputy ("Ledamot Eva Ek i vars
#: ställe Bo Ås närvar"): the Finland-Swedish roll's note of a substitution.
_IN_WHOSE_PLACE = re.compile(r"(?:[ \t]*\([^()\n]{1,6}\))?[ \t]*,?[ \t]+i[ \t]+vars[ \t]+ställe[ \t]+")
_PRESENT_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,6}\))?[ \t]*(?:närvar(?:ade|ande|it)?|deltog|deltar)\b")


def _in_whose_place(view: str, original: str, mentions: Sequence[Mention]) -> list[tuple[PersonRef, PersonRef, Span]]:
    """(member, deputy, quote) for each "X i vars ställe Y närvar": Y served in the absent X's place."""
    persons = sorted((m.start, m.end, m.value or names_mod.clean_name(m.text)) for m in mentions
                     if m.label == Label.PERSON)
    out = []
    for (s1, e1, n1), (s2, e2, n2) in zip(persons, persons[1:]):
        after = _PRESENT_AFTER.match(view, e2)
        if after is not None and _IN_WHOSE_PLACE.fullmatch(view, e1, s2):
            out.append((PersonRef(n1, Span.of(original, s1, e1)), PersonRef(n2, Span.of(original, s2, e2)),
                        Span.of(original, s1, after.end())))
    return out


def _served_in_place(places: Sequence[tuple[PersonRef, PersonRef, Span]], attendance: list[Attendance],
                     members: list[Membership]) -> tuple[list[Attendance], list[Membership]]:
    """"Ledamot Eva Ek i vars ställe Bo Ås närvar": Eva is absent; Bo is there and serves, in no member's seat (the
    roster's absent rows and his row as a member are dropped)."""
    for member, deputy, quote in places:
        key = names_mod.name_key(deputy.name)
        attendance = [a for a in attendance if names_mod.name_key(a.person.name) != key or a.present]
        attendance += [Attendance(member, False, quote, sent.EXTRACTOR), Attendance(deputy, True, quote, sent.EXTRACTOR)]
        members = [m for m in members if names_mod.name_key(m.person.name) != key or m.role != "ledamot"]
        members.append(Membership(deputy, quote, sent.EXTRACTOR, role="tjänstgörande ersättare",
                                  substitute_for=member.name))
    return attendance, members


def _first_names(people: Iterable[str]) -> dict[str, str]:
    """First name -> full name, for first names that only one person of the document has."""
    counts: dict[str, list[str]] = {}
    for name in people:
        if name.split():                            # a roster cell can decode to an empty name
            counts.setdefault(name.split()[0], []).append(name)
    return {first: full[0] for first, full in counts.items() if len(set(full)) == 1}


def _title_before(view: str, start: int) -> str | None:
    """A staff title written right before a name ("Förbundschef Maria Holgersson förde protokollet")."""
    roles = find_roles(view, max(0, start - 40), start)
    if roles and not view[roles[-1].end:start].strip() and roles[-1].role in STAFF_ROLES:
        return roles[-1].role
    return None


def _sentence_facts(view: str, original: str, known: Sequence[str], gaz: Gazetteer, mentions: Sequence[Mention],
                    forbund: Org | None = None):
    """Facts stated in sentences, read around the PERSON mentions the spaCy pipeline found."""
    persons = [(m.start, m.end, m.value or names_mod.clean_name(m.text)) for m in mentions if m.label == Label.PERSON]
    persons = sorted(persons + sent.find_tagged_names(view, persons, lambda tag: _party_of(tag, gaz) is not None))
    groups = sent.group_names(view, persons)
    role_facts = list(sent.extract_meeting_roles(view, groups))
    role_facts += sent.adjusters_by_first_name(view, _first_names(known))   # "Till justerare valdes Ingrid och Olof"
    role_facts += sent.adjusters_in_dated_field(view, persons)     # "Protokolljustering Jomala den 15 maj 2017 A B"
    role_facts += sent.signers_of_labels_first_form(view)   # "Ordförande: Protokollförare: ... A ... B ..."
    roles = [MeetingRole(PersonRef(f.name, Span.of(original, f.start, f.end)), f.role,
                         Span.of(original, f.quote_start, f.quote_end), sent.EXTRACTOR)
             for f in role_facts]
    titled = [Membership(PersonRef(f.name, Span.of(original, f.start, f.end)),
                         Span.of(original, f.quote_start, f.quote_end), sent.EXTRACTOR, role=title, organisation=forbund)
              for f in role_facts if f.role == MeetingRoleKind.SECRETARY and forbund is not None
              and (title := _title_before(view, f.start)) is not None]
    elections = [Membership(PersonRef(f.name, Span.of(original, f.quote_start, f.quote_end)),
                            Span.of(original, f.quote_start, f.quote_end), sent.EXTRACTOR, role=f.role,
                            start=f.start_date, end=f.end_date, represents=f.represents, party=f.party)
                 for f in [*sent.extract_elections(view, groups), *sent.extract_elections_to(view, persons, gaz)]]
    others = [Membership(PersonRef(f.name, Span.of(original, f.quote_start, f.quote_start + len(f.name))),
                         Span.of(original, f.quote_start, f.quote_end), sent.EXTRACTOR, role=f.role,
                         organisation=f.org)
              for f in sent.extract_other_memberships(view, persons, gaz,
                                                      _first_names([*known, *(p[2] for p in persons)]))]
    others += [Membership(PersonRef(f.name, Span.of(original, f.start, f.end)),
                          Span.of(original, f.quote_start, f.quote_end), sent.EXTRACTOR, role=f.role,
                          organisation=_body_org(f.body, gaz), party=_party_of(f.party_tag, gaz))
               for f in sent.extract_body_elections(view, groups)]
    dissents = list(sent.extract_dissents(view, groups))
    actors = list(sent.extract_actors(view, sent.group_actors(view, persons)))
    tagged = [Membership(PersonRef(f.name, Span.of(original, f.start, f.end)), Span.of(original, f.start, m.end()),
                         sent.EXTRACTOR, party=party)
              for f in role_facts if (m := _TAG_AFTER.match(view, f.end)) and (party := _party_of(m.group(1), gaz))]
    return roles, elections + titled, others, dissents, actors, tagged


#: A party tag right after a name ("Utses att justera Anna Ek (m) och Per Lund (s)").
_TAG_AFTER = re.compile(r"[ \t]*\(([A-Za-zÅÄÖåäö]{1,4})\)")


def _body_org(name: str, gaz: Gazetteer) -> Org:
    """The organisation a body name in the text names: the gazetteer's, else one minted from the name."""
    org = gaz.resolve_org(name)
    return org if org is not None else mint_body(name[:1].upper() + name[1:])


def _party_of(tag: str | None, gaz: Gazetteer) -> Party | None:
    """The party a tag names; an upper-case tag the gazetteer lacks (a local party) as printed."""
    if tag is None:
        return None
    party = gaz.resolve_party(tag)
    if party is None and tag.isupper() and len(tag) <= 4:
        party = Party(tag, tag)
    return party


def _actor_facts(facts: Sequence[sent.ActorFact], members: Sequence[Membership], original: str,
                 gaz: Gazetteer) -> tuple[list[Membership], list[tuple[PersonRef, Span]]]:
    """Board memberships (board role, party) of people who act in the meeting, where the roster lacks them,
    and the acts that make them present."""
    roles: dict[str, set[str | None]] = {}
    parties: dict[str, Party] = {}
    for m in members:
        if m.organisation is None:
            roles.setdefault(names_mod.name_key(m.person.name), set()).add(m.role)
            if m.party is not None:
                parties.setdefault(names_mod.name_key(m.person.name), m.party)
    out, acts = [], []
    for f in facts:
        person = PersonRef(f.name, Span.of(original, f.start, f.end))
        evidence = Span.of(original, f.quote_start, f.quote_end)
        acts.append((person, evidence))
        key, party = names_mod.name_key(f.name), _party_of(f.party_tag, gaz)
        new_role = f.role is not None and f.role not in roles.get(key, set())
        if new_role or (party is not None and key not in parties):
            party = parties.get(key, party)
            out.append(Membership(person, evidence, sent.ACTOR_EXTRACTOR, role=f.role, party=party))
            roles.setdefault(key, set()).add(f.role)
            if party is not None:
                parties[key] = party
    return out, acts


def _unnamed_chair_acts(view: str, original: str, members: Sequence[Membership]) -> list[tuple[PersonRef, Span]]:
    """"Ordföranden ställer proposition": the board's one ordförande acts in the meeting."""
    chairs = {names_mod.name_key(m.person.name): m.person for m in members
              if m.organisation is None and m.role == "ordförande"}
    if len(chairs) != 1:
        return []
    (person,) = chairs.values()
    return [(person, Span.of(original, q0, q1)) for q0, q1 in sent.find_unnamed_chair_acts(view)][:1]


#: The § a dissent names: "mot beslutet i § 5", and without the sign a converter dropped, "mot beslutet i 5".
_NAMED_SECTION = re.compile(r"§\s*(\d{1,3})|\b(?:beslutet|besluten|paragraf(?:en)?|punkt(?:en)?|ärende(?:t)?)\s+"
                            r"(?:i|under|enligt)\s+(\d{1,3})\b(?![.,:]?\d)")


class _DecisionIndex:
    """The decisions of one protocol by § and by position, so linking a dissent reads only its own §
    (a pass, or a sort, over every decision per dissent was quadratic in a long text)."""

    def __init__(self, decisions: Sequence[Decision]) -> None:
        self.decisions = decisions
        order = sorted(range(len(decisions)), key=lambda k: decisions[k].evidence.start)
        self.starts = [decisions[k].evidence.start for k in order]
        self.by_start = [decisions[k] for k in order]
        self.last_listed: list[int] = []            # the highest list index among the first k by position
        for k in order:
            self.last_listed.append(max(k, self.last_listed[-1]) if self.last_listed else k)
        self.in_section: dict[int | None, list[Decision]] = {}
        for d in decisions:
            self.in_section.setdefault(d.section, []).append(d)
        self.in_section_by_start = {n: sorted(ds, key=lambda d: d.evidence.start) for n, ds in self.in_section.items()}

    def first_after(self, pos: int) -> Decision | None:
        """The decision starting first after `pos` (the first listed among equals)."""
        k = bisect_right(self.starts, pos)
        return self.by_start[k] if k < len(self.by_start) else None

    def last_listed_before(self, pos: int) -> Decision | None:
        """[d for d in decisions if d.evidence.start < pos][-1]: the last one listed, not the last by position."""
        k = bisect_left(self.starts, pos)
        return self.decisions[self.last_listed[k - 1]] if k else None


def _link_dissents(facts: Sequence[sent.DissentFact], decisions: Sequence[Decision], index: dec.SectionIndex,
                   original: str) -> list[Dissent]:
    out = []
    found = _DecisionIndex(decisions)
    for f in facts:
        own = index.span_at(f.start)
        stop = min(f.quote_end, own[1]) if own else f.quote_end      # "Reservation: X (M) § 33 <next heading>"
        named = _NAMED_SECTION.search(original[f.end:stop])
        if named:                                   # "Reservation: X (M) mot beslutet i § 5."
            section = int(named.group(1) or named.group(2))
            linked = found.in_section.get(section, [])
            out.append(Dissent(PersonRef(f.name, Span.of(original, f.start, f.end)), f.kind, section,
                               tuple(d.key for d in linked), Span.of(original, f.quote_start, f.quote_end)))
            continue
        if f.below:
            first = found.first_after(f.quote_end)
            section = first.section if first else index.at(f.start)
            linked = [d for d in found.in_section_by_start[section] if d.evidence.start > f.quote_end] if first else []
        else:
            section = index.at(f.start)
            linked = found.in_section.get(section, []) if section is not None else []
            if not linked:
                before = found.last_listed_before(f.start)
                linked = [before] if before else []
                section = linked[0].section if linked else section
        out.append(Dissent(PersonRef(f.name, Span.of(original, f.start, f.end)), f.kind, section,
                           tuple(d.key for d in linked), Span.of(original, f.quote_start, f.quote_end)))
    return out


def _presence_from_acts(attendance: list[Attendance], acts: Iterable[tuple[PersonRef, Span]]) -> list[Attendance]:
    """People who chaired, adjusted or reserved were present, unless the roster already says."""
    told = {names_mod.name_key(a.person.name) for a in attendance}
    out = []
    for person, evidence in acts:
        key = names_mod.name_key(person.name)
        if key not in told:
            told.add(key)
            out.append(Attendance(person, True, evidence, sent.EXTRACTOR))
    return out


def _roster_forms(members: Sequence[Membership]) -> dict[str, str]:
    """In a protocol that writes names surname first, the name key of each roster name written the other way round
    ("Kristensson Berit") -> the roster's name ("Berit Kristensson")."""
    out: dict[str, str] = {}
    for m in members:
        words = m.person.name.split()
        if len(words) >= 2 and names_mod.is_first_name(words[0]) and not names_mod.is_first_name(words[-1]):
            out[names_mod.name_key(" ".join([*words[1:], words[0]]))] = m.person.name
    return out


def _renamed_person(person: PersonRef, rename: dict[str, str]) -> PersonRef:
    name = rename.get(names_mod.name_key(person.name))
    return person if name is None or name == person.name else dataclasses.replace(person, name=name)


def _renamed(facts: Sequence, rename: dict[str, str]) -> list:
    """Facts whose person a sentence named surname first, given the roster's name."""
    return [dataclasses.replace(f, person=_renamed_person(f.person, rename)) for f in facts]


def extract_document(doc: Document, gaz: Gazetteer | None = None) -> Extraction:
    """Run every extractor over one document."""
    gaz = gaz or load_gazetteer()
    view = build_view(doc.text).text
    original = doc.text
    meeting: Meeting = extract_meeting(view, original, gaz)
    reversed_names = names_mod.writes_names_reversed(view)     # "Mattsson Åke" rosters, "Åke Mattsson" signatures
    lined = layout.recover_lines(view, reversed_names=reversed_names)   # flattened pages get their line breaks back
    signed = roster_mod.paired_signatures(lined, gaz)
    records = [r for r in roster_mod.read_rosters(lined, gaz, reversed_names=reversed_names)
               if r.person.line not in signed.lines]
    roster_lines = {r.person.line for r in records} | {i.line for r in records for i in r.items} | signed.lines
    known = names_mod.KnownNames(roster_mod.decode(r).name for r in records)   # name parts read once, not per line
    signers = roster_mod.read_signatures(lined, gaz, roster_lines, known) + signed.records
    records += roster_mod.in_roster_spelling(signers, records)
    agenda = agenda_mod.extract_agenda(view, original)
    for rec in records:                 # the roster tells no first §: the agenda's ("Anna Ek, dietist 99" at § 99)
        if rec.first_section is None and agenda:
            rec.first_section = min(a.number for a in agenda)
    members, attendance, roles, replaced = [], [], [], []
    for rec in records:
        m, a, r, x = _record_facts(rec, original, meeting.forbund)
        members += m
        attendance += a
        roles += r
        replaced += x
    told = {names_mod.name_key(a.person.name) for a in attendance}
    attendance += [a for a in replaced if names_mod.name_key(a.person.name) not in told]   # own row first
    known = names_mod.KnownNames(dict.fromkeys([*known, *(r.person.name for r in roles)]))
    mentions = find_mentions(load_nlp(), doc, known=known, view=view)
    s_roles, elections, others, dissent_facts, actor_facts, tagged = _sentence_facts(view, original, known, gaz,
                                                                                      mentions, meeting.forbund)
    partied = {names_mod.name_key(m.person.name) for m in members if m.party is not None}
    others += list({names_mod.name_key(m.person.name): m for m in reversed(tagged)     # the first tag of each person
                    if names_mod.name_key(m.person.name) not in partied}.values())   # no roster tagged
    actor_members, acts = _actor_facts(actor_facts, members, original, gaz)
    acts += _unnamed_chair_acts(view, original, members + actor_members)
    index = dec.build_section_index(view)
    decisions = dec.extract_decisions(view, original)
    titles = {a.number: a.title for a in agenda}
    grants, apps = dec.extract_money(view, original, decisions, gaz, titles)
    dissents = _link_dissents(dissent_facts, decisions, index, original)
    if reversed_names:                          # "Vice ordförande: Kristensson Berit (FP)" read in a sentence
        rename = _roster_forms(members)
        s_roles, elections, others, actor_members = (_renamed(x, rename) for x in (s_roles, elections, others,
                                                                                   actor_members))
        dissents = _renamed(dissents, rename)
        acts = [(_renamed_person(p, rename), e) for p, e in acts]
    roles += s_roles
    attendance, members = _served_in_place(_in_whose_place(view, original, mentions), attendance, members)
    if not _PER_CAPSULAM.search(view):          # a decision per capsulam has no meeting to attend
        attendance += _presence_from_acts(attendance, [(r.person, r.evidence) for r in roles] +
                                          [(d.person, d.evidence) for d in dissents] + acts)
    else:
        attendance = [a for a in attendance if a.extractor == roster_mod.EXTRACTOR and not _signature_fact(a, records)]
    attendance.sort(key=lambda a: 0 if (a.present is False and a.extractor == roster_mod.EXTRACTOR) else 1)
    return Extraction(
        doc=doc, meeting=meeting, memberships=tuple(members + actor_members + elections + others),
        attendance=tuple(attendance), meeting_roles=tuple(roles), agenda=agenda, decisions=decisions,
        grants=tuple(grants), applications=tuple(apps),
        allocations=tuple(dec.extract_allocations(view, original, gaz, decisions, index)),
        reported_grants=tuple(dec.extract_reported_grants(view, original, decisions, index, gaz)),
        contributions=tuple(dec.extract_contributions(view, original, gaz)),
        dissents=tuple(dissents),
        mentions=tuple(m for m in mentions if m.label == Label.PARTIAL),
    )

