"""Splitting a share into self-contained parts under the package size cap.

Each part carries whole records with every entity, link, event and attachment they
name (entities shared across parts travel in each), so any part can be opened and
merged on its own, in any order.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from liaison.exchange.errors import PackageError
from liaison.exchange.package import records as pr
from liaison.exchange.package.codec import PackageContent

# Room for what is not records: the manifest, ZIP headers, both CMS layers with our
# certificate and one RecipientInfo per recipient (each well under these).
BASE_OVERHEAD = 64 << 10
PER_RECIPIENT = 2 << 10
PER_ATTACHMENT = 512
# Each record's originator signature in its line (signatures.py): base64 of about
# 750 bytes of DER with a 3072-bit key, with room for a larger key.
PER_SIGNATURE = 2 << 10


def budget(cap: int, recipients: int) -> int:
    """Bytes of records and attachments one package may carry under ``cap``."""
    room = cap - BASE_OVERHEAD - PER_RECIPIENT * (recipients + 1)
    if room <= 0:
        raise PackageError(f"A size cap of {cap:,} bytes leaves no room for content.")
    return room


def _size(obj: dict[str, Any]) -> int:
    return len(pr.dumps(obj)) + 1


def split(content: PackageContent, room: int) -> list[PackageContent]:
    """``content`` in parts of at most ``room`` bytes of content each (one part if it fits)."""
    related: dict[str, list[Any]] = defaultdict(list)
    sizes: dict[int, int] = {}
    for items, to_json in ((content.entities, pr.entity_json), (content.links, pr.link_json),
                           (content.events, pr.event_json)):
        for item in items:
            sizes[id(item)] = _size(to_json(item, item.record_ids))
            for record_id in item.record_ids:
                related[record_id].append(item)
    parts: list[PackageContent] = []
    chosen: list[set[int]] = []
    current, taken, attachments = PackageContent(), set(), set()
    used = sum(_size(pr.retraction_json(r)) for r in content.retractions)
    current.retractions = list(content.retractions)

    def cost(record: Any) -> int:
        extra = {id(i): sizes[id(i)] for i in related[record.id] if id(i) not in taken}
        new_atts = {a.sha256: len(a.data) for a in record.attachments
                    if a.sha256 not in attachments}
        return (_size(pr.record_json(record)) + PER_SIGNATURE + sum(extra.values())
                + sum(new_atts.values()) + PER_ATTACHMENT * len(new_atts))

    for record in content.records:
        add = cost(record)
        if current.records and used + add > room:
            parts.append(current)
            chosen.append(taken)
            current, taken, attachments, used = PackageContent(), set(), set(), 0
            add = cost(record)
        if add > room:
            raise PackageError(f"Record {record.id} with its attachments and entities takes "
                               f"{add:,} bytes: more than one package may carry under the "
                               "size cap. Raise the cap or leave out its largest attachment.")
        current.records.append(record)
        taken.update(id(i) for i in related[record.id])
        attachments.update(a.sha256 for a in record.attachments)
        used += add
    parts.append(current)
    chosen.append(taken)
    if len(parts) == 1:
        return [content]
    for part, ids in zip(parts, chosen, strict=True):
        part.entities = [e for e in content.entities if id(e) in ids]
        part.links = [x for x in content.links if id(x) in ids]
        part.events = [x for x in content.events if id(x) in ids]
        part.signatures = {r.id: content.signatures[r.id] for r in part.records
                           if r.id in content.signatures}
    return parts
