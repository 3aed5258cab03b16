"""A small, fully known case for search and watchlist tests: four agencies, three scripts."""

from __future__ import annotations

from liaison.formats.importer import ingest_items
from liaison.model.records import Entity, Event, Record, stable_id
from liaison.model.values import DateValue

FILLERS = 30  # routine BKA reports, for paging and filter-only listings


def _day(text: str) -> DateValue:
    return DateValue(text, {4: "year", 7: "month", 10: "day"}[len(text)])


def record(key: str, agency: str, country: str, title: str, narrative: str, *,
           reported: str, received: str | None = None, tlp: str = "GREEN",
           handling: str = "H0", grade: str = "B2", language: str = "en",
           version: int = 1) -> Record:
    return Record(id=stable_id("test", key), agency=agency, country=country,
                  reference=key, title=title, narrative=narrative, language=language,
                  reported=_day(reported), received=_day(received) if received else None,
                  tlp=tlp, handling=handling, reliability=grade[0], assessment=grade[1],
                  version=version)


def person(key: str, rec: Record, name: str, **props: str) -> Entity:
    e = Entity(id=stable_id("test", "entity", key), schema="Person", record_ids=[rec.id])
    e.add_raw("name", name)
    for prop, value in props.items():
        e.add_raw(prop, value)
    return e


def account(key: str, rec: Record, iban: str) -> Entity:
    e = Entity(id=stable_id("test", "entity", key), schema="BankAccount",
               record_ids=[rec.id])
    e.add_raw("iban", iban)
    return e


R1 = record("r1", "Bundeskriminalamt", "DE", "Port meeting in Hamburg",
            "Aleksandr Petrov met a courier at the port of Hamburg. He came from Łódź.",
            reported="2025-03-02", received="2025-03-05", tlp="AMBER", handling="H1",
            grade="B2", language="de")
R2 = record("r2", "General Directorate Combating Organised Crime (GDBOP)", "BG",
            "Среща в Бургас", "Александр Петров се срещна с куриер в Бургас.",
            reported="2024-11", received="2024-12-01", tlp="GREEN", handling="H0",
            grade="A1", language="bg")
R3 = record("r3", "Policía Nacional", "ES", "Detención en Málaga",
            "Detenido Sergei Ivanov en el puerto de Málaga.",
            reported="2025-06-15", received="2025-06-20", tlp="RED", handling="H2",
            grade="C3", language="es")
R4 = record("r4", "Hellenic Police", "GR", "Έλεγχος στον Πειραιά",
            "Ο Γιώργος Παπαδόπουλος ελέγχθηκε στο λιμάνι του Πειραιά.",
            reported="2023-12-31", tlp="AMBER", handling="H0", grade="B3", language="el")
FILLER_RECORDS = [
    record(f"f{i}", "Bundeskriminalamt", "DE", f"Routine patrol report {i}",
           f"Nothing to report from patrol number {i}.", reported=f"2023-01-{i + 1:02d}",
           tlp="CLEAR", handling="H0", grade="X4", language="de")
    for i in range(FILLERS)
]

PETROV = person("p1", R1, "Aleksandr Petrov", phone="0151 2345 6789")
PETROV_ACCOUNT = account("a1", R1, "DE89 3704 0044 0532 0130 00")
PETROV_BG = person("p2", R2, "Александр Петров", email="Ivan.Courier@Example.ORG")
IVANOV = person("p3", R3, "Sergei Ivanov", phone="+34 612 345 678")
PAPADOPOULOS = person("p4", R4, "Γιώργος Παπαδόπουλος")
ARREST = Event(id=stable_id("test", "event", "e1"), name="Arrest",
               start=DateValue("2024-05-01", "day"), involved=[(IVANOV.id, "arrested")],
               record_ids=[R3.id])


def case_items() -> list:
    return [R1, PETROV, PETROV_ACCOUNT, R2, PETROV_BG, R3, IVANOV, ARREST, R4, PAPADOPOULOS,
            *FILLER_RECORDS]


def ingest(ws, items, name: str = "case.json", *, watch=None):
    """Import ``items`` through the one import path, as the facade does."""
    from liaison.analysis.watch import watch_hits_for_import

    return ingest_items(ws.conn, items, source_name=name, fmt="test", sha256="0" * 64,
                        actor=ws.actor, watch=watch or watch_hits_for_import)
