"""Cyber identifiers: IP addresses and networks, domains, URLs, file hashes and AS numbers.

Partners write one observable many ways: STIX gives an autonomous system as the number
174, MISP as "AS174"; reports "defang" addresses (``example[.]com``, ``hxxp://``) so that
nobody clicks them. Each normaliser returns one form for all of them, so the same value
from two sources compares equal (ARCHITECTURE.md, Data model):

* IP: ``ipaddress``'s compressed form; an IPv4-mapped IPv6 address is the IPv4 address;
  a network (CIDR, or a netmask) is its network address and prefix, and a /32 or /128
  the address alone.
* Domain: lower case, without the root's trailing dot, non-ASCII labels as their ASCII
  A-labels (punycode, ``xn--``): the form DNS, logs and most feeds use, and the one in
  which a look-alike in another script (``аpple.com``) stays visibly different.
  Letters are mapped as IDNA 2008 does without transitional processing: NFKC and lower
  case, so ``ß`` stays ``ß`` (``faß.de`` is ``xn--fa-hia.de``, as browsers resolve it).
* URL: scheme and host lower-cased (the host as a domain or IP above), the scheme's
  default port dropped, an empty web path written ``/`` (RFC 3986, 6.2.3); the rest
  (user, path, query, fragment) exactly as written.
* File hash: lower-case hex; the kind names the algorithm: the one the property states
  (``md5``, ``sha256``...), checked against the length, or, for a bare ``hash``, the one
  the length says (32 hex digits MD5, 40 SHA-1, 64 SHA-256, 128 SHA-512...).
* AS number: ``AS`` and the number in plain notation (``AS1.10``, RFC 5396's asdot, is
  ``AS65546``).

Like every normaliser, these keep the raw text, flag what they cannot read, and never raise.
"""

from __future__ import annotations

import functools
import ipaddress
import re
import unicodedata
from typing import Any

from liaison.model.normaliser import never_raise
from liaison.model.records import PropertyValue

__all__ = [
    "CYBER_KINDS",
    "HASH_KINDS",
    "local_identifier",
    "normalise_asn",
    "normalise_domain",
    "normalise_hash",
    "normalise_ip",
    "normalise_url",
    "refang",
]

# Hash algorithms by kind: hex digits and the label shown. SHA-3 digests have the
# lengths of SHA-2 ones, so they are only ever named by the property that says so.
HASH_KINDS: dict[str, tuple[int, str]] = {
    "md5": (32, "MD5"), "sha1": (40, "SHA-1"), "sha224": (56, "SHA-224"),
    "sha256": (64, "SHA-256"), "sha384": (96, "SHA-384"), "sha512": (128, "SHA-512"),
    "sha3_224": (56, "SHA3-224"), "sha3_256": (64, "SHA3-256"), "sha3_384": (96, "SHA3-384"),
    "sha3_512": (128, "SHA3-512"),
}
_HASH_BY_LENGTH = {length: kind for kind, (length, _) in HASH_KINDS.items()
                   if not kind.startswith("sha3_")}
CYBER_KINDS = frozenset({"ip", "domain", "url", "asn", *HASH_KINDS})


# --- defanged text -----------------------------------------------------------------------

# Threat reports and MISP "defang" what could be clicked: example[.]com, 1.2.3[.]4,
# hxxps[://]example(.)com, evil[dot]com.
_DEFANG_DOT = re.compile(r"\s?[\[({]\s?(?:\.|dot)\s?[\])}]\s?", re.IGNORECASE)
_DEFANG_COLON = re.compile(r"[\[({](:|://)[\])}]")
_DEFANG_SLASH = re.compile(r"[\[({](/{1,2})[\])}]")
_DEFANG_SCHEME = re.compile(r"^h(?:xx|\*\*)p(s?)(?=:|\[)", re.IGNORECASE)
_DEFANG_FTP = re.compile(r"^fxp(s?)(?=:|\[)", re.IGNORECASE)


