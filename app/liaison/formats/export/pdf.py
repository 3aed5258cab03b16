"""A redacted export as a PDF disclosure report: a cover page, then one section per record.

Every page's header prints the TLP label (in the FIRST TLP 2.0 colours), the handling
code and the grading of the record on that page; the cover prints the most restrictive
TLP and every handling code and grading in the report. fpdf2 lays the text out and
shapes it with HarfBuzz (``uharfbuzz``), with its own Unicode bidirectional algorithm,
so Arabic joins and runs right to left; DejaVu Sans (shipped in ``resources/fonts``)
covers Latin, Cyrillic, Greek and Arabic.
"""

from __future__ import annotations

import io
import os
import sys
import unicodedata
from pathlib import Path

from liaison.formats.export.contents import ExportError, ExportSet, grading, write_file
from liaison.model.records import Record
from liaison.model.values import TLP_LEVELS

FONT = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"
# FIRST TLP 2.0: coloured label text on a black background.
TLP_COLOURS = {"RED": (255, 43, 43), "AMBER": (255, 192, 0), "AMBER+STRICT": (255, 192, 0),
               "GREEN": (51, 255, 0), "CLEAR": (255, 255, 255)}
_RTL = frozenset({"R", "AL"})
_LTR = frozenset({"L"})


def font_dir() -> Path:
    """resources/fonts: beside app/ in a checkout, in the bundle, or under share/liaison."""
    package = Path(__file__).resolve().parents[2]
    candidates = [Path(os.environ["LIAISON_DATA_DIR"])] if os.environ.get("LIAISON_DATA_DIR") \
        else []
    candidates.append(package.parents[1])
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle))
    candidates += [Path(sys.prefix) / "share" / "liaison",
                   Path(sys.base_prefix) / "share" / "liaison"]
    for base in candidates:
        folder = base / "resources" / "fonts"
        if (folder / FONT).is_file():
            return folder
    raise ExportError(f"The PDF font {FONT} is not installed (looked in resources/fonts of "
                      f"{', '.join(str(c) for c in candidates)}).")


def needs_shaping(text: str) -> bool:
    """True for text with right-to-left or joining scripts (Arabic, Hebrew, Syriac...)."""
    return any(unicodedata.bidirectional(ch) in _RTL or "\u0590" <= ch <= "\u08ff"
               for ch in text)


def is_rtl(text: str) -> bool:
    """True when most strongly directional characters run right to left (Arabic...).

    Not the first one, as UAX #9 rule P2 would: an Arabic report that starts with a
    Latin tag such as "[DEMO]" is still an Arabic paragraph.
    """
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        rtl += kind in _RTL
        ltr += kind in _LTR
    return rtl > ltr


