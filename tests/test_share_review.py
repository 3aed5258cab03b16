"""Review files on the command line, as a real process on a real store: ``redact --review``
writes every detection, the analyst keeps one value and marks a span by hand, and
``--apply-review`` exports exactly that; a file for other texts, or with a bad line, is
refused with nothing written; a profile that requires review lets nothing unreviewed
leave; the disclosure log, the audit and the PDF count the spans detected, confirmed,
un-redacted and added by hand. ``share`` takes the same file for a package."""

from __future__ import annotations

import csv
import io
import json
import re
import stat

import pytest
from pypdf import PdfReader

from liaison.analysis.partners import Agreement, PolicyError
from liaison.analysis.redaction import RedactionProfile, ReviewError
from liaison.formats.importer import ingest_items
from liaison.model.records import Entity, stable_id
from liaison.workspace import Workspace

from .exchange_helpers import new_workspace, pin
from .share_fixtures import BKA, NOVAK, PETROV, make_workspace, record, rid
from .test_cli import run
from .workspace_helpers import PASSPHRASE

BY_HAND = "fuhr weg"  # in narrative_de; no detector takes it
RECORDS = f"{rid('narrative_de')},{rid('narrative_bg')}"


@pytest.fixture
def cli(tmp_path):
    """A closed share-fixtures workspace with the BKA as partner, and the CLI's options."""
    ws = make_workspace(tmp_path / "ws")
    ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
    ws.save_redaction_profile(RedactionProfile("strict", {}, review_required=True,
                                               description="every value reviewed"))
    ws.close()
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    return ["--workspace", tmp_path / "ws", "--passphrase-file", pp]


def _open(args) -> Workspace:
    return Workspace.open(args[1], passphrase=PASSPHRASE, use_keyring=False)