def refang(text: str) -> str:
    """``text`` with the usual defanging undone (``[.]``, ``(dot)``, ``[:]``, ``hxxp``)."""
    text = _DEFANG_DOT.sub(".", text)
    text = _DEFANG_COLON.sub(lambda m: m.group(1), text)
    text = _DEFANG_SLASH.sub(lambda m: m.group(1), text)
    text = _DEFANG_SCHEME.sub(lambda m: "http" + m.group(1), text)
    return _DEFANG_FTP.sub(lambda m: "ftp" + m.group(1), text)


# --- IP addresses and networks ------------------------------------------------------------

_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")


def _ip_value(text: str) -> tuple[str, str]:
    """(canonical form, note) of an address or network; ValueError if it is neither."""
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    if "/" not in text:
        address: Any = ipaddress.ip_address(text)
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        return str(address), ""
    network: Any = ipaddress.ip_network(text, strict=False)
    written = ipaddress.ip_interface(text).ip
    note = "" if written == network.network_address else "host bits set"
    if isinstance(network, ipaddress.IPv6Network) and network.prefixlen >= 96 \
            and network.subnet_of(_MAPPED):
        network = ipaddress.IPv4Network(
            (int(network.network_address) & 0xFFFFFFFF, network.prefixlen - 96))
    if network.prefixlen == network.max_prefixlen:
        return str(network.network_address), ""
    value = str(network)
    return value, f"{note}: read as the network {value}" if note else ""


@never_raise("ip")
def normalise_ip(raw: str) -> PropertyValue:
    """An IPv4/IPv6 address or network → one form: '2001:db8::1', '10.0.0.0/8', '1.2.3.4'
    for '::ffff:1.2.3.4' (defanged forms read too)."""
    text = refang(raw.strip())
    try:
        value, note = _ip_value(text)
    except ValueError:
        return PropertyValue(raw, text.lower(), "ip", False, "not an IP address")
    return PropertyValue(raw, value, "ip", True, note)


def _ip_shaped(text: str) -> bool:
    """Cheaply: could ``text`` be an IP address (IPv6 has colons, IPv4 ends in a digit)?"""
    return ":" in text or text[-1:].isdigit() or text[-1:] == "]"


def _is_ip(text: str) -> bool:
    try:
        _ip_value(text)
    except ValueError:
        return False
    return True


# --- domains -------------------------------------------------------------------------------

# IDNA's other full stops (ideographic, full-width, half-width).
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
# A label as DNS carries it: letters, digits, inner hyphens; underscores too, which
# service names (_dmarc) and some malware domains use.
_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")


def _a_label(label: str) -> str:
    """One label in ASCII: punycode for a non-ASCII one; ValueError if it cannot be."""
    if label.isascii():
        if label.startswith("xn--"):
            label[4:].encode("ascii").decode("punycode")  # raises on a broken A-label
        return label
    return "xn--" + label.encode("punycode").decode("ascii")


def _domain_value(text: str, single_label: bool = False) -> tuple[str, str]:
    """(lower-case ASCII form, problem or '') of a host name."""
    text = unicodedata.normalize("NFKC", text).translate(_DOTS).lower()
    if text.endswith("."):
        text = text[:-1]
    labels = text.split(".")
    try:
        value = ".".join(_a_label(label) for label in labels)
    except (UnicodeError, ValueError):
        return text, "a label is neither letters nor valid punycode"
    if not text or "" in labels:
        return value, "an empty label (two dots together, or a leading dot)"
    if len(value) > 253 or not all(_LABEL.fullmatch(label) for label in value.split(".")):
        return value, "not a valid domain name"
    if len(labels) < 2 and not single_label:
        return value, "one label only: a host name, not a domain name"
    if not any(ch.isalpha() for ch in labels[-1]):
        return value, "the last label has no letters"
    return value, ""


@never_raise("domain")
def normalise_domain(raw: str) -> PropertyValue:
    """A domain name → lower-case ASCII ('xn--' labels) without the trailing dot.

    A URL, or an IP address, written where a domain was expected (a website, a MISP
    ``hostname``) is normalised as what it is, under that kind.
    """
    text = refang(raw.strip())
    if "/" in text or _URL_SCHEME.match(text):
        return normalise_url(raw)
    if _ip_shaped(text) and _is_ip(text):
        return normalise_ip(raw)
    value, problem = _domain_value(text)
    if problem:
        return PropertyValue(raw, value, "domain", False, problem)
    return PropertyValue(raw, value, "domain")


