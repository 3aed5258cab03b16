"""The query parser: what it accepts, where it says a query is wrong, and hostile input."""

from __future__ import annotations

import contextlib

import pytest

from liaison.analysis.query import And, Identifier, Not, Or, Phrase, Term, parse
from liaison.analysis.query.fields import Filter
from liaison.analysis.query.sql import fts_string
from liaison.model.errors import LiaisonError, QueryError
from liaison.workspace import Workspace

from . import search_data as data
from .workspace_helpers import PASSPHRASE


def words(node) -> list[str]:
    return [c.text for c in node.children]


# --- valid queries -----------------------------------------------------------------------

def test_words_are_anded():
    q = parse("Aleksandr Petrov")
    assert isinstance(q.root, And) and words(q.root) == ["Aleksandr", "Petrov"]


def test_precedence_not_and_or():
    q = parse("a b OR c NOT d")
    assert isinstance(q.root, Or)
    left, right = q.root.children
    assert isinstance(left, And) and words(left) == ["a", "b"]
    assert isinstance(right, And) and right.children[0] == Term("c", 7)
    assert right.children[1] == Not(Term("d", 13), 9)


def test_parentheses_and_explicit_and():
    q = parse("(a OR b) AND c")
    assert isinstance(q.root, And)
    assert isinstance(q.root.children[0], Or) and q.root.children[1] == Term("c", 13)


def test_lower_case_operators_are_words():
    q = parse("salt and pepper or not")
    assert words(q.root) == ["salt", "and", "pepper", "or", "not"]


def test_phrase_prefix_fuzzy():
    q = parse('"Aleksandr Petrov" petr* petrof~ petrof~2 ab~')
    assert q.root.children == (Phrase("Aleksandr Petrov", 0), Term("petr", 19, prefix=True),
                               Term("petrof", 25, fuzzy=1), Term("petrof", 33, fuzzy=2),
                               Term("ab", 42, fuzzy=1))


def test_fields():
    q = parse('agency:"Policía Nacional" tlp:amber+strict grade:B2 lang:ger status:Active '
              "country:Germany handling:h1 type:person")
    f = {c.field: c.args for c in q.root.children}
    assert f == {"agency": ("Policía Nacional",), "tlp": ("AMBER+STRICT",),
                 "grade": ("B", "2"), "lang": ("de",), "status": ("active",),
                 "country": ("DE",), "handling": ("H1",), "type": ("person",)}


@pytest.mark.parametrize(("text", "args"), [
    ("received:2025-01..2025-06", ("2025-01", "2025-07")),
    ("received:2025", ("2025", "2026")),
    ("received:2024-02-29", ("2024-02-29", "2024-03-01")),
    ("received:2025-12-31", ("2025-12-31", "2026-01-01")),
    ("received:2025-12", ("2025-12", "2026-01")),
    ("received:..2024-06", (None, "2024-07")),
    ("received:2024-06..", ("2024-06", None)),
    ("event:2024", ("2024", "2025")),
])
def test_date_ranges(text, args):
    node = parse(text).root
    assert isinstance(node, Filter) and node.args == args


def test_grade_letter_or_digit():
    assert parse("grade:b").root.args == ("B", None)
    assert parse("grade:3").root.args == (None, "3")


def test_phone_digit_groups_become_one_identifier():
    node = parse("0151 1234 5678 meeting", region="DE").root
    ident = node.children[0]
    assert isinstance(ident, Identifier) and ident.kind == "phone"
    assert ident.value == "+4915112345678" and len(ident.words) == 3
    assert node.children[1] == Term("meeting", 15)
    assert parse("+49 151 12345678").root.value == "+4915112345678"


@pytest.mark.parametrize("text", ["(0157) 2278-7456", "(0157)2278-7456", "(0157) 2278 7456",
                                  "+49 (0)157 2278 7456", "+49 (157) 22787456"])
def test_phone_with_its_area_code_in_parentheses_is_one_identifier(text):
    node = parse(f"{text} meeting", region="DE").root
    ident = node.children[0]
    assert isinstance(ident, Identifier) and ident.kind == "phone", node
    assert ident.value == "+4915722787456"
    assert node.children[1].text == "meeting"


def test_parentheses_still_group_when_they_hold_no_area_code():
    node = parse("(0157 OR 0158) meeting", region="DE").root
    assert isinstance(node, And) and isinstance(node.children[0], Or)
    grouped = parse("(2024) meeting", region="DE").root  # no phone follows: a group
    assert words(grouped) == ["2024", "meeting"]


def test_numbers_that_are_not_phones_stay_words():
    assert words(parse("2024 2025", region="DE").root) == ["2024", "2025"]
    # Without a region a national number cannot be read.
    assert words(parse("0151 1234 5678").root) == ["0151", "1234", "5678"]


def test_iban_groups_and_email():
    node = parse("DE89 3704 0044 0532 0130 00 transfer").root
    assert node.children[0].kind == "iban"
    assert node.children[0].value == "DE89370400440532013000"
    assert parse("Ivan@Example.ORG").root == Identifier(
        "email", "ivan@example.org", 0, (Term("Ivan@Example.ORG", 0),))


