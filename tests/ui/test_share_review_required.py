"""The Share wizard's review page under a profile that requires review: Next stays off
until the analyst confirms having reviewed every value, which the plan then counts as
confirmed; under other profiles nothing changes."""

from __future__ import annotations

from liaison.analysis.partners import Agreement
from liaison.analysis.redaction import RedactionProfile
from liaison.ui.share.review import ReviewPage

from ..share_fixtures import BKA, make_workspace, rid


def test_review_page_needs_the_reviewed_box_when_the_profile_requires_it(qtbot, tmp_path):
    ws = make_workspace(tmp_path / "ws")
    try:
        ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
        ids = [rid("narrative_de"), rid("narrative_bg")]
        page = ReviewPage()
        qtbot.addWidget(page)

        page.set_plan(ws.prepare_share(ids, BKA, "pseudonymise"))
        assert page.isComplete() and page.reviewed.isHidden()

        strict = RedactionProfile("strict", {}, review_required=True)
        plan = ws.prepare_share(ids, BKA, strict)
        page.set_plan(plan)
        assert not page.isComplete() and not page.reviewed.isHidden()
        assert plan.unreviewed()
        first = plan.detections[0]
        plan.reject(first.id)  # a value let go is decided too
        with qtbot.waitSignal(page.completeChanged):
            page.reviewed.setChecked(True)
        assert page.isComplete() and plan.unreviewed() == []
        counts = plan.review_counts()
        assert counts["unredacted"] >= 1
        assert counts["confirmed"] + counts["unredacted"] == counts["auto_detected"]

        page.set_plan(ws.prepare_share(ids, BKA, strict))  # a new plan: not yet reviewed
        assert not page.reviewed.isChecked() and not page.isComplete()
    finally:
        ws.close()
