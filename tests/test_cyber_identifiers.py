"""Cyber identifiers normalised one way: IPs and networks, domains, URLs, hashes, AS numbers.

Each normaliser is tried on the forms partners write (STIX, MISP, reports that defang
addresses) and on what is not one of its kind: flagged, kept as written, never raised.
"""

from __future__ import annotations

import pytest

from liaison.analysis.query import parse
from liaison.analysis.query.identifiers import identifier_run, normalise_identifier
from liaison.analysis.query.parser import Identifier
from liaison.model.cyber import local_identifier, refang
from liaison.model.identifiers import (
    IDENTIFIER_KINDS,
    PROPERTY_KINDS,
    normalise,
    normalise_asn,
    normalise_domain,
    normalise_hash,
    normalise_ip,
    normalise_url,
    search_token,
)
from liaison.model.records import PropertyValue

# --- defanging -----------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "plain"), [
    ("example[.]com", "example.com"),
    ("example(.)com", "example.com"),
    ("example{.}com", "example.com"),
    ("example[dot]com", "example.com"),
    ("example [.] com", "example.com"),
    ("hxxp://example[.]com", "http://example.com"),
    ("hXXps[://]example[.]com/a", "https://example.com/a"),
    ("https[:]//example.com", "https://example.com"),
    ("fxp://files[.]example.com", "ftp://files.example.com"),
    ("1.2.3[.]4", "1.2.3.4"),
    ("2001:db8[:]:1", "2001:db8::1"),
    ("plain.example.com", "plain.example.com"),
])
def test_refang(raw: str, plain: str) -> None:
    assert refang(raw) == plain


# --- IP addresses --------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "value", "note"), [
    ("8.8.8.8", "8.8.8.8", ""),
    (" 8.8.8[.]8 ", "8.8.8.8", ""),
    ("8(.)8(.)8(.)8", "8.8.8.8", ""),
    ("2001:DB8:0:0:0:0:0:1", "2001:db8::1", ""),
    ("[2001:db8::1]", "2001:db8::1", ""),
    ("::ffff:8.8.4.4", "8.8.4.4", ""),  # IPv4-mapped IPv6 is the IPv4 address
    ("::FFFF:0808:0404", "8.8.4.4", ""),
    ("10.0.0.0/8", "10.0.0.0/8", ""),
    ("10.0.0.0/255.0.0.0", "10.0.0.0/8", ""),  # a netmask is a prefix
    ("2001:DB8::/32", "2001:db8::/32", ""),
    ("::ffff:10.0.0.0/104", "10.0.0.0/8", ""),
    ("1.2.3.4/32", "1.2.3.4", ""),  # a network of one address is the address
    ("2001:db8::1/128", "2001:db8::1", ""),
    ("10.1.2.3/8", "10.0.0.0/8", "host bits set: read as the network 10.0.0.0/8"),
])
def test_ip_forms_meet(raw: str, value: str, note: str) -> None:
    assert normalise_ip(raw) == PropertyValue(raw, value, "ip", True, note)


@pytest.mark.parametrize("raw", ["999.1.1.1", "1.2.3", "192.168.001.001", "1.2.3.4/33",
                                 "localhost", "8.8.8.8:53", "2001:db8:::1", "", "abc"])
def test_not_ip_addresses_are_flagged(raw: str) -> None:
    result = normalise_ip(raw)
    assert (result.raw, result.kind, result.valid, result.note) == (
        raw, "ip", False, "not an IP address")


# --- domains -------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "value"), [
    ("example.com", "example.com"),
    ("Example.COM.", "example.com"),  # the root's dot
    ("example[.]com", "example.com"),
    ("mail(dot)example(dot)com", "mail.example.com"),
    ("bücher.example", "xn--bcher-kva.example"),  # A-labels: the form DNS and feeds use
    ("XN--BCHER-KVA.example", "xn--bcher-kva.example"),
    ("аpple.com", "xn--pple-43d.com"),  # a Cyrillic 'а' stays visibly different
    ("faß.de", "xn--fa-hia.de"),  # IDNA 2008: ß is kept, not made 'ss'
    ("ＥＸＡＭＰＬＥ．com", "example.com"),  # full-width letters and stop
    ("例え。テスト", "xn--r8jz45g.xn--zckzah"),  # ideographic full stop
    ("_dmarc.example.com", "_dmarc.example.com"),
])
def test_domain_forms_meet(raw: str, value: str) -> None:
    assert normalise_domain(raw) == PropertyValue(raw, value, "domain")


