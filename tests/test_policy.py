"""The sharing policy: partners and agreements, consents, and every rule with its reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from liaison.analysis.partners import Agreement, PolicyError
from liaison.analysis.policy import REDACT, SEND, WITHHOLD

from .share_fixtures import BKA, make_workspace, rid


@pytest.fixture
def ws(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    yield ws
    ws.close()


def _decision(ws, name: str, partner: str, today: date | None = None):
    report = ws.policy_check([rid(name)], partner, today=today)
    return report.decisions[0]


def _rules(decision) -> set[str]:
    return {v.rule for v in decision.verdicts}


def test_partner_repository_is_audited_and_validated(ws):
    added = ws.partner_add("Hellenic Police", "gr", Agreement("amber", ("h0", "H1")))
    assert added.country == "GR" and added.agreement.max_tlp == "AMBER"
    assert added.agreement.handling_codes == ("H0", "H1")
    updated = ws.partner_update("hellenic police", agreement=Agreement(third_party=True))
    assert updated.agreement.third_party and updated.agreement.max_tlp == "GREEN"
    assert [p.name for p in ws.partners()] == ["Hellenic Police"]
    actions = [e.action for e in ws.audit_entries()]
    assert "partner.add" in actions and "partner.update" in actions
    with pytest.raises(PolicyError, match="already exists"):
        ws.partner_add("Hellenic Police", "GR")
    with pytest.raises(PolicyError, match="TLP"):
        ws.partner_add("Other", "FR", Agreement(max_tlp="PURPLE"))
    with pytest.raises(PolicyError, match="handling code"):
        ws.partner_add("Other", "FR", Agreement(handling_codes=("H7",)))
    with pytest.raises(PolicyError, match="country"):
        ws.partner_add("Other", "France")
    with pytest.raises(PolicyError, match="no partner"):
        ws.partner("Nobody")


def test_tlp_red_never_leaves(ws):
    ws.partner_add("P", "FR", Agreement("RED", ("H0", "H1", "H2", "H3"), third_party=True))
    decision = _decision(ws, "red", "P")
    assert decision.action == WITHHOLD and decision.rule == "tlp.red"
    assert "never leaves" in decision.reason


def test_amber_strict_only_back_to_the_originator(ws):
    ws.partner_add("P", "FR", Agreement("AMBER+STRICT", ("H0", "H1"), third_party=True))
    ws.partner_add(BKA, "DE", Agreement("AMBER+STRICT", ("H0", "H1")))
    elsewhere = _decision(ws, "amber_strict", "P")
    assert elsewhere.action == WITHHOLD and elsewhere.rule == "tlp.amber_strict"
    assert BKA in elsewhere.reason
    home = _decision(ws, "amber_strict", BKA)
    assert home.action != WITHHOLD, home.reason


def test_tlp_above_agreement_and_unmarked_tlp(ws):
    ws.partner_add("P", "FR", Agreement("GREEN", ("H0", "H1"), third_party=True))
    above = _decision(ws, "bka_amber", "P")
    assert above.rule == "tlp.above" and "up to TLP:GREEN" in above.reason
    unmarked = _decision(ws, "no_tlp", "P")
    assert unmarked.rule == "tlp.above" and any("treated as TLP:AMBER" in n
                                                 for n in unmarked.notes)


def test_handling_codes(ws):
    ws.partner_add("P", "FR", Agreement("AMBER", ("H0",)))
    h3 = _decision(ws, "ours_h3", "P")
    assert h3.rule == "handling.not_agreed" and "H3" in h3.reason
    none = _decision(ws, "no_handling", "P")
    assert none.rule == "handling.none"


def test_h2_needs_a_valid_consent(ws):
    ws.partner_add("P", "FR", Agreement("GREEN", ("H0", "H2"), third_party=True))
    ws.partner_add("Q", "ES", Agreement("GREEN", ("H0", "H2"), third_party=True))
    assert _rules(_decision(ws, "bka_h2", "P")) == {"handling.h2_consent"}
    ws.consent_add(rid("bka_h2"), "Q", "BKA letter 2025/17")  # for another partner only
    assert _decision(ws, "bka_h2", "P").rule == "handling.h2_consent"
    assert _decision(ws, "bka_h2", "Q").action != WITHHOLD
    ws.consent_add(rid("bka_h2"), None, "BKA letter 2025/18", expires="2025-06-30")
    before = _decision(ws, "bka_h2", "P", today=date(2025, 6, 30))
    assert before.action != WITHHOLD and any("2025/18" in n for n in before.notes)
    after = _decision(ws, "bka_h2", "P", today=date(2025, 7, 1))
    assert after.rule == "handling.h2_consent"
    assert "consent.add" in [e.action for e in ws.audit_entries()]
    with pytest.raises(PolicyError, match="not in this workspace"):
        ws.consent_add("no-such-record", None, "ref")


def test_third_party_data(ws):
    ws.partner_add("P", "FR", Agreement("AMBER", ("H0", "H1")))
    decision = _decision(ws, "bka_amber", "P")
    assert decision.rule == "third_party" and BKA in decision.reason
    # Our own records are first-party; a record goes home to its originator.
    assert _decision(ws, "ours_green", "P").action != WITHHOLD
    ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
    assert _decision(ws, "bka_amber", BKA).action != WITHHOLD
    ws.partner_update("P", agreement=Agreement("AMBER", ("H0", "H1"), third_party=True))
    assert _decision(ws, "bka_amber", "P").action != WITHHOLD


def test_expired_or_missing_agreement(ws):
    ws.partner_add("P", "FR", Agreement(valid_until="2025-01-31"))
    assert _decision(ws, "ours_green", "P", date(2025, 1, 31)).action != WITHHOLD
    expired = _decision(ws, "ours_green", "P", date(2025, 2, 1))
    assert expired.rule == "agreement.expired" and "2025-01-31" in expired.reason
    ws.partner_add("Q", "FR")
    assert _decision(ws, "ours_green", "Q").rule == "agreement.none"


def test_every_failing_rule_is_reported(ws):
    ws.partner_add("P", "FR", Agreement("GREEN", ("H0",)))
    decision = _decision(ws, "amber_strict", "P")
    assert _rules(decision) == {"tlp.amber_strict", "handling.not_agreed", "third_party"}


def test_status_and_unknown_records(ws):
    ws.partner_add("P", "FR")
    assert _decision(ws, "retracted", "P").rule == "status"
    report = ws.policy_check(["nope"], "P")
    assert report.decisions[0].action == WITHHOLD and "not in this workspace" in \
        report.decisions[0].reason


def test_fields_source_identifying_and_internal_never_leave(ws):
    ws.partner_add("P", "FR", Agreement())
    decision = _decision(ws, "source", "P")
    assert decision.action == REDACT
    fields = {f.field: (f.action, f.rule) for f in decision.fields}
    assert fields["handling_conditions"] == (WITHHOLD, "source.conditions")
    assert fields["legal_basis"] == (WITHHOLD, "internal")
    assert fields["purpose"] == (WITHHOLD, "internal")
    assert fields["extra.informant"] == (WITHHOLD, "source.extra")
    assert fields["extra.stix_id"] == (WITHHOLD, "extra.internal")
    assert "extra.synthetic" not in fields
    assert fields["narrative"] == (REDACT, "free_text")
    assert fields["reference, dates, handling, TLP, grading"][0] == SEND
    ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
    person = _decision(ws, "narrative_de", BKA)
    assert any(f.field.endswith(".sourceName") and f.rule == "source.entity"
               for f in person.fields)


def test_policy_check_is_audited(ws):
    ws.partner_add("P", "FR", Agreement())
    ws.policy_check([rid("red"), rid("ours_green")], "P")
    entry = [e for e in ws.audit_entries() if e.action == "policy.check"][-1]
    assert entry.object == "P" and entry.details["allowed"] == 1
    assert entry.details["withheld"] == {rid("red"): "tlp.red"}


def test_purposes_in_the_agreement_are_enforced(ws):
    ws.partner_add("P", "FR", Agreement("GREEN", ("H0", "H1"),
                                        purposes=("Operation Nordwind", "counter-terrorism")))
    ws.partner_add("Q", "FR", Agreement("GREEN", ("H0", "H1")))  # no purposes: no limit
    ids = [rid("ours_green")]
    agreed = ws.policy_check(ids, "P", purpose="  operation   NORDWIND ")
    assert agreed.decisions[0].action != WITHHOLD and agreed.purpose == "operation   NORDWIND"
    other = ws.policy_check(ids, "P", purpose="Tax fraud").decisions[0]
    assert other.action == WITHHOLD and other.rule == "purpose.not_agreed"
    assert "'Tax fraud'" in other.reason and "counter-terrorism" in other.reason
    unstated = ws.policy_check(ids, "P").decisions[0]
    assert unstated.rule == "purpose.not_agreed" and "state the purpose" in unstated.reason
    assert ws.policy_check(ids, "Q", purpose="anything").decisions[0].action != WITHHOLD
    # Reported with the other failing rules, and audited with the purpose stated.
    both = ws.policy_check([rid("red")], "P", purpose="Tax fraud").decisions[0]
    assert {"tlp.red", "purpose.not_agreed"} <= _rules(both)
    entry = [e for e in ws.audit_entries() if e.action == "policy.check"][-1]
    assert entry.details["purpose"] == "Tax fraud"


def test_prepare_share_carries_the_purpose(ws):
    ws.partner_add("P", "FR", Agreement("GREEN", ("H0", "H1"), purposes=("Nordwind",)))
    refused = ws.prepare_share([rid("ours_green")], "P", purpose="Other")
    assert not refused.source.records
    assert refused.policy.withheld()[0].rule == "purpose.not_agreed"
    plan = ws.prepare_share([rid("ours_green")], "P", purpose="Nordwind")
    assert [r.id for r in plan.source.records] == [rid("ours_green")]
    assert plan.policy.purpose == "Nordwind"
    entry = [e for e in ws.audit_entries() if e.action == "share.prepare"][-1]
    assert entry.details["purpose"] == "Nordwind"


def test_package_share_states_its_purpose(tmp_path):
    """``Workspace.share`` (``liaison share --purpose``) holds packages to the agreed purposes."""
    from liaison.analysis.partners import update_partner
    from liaison.store.database import transaction

    from .exchange_helpers import GENEROUS, add_records, sample, two_agencies

    agencies = two_agencies(tmp_path)
    try:
        nl = agencies.nl
        ids = add_records(nl, sample("Politie NL", "NL", 2))
        with transaction(nl.conn):
            update_partner(nl.conn, nl.actor, "BKA", agreement=Agreement(
                GENEROUS.max_tlp, GENEROUS.handling_codes, True, purposes=("Nordwind",)))
        refused = nl.share(["BKA"], record_ids=ids, purpose="tax audit")
        assert not refused.packages
        assert {w["rule"] for w in refused.withheld["BKA"]} == {"purpose.not_agreed"}
        sent = nl.share(["BKA"], record_ids=ids, purpose="nordwind")
        assert sent.packages and not sent.withheld["BKA"]
        # A correction reaches the partner without a purpose of its own: it serves the
        # purpose the share stated (every other rule is checked again).
        record = next(i for i in sample("Politie NL", "NL", 2) if getattr(i, "id", "") == ids[0])
        fixed = nl.correct(replace(record, title="Corrected: harbour logistics"))
        assert fixed.packages and not fixed.problems
    finally:
        agencies.close()


def test_send_share_refuses_without_a_verified_partner(ws):
    from liaison.exchange.errors import PartnerError

    ws.partner_add("P", "FR", Agreement())
    unaddressed = ws.prepare_share([rid("ours_green")], None)
    with pytest.raises(PolicyError, match="Choose a partner"):
        ws.send_share(unaddressed)
    plan = ws.prepare_share([rid("ours_green")], "P")
    assert "cannot receive packages" in ws.share_recipient_problem("P")
    with pytest.raises(PartnerError, match="cannot receive packages"):
        ws.send_share(plan)
    assert not [e for e in ws.audit_entries() if e.action == "share.send"]


def test_a_reviewed_plan_the_store_moved_past_is_refused(tmp_path):
    """What leaves is what was reviewed: a record retracted or corrected since, or an
    agreement narrowed since, makes send_share and export_share refuse the stale plan."""
    from liaison.analysis.partners import update_partner
    from liaison.store.database import transaction

    from .exchange_helpers import GENEROUS, add_records, sample, two_agencies

    agencies = two_agencies(tmp_path)
    try:
        nl = agencies.nl
        ids = add_records(nl, sample("Politie NL", "NL", 2))
        plan = nl.prepare_share(ids, "BKA")
        nl.retract(ids[0], "Wrong person")
        with pytest.raises(PolicyError, match="changed since they were reviewed"):
            nl.send_share(plan)
        with pytest.raises(PolicyError, match="changed since they were reviewed"):
            nl.export_share(plan, tmp_path / "out", ["csv"])
        assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
        fresh = nl.prepare_share(ids[1:], "BKA")
        with transaction(nl.conn):
            update_partner(nl.conn, nl.actor, "BKA", agreement=Agreement(
                "CLEAR", ("H0",), GENEROUS.third_party))
        with pytest.raises(PolicyError, match="above what the agreement"):
            nl.send_share(fresh)
        assert not [e for e in nl.audit_entries() if e.action == "share.send"]
    finally:
        agencies.close()
