"""People across protocols: a person mention becomes a person IRI.

A person IRI is minted from the person's name key (case, diacritics and OCR confusions folded) and
their home organisation: the förbund whose board or office they sit in, else the body they are
named with, else the förbund that held the meeting. So the same name on the same board is one
person across meetings and years, and namesakes on different boards stay apart. Curated
judgements (same / different / alias, see `samgraf people`) override this rule.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import URIRef

from samgraf.extractors.names import name_key
from samgraf.model import Extraction, OrgKind
from samgraf.ontology.ns import iri


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
    for m in ex.memberships:
        key = name_key(m.person.name)
        org = m.organisation
        if org is None:
            votes.setdefault(key, Counter())[meeting_home] += 3
        elif org.kind == OrgKind.FORBUND:
            votes.setdefault(key, Counter())[org.key] += 2
        else:
            votes.setdefault(key, Counter())[org.key] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()} | {"": meeting_home}


def person_key(name: str, homes: dict[str, str]) -> PersonKey:
    key = name_key(name)
    return PersonKey(key, homes.get(key, homes[""]))


def canonical_name(spellings: Counter[str]) -> str:
    """The spelling to show: most frequent, then the one with most non-ASCII letters, then sorted."""
    return sorted(spellings, key=lambda s: (-spellings[s], -sum(ord(c) > 127 for c in s), s))[0]