# --- URLs ----------------------------------------------------------------------------------

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# A scheme without an authority ('mailto:', 'urn:'); 'host:8080/path' is not one.
_OPAQUE = re.compile(r"^([A-Za-z][A-Za-z0-9+-]*):(?![\d/])")
_DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443", "ftp": "21"}
_WEB_SCHEMES = frozenset(_DEFAULT_PORTS)


def _host_value(host: str) -> tuple[str, str]:
    """(canonical form, problem or '') of a URL's host: an IP literal or a name."""
    if host.startswith("["):
        try:
            value, _ = _ip_value(host)
        except ValueError:
            return host.lower(), "not an IP address between the brackets"
        return (f"[{value}]" if ":" in value else value), ""
    if _ip_shaped(host) and _is_ip(host):
        return _ip_value(host)[0], ""
    return _domain_value(host, single_label=True)


@never_raise("url")
def normalise_url(raw: str) -> PropertyValue:
    """A URL → scheme and host in lower case, no default port, the rest as written."""
    text = refang(raw.strip())
    if any(ch.isspace() for ch in text):
        return PropertyValue(raw, text, "url", False, "a URL has no spaces")
    match = _URL_SCHEME.match(text)
    opaque = None if match else _OPAQUE.match(text)
    if opaque:  # mailto:, urn: and the like have no host to normalise
        return PropertyValue(raw, opaque.group(1).lower() + text[opaque.end(1):], "url")
    scheme = match.group(1).lower() if match else ""
    rest = text[match.end():] if match else text.removeprefix("//")
    end = min((i for i in (rest.find(c) for c in "/?#") if i >= 0), default=len(rest))
    authority, tail = rest[:end], rest[end:]
    user, at, hostport = authority.rpartition("@")
    host, port = hostport, ""
    if hostport.startswith("["):
        close = hostport.find("]")
        host, after = hostport[:close + 1], hostport[close + 1:]
        if close < 0 or (after and not after.startswith(":")):
            return PropertyValue(raw, text, "url", False, "the host's brackets are not closed")
        port = after[1:]
    elif ":" in hostport:
        host, _, port = hostport.rpartition(":")
    if not host:
        return PropertyValue(raw, text, "url", False, "no host in the URL")
    if port and (not port.isdigit() or int(port) > 65535):
        return PropertyValue(raw, text, "url", False, "the port is not a number up to 65535")
    host_value, problem = _host_value(host)
    if port and port.lstrip("0") != _DEFAULT_PORTS.get(scheme):
        host_value = f"{host_value}:{int(port)}"
    if scheme in _WEB_SCHEMES and not tail.startswith("/"):
        tail = "/" + tail
    value = f"{scheme}://" if scheme else ""
    value += f"{user}{at}{host_value}{tail}"
    if problem:
        return PropertyValue(raw, value, "url", False, f"host: {problem}")
    return PropertyValue(raw, value, "url", True, "" if scheme else "no scheme given")


# --- file hashes ---------------------------------------------------------------------------

_HASH_LABEL = re.compile(r"^(md5|sha-?1|sha-?(?:224|256|384|512)|sha3-(?:224|256|384|512))"
                         r"\s*[:=]\s*", re.IGNORECASE)
_HEX = re.compile(r"[0-9a-f]+")
_HASH_JUNK = re.compile(r"[\s:]")  # line breaks from copying; colons of fingerprints


def _label_kind(label: str) -> str:
    label = label.lower()
    return label.replace("-", "_") if label.startswith("sha3-") else label.replace("-", "")


