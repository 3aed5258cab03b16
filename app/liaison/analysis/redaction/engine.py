"""The redaction engine: detections to review, a preview of exactly what will leave, and
the redacted copy (an :class:`~liaison.formats.export.contents.ExportSet`) every export writes.

A :class:`SharePlan` is made for the records the policy allows to one partner. It
lists every *detection* (span, kind, detector) in every text that may leave; the
analyst accepts or rejects them and marks spans by hand. Rejecting keeps that value
everywhere in the export, since redacting it in one place and not in another would
reveal it anyway; accepting is the default, and an explicit accept *confirms* the
value (a profile that ``review_required`` lets nothing leave while a detection has
neither: :meth:`SharePlan.unreviewed`). :meth:`SharePlan.build` applies the
profile's operators, sweeps every text once more for any other spelling of a value
redacted anywhere (:class:`~liaison.analysis.redaction.apply.Sweep`), and returns a
copy: the stored records are never changed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from liaison.analysis.policy import SHAREABLE_EXTRA, PolicyReport, is_source_prop
from liaison.analysis.redaction.apply import Pseudonyms, Replacement, Span, apply, merge
from liaison.analysis.redaction.attachments import strip_image
from liaison.analysis.redaction.names import NameIndex
from liaison.analysis.redaction.profiles import KINDS, PolicyError, RedactionProfile
from liaison.analysis.redaction.sweep import Sweep
from liaison.analysis.redaction.units import Contexts, TextUnit, build_units, detect_text
from liaison.analysis.share_data import ShareSource
from liaison.formats.export import ExportSet
from liaison.model.names import name_key
from liaison.model.records import Entity, Event, Link, PropertyValue


@dataclass
class Detection:
    """One span to redact in one unit; ``subject`` groups every spelling of one value."""

    id: str
    unit_id: str
    start: int
    end: int
    kind: str
    subject: str
    text: str
    detector: str
    accepted: bool = True


@dataclass(frozen=True)
class FieldPreview:
    """One text as stored and as it will leave, with what replaced what."""

    unit_id: str
    owner: str
    owner_id: str
    field: str
    original: str
    redacted: str | None  # None: the value is removed altogether
    replacements: tuple[Replacement, ...]


@dataclass(frozen=True)
class RedactedValue:
    """A value the export redacted, with every spelling seen (for audits and the tests)."""

    kind: str
    subject: str
    texts: tuple[str, ...]


def _group(kind: str, subject: str) -> tuple[str, str]:
    return ("name" if kind in ("person", "organization") else kind, subject)


def value_key(detection: Detection) -> tuple[str, str]:
    """The value a detection is one place or spelling of: it is redacted or kept as one."""
    return _group(detection.kind, detection.subject)


class SharePlan:
    """Detections, review decisions and the redacted copy for one share to one partner."""

    def __init__(self, source: ShareSource, profile: RedactionProfile, names: NameIndex, *,
                 sender: str, sender_country: str, partner: str, partner_country: str,
                 withheld: dict[str, set[str]] | None = None,
                 policy: PolicyReport | None = None) -> None:
        self.source, self.profile, self.names = source, profile, names
        self.policy = policy  # the policy report that chose the records, for the preview
        self.sender, self.sender_country = sender, sender_country
        self.partner, self.partner_country = partner, partner_country
        self.withheld = withheld or {}
        self.units = build_units(source, self.withheld)
        self._by_unit = {u.id: u for u in self.units}
        self._rejected: set[tuple[str, str]] = set()
        self._confirmed: set[tuple[str, str]] = set()  # accepted explicitly in review
        self._salt = uuid.uuid4()  # entity ids in the export do not repeat across exports
        self.detections: list[Detection] = []
        self._detect()
        self._built: tuple[ExportSet, dict[str, FieldPreview], list[RedactedValue]] | None = None

    # --- detection -------------------------------------------------------------------------

    def _add(self, unit: TextUnit, start: int, end: int, kind: str, subject: str,
             detector: str) -> Detection:
        detection = Detection(f"{unit.id}@{start}-{end}", unit.id, start, end, kind, subject,
                              unit.text[start:end], detector,
                              _group(kind, subject) not in self._rejected)
        self.detections.append(detection)
        return detection

    def _detect(self) -> None:
        sweep = Sweep()
        for unit in self.units:
            if unit.structured and self.profile.enabled(unit.structured):
                subject = self._structured_subject(unit)
                self._add(unit, 0, len(unit.text), unit.structured, subject, "value")
                sweep.add(unit.structured, subject, unit.key, unit.text)
        contexts = Contexts(self.source, self.sender_country)
        for unit in self.units:
            if unit.structured:
                continue
            hits = detect_text(unit.text, unit.country, contexts.of(unit.record_ids), self.names,
                               self.profile, language=unit.language,
                               agency_country=unit.agency_country)
            detectors = {(f.start, f.end): f.detector for f, _ in hits}
            found = [Span(f.start, f.end, f.kind, subject) for f, subject in hits]
            found += [s for s in sweep.find(unit.text) if self.profile.enabled(s.kind)]
            for span in merge(found):
                self._add(unit, span.start, span.end, span.kind, span.subject,
                          detectors.get((span.start, span.end), "sweep"))

    def _structured_subject(self, unit: TextUnit) -> str:
        if unit.structured in ("person", "organization"):
            return (self.names.subject_of(unit.text)
                    or self.names.subject_of_entity(unit.owner_id))
        return f"{unit.structured}:{unit.key}"

    # --- review ----------------------------------------------------------------------------

    def detection(self, detection_id: str) -> Detection:
        for detection in self.detections:
            if detection.id == detection_id:
                return detection
        raise PolicyError(f"No detection {detection_id} in this share.")

    def _set(self, detection_id: str, accepted: bool) -> None:
        group = _group(self.detection(detection_id).kind, self.detection(detection_id).subject)
        if accepted:
            self._rejected.discard(group)
            self._confirmed.add(group)
        else:
            self._rejected.add(group)
            self._confirmed.discard(group)
        for d in self.detections:
            if _group(d.kind, d.subject) == group:
                d.accepted = accepted
        self._built = None

    def accept(self, detection_id: str) -> None:
        """Redact this value (everywhere in the export): the analyst confirms it."""
        self._set(detection_id, True)

    def confirm_all(self) -> None:
        """The analyst has reviewed every detection: what is still accepted is confirmed."""
        self._confirmed |= {_group(d.kind, d.subject) for d in self.detections if d.accepted}
        self._built = None

    def unreviewed(self) -> list[Detection]:
        """Detections the analyst has neither confirmed nor rejected (spans marked by hand
        are the analyst's own)."""
        decided = self._confirmed | self._rejected
        return [d for d in self.detections
                if d.detector != "manual" and _group(d.kind, d.subject) not in decided]

    def review_counts(self) -> dict[str, int]:
        """Spans found by the detectors, confirmed by the analyst, let go (un-redacted),
        and redacted by hand: what the disclosure log and the audit say of the review."""
        auto = [d for d in self.detections if d.detector != "manual"]
        return {"auto_detected": len(auto),
                "confirmed": sum(d.accepted and _group(d.kind, d.subject) in self._confirmed
                                 for d in auto),
                "unredacted": sum(not d.accepted for d in auto),
                "by_hand": sum(d.accepted and d.detector == "manual" for d in self.detections)}

    def reject(self, detection_id: str) -> None:
        """Let this value go (everywhere in the export: elsewhere it would reveal it)."""
        self._set(detection_id, False)

    def add_manual(self, unit_id: str, start: int, end: int, kind: str = "manual") -> Detection:
        """Redact ``[start, end)`` of a unit by hand; the same text is redacted everywhere."""
        unit = self._by_unit.get(unit_id)
        if unit is None or not 0 <= start < end <= len(unit.text):
            raise PolicyError(f"There is no text span {start}-{end} in {unit_id}.")
        if kind not in KINDS:
            raise PolicyError(f"Unknown kind '{kind}'; use one of {', '.join(KINDS)}.")
        text = unit.text[start:end]
        subject = f"manual:{name_key(text) or text.casefold()}"
        self._rejected.discard(_group(kind, subject))
        self._built = None
        return self._add(unit, start, end, kind, subject, "manual")

    def units_of(self, record_id: str) -> list[TextUnit]:
        return [u for u in self.units if record_id in u.record_ids]

    def detections_of(self, record_id: str) -> list[Detection]:
        units = {u.id for u in self.units_of(record_id)}
        return [d for d in self.detections if d.unit_id in units]

    # --- the redacted copy -----------------------------------------------------------------

    def _run(self) -> tuple[ExportSet, dict[str, FieldPreview], list[RedactedValue]]:
        if self._built is not None:
            return self._built
        sweep = Sweep()
        active = [d for d in self.detections if d.accepted and self.profile.enabled(d.kind)]
        for d in active:
            sweep.add(d.kind, d.subject, d.subject.partition(":")[2] if ":" in d.subject
                      else "", d.text)
        by_unit: dict[str, list[Span]] = {}
        for d in active:
            by_unit.setdefault(d.unit_id, []).append(Span(d.start, d.end, d.kind, d.subject))
        pseudonyms = Pseudonyms(self.profile)
        previews: dict[str, FieldPreview] = {}
        seen: dict[tuple[str, str], set[str]] = {}
        counts: Counter[str] = Counter()
        for unit in self.units:
            spans = by_unit.get(unit.id, [])
            if not unit.structured:
                spans = spans + [s for s in sweep.find(unit.text) if self.profile.enabled(s.kind)
                                 and _group(s.kind, s.subject) not in self._rejected]
            text, done = apply(unit.text, spans, pseudonyms)
            for span in merge(spans):
                seen.setdefault((span.kind, span.subject), set()).add(
                    unit.text[span.start:span.end])
                counts[span.kind] += 1
            removed = bool(unit.structured and done and not text)
            previews[unit.id] = FieldPreview(unit.id, unit.owner, unit.owner_id, unit.field,
                                             unit.text, None if removed else text, tuple(done))
        export = self._copy(previews)
        export.redactions = dict(sorted(counts.items()))
        export.review = self.review_counts()
        values = [RedactedValue(kind, subject, tuple(sorted(texts)))
                  for (kind, subject), texts in seen.items()]
        self._built = (export, previews, values)
        return self._built

    def preview(self) -> dict[str, FieldPreview]:
        """Every unit as it will leave, by unit id (the same run :meth:`build` returns)."""
        return self._run()[1]

    def preview_record(self, record_id: str) -> list[FieldPreview]:
        previews = self.preview()
        return [previews[u.id] for u in self.units_of(record_id)]

    def build(self) -> ExportSet:
        """The redacted copy that every export format writes."""
        return self._run()[0]

    def redacted_values(self) -> list[RedactedValue]:
        return self._run()[2]

    def _alias(self, item_id: str) -> str:
        return str(uuid.uuid5(self._salt, item_id))

    def _text(self, previews: dict[str, FieldPreview], unit_id: str, default: str) -> str:
        preview = previews.get(unit_id)
        return default if preview is None else (preview.redacted or "")

    def _copy(self, previews: dict[str, FieldPreview]) -> ExportSet:
        export = ExportSet(self.sender, self.sender_country, self.partner, self.partner_country,
                           self.profile.name,
                           datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"))
        included = {r.id for r in self.source.records}
        for record in self.source.records:
            skip = self.withheld.get(record.id, set())
            kept = [a for a in (strip_image(a, n) for n, a in enumerate(record.attachments, 1))
                    if a is not None] if self.profile.keep_images else []
            export.records.append(replace(
                record, title=self._text(previews, f"record:{record.id}:title", ""),
                narrative=self._text(previews, f"record:{record.id}:narrative", ""),
                handling_conditions="" if "handling_conditions" in skip else self._text(
                    previews, f"record:{record.id}:handling_conditions", ""),
                tlp=record.tlp or "AMBER", legal_basis="", purpose="", attachments=kept,
                extra={k: v for k, v in record.extra.items()
                       if k in SHAREABLE_EXTRA and f"extra.{k}" not in skip}))
        entity_ids = set()
        for entity in self.source.entities.values():
            copy = Entity(self._alias(entity.id), entity.schema,
                          record_ids=[r for r in entity.record_ids if r in included])
            for prop, values in entity.properties.items():
                if is_source_prop(prop):
                    continue
                for n, value in enumerate(values):
                    if value.kind == "entity":
                        # A reference (addressEntity, holder...) names our store id: in the
                        # copy it names the entity's id in this export, or goes when that
                        # entity does not go with it (issue 17: no dangling internal ids).
                        if value.raw in self.source.entities:
                            alias = self._alias(value.raw)
                            copy.add(prop, PropertyValue(alias, alias, "entity"))
                        continue
                    text = self._text(previews, f"entity:{entity.id}:{prop}:{n}", value.raw)
                    if text:
                        changed = text != value.raw
                        copy.add(prop, PropertyValue(text, text if changed else value.value,
                                                     None if changed else value.kind))
            entity_ids.add(entity.id)
            export.entities.append(copy)
        for link in self.source.links.values():
            if link.source_id in entity_ids and link.target_id in entity_ids:
                props = {p: [t for n, v in enumerate(vs)
                             if (t := self._text(previews, f"link:{link.id}:{p}:{n}", v))]
                         for p, vs in link.properties.items() if not is_source_prop(p)}
                export.links.append(Link(
                    self._alias(link.id), link.schema, self._alias(link.source_id),
                    self._alias(link.target_id), link.start, link.end,
                    {p: v for p, v in props.items() if v},
                    [r for r in link.record_ids if r in included]))
        for event in self.source.events.values():
            props = {p: [t for n, v in enumerate(vs)
                         if (t := self._text(previews, f"event:{event.id}:{p}:{n}", v))]
                     for p, vs in event.properties.items() if not is_source_prop(p)}
            export.events.append(Event(
                self._alias(event.id), self._text(previews, f"event:{event.id}:name", event.name),
                event.start, event.end,
                self._text(previews, f"event:{event.id}:place", event.place),
                [(self._alias(e), role) for e, role in event.involved if e in entity_ids],
                {p: v for p, v in props.items() if v},
                [r for r in event.record_ids if r in included]))
        return export
