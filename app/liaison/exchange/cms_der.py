"""Finding the one big value in a CMS layer without copying it.

A package at the size cap is a quarter of a gigabyte. asn1crypto copies every nested
value it parses (each level slices its parent's bytes), so the big OCTET STRING at
the bottom of each CMS layer (the ciphertext, then the signed ZIP) is located here
with a few lines of DER walking over a memoryview instead: asn1crypto then parses a
small "skeleton" (the same structure with that one OCTET STRING emptied) for every
other field, and the big value is used in place. Anything the walker does not
understand (indefinite lengths, constructed strings: BER from other tools) or finds
malformed falls back to asn1crypto on the whole object, which refuses or accepts it
exactly as before.

Building goes the other way (``wrap_big``): asn1crypto encodes the skeleton, and only
the headers above the big value are rewritten with its length, so the content is
streamed between head and tail, never copied into an encoding.
"""

from __future__ import annotations


def der_header(tag: int, length: int) -> bytes:
    if length < 0x80:
        return bytes([tag, length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(body)]) + body


Buffer = bytes | bytearray | memoryview


def _tlv(view: memoryview, pos: int, end: int) -> tuple[int, int, int] | None:
    """(tag, content start, content end) of the DER element at ``pos``, or None."""
    if pos + 2 > end:
        return None
    tag, first = view[pos], view[pos + 1]
    if tag & 0x1F == 0x1F:  # high tag numbers: none in the layers walked here
        return None
    start = pos + 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 8 or start + count > end:  # 0: indefinite length (BER)
            return None
        length = int.from_bytes(view[start:start + count], "big")
        start += count
    if start + length > end:
        return None
    return tag, start, start + length


def _children(view: memoryview, start: int, end: int) -> list[tuple[int, int, int, int]] | None:
    """The elements that exactly tile ``view[start:end]``: (tag, begin, cstart, cend)."""
    out = []
    pos = start
    while pos < end:
        found = _tlv(view, pos, end)
        if found is None:
            return None
        out.append((found[0], pos, found[1], found[2]))
        pos = found[2]
    return out


def _locate(view: memoryview, path: list[tuple[int, int]], leaf: int
            ) -> list[tuple[int, int, int, int]] | None:
    """(tag, begin, content start, content end) of each level from the outer SEQUENCE
    down to the primitive ``leaf`` string at the end of ``path``, or None."""
    top = _tlv(view, 0, len(view))
    if top is None or top[0] != 0x30 or top[2] != len(view):
        return None
    levels = [(0x30, 0, top[1], top[2])]
    for tag, index in [*path, (leaf, 0)]:
        kids = _children(view, levels[-1][2], levels[-1][3])
        if kids is None:
            return None
        chosen = [k for k in kids if k[0] == tag]
        if len(chosen) <= index:
            return None
        levels.append(chosen[index])
    return levels


def split_big(data: Buffer, path: list[tuple[int, int]], leaf: int
           ) -> tuple[bytes, memoryview] | None:
    """Locate the big primitive string at the end of ``path`` and return a skeleton of
    ``data`` with it emptied, and the string's content as a view (no copy).

    ``path`` lists, level by level from the outer ContentInfo, (tag, index): take the
    ``index``-th child with that tag. ``leaf`` is the primitive string's tag.
    """
    try:
        view = memoryview(data).cast("B")
        levels = _locate(view, path, leaf)
        if levels is None:
            return None
        _, lbegin, lstart, lend = levels[-1]
        node = der_header(leaf, 0)
        child_begin, child_end = lbegin, lend
        for tag, begin, cstart, cend in reversed(levels[:-1]):
            inner = bytes(view[cstart:child_begin]) + node + bytes(view[child_end:cend])
            node = der_header(tag, len(inner)) + inner
            child_begin, child_end = begin, cend
        return node, view[lstart:lend]
    except (IndexError, ValueError, TypeError):
        return None


def wrap_big(skeleton: bytes, path: list[tuple[int, int]], leaf: int, length: int
             ) -> tuple[bytes, bytes]:
    """The way out, the inverse of ``split_big``: ``skeleton`` is the DER of a layer
    whose big string (at the end of ``path``, tag ``leaf``) is empty; the result is the
    (head, tail) that make ``head + content + tail`` the DER of the same layer with
    ``length`` bytes of content there. Every length on the way up is recomputed, so
    the content itself is never copied into the encoding.
    """
    view = memoryview(skeleton).cast("B")
    levels = _locate(view, path, leaf)
    if levels is None or levels[-1][2] != levels[-1][3]:
        raise ValueError("the skeleton has no empty string where the content goes")
    head, tail = der_header(leaf, length), b""
    size = len(head) + length
    child_begin, child_end = levels[-1][1], levels[-1][3]
    for tag, begin, cstart, cend in reversed(levels[:-1]):
        before, after = bytes(view[cstart:child_begin]), bytes(view[child_end:cend])
        inner = len(before) + size + len(after)
        head = der_header(tag, inner) + before + head
        tail = tail + after
        size = len(head) + length + len(tail)
        child_begin, child_end = begin, cend
    return head, tail