def _lines(path):
    """(header, [detection lines]) of a review file; comments skipped."""
    objs = [json.loads(line) for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return objs[0], objs[1:]


def _write(path, head, lines, comment=True) -> None:
    text = "# edited by the analyst\n" if comment else ""
    path.write_text(text + "\n".join(json.dumps(o, ensure_ascii=False)
                                     for o in [head, *lines]) + "\n", "utf-8")


def _review(cli, tmp_path, *extra, name="review.jsonl"):
    path = tmp_path / name
    done = run(*cli, "redact", "--records", RECORDS, "--to", BKA, *extra, "--review", path)
    assert done.returncode == 0, done.stderr
    return path


def ws_default_profile(args) -> str:
    with _open(args) as ws:
        return ws.redaction_profile(None).name


def _disclosures(args):
    with _open(args) as ws:
        return ws.disclosures()


def _records_csv(folder) -> str:
    path = next(folder.glob("*-records.csv"))
    return path.read_text("utf-8-sig")


def _edited(path, record_id: str | None = None):
    """Keep Jana Novak everywhere (every line of her value) and redact BY_HAND by hand."""
    head, lines = _lines(path)
    novak = {o["value"] for o in lines if o["text"] == NOVAK}
    assert len(novak) == 1
    for o in lines:
        if o["value"] in novak:
            o["decision"] = "keep"
    lines.append({"decision": "redact", "rule": "manual",
                  "record": record_id or rid("narrative_de"),
                  "unit": "narrative", "text": BY_HAND})
    return head, lines


def test_review_edit_apply_exports_exactly_the_decisions(cli, tmp_path):
    path = _review(cli, tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds the values in clear
    head, lines = _lines(path)
    assert head["format"] == "liaison-review" and head["partner"] == BKA
    assert head["profile"] == ws_default_profile(cli)
    assert [r["id"] for r in head["records"]] == RECORDS.split(",")
    assert all(o["decision"] == "redact" for o in lines)
    narrative = next(o for o in lines if o["text"] == PETROV and o["unit"].endswith(
        ":narrative"))
    assert set(narrative) >= {"record", "unit", "start", "end", "kind", "text", "rule",
                              "decision"}
    assert narrative["kind"] == "person" and narrative["record"] == rid("narrative_de")
    assert "«" + PETROV + "»" in narrative["context"]
    assert _disclosures(cli) == []  # writing a review shares nothing

    head, lines = _edited(path)
    kept = sum(o["decision"] == "keep" for o in lines)
    _write(path, head, lines)
    out = tmp_path / "out"
    done = run(*cli, "redact", "--apply-review", path, "--out", out, "--format", "csv,pdf",
               "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["review"]["kept"] == kept and result["review"]["manual"] == 1
    records = _records_csv(out)
    assert NOVAK in records  # kept: it leaves
    assert BY_HAND not in records  # marked by hand: it does not
    assert PETROV not in records and "0151 23456789" not in records

    auto = len(lines) - 1
    logged = _disclosures(cli)
    assert {d.format for d in logged} == {"csv", "pdf"}
    for d in logged:
        assert (d.counts["spans_auto_detected"], d.counts["spans_confirmed"],
                d.counts["spans_unredacted"], d.counts["spans_by_hand"]) \
            == (auto, auto - kept, kept, 1)
    with _open(cli) as ws:
        audit = {e.action: e.details for e in ws.audit_entries()}
    assert audit["share.redactions"]["review"] == {
        "auto_detected": auto, "confirmed": auto - kept, "unredacted": kept, "by_hand": 1}
    assert audit["share.review.apply"]["kept"] == kept
    assert audit["share.disclose"]["counts"]["spans_by_hand"] == 1
    cover = PdfReader(next(out.glob("*.pdf"))).pages[0].extract_text()
    assert f"{auto - kept} confirmed" in cover and "1 added by hand" in cover
    assert f"{kept} un-redacted" in cover


def _refused(cli, path, tmp_path, *needles, profile=()):
    before = len(_disclosures(cli))
    out = tmp_path / "refused"
    done = run(*cli, "redact", "--apply-review", path, *profile, "--out", out,
               "--format", "csv")
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr
    for needle in needles:
        assert needle in done.stderr, done.stderr
    assert not out.exists()  # nothing written
    assert len(_disclosures(cli)) == before  # nothing logged
    return done.stderr


@pytest.fixture
def api(tmp_path):
    """The same workspace, open in this process, and a plan with its review file written."""
    ws = make_workspace(tmp_path / "api")
    ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
    plan = ws.prepare_share(RECORDS.split(","), BKA)
    path = tmp_path / "api-review.jsonl"
    ws.write_share_review(plan, path)
    yield ws, plan, path
    ws.close()


def test_bad_lines_are_refused_naming_the_line(api):
    ws, plan, path = api
    head, lines = _lines(path)
    n = len(lines)

    def refused(match: str) -> None:
        with pytest.raises(ReviewError, match=re.escape(match)) as caught:
            ws.apply_share_review(plan, path)
        assert "nothing was written" in str(caught.value)
        assert all(d.accepted for d in plan.detections)  # the plan is unchanged
        assert not [d for d in plan.detections if d.detector == "manual"]

    # The file starts with a comment line, then the header: detection k is on line k + 3.
    cases = [
        (lambda o: o.update(text="Somebody Else"), "the text 'Somebody Else' does not match "
                                                   "characters"),
        (lambda o: o.update(decision="maybe"), "unknown decision 'maybe'"),
        (lambda o: o.update(record="no-such-record"), "record 'no-such-record' is not in"),
        (lambda o: o.update(unit="record:x:narrative"),
         f"record {rid('narrative_de')} has no text"),
        (lambda o: o.update(end=10_000), "span 42-10000 is out of range"),
        (lambda o: o.update(kind="weather"), "unknown kind 'weather'"),
    ]
    for change, needle in cases:
        broken = [dict(o) for o in lines]
        change(broken[3])
        _write(path, head, broken)
        refused(f"line 6: {needle}")
    # Two places of one value with different decisions.
    petrov = [k for k, o in enumerate(lines) if o["text"] == PETROV]
    # The first line of that value (a fail-safe detection may grow the name over a word).
    first = next(k for k, o in enumerate(lines) if o["value"] == lines[petrov[1]]["value"])
    broken = [dict(o) for o in lines]
    broken[petrov[1]]["decision"] = "keep"
    _write(path, head, broken)
    refused(f"line {petrov[1] + 3} keeps a value that line {first + 3} redacts")
    # A hand-marked span that is not there, and one that would keep.
    _write(path, head, [*lines, {"decision": "redact", "rule": "manual",
                                 "record": rid("narrative_bg"), "unit": "narrative",
                                 "text": "nicht da"}])
    refused(f"line {n + 3}: 'nicht da' does not occur")
    _write(path, head, [*lines, {"decision": "keep", "rule": "manual",
                                 "record": rid("narrative_bg"), "unit": "narrative",
                                 "start": 0, "end": 3}])
    refused(f"line {n + 3}: a span added by hand can only be")
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(ReviewError, match=f"line {n + 4}: not valid JSON"):
        ws.apply_share_review(plan, path)
    # Every problem is named at once, not only the first.
    broken = [dict(o) for o in lines]
    broken[0]["decision"] = "later"
    broken[1]["end"] = -1
    _write(path, head, broken)
    with pytest.raises(ReviewError) as caught:
        ws.apply_share_review(plan, path)
    assert "line 3: unknown decision 'later'" in str(caught.value)
    assert "line 4: span " in str(caught.value) and "is out of range" in str(caught.value)
    # A span by hand given as start and end, with a kind: applied; the rest as written.
    _write(path, head, [*lines, {"decision": "redact", "rule": "manual", "kind": "person",
                                 "record": rid("narrative_bg"), "unit": "title", "start": 0,
                                 "end": 5}])
    outcome = ws.apply_share_review(plan, path)
    assert (outcome.redacted, outcome.kept, outcome.manual, outcome.unreviewed) == (n, 0, 1, 0)
    manual = [d for d in plan.detections if d.detector == "manual"]
    assert [(m.kind, m.text) for m in manual] == [("person", "Среща")]
    assert plan.review_counts() == {"auto_detected": n, "confirmed": n, "unredacted": 0,
                                    "by_hand": 1}


def test_a_review_of_other_texts_is_refused_saying_what_changed(cli, tmp_path):
    path = _review(cli, tmp_path)
    head, lines = _lines(path)
    # The header edited to fit other texts: refused, its record named.
    tampered = json.loads(json.dumps(head))
    tampered["records"][1]["sha256"] = "0" * 64
    _write(path, tampered, lines)
    _refused(cli, path, tmp_path, f"the texts of record {rid('narrative_bg')}")
    # Another partner or profile than the review's.
    _write(path, head, lines)
    _refused(cli, path, tmp_path, f"made under profile {head['profile']!r}", profile=(
        "--profile", "mask"))
    # The record itself changed in the store since the review.
    with _open(cli) as ws:
        changed = record("narrative_bg", agency=BKA, country="DE", handling="H1",
                         language="bg", title="Среща", narrative="Другой текст.", version=2)
        ingest_items(ws.conn, [changed], source_name="update", fmt="test", sha256="3" * 64,
                     actor=ws.actor)
    _refused(cli, path, tmp_path, f"record {rid('narrative_bg')} is at version 2 now, "
                                  "the review saw version 1")
    # Not a review at all.
    path.write_text('{"records": []}\n')
    _refused(cli, path, tmp_path, "is not a Liaison review file")


def test_a_profile_that_requires_review_lets_nothing_unreviewed_leave(cli, tmp_path):
    out = tmp_path / "out"
    done = run(*cli, "redact", "--records", RECORDS, "--to", BKA, "--profile", "strict",
               "--out", out, "--format", "csv")
    assert done.returncode == 1 and "requires review" in done.stderr
    assert "--review FILE" in done.stderr and not out.exists()
    listed = run(*cli, "profile", "list")
    assert "strict: every value reviewed (review required)" in listed.stdout

    path = _review(cli, tmp_path, "--profile", "strict")
    head, lines = _lines(path)
    _write(path, head, lines[:-2])  # two detections left without a decision
    _refused(cli, path, tmp_path, "2 detection(s) of this share have no decision")
    _write(path, head, lines)
    done = run(*cli, "redact", "--apply-review", path, "--out", out, "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert f"Review: {len(lines)} span(s) found automatically, {len(lines)} confirmed" \
        in done.stdout
    # The workspace refuses too, whoever calls it: an unreviewed plan does not leave.
    with _open(cli) as ws:
        plan = ws.prepare_share(RECORDS.split(","), BKA, "strict")
        with pytest.raises(PolicyError, match="requires every detection to be reviewed"):
            ws.export_share(plan, tmp_path / "api", ["csv"])
        assert not (tmp_path / "api").exists()
        plan.confirm_all()
        assert plan.unreviewed() == []
        assert ws.export_share(plan, tmp_path / "api", ["csv"]).files


def test_share_takes_the_same_review_file(tmp_path):
    ours = new_workspace(tmp_path / "ours", "Europol desk", "NL")
    bka = new_workspace(tmp_path / "bka", BKA, "DE")
    # Our own record (one of the BKA's would go home, and the BKA keeps its own version).
    mine = record("mine", language="de", title="Hafen",
                  narrative=f"{PETROV} traf {NOVAK} am Hafen. {PETROV} {BY_HAND}.")
    people = []
    for name in (PETROV, NOVAK):
        person = Entity(stable_id("test", "share", "mine", name), "Person",
                        record_ids=[mine.id])
        person.add_raw("name", name)
        people.append(person)
    ingest_items(ours.conn, [mine, *people], source_name="share-tests", fmt="test",
                 sha256="1" * 64, actor=ours.actor)
    pin(ours, bka, BKA, tmp_path / "bka-certs")
    pin(bka, ours, "Europol desk", tmp_path / "our-certs")
    ours.save_redaction_profile(RedactionProfile("strict", {}, review_required=True))
    with pytest.raises(PolicyError, match="requires review"):
        ours.share([BKA], record_ids=[mine.id], profile="strict")
    assert ours.outbox_entries() == []
    ours.close()
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    args = ["--workspace", tmp_path / "ours", "--passphrase-file", pp]
    path = tmp_path / "review.jsonl"
    refused = run(*args, "share", "--to", BKA, "--records", mine.id, "--profile", "strict")
    assert refused.returncode == 1 and "requires review" in refused.stderr
    two = run(*args, "share", "--to", f"{BKA},Other", "--records", mine.id, "--review", path)
    assert two.returncode == 1 and "one partner" in two.stderr
    done = run(*args, "share", "--to", BKA, "--records", mine.id, "--profile", "strict",
               "--review", path)
    assert done.returncode == 0, done.stderr
    _write(path, *_edited(path, mine.id))
    package = tmp_path / "package.p7m"
    done = run(*args, "share", "--to", BKA, "--apply-review", path, "--out", package)
    assert done.returncode == 0, done.stderr
    assert "Reviewed with review.jsonl" in done.stdout

    received = bka.receive([package])
    assert received[0].status == "merged", received[0].reason
    texts = " ".join(r[0] for r in bka.conn.execute(
        "SELECT title || ' ' || narrative FROM records"))
    assert NOVAK in texts and BY_HAND not in texts and PETROV not in texts
    bka.close()
    with _open(args) as ws:
        logged = [d for d in ws.disclosures() if d.format == "package"]
    assert logged and logged[0].counts["spans_by_hand"] == 1
    assert logged[0].counts["spans_unredacted"] == sum(
        o["decision"] == "keep" for o in _lines(path)[1])


def test_profile_spec_keeps_review_required(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    try:
        ws.save_redaction_profile(RedactionProfile("court", {"person": "mask"},
                                                   review_required=True))
        assert ws.redaction_profile("court").review_required
        assert ws.redaction_profile("court").spec()["review_required"] is True
        assert not ws.redaction_profile("pseudonymise").review_required
    finally:
        ws.close()


def test_csv_of_the_reviewed_export_reads(cli, tmp_path):
    """The reviewed export is an ordinary export: its CSV reads back row by row."""
    path = _review(cli, tmp_path)
    _write(path, *_edited(path), comment=False)
    out = tmp_path / "out"
    assert run(*cli, "redact", "--apply-review", path, "--out", out, "--format",
               "csv").returncode == 0
    rows = list(csv.DictReader(io.StringIO(_records_csv(out))))
    assert {r["id"] for r in rows} == set(RECORDS.split(","))