@pytest.mark.parametrize(("raw", "note"), [
    ("localhost", "one label only: a host name, not a domain name"),
    ("example..com", "an empty label (two dots together, or a leading dot)"),
    (".example.com", "an empty label (two dots together, or a leading dot)"),
    ("exa mple.com", "not a valid domain name"),
    ("-bad-.example.com", "not a valid domain name"),
    ("example.com:8080", "not a valid domain name"),
    ("*.example.com", "not a valid domain name"),
    ("x" * 64 + ".com", "not a valid domain name"),
    ("xn--zz.com", "a label is neither letters nor valid punycode"),
    ("1.2.3.999", "the last label has no letters"),
])
def test_not_domains_are_flagged(raw: str, note: str) -> None:
    result = normalise_domain(raw)
    assert (result.kind, result.valid, result.note) == ("domain", False, note)


def test_a_website_is_read_as_what_it_is() -> None:
    # FtM's website holds domains and URLs; MISP's hostname sometimes an address.
    assert normalise("website", "Example.com").kind == "domain"
    assert normalise("website", "https://Example.com").value == "https://example.com/"
    assert normalise("website", "https://Example.com").kind == "url"
    assert normalise("host", "9.9.9.9") == PropertyValue("9.9.9.9", "9.9.9.9", "ip")
    assert normalise("domain", "[2001:db8::1]").value == "2001:db8::1"


# --- URLs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "value"), [
    ("http://example.com/", "http://example.com/"),
    ("HTTP://Example.COM", "http://example.com/"),  # an empty web path is '/'
    ("https://example.com:443/a", "https://example.com/a"),  # the default port
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("http://example.com:0080/a", "http://example.com/a"),
    ("hxxp://login.example[.]com/secure/Verify.php?id=Ab12",
     "http://login.example.com/secure/Verify.php?id=Ab12"),  # path and query as written
    ("hXXps[://]Evil[.]Example/Gate.PHP#Top", "https://evil.example/Gate.PHP#Top"),
    ("http://example.com?q=1", "http://example.com/?q=1"),
    ("http://User:PW@Example.com/", "http://User:PW@example.com/"),  # user as written
    ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
    ("http://[::ffff:8.8.8.8]/x", "http://8.8.8.8/x"),
    ("http://bücher.example/x", "http://xn--bcher-kva.example/x"),
    ("ftp://files.example.com:21/a.zip", "ftp://files.example.com/a.zip"),
    ("http://intranet/x", "http://intranet/x"),  # one label is a host, in a URL
    ("mailto:Ivan@Example.org", "mailto:Ivan@Example.org"),
])
def test_url_forms_meet(raw: str, value: str) -> None:
    assert normalise_url(raw) == PropertyValue(raw, value, "url")


def test_url_without_scheme_is_kept_and_says_so() -> None:
    result = normalise_url("Evil.Example/gate.php")
    assert result == PropertyValue("Evil.Example/gate.php", "evil.example/gate.php", "url",
                                   True, "no scheme given")


@pytest.mark.parametrize(("raw", "note"), [
    ("/admin.php", "no host in the URL"),
    ("http:///x", "no host in the URL"),
    ("http://example.com/a b", "a URL has no spaces"),
    ("http://example.com:99999/", "the port is not a number up to 65535"),
    ("http://example.com:http/", "the port is not a number up to 65535"),
    ("http://[2001:db8::1/x", "the host's brackets are not closed"),
    ("http://[zz::1]/x", "host: not an IP address between the brackets"),
    ("http://exa_mple..com/", "host: an empty label (two dots together, or a leading dot)"),
])
def test_not_urls_are_flagged(raw: str, note: str) -> None:
    result = normalise_url(raw)
    assert (result.raw, result.kind, result.valid, result.note) == (raw, "url", False, note)


# --- file hashes ---------------------------------------------------------------------------

MD5 = "dd2f856fe94c06cc0c2c2e55235471e4"
SHA1 = "a" * 40
SHA256 = "8992c3cc3c768849928ff217ef0daaf9c5007b7c2519b4cd046a945f2893be80"
SHA512 = "0123456789abcdef" * 8


