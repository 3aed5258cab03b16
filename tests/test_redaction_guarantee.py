"""The guarantee: no value the engine redacted leaves in any spelling it knows.

Over the synthetic demo case (300 records, six agencies, four scripts), with several
profiles and random selections of records, every export format is written; then for every
redacted value, its raw text, its normalised form (E.164, compact IBAN, ISO date...), its
ASCII-folded form and its digits are searched in the bytes of every file and in the text
pypdf extracts from the PDF. Finding one fails the test and names it.
"""

from __future__ import annotations

import random
import re

import pytest
from anyascii import anyascii
from pypdf import PdfReader

from liaison.analysis.partners import Agreement
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

PARTNER = "Hellenic Police"
FORMATS = ["csv", "ftm", "stix", "pdf"]
IDENTIFIER_KINDS = {"phone", "email", "iban", "account", "national_id", "passport", "ip",
                    "crypto", "dob", "address", "plate"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws = Workspace.create(tmp_path_factory.mktemp("guarantee") / "ws", "Europol desk", "NL",
                          use_keyring=False, passphrase=PASSPHRASE)
    ws.import_demo(300)
    ws.partner_add(PARTNER, "GR", Agreement("AMBER", ("H0", "H1", "H2", "H3"),
                                            third_party=True))
    for (record_id,) in ws.conn.execute("SELECT id FROM records WHERE handling = 'H2' "
                                        "ORDER BY rid LIMIT 40"):
        ws.consent_add(record_id, None, "originator letter (synthetic)")
    yield ws
    ws.close()


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", anyascii(text).lower()).split())


def _spellings(value) -> tuple[set[str], set[str], set[str]]:
    """(exact spellings, ASCII-folded spellings, digit strings) of one redacted value."""
    exact = {t for t in value.texts if len(t.strip()) >= 3}
    key = value.subject.partition(":")[2]
    if value.kind in IDENTIFIER_KINDS and len(key) >= 5:
        exact.add(key)
    folded = {_fold(t) for t in value.texts if value.kind in ("person", "organization")}
    digits = {re.sub(r"\D", "", t) for t in (*value.texts, key)}
    return exact, {f for f in folded if len(f) >= 5}, {d for d in digits if len(d) >= 6}


def _word(text: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(p) for p in text.split()) + r"(?!\w)",
                      re.IGNORECASE)


def _leaks(values, outputs: dict[str, str]) -> list[str]:
    """Every (value, spelling, file) where a redacted value is found again."""
    found = []
    for name, text in outputs.items():
        folded = _fold(text)
        digits_only = re.sub(r"\D", "", text)
        flat = re.sub(r"\s+", "", text)
        spaced = " ".join(text.split()).casefold()  # a cheap test before each regex
        for value in values:
            exact, folds, digits = _spellings(value)
            for spelling in exact:
                if " ".join(spelling.split()).casefold() in spaced and \
                        _word(spelling).search(text):
                    found.append(f"{value.kind} {spelling!r} in {name}")
                # A PDF line break can fall inside a number; its text is searched unspaced.
                if name.endswith(".pdf.txt") and sum(c.isdigit() for c in spelling) >= 6 and \
                        re.sub(r"\s+", "", spelling) in flat:
                    found.append(f"{value.kind} {spelling!r} (unspaced) in {name}")
            for spelling in folds:
                if spelling in folded and \
                        re.search(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])", folded):
                    found.append(f"{value.kind} folded {spelling!r} in {name}")
            for spelling in digits:
                if spelling in digits_only and re.search(rf"(?<!\d){spelling}(?!\d)", text):
                    found.append(f"{value.kind} digits {spelling!r} in {name}")
    return found


# Our own ids: a year of birth found "in" e453de55-1996-5e22-... is chance, not a leak.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _outputs(files) -> dict[str, str]:
    outputs = {}
    for path in files:
        if path.suffix == ".pdf":
            # Its compressed streams are searched as the text they draw (and its metadata),
            # not as bytes, where four digits of a year turn up by chance.
            reader = PdfReader(path)
            outputs[path.name + ".meta"] = " ".join(str(v) for v in (reader.metadata or {}
                                                                       ).values())
            text = "\n".join(page.extract_text() for page in reader.pages)
            outputs[path.name + ".txt"] = text
            # pypdf lays right-to-left runs out visually; search their words reversed too.
            outputs[path.name + ".rtl.txt"] = "\n".join(
                " ".join(reversed(line.split())) for line in text.splitlines())
        else:
            outputs[path.name] = _UUID.sub("<id>", path.read_text(encoding="utf-8",
                                                                 errors="replace"))
    return outputs


@pytest.mark.slow
@pytest.mark.parametrize(("profile", "sample", "seed"), [
    ("pseudonymise", None, 0), ("mask", 60, 1), ("remove", 60, 2), ("identifiers", 60, 3),
    ("partner", 60, 4)])
def test_no_redacted_value_leaves_in_any_spelling(demo, tmp_path, profile, sample, seed):
    ids = [r[0] for r in demo.conn.execute("SELECT id FROM records ORDER BY rid")]
    if sample:
        ids = random.Random(seed).sample(ids, sample)
    plan = demo.prepare_share(ids, PARTNER, profile)
    result = demo.export_share(plan, tmp_path, FORMATS, stem="guarantee")
    values = plan.redacted_values()
    kinds = {v.kind for v in values}
    assert len(plan.source.records) >= 20
    expected = {"phone", "dob", "plate"} | ({"person"} if profile != "identifiers" else set())
    assert expected <= kinds, kinds
    leaks = _leaks(values, _outputs(result.files))
    assert not leaks, "\n".join(leaks[:20])


@pytest.mark.slow
def test_names_in_every_script_are_found_in_the_demo(demo):
    """Every person the demo names in a record is redacted there, whatever the script."""
    ids = [r[0] for r in demo.conn.execute("SELECT id FROM records WHERE tlp != 'RED' "
                                           "ORDER BY rid LIMIT 120")]
    plan = demo.prepare_share(ids, PARTNER, "pseudonymise")
    export = plan.build()
    names = {v.raw for e in plan.source.entities.values() if e.schema == "Person"
             for v in e.properties.get("name", [])}
    leaked = [n for n in names for r in export.records if n in r.narrative or n in r.title]
    assert not leaked, leaked[:10]
