"""Filling the full-text indexes ``records_fts`` and ``entities_fts`` (schema 3).

What each column holds (rowid = ``records.rid`` / ``entities.eid``):

- ``title``, ``narrative``: the record's text as written.
- ``names``: captions and name values of the record's (or the entity's) entities as
  written, one entity per line.
- ``folded``: the ASCII transliteration (:func:`~liaison.model.names.name_key` per word,
  word order kept) of title, narrative and names where they are written in another
  script, so that "Aleksandr Petrov" finds "Александр Петров"; of Latin-script text only
  the words the tokenizer cannot reduce to ASCII itself (ł, ß, ø) — see :func:`fold_text`.
- ``phonetic``: the :func:`~liaison.model.names.name_phonetic_key` tokens of the name
  values ("ptrv lksndr"). They sit in a column of their own, so they need no marker
  prefix to keep them apart from real words; queries only look them up as whole words
  (never as prefixes, which would be meaningless on a consonant skeleton).
- ``idents``: the normalised identifier values (E.164 phone, compact IBAN, e-mail, id
  numbers, VIN, wallet, file hash, AS number) of the entities; an IP, domain or URL,
  which the tokenizer would cut into words, as one token
  (:func:`~liaison.model.identifiers.search_token`).
- ``props`` (entities only): every other property value as written, and IPs, domains and
  URLs as written too, so that a word of one ('gate.php') still finds it.

The importer calls :func:`index_import` inside its transaction, so a failed import
indexes nothing; :func:`rebuild_all` is for maintenance and upgrades.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from liaison.model.identifiers import IDENTIFIER_KINDS, search_token
from liaison.model.names import name_key, name_phonetic_key
from liaison.model.progress import Progress
from liaison.store.database import Connection

__all__ = [
    "fold_text",
    "index_entities",
    "index_import",
    "index_records",
    "phonetic_text",
    "rebuild_all",
]

# Rows per round trip: large enough for executemany to pay off, small enough that
# the json_each id list and the gathered text stay a few megabytes.
CHUNK = 4000
_IDENT_KINDS = tuple(sorted(IDENTIFIER_KINDS))
_IN_IDS = "SELECT value FROM json_each(?)"


# Letters of scripts other than Latin (Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic,
# CJK...), leaving out the punctuation and symbol blocks in between.
_NON_LATIN = re.compile("[\u0370-\u1dbf\u1f00-\u1fff\u2c00-\u2dff\u3040-\ud7ff"
                        "\uf900-\ufdff\ufe70-\ufeff]")


@functools.lru_cache(maxsize=1 << 18)
def _fold_word(word: str) -> str:
    # ASCII words pass unchanged (the tokenizer splits and lower-cases them), which
    # also keeps '30.01.2025' in order where name_key would sort its parts.
    return word if word.isascii() else name_key(word)


@functools.lru_cache(maxsize=1 << 18)
def _latin_fold(word: str) -> str:
    """The fold of a Latin-script word the tokenizer cannot reduce to ASCII itself (ł, ß, ø)."""
    if word.isascii():
        return ""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(ch))
    return "" if stripped.isascii() else name_key(word)


def fold_text(text: str) -> str:
    """The ASCII fold of ``text`` for the ``folded`` column ('' when nothing needs folding).

    Text in another script is folded whole, word order kept ('Встреча в Софии' →
    'vstrecha v sofii'), so phrases match. Latin-script text adds only the words whose
    letters the tokenizer's own diacritic removal cannot reduce to ASCII ('Łódź' →
    'lodz'); é, ü and the like it handles itself, and repeating the whole text would
    double the index for no gain.
    """
    if not text or text.isascii():
        return ""
    if _NON_LATIN.search(text):
        return " ".join(filter(None, map(_fold_word, text.split())))
    return " ".join(filter(None, map(_latin_fold, text.split())))


@functools.lru_cache(maxsize=1 << 16)
def _phonetic_tokens(name: str) -> tuple[str, ...]:
    return tuple(name_phonetic_key(name).split())


def phonetic_text(names: Iterable[str]) -> str:
    """The distinct phonetic tokens of ``names``, space-separated."""
    seen: dict[str, None] = {}
    for name in names:
        seen.update(dict.fromkeys(_phonetic_tokens(name)))
    return " ".join(seen)


@dataclass
class _EntityText:
    names: list[str] = field(default_factory=list)  # caption first, as written
    person_names: list[str] = field(default_factory=list)  # values of kind 'name'
    idents: list[str] = field(default_factory=list)
    props: list[str] = field(default_factory=list)


def _chunks(ids: Sequence[int], size: int = CHUNK) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def _entity_texts(conn: Connection, eids: Iterable[int]) -> dict[int, _EntityText]:
    """Captions, names, identifiers and other values of ``eids``, gathered set-wise."""
    out: dict[int, _EntityText] = {}
    for chunk in _chunks(sorted(set(eids))):
        ids = json.dumps(chunk)
        for eid, caption in conn.execute(
                f"SELECT eid, caption FROM entities WHERE eid IN ({_IN_IDS})", (ids,)):
            out[eid] = _EntityText(names=[caption] if caption else [])
        for eid, raw, value, kind in conn.execute(
                f"SELECT eid, raw, value, kind FROM entity_values WHERE eid IN ({_IN_IDS})",
                (ids,)):
            text = out.get(eid)
            if text is None:
                continue
            if kind == "name":
                text.person_names.append(raw)
                if raw not in text.names:
                    text.names.append(raw)
            elif kind in IDENTIFIER_KINDS:
                token = search_token(kind, value)
                text.idents.append(token)
                if token != value:
                    text.props.append(raw)
            elif kind != "entity":  # references to other entities are ids, not text
                text.props.append(raw)
    return out


def _join_folded(*texts: str) -> str:
    return "\n".join(filter(None, map(fold_text, texts)))


def _record_rows(conn: Connection, rids: list[int],
                 cache: dict[int, _EntityText]) -> list[tuple]:
    """records_fts rows for ``rids`` (one chunk); ``cache`` keeps entity text across chunks."""
    ids = json.dumps(rids)
    members: dict[int, list[int]] = {}
    for rid, eid in conn.execute(
            f"SELECT rid, eid FROM entity_records WHERE rid IN ({_IN_IDS}) ORDER BY rid, eid",
            (ids,)):
        members.setdefault(rid, []).append(eid)
    wanted = {eid for eids in members.values() for eid in eids}
    missing = wanted.difference(cache)
    if missing:
        cache.update(_entity_texts(conn, missing))
    rows = []
    for rid, title, narrative in conn.execute(
            f"SELECT rid, title, narrative FROM records WHERE rid IN ({_IN_IDS})", (ids,)):
        entities = [cache[eid] for eid in members.get(rid, ()) if eid in cache]
        names = "\n".join("; ".join(e.names) for e in entities if e.names)
        idents = " ".join(v for e in entities for v in e.idents)
        phonetic = phonetic_text(n for e in entities for n in e.person_names)
        rows.append((rid, title, narrative, names, _join_folded(title, narrative, names),
                     phonetic, idents))
    return rows


_COLUMNS = {
    "records_fts": ("title", "narrative", "names", "folded", "phonetic", "idents"),
    "entities_fts": ("names", "folded", "phonetic", "idents", "props"),
}


def _insert(conn: Connection, table: str, rows: list[tuple]) -> None:
    if rows:
        columns = _COLUMNS[table]
        conn.executemany(f"INSERT INTO {table} (rowid, {', '.join(columns)}) "
                         f"VALUES (?{', ?' * len(columns)})", rows)


def _replace(conn: Connection, table: str, ids: list[int], rows: list[tuple]) -> None:
    # FTS5 tables have no UPSERT: delete the old rows, then insert the new ones.
    conn.execute(f"DELETE FROM {table} WHERE rowid IN ({_IN_IDS})", (json.dumps(ids),))
    _insert(conn, table, rows)


def index_records(conn: Connection, rids: Iterable[int],
                  progress: Progress | None = None) -> int:
    """(Re)index the given records; ids that no longer exist are dropped from the index."""
    ordered = sorted(set(rids))
    # Entities recur across records (a phone in hundreds of reports): gather each once.
    cache: dict[int, _EntityText] = {}
    done = 0
    for chunk in _chunks(ordered):
        _replace(conn, "records_fts", chunk, _record_rows(conn, chunk, cache))
        done += len(chunk)
        if progress:
            progress.update(done, len(ordered), "Indexing records")
    return len(ordered)


def index_entities(conn: Connection, eids: Iterable[int],
                   progress: Progress | None = None) -> int:
    """(Re)index the given entities in ``entities_fts``."""
    ordered = sorted(set(eids))
    done = 0
    for chunk in _chunks(ordered):
        rows = []
        for eid, t in sorted(_entity_texts(conn, chunk).items()):
            names = "; ".join(t.names)
            rows.append((eid, names, fold_text(names), phonetic_text(t.person_names),
                         " ".join(t.idents), "; ".join(t.props)))
        _replace(conn, "entities_fts", chunk, rows)
        done += len(chunk)
        if progress:
            progress.update(done, len(ordered), "Indexing entities")
    return len(ordered)


def records_of(conn: Connection, eids: Iterable[int]) -> set[int]:
    """Records that mention any of ``eids``."""
    out: set[int] = set()
    for chunk in _chunks(sorted(set(eids))):
        out.update(rid for (rid,) in conn.execute(
            f"SELECT DISTINCT rid FROM entity_records WHERE eid IN ({_IN_IDS})",
            (json.dumps(chunk),)))
    return out


def index_import(conn: Connection, rids: Iterable[int], changed_eids: Iterable[int],
                 progress: Progress | None = None) -> set[int]:
    """Index what one import touched: the entities, their records and ``rids``.

    Call inside the import's transaction. Returns the record ids (re)indexed.
    """
    changed = set(changed_eids)
    index_entities(conn, changed, progress)
    todo = set(rids) | records_of(conn, changed)
    index_records(conn, todo, progress)
    return todo


def rebuild_all(conn: Connection, progress: Progress | None = None) -> tuple[int, int]:
    """Empty and refill both indexes from the store; run inside a transaction.

    Returns (records, entities) indexed.
    """
    progress = progress or Progress()
    for table in ("records_fts", "entities_fts"):
        conn.execute(f"DELETE FROM {table}")
    eids = [eid for (eid,) in conn.execute("SELECT eid FROM entities ORDER BY eid")]
    index_entities(conn, eids, progress)
    rids = [rid for (rid,) in conn.execute("SELECT rid FROM records ORDER BY rid")]
    cache: dict[int, _EntityText] = {}
    done = 0
    for chunk in _chunks(rids):
        _insert(conn, "records_fts", _record_rows(conn, chunk, cache))
        done += len(chunk)
        progress.update(done, len(rids), "Indexing records")
    # One merged b-tree per index answers queries faster than many small segments.
    for table in ("records_fts", "entities_fts"):
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
    return len(rids), len(eids)