@pytest.mark.parametrize(("raw", "kind", "value"), [
    (MD5.upper(), "md5", MD5),
    (SHA1, "sha1", SHA1),
    ("c" * 56, "sha224", "c" * 56),
    (f"  {SHA256.upper()}\n", "sha256", SHA256),
    ("d" * 96, "sha384", "d" * 96),
    (SHA512, "sha512", SHA512),
    (f"SHA-256: {SHA256}", "sha256", SHA256),  # a label says the algorithm
    (f"sha256={SHA256}", "sha256", SHA256),
    (f"{SHA256[:32]}\n{SHA256[32:]}", "sha256", SHA256),  # wrapped when copied
    (":".join(MD5[i:i + 2] for i in range(0, 32, 2)), "md5", MD5),  # a fingerprint's colons
])
def test_a_bare_hash_is_named_by_its_length(raw: str, kind: str, value: str) -> None:
    assert normalise("hash", raw) == PropertyValue(raw, value, kind)


def test_a_stated_algorithm_names_the_kind_and_is_checked() -> None:
    assert normalise("md5", MD5.upper()) == PropertyValue(MD5.upper(), MD5, "md5")
    assert normalise("sha3_256", SHA256) == PropertyValue(SHA256, SHA256, "sha3_256")
    wrong = normalise("md5", SHA256)
    assert (wrong.kind, wrong.valid, wrong.note) == (
        "md5", False, "MD5 has 32 hex digits, this has 64")
    assert normalise_hash(SHA256, "sha1").note == "SHA-1 has 40 hex digits, this has 64"


@pytest.mark.parametrize(("raw", "kind", "note"), [
    ("abc", "hash", "3 hex digits is the length of no known hash"),
    ("g" * 32, "md5", "a hash has only hex digits (0-9, a-f)"),
    ("", "hash", "empty"),
])
def test_not_hashes_are_flagged(raw: str, kind: str, note: str) -> None:
    result = normalise_hash(raw)
    assert (result.raw, result.kind, result.valid, result.note) == (raw, kind, False, note)


# --- AS numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["174", "AS174", "as174", "as 174", "AS 174", "ASN174",
                                 "asn 174", "ASN: 174", "AS-174", " AS174 ", "AS0.174"])
def test_as_number_forms_meet(raw: str) -> None:
    assert normalise("asNumber", raw) == PropertyValue(raw, "AS174", "asn")


def test_asdot_and_four_byte_numbers() -> None:
    assert normalise_asn("AS1.10").value == "AS65546"  # RFC 5396
    assert normalise_asn("4200000001").value == "AS4200000001"
    assert normalise_asn(str(2**32 - 1)).valid


@pytest.mark.parametrize(("raw", "note"), [
    ("AS0", "AS 0 is reserved"),
    ("4294967296", "beyond the 32-bit AS number range"),
    ("AS1.65536", "each half of an asdot AS number is at most 65535"),
    ("1.10", "not an AS number"),  # asdot only with 'AS' before it: a bare 1.10 is no AS
    ("Cogent", "not an AS number"),
    ("AS174 Cogent", "not an AS number"),
    ("", "not an AS number"),
])
def test_not_as_numbers_are_flagged(raw: str, note: str) -> None:
    result = normalise_asn(raw)
    assert (result.raw, result.kind, result.valid, result.note) == (raw, "asn", False, note)


# --- what the rest of Liaison sees ---------------------------------------------------------


@pytest.mark.parametrize(("prop", "kind"), [
    ("ipAddress", "ip"), ("website", "domain"), ("domain", "domain"), ("host", "domain"),
    ("url", "url"), ("asNumber", "asn"), ("md5", "md5"), ("sha256", "sha256"),
    ("sha3_512", "sha3_512"), ("hash", "hash"),
])
def test_property_kinds(prop: str, kind: str) -> None:
    assert PROPERTY_KINDS[prop] == kind


def test_cyber_kinds_are_identifier_kinds() -> None:
    assert {"ip", "domain", "url", "asn", "md5", "sha1", "sha256", "sha512"} <= IDENTIFIER_KINDS
    assert "hash" not in IDENTIFIER_KINDS  # only what no algorithm fits


@pytest.mark.parametrize("raw", ["\x00", "\ud800.com", "http://\ud800/", "[", "]", "[::",
                                 "xn--", "a" * 300, "AS" + "9" * 200, "/" * 50, "::::"])
def test_hostile_input_never_raises(raw: str) -> None:
    for prop in ("ipAddress", "website", "url", "asNumber", "md5", "hash"):
        assert normalise(prop, raw).raw == raw