@never_raise("hash")
def normalise_hash(raw: str, algorithm: str | None = None) -> PropertyValue:
    """A file hash → lower-case hex, its kind the stated ``algorithm`` (a key of
    HASH_KINDS) or, when none is stated, the algorithm its length names."""
    text = raw.strip()
    label = _HASH_LABEL.match(text)
    if label:
        text = text[label.end():]
        algorithm = algorithm or _label_kind(label.group(1))
    digits = _HASH_JUNK.sub("", text).lower()
    kind = algorithm or _HASH_BY_LENGTH.get(len(digits), "hash")
    if not digits:
        return PropertyValue(raw, digits, kind, False, "empty")
    if not _HEX.fullmatch(digits):
        return PropertyValue(raw, digits, kind, False, "a hash has only hex digits (0-9, a-f)")
    if kind == "hash":
        return PropertyValue(raw, digits, kind, False,
                             f"{len(digits)} hex digits is the length of no known hash")
    length, name = HASH_KINDS[kind]
    if len(digits) != length:
        return PropertyValue(raw, digits, kind, False,
                             f"{name} has {length} hex digits, this has {len(digits)}")
    return PropertyValue(raw, digits, kind)


# --- AS numbers ----------------------------------------------------------------------------

_ASN = re.compile(r"(?:ASN?\s*[-:#]?\s*)?(\d{1,10})(?:\.(\d{1,5}))?", re.IGNORECASE)
_ASN_MAX = 2**32 - 1


@never_raise("asn")
def normalise_asn(raw: str) -> PropertyValue:
    """An autonomous system number → 'AS174' from '174', 'as 174', 'ASN174', 'AS0.174'."""
    text = raw.strip()
    match = _ASN.fullmatch(text)
    if match is None or (match.group(2) and text[:2].upper() != "AS"):
        return PropertyValue(raw, text.upper(), "asn", False, "not an AS number")
    high, low = int(match.group(1)), match.group(2)
    if low is not None:  # asdot (RFC 5396): two 16-bit halves
        if high > 65535 or int(low) > 65535:
            return PropertyValue(raw, text.upper(), "asn", False,
                                 "each half of an asdot AS number is at most 65535")
        high = high * 65536 + int(low)
    if high == 0 or high > _ASN_MAX:
        note = "AS 0 is reserved" if high == 0 else "beyond the 32-bit AS number range"
        return PropertyValue(raw, f"AS{high}", "asn", False, note)
    return PropertyValue(raw, f"AS{high}", "asn")


# --- values that name something only inside one network ------------------------------------

# Special-use and private top-level names (RFC 6761, RFC 8375, RFC 6762 and common
# practice): the same name at two agencies is two different machines.
_LOCAL_TLDS = frozenset({"localhost", "local", "internal", "intranet", "lan", "home", "corp",
                         "test", "invalid", "example", "arpa"})
# Documentation, private and reserved AS numbers (RFC 5398, RFC 6996, RFC 7300, RFC 6793).
_LOCAL_ASNS = ((23456, 23456), (64496, 131071), (4200000000, _ASN_MAX))


def _url_host(url: str) -> str:
    """The host of a normalised URL (brackets and port removed)."""
    rest = url.partition("://")[2] if "://" in url else url
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0].rpartition("@")[2]
    if authority.startswith("["):
        return authority[1:authority.find("]")]
    return authority.partition(":")[0]


@functools.lru_cache(maxsize=4096)
def local_identifier(kind: str, value: str) -> str:
    """Why a normalised value names something only inside one network ('' if it does not):
    a private, loopback, documentation or multicast address, a special-use domain, a
    private AS number. The same such value at two agencies is no link between them."""
    if kind == "url":
        host = _url_host(value)
        kind, value = ("ip", host) if _is_ip(host) else ("domain", host)
    if kind == "ip":
        try:
            found: Any = ipaddress.ip_network(value, strict=False)
        except ValueError:
            return ""
        if found.is_multicast:
            return "a multicast address"
        return "" if found.is_global else "a private, reserved or documentation address"
    if kind == "domain":
        last = value.rpartition(".")[2]
        return "a special-use name" if last in _LOCAL_TLDS or "." not in value else ""
    if kind == "asn" and value[2:].isdigit():
        number = int(value[2:])
        if any(low <= number <= high for low, high in _LOCAL_ASNS):
            return "a private or reserved AS number"
    return ""
