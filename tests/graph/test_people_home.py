"""The home organisation a person IRI is keyed on (invented protocols)."""
from __future__ import annotations

from samgraf.extractors.names import name_key
from samgraf.graph.people import home_orgs, person_key


def test_nns_seat_does_not_move_the_home(extract):
    ex = extract("Protokoll styrelsemöte, Samordningsförbundet Sjuhärad\nDatum: 2024-05-14\n\n"
                 "§ 1 Mötets öppnande\nOrdförande Karin Dahl förklarade mötet öppnat.\n\n"
                 "§ 2 Information\nKarin Dahl, som sitter i NNS styrelse, berättade om årsmötet.\n")
    homes = home_orgs(ex)
    assert any(m.organisation is not None and m.organisation.key == "nns" for m in ex.memberships)
    assert homes[name_key("Karin Dahl")] == ex.meeting.forbund.key


def test_guest_from_another_forbund_keeps_that_home(extract):
    ex = extract("Protokoll styrelsemöte, Samordningsförbundet Sjuhärad\nDatum: 2024-05-14\n\nNärvarande\n"
                 "Karin Dahl (S)\tOrdförande\tBorås kommun\nPer Holm\tFörbundschef\tFINSAM Kalmar\n\n"
                 "§ 1 Mötets öppnande\nMötet öppnades.\n")
    homes = home_orgs(ex)
    assert homes[name_key("Per Holm")] == "forbund/kalmar-lan"
    assert person_key("Per Holm", homes) != person_key("Per Holm", {"": ex.meeting.forbund.key})
