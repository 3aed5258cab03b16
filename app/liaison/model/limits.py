"""How long a text may be, whatever brought it: one cap per kind of field, used everywhere.

Imports cut a longer value to its cap and say so, in the import report and on what was
cut (``Record.extra['cut']``, a value's ``note``): a name or identifier of megabytes is
an attack on the index, the redaction engine and the screen, not intelligence (a 50 MB
FtM value once cost a later redaction 6.5 GB; issue 17). Packages refuse what exceeds
the same caps (``exchange.package.records``), so everything imported can also be shared.
"""

from __future__ import annotations

from liaison.model.records import Entity, Event, Link, Record

MAX_SHORT_CHARS = 512            # an agency's name, a reference
MAX_TEXT_CHARS = 8192            # a title, a property value, a name, a place, a condition
MAX_NARRATIVE_CHARS = 8 << 20    # a record's narrative (8 Mi characters, ~3,000 pages)
MAX_ROLE_CHARS = 64              # an entity's role in an event

_RECORD_CAPS = (("agency", MAX_SHORT_CHARS), ("reference", MAX_SHORT_CHARS),
                ("title", MAX_TEXT_CHARS), ("narrative", MAX_NARRATIVE_CHARS),
                ("handling_conditions", MAX_TEXT_CHARS), ("legal_basis", MAX_TEXT_CHARS),
                ("purpose", MAX_TEXT_CHARS))


def cut_note(length: int, cap: int) -> str:
    """What a cut value says about itself."""
    return f"cut to its first {cap:,} of {length:,} characters"


def cap_record(r: Record) -> list[tuple[str, int, int]]:
    """Cut ``r``'s over-long fields in place; (field, length, cap) of each one cut.

    The record carries the cut in ``extra['cut']`` ({field: length as sent}).
    """
    cut: list[tuple[str, int, int]] = []
    for name, cap in _RECORD_CAPS:
        text = getattr(r, name)
        if isinstance(text, str) and len(text) > cap:
            cut.append((name, len(text), cap))
            setattr(r, name, text[:cap])
    if cut:
        r.extra = {**r.extra, "cut": {name: length for name, length, _ in cut}}
    return cut


def cap_entity(e: Entity) -> list[tuple[str, int, int]]:
    """Cut over-long property values in place, each noting it; (property, length, cap)."""
    cut: list[tuple[str, int, int]] = []
    for prop, values in e.properties.items():
        for v in values:
            if len(v.raw) > MAX_TEXT_CHARS:
                cut.append((prop, len(v.raw), MAX_TEXT_CHARS))
                v.note = "; ".join(filter(None, [v.note, cut_note(len(v.raw),
                                                                   MAX_TEXT_CHARS)]))
                v.raw, v.value = v.raw[:MAX_TEXT_CHARS], v.value[:MAX_TEXT_CHARS]
    return cut


def _cap_properties(props: dict[str, list[str]], cut: list[tuple[str, int, int]]) -> None:
    for prop, values in props.items():
        for i, text in enumerate(values):
            if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
                cut.append((prop, len(text), MAX_TEXT_CHARS))
                values[i] = text[:MAX_TEXT_CHARS]


def cap_link(link: Link) -> list[tuple[str, int, int]]:
    """Cut a link's over-long property values in place; (property, length, cap)."""
    cut: list[tuple[str, int, int]] = []
    _cap_properties(link.properties, cut)
    return cut


def cap_event(ev: Event) -> list[tuple[str, int, int]]:
    """Cut an event's over-long name, place, roles and values in place."""
    cut: list[tuple[str, int, int]] = []
    for name in ("name", "place"):
        text = getattr(ev, name)
        if len(text) > MAX_TEXT_CHARS:
            cut.append((name, len(text), MAX_TEXT_CHARS))
            setattr(ev, name, text[:MAX_TEXT_CHARS])
    for i, (entity_id, role) in enumerate(ev.involved):
        if len(role) > MAX_ROLE_CHARS:
            cut.append(("role", len(role), MAX_ROLE_CHARS))
            ev.involved[i] = (entity_id, role[:MAX_ROLE_CHARS])
    _cap_properties(ev.properties, cut)
    return cut