@pytest.mark.parametrize(("kind", "value", "local"), [
    ("ip", "8.8.8.8", False),
    ("ip", "2620:fe::fe", False),
    ("ip", "10.0.0.5", True),
    ("ip", "192.168.1.1", True),
    ("ip", "127.0.0.1", True),
    ("ip", "203.0.113.7", True),  # documentation
    ("ip", "100.64.0.1", True),  # carrier-grade NAT
    ("ip", "224.0.0.251", True),
    ("ip", "fe80::1", True),
    ("ip", "10.0.0.0/8", True),
    ("ip", "8.8.8.0/24", False),
    ("domain", "router.lan", True),
    ("domain", "printer.home.arpa", True),
    ("domain", "evil.example.com", False),
    ("url", "http://192.168.1.1/admin", True),
    ("url", "http://intranet/x", True),
    ("url", "http://[fe80::1]:8080/x", True),
    ("url", "https://evil.example.com:8443/x", False),
    ("asn", "AS64512", True),  # private
    ("asn", "AS64500", True),  # documentation
    ("asn", "AS4200000001", True),
    ("asn", "AS174", False),
    ("sha256", SHA256, False),
])
def test_values_that_name_something_only_inside_one_network(kind, value, local) -> None:
    assert bool(local_identifier(kind, value)) is local


def test_search_token_is_one_word_for_values_the_tokenizer_would_split() -> None:
    token = search_token("ip", "8.8.8.8")
    assert token.isalnum() and token != search_token("ip", "8.8.8.80")
    assert token != search_token("domain", "8.8.8.8")
    assert search_token("asn", "AS174") == "AS174"
    assert search_token("phone", "+4915123456789") == "+4915123456789"


# --- typed in a query or a watchlist ------------------------------------------------------


@pytest.mark.parametrize(("words", "found"), [
    (["8.8.8[.]8"], ("ip", "8.8.8.8", 1)),
    (["2001:DB8:0::1"], ("ip", "2001:db8::1", 1)),
    (["10.0.0.0/8"], ("ip", "10.0.0.0/8", 1)),
    (["hxxp://evil[.]example/x"], ("url", "http://evil.example/x", 1)),
    (["Evil[.]Example.com"], ("domain", "evil.example.com", 1)),
    (["bücher.example"], ("domain", "xn--bcher-kva.example", 1)),
    (["AS174"], ("asn", "AS174", 1)),
    (["ASN174", "routes"], ("asn", "AS174", 1)),
    (["AS", "174"], ("asn", "AS174", 2)),
    (["as", "174"], ("asn", "AS174", 2)),
    ([MD5.upper()], ("md5", MD5, 1)),
    ([SHA256], ("sha256", SHA256, 1)),
    # Not identifiers, or not what was meant: left as words.
    (["10.1.2.3/8"], None),
    (["e.g."], None),
    (["Petrov."], None),
    (["12.03.2024"], None),
    (["10:30"], None),
    (["174"], None),
    (["deadbeef"], None),
])
def test_query_words_read_as_cyber_identifiers(words, found) -> None:
    assert identifier_run(words, "DE") == found


def test_query_keeps_the_words_as_typed_beside_the_identifier() -> None:
    assert parse("8.8.8[.]8").root == Identifier("ip", "8.8.8.8", 0,
                                                 parse("8.8.8[.]8").root.words)
    assert [t.text for t in parse("8.8.8[.]8").root.words] == ["8.8.8[.]8"]
    # The other identifiers are read as before.
    assert identifier_run(["DE89", "3704", "0044", "0532", "0130", "00"], "DE")[0] == "iban"
    assert identifier_run(["0151", "2345", "6789"], "DE")[0] == "phone"
    assert identifier_run(["Ivan@Example.org"], "DE") == ("email", "ivan@example.org", 1)


@pytest.mark.parametrize(("typed", "found"), [
    ("9.9.9[.]9", ("ip", "9.9.9.9")),
    ("AS 19281", ("asn", "AS19281")),
    ("asn19281", ("asn", "AS19281")),
    ("hxxps://evil[.]example/a", ("url", "https://evil.example/a")),
    ("Evil.Example", ("domain", "evil.example")),
    (SHA256.upper(), ("sha256", SHA256)),
    ("ivan@example.org", ("email", "ivan@example.org")),
    ("19281", ("id", "19281")),  # a bare number is no AS number
])
def test_watchlist_identifiers(typed, found) -> None:
    assert normalise_identifier(typed, "DE") == found