def _report_class() -> type:
    from fpdf import FPDF  # imported here: only PDF exports need fpdf2 and HarfBuzz

    class DisclosureReport(FPDF):  # type: ignore[misc]
        """fpdf2 document whose header and footer print the current page's markings."""

        marking: tuple[str, str, str] = ("AMBER", "", "")
        footer_text = ""

        def header(self) -> None:
            tlp, handling, grade = self.marking
            self.set_text_shaping(False)
            self.set_font("dejavu", "B", 9)
            self.set_fill_color(0, 0, 0)
            self.set_text_color(*TLP_COLOURS.get(tlp, (255, 255, 255)))
            self.cell(self.get_string_width(f"TLP:{tlp}") + 4, 6, f"TLP:{tlp}", fill=True)
            self.set_text_color(0, 0, 0)
            self.cell(0, 6, f"   Handling: {handling}   ·   Grading: {grade}",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_text_shaping(False)
            self.set_font("dejavu", "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{self.footer_text} · page {self.page_no()}", align="C")
            self.set_text_color(0, 0, 0)

    return DisclosureReport


class _Writer:
    """Lays out one export; kept small by keeping each section in its own method."""

    def __init__(self, export: ExportSet) -> None:
        folder = font_dir()
        self.export = export
        self.pdf = _report_class()(format="A4")
        pdf = self.pdf
        pdf.add_font("dejavu", "", str(folder / FONT))
        pdf.add_font("dejavu", "B", str(folder / FONT_BOLD))
        pdf.set_auto_page_break(True, margin=16)
        pdf.set_title(f"Disclosure to {export.partner}")
        pdf.set_author(export.sender)
        pdf.set_creator("Liaison")
        pdf.footer_text = (f"Disclosure by {export.sender} to {export.partner}, "
                           f"{export.created[:10]}, profile {export.profile}")

    def paragraph(self, text: str, height: float) -> None:
        """One paragraph in its own base direction, aligned to the side it starts from."""
        rtl = is_rtl(text)
        # Shaping costs fpdf2 a HarfBuzz run per width it measures; Latin, Cyrillic and
        # Greek render right without it, so only text that needs it is shaped.
        if needs_shaping(text):
            self.pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
        else:
            self.pdf.set_text_shaping(False)
        self.pdf.multi_cell(0, height, text or " ", align="R" if rtl else "L",
                            new_x="LMARGIN", new_y="NEXT")

    def text(self, value: str, size: float = 10, bold: bool = False, height: float = 5) -> None:
        self.pdf.set_font("dejavu", "B" if bold else "", size)
        for paragraph in (value or "").split("\n"):
            self.paragraph(paragraph, height)

    def field(self, label: str, value: str) -> None:
        pdf = self.pdf
        pdf.set_font("dejavu", "B", 9)
        pdf.set_text_shaping(False)
        pdf.cell(38, 5, label)
        pdf.set_font("dejavu", "", 9)
        self.paragraph(value or "–", 5)

    def cover(self) -> None:
        export, pdf = self.export, self.pdf
        tlps = [r.tlp or "AMBER" for r in export.records] or ["CLEAR"]
        codes = sorted({r.handling or "none" for r in export.records}) or ["none"]
        grades = sorted({grading(r) for r in export.records}) or ["none"]
        pdf.marking = (max(tlps, key=TLP_LEVELS.index), ", ".join(codes), ", ".join(grades))
        pdf.add_page()
        self.text("Disclosure report", 18, bold=True, height=9)
        pdf.ln(3)
        self.field("From", f"{export.sender} ({export.sender_country})")
        self.field("To", f"{export.partner} ({export.partner_country})")
        self.field("Created", export.created)
        self.field("Redaction profile", export.profile)
        counts = export.counts()
        self.field("Contents", f"{counts['records']} records, {counts['entities']} entities, "
                               f"{counts['links']} links, {counts['events']} events")
        self.field("Redactions", ", ".join(f"{k}: {v}" for k, v in export.redactions.items())
                   or "none")
        if export.review:
            self.field("Review", review_line(export.review))
        pdf.ln(4)
        self.text("Each record keeps its originator's markings; its pages carry them in the "
                  "header. Redacted values appear as pseudonyms ([PERSON-1]), masks or not at "
                  "all, consistently throughout this report.", 9)
        pdf.ln(2)
        for n, record in enumerate(export.records, 1):
            self.text(f"{n}. {record.reference} · TLP:{record.tlp or 'AMBER'} · "
                      f"{record.handling} · {grading(record)} · {record.title}", 8, height=4.5)

    def record(self, record: Record) -> None:
        export, pdf = self.export, self.pdf
        pdf.marking = (record.tlp or "AMBER", record.handling or "none", grading(record))
        pdf.add_page()
        self.text(record.title or record.reference, 13, bold=True, height=7)
        pdf.ln(2)
        for label, value in (
                ("Reference", record.reference), ("Originator", f"{record.agency} "
                                                                f"({record.country})"),
                ("Reported", str(record.reported or "")), ("Received", str(record.received or "")),
                ("Handling code", record.handling or ""),
                ("Handling conditions", record.handling_conditions),
                ("TLP", f"TLP:{record.tlp or 'AMBER'}"), ("Grading", grading(record)),
                ("Language", record.language or "")):
            self.field(label, value)
        pdf.ln(3)
        self.text(record.narrative, 10)
        entities = export.record_entities(record.id)
        if entities:
            pdf.ln(3)
            self.text("Entities", 11, bold=True, height=6)
            for entity in entities:
                values = "; ".join(f"{prop}: {', '.join(v.raw for v in vs)}"
                                   for prop, vs in sorted(entity.properties.items()))
                self.text(f"{entity.schema} — {values}", 9)
        captions = {e.id: e.caption for e in entities}
        links = export.record_links(record.id)
        if links:
            pdf.ln(3)
            self.text("Links", 11, bold=True, height=6)
            for link in links:
                self.text(f"{captions.get(link.source_id, '?')} — {link.schema} — "
                          f"{captions.get(link.target_id, '?')}", 9)
        events = export.record_events(record.id)
        if events:
            pdf.ln(3)
            self.text("Events", 11, bold=True, height=6)
            for event in events:
                who = ", ".join(f"{captions.get(e, '?')} ({role})" for e, role in event.involved)
                self.text(" ".join(str(part) for part in (event.start, event.name, event.place,
                                                          who) if part), 9)
        for attachment in record.attachments:
            pdf.ln(3)
            self.text(f"Attachment {attachment.name}", 9, bold=True)
            pdf.image(io.BytesIO(attachment.data), w=min(120, pdf.epw))

    def render(self) -> bytes:
        self.cover()
        for record in self.export.records:
            self.record(record)
        return bytes(self.pdf.output())


def review_line(review: dict[str, int]) -> str:
    """'12 spans found automatically, 9 confirmed, 3 un-redacted, 1 added by hand'."""
    return (f"{review.get('auto_detected', 0)} spans found automatically, "
            f"{review.get('confirmed', 0)} confirmed by the analyst, "
            f"{review.get('unredacted', 0)} un-redacted, "
            f"{review.get('by_hand', 0)} added by hand")


def render(export: ExportSet) -> bytes:
    """The disclosure report as PDF bytes."""
    return _Writer(export).render()


def write(export: ExportSet, folder: Path, stem: str) -> list[tuple[Path, str]]:
    """Write ``<stem>.pdf`` atomically; kept images are inside it. (path, sha256)."""
    return [write_file(folder / f"{stem}.pdf", render(export))]
