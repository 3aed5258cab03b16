"""CSV encodings (issue 17): BOMs, UTF-16, and the 8-bit code pages partners export in,
told from the bytes or refused, never read as mojibake."""

from __future__ import annotations

import codecs

import pytest

from liaison.formats import tabular
from liaison.formats.base import ImportOptions
from liaison.formats.encodings import sniff_encoding
from liaison.model.errors import FormatError
from liaison.model.progress import Progress
from liaison.model.records import Entity, Issue, Record
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE, folder_state

MAPPING = {
    "record": {"per": "row", "reference": "{ref}", "title": "{title}"},
    "entities": [{"id": "person", "schema": "Person", "key": ["{last} {first}"],
                  "properties": {"name": "{first} {last}", "address": "city"}}],
}
# As a Russian unit's spreadsheet exports it (semicolons, Windows-1251).
RUSSIAN = """ref;first;last;city;title
МВД-1;Алексей;Иванов;Москва;Задержание на Казанском вокзале
МВД-2;Мария;Петрова;Санкт-Петербург;Перевод денег через счёт в банке
МВД-3;Дмитрий;Сидоров;Екатеринбург;Встреча в кафе «Урал»
"""
# As a French gendarmerie's Excel writes it (Windows-1252: œ and ’ are not in Latin-1).
FRENCH = """ref;first;last;city;title
GN-1;Hélène;Lefèvre;Besançon;Vu à la gare, près du café « Le Cœur »
GN-2;Françoise;Garçon;Orléans;Déjà signalée l’été dernier pour vol à l’étalage
GN-3;Jérôme;Dubœuf;Nîmes;Contrôle routier, véhicule immatriculé AB-123-CD
"""
POLISH = """ref;first;last;city;title
KGP-1;Jan;Kowalski;Łódź;Zatrzymany na dworcu
KGP-2;Anna;Wiśniewska;Gdańsk;Przelew pieniędzy przez konto
KGP-3;Piotr;Żółkiewski;Kraków;Spotkanie w kawiarni
"""


def read(path, mapping=None):
    options = ImportOptions(agency="Partner", country="RU")
    options.extra["mapping"] = mapping or MAPPING
    return list(tabular.read(path, options, Progress()))


def names(items) -> set[str]:
    return {e.first("name") for e in items if isinstance(e, Entity)}


def titles(items) -> list[str]:
    return [r.title for r in items if isinstance(r, Record)]


@pytest.mark.parametrize(("text", "encoding", "detected"), [
    (RUSSIAN, "cp1251", "Windows-1251"),
    (RUSSIAN.replace("«", '"').replace("»", '"'), "koi8-r", "KOI8-R"),
    (FRENCH, "cp1252", "Windows-1252"),
    (POLISH, "cp1250", "Windows-1250"),
    (POLISH, "iso-8859-2", "ISO-8859-2"),
])
def test_8bit_code_pages_are_told_from_the_bytes(tmp_path, text, encoding, detected):
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    items = read(path)
    rows = [line.split(";") for line in text.splitlines()[1:]]
    assert names(items) == {f"{r[1]} {r[2]}" for r in rows}
    assert titles(items) == [r[4] for r in rows]
    issues = [i.message for i in items if isinstance(i, Issue)]
    assert issues == [f"read as {detected}, the encoding its bytes show; if names look "
                      'wrong, set "encoding" in the mapping']


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-16", b""),                              # Python writes its BOM itself
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""), ("utf-16-be", b""),       # no BOM: told by where the NULs are
    ("utf-32", b""), ("utf-8", codecs.BOM_UTF8),
])
def test_unicode_files_with_and_without_a_bom(tmp_path, encoding, bom):
    path = tmp_path / "unicode.csv"
    text = RUSSIAN.replace("\n", "\r\n")  # Excel's "Unicode text" ends lines so
    path.write_bytes(bom + text.encode(encoding))
    items = read(path)
    assert "Алексей Иванов" in names(items)
    assert titles(items)[2] == "Встреча в кафе «Урал»"
    assert not [i for i in items if isinstance(i, Issue)]
    header, rows = tabular.preview(path, MAPPING, rows=3)
    assert header == ["ref", "first", "last", "city", "title"]
    assert rows[0]["entities"][0]["caption"] == "Алексей Иванов"


def test_named_encoding_is_used_as_given(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    items = read(path, {**MAPPING, "encoding": "cp1251"})
    assert "Мария Петрова" in names(items)
    assert not [i for i in items if isinstance(i, Issue)]  # nothing guessed, nothing said
    # Declared wrongly, a byte the encoding lacks is refused with its line.
    path.write_bytes("ref;first;last;city;title\nR-1;Jan;Kowalski;\x81;x\n".encode("latin-1"))
    with pytest.raises(FormatError, match=r"export\.csv:2: not valid WINDOWS-1252|"
                                          r"export\.csv:2: not valid Windows-1252"):
        read(path, {**MAPPING, "encoding": "cp1252"})


@pytest.mark.parametrize(("data", "expected"), [
    # One Czech name: "Dvořák" in Windows-1250 or "Dvoűák" in ISO-8859-16; no way to know.
    ("ref;first;last;city;title\nP-1;Antonín;Dvořák;x;y\n".encode("cp1250"),
     r"could be Windows-1250 or ISO-8859-16 \('Dvořák' or 'Dvoűák'\); Liaison cannot "
     r"tell which, and will not guess"),
    (b"ref;first\n\xe9;\xe9\n", r"could be .* will not guess"),
    (bytes(range(1, 256)) * 40, r"is neither UTF-8 nor text in a code page Liaison can tell"),
    (b"ref,first\x00\x00\x01\x00x\x00\x00\x00\x00\n", r"holds NUL bytes but is not UTF-16"),
])
def test_unsure_is_refused_with_a_clear_message(tmp_path, data, expected):
    path = tmp_path / "unsure.csv"
    path.write_bytes(data)
    with pytest.raises(FormatError, match=r"unsure\.csv: " + expected):
        read(path)


def test_refusal_names_the_fix_and_leaves_the_store_as_it_was(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    path = tmp_path / "one-name.csv"
    path.write_bytes("ref;first;last;city;title\nP-1;Antonín;Dvořák;x;y\n".encode("cp1250"))
    options = ImportOptions(agency="Partner", country="CZ")
    options.extra["mapping"] = MAPPING
    ws.close()
    before = folder_state(tmp_path / "ws", with_shm=False)
    with Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE, use_keyring=False) as ws:
        with pytest.raises(FormatError, match=r'name the encoding in the mapping, e\.g\. '
                                              r'"encoding": "cp1251"'):
            ws.import_file(path, fmt="csv", options=options)
        assert ws.stats()["records"] == 0
        # Named, it imports.
        options.extra["mapping"] = {**MAPPING, "encoding": "cp1250"}
        report = ws.import_file(path, fmt="csv", options=options)
        assert report.counts["records"].imported == 1
    assert before != folder_state(tmp_path / "ws", with_shm=False)


def test_sniffer_sees_non_ascii_far_into_the_file():
    # A megabyte of ASCII first: the sample still finds the Cyrillic lines at the end.
    data = b"ref;first\n" + b"R;plain\n" * 150_000 + RUSSIAN.encode("cp1251")
    assert sniff_encoding(data, "late.csv") == "cp1251"
    assert sniff_encoding("Straße".encode(), "u.csv") == "utf-8"