def test_unknown_field_prefix_is_text():
    assert parse("note:urgent").root == Term("note:urgent", 0)
    # 'http:' is no field either: the word is a URL, looked up as one and as typed.
    assert parse("http://example.org").root == Identifier(
        "url", "http://example.org/", 0, (Term("http://example.org", 0),))


def test_empty_query():
    assert parse("").root is None and parse("   ").root is None


# --- malformed queries -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "position", "message"), [
    ("Petrov )", 7, "unexpected ')' at position 7"),
    ("(Petrov OR Ivanov", 0, "missing ')'"),
    ("Petrov OR", 7, "after 'OR' at position 7"),
    ("AND Petrov", 0, "'AND' at position 0"),
    ("Petrov AND", 7, "'AND' at position 7"),
    ("Petrov NOT", 7, "after 'NOT' at position 7"),
    ("OR", 0, "position 0"),
    ("()", 0, "empty parentheses at position 0"),
    ('say "hello', 4, "missing closing '\"'"),
    ("tlp:purple", 4, "TLP 'purple' at position 4"),
    ("handling:H9", 9, "handling code 'H9'"),
    ("grade:Z", 6, "grade 'Z' at position 6"),
    ("status:lost", 7, "status 'lost'"),
    ("country:Atlantis", 8, "country 'Atlantis'"),
    ("lang:klingonish", 5, "language 'klingonish'"),
    ("received:2025-13", 9, "month 13"),
    ("received:2025-02-30", 9, "day 30"),
    ("received:yesterday", 9, "not a date"),
    ("reported:2025..2024", 9, "ends before it starts"),
    ("received:2024..2025-1x", 15, "not a date"),
    ("received:..", 9, "needs a start or an end"),
    ("agency:", 0, "needs a value"),
    ("a*", 0, "too short"),
    ("petrov~3", 0, "fuzzy distance 3"),
    ("x AND (y OR )", 9, "after 'OR' at position 9"),
    ("--", 0, "nothing to search for"),
])
def test_errors_name_the_position(text, position, message):
    with pytest.raises(QueryError) as err:
        parse(text)
    assert err.value.position == position
    assert message in str(err.value)
    assert isinstance(err.value, LiaisonError)


def test_overlong_query_refused():
    with pytest.raises(QueryError, match="longer than"):
        parse("x " * 1500)


# --- hostile input stays literal ---------------------------------------------------------

def test_fts_string_escapes_quotes():
    assert fts_string('a"b') == '"a""b"'
    assert fts_string('") OR 1=1 --') == '""") OR 1=1 --"'


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    folder = tmp_path_factory.mktemp("query") / "ws"
    ws = Workspace.create(folder, "Europol desk", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    data.ingest(ws, data.case_items())
    yield ws
    ws.close()


# Each hostile query with the plain words it must behave exactly like (None: QueryError).
HOSTILE = [
    ('") OR 1=1 --', None),
    ("'; DROP TABLE records;--", "DROP TABLE records"),
    ("title:*", "title*"),
    ("NEAR(", None),
    ("NEAR(Petrov Hamburg)", "NEAR Petrov Hamburg"),
    ("NEAR/2 Petrov", "NEAR 2 Petrov"),
    ("narrative : Hamburg", "narrative Hamburg"),
    ("narrative:Hamburg", "narrative Hamburg"),
    ("{title narrative}: Petrov", "title narrative Petrov"),
    ("{title}", "title"),
    ("^Port", "Port"),
    ("-Petrov", "Petrov"),
    ("*Petrov", "Petrov"),
    ("Petrov*", "Petrov*"),
    ('Petrov" OR "Ivanov', "Petrov or Ivanov"),
    ('"Petrov" "OR" "Ivanov"', "Petrov or Ivanov"),
    ('"a"" OR ""b"', "a or b"),
    ("Petrov\x00Ivanov", "Petrov Ivanov"),
    ("rowid:1 OR 1", "rowid 1 OR 1"),
    ("records_fts:x", "records_fts x"),
    ("agency:\"x' OR '1'='1\"", None),
    ("Hamburg AND +", "Hamburg"),
    ("Petrov) UNION SELECT * FROM audit --", None),
]


@pytest.mark.parametrize(("hostile", "plain"), HOSTILE)
def test_hostile_queries_stay_literal(ws, hostile, plain):
    before = ws.conn.execute("SELECT count(*) FROM records").fetchone()[0]
    try:
        result = ws.search_records(hostile, limit=100)
    except QueryError:
        assert plain is None
        result = None
    if plain is not None and result is not None:
        expected = ws.search_records(plain, limit=100)
        assert {h.id for h in result.hits} == {h.id for h in expected.hits}
        assert result.total == expected.total
    if result is not None:
        ws.search_entities(hostile)
    assert ws.conn.execute("SELECT count(*) FROM records").fetchone()[0] == before


def test_hostile_agency_finds_nothing(ws):
    assert ws.search_records("agency:\"x' OR '1'='1\"").total == 0


def test_every_record_is_not_returned_by_tricks(ws):
    total = ws.search_records("").total
    for trick in ('" OR ""="', "* OR *", "NOT NOT", "1 OR 1=1"):
        with contextlib.suppress(QueryError):
            assert ws.search_records(trick).total < total
