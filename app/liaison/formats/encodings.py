"""Telling the encoding of a text file (CSV) from its bytes, or refusing when unsure.

Partners export CSV from spreadsheets and case systems in whatever their machines use:
UTF-8 (with or without a BOM), UTF-16 (Excel's "Unicode text"), and the legacy 8-bit code
pages (Windows-125x, ISO 8859-x, KOI8, DOS Cyrillic). The order of the checks:

1. A byte-order mark names UTF-8, UTF-16 or UTF-32 outright.
2. NUL bytes in every other position mean UTF-16 without a BOM (which half tells the byte
   order); NUL bytes in any other pattern mean the file is not text.
3. A file whose bytes are all valid UTF-8 is UTF-8 (no 8-bit text of any length is).
4. Otherwise each code page of :data:`CANDIDATES` reads a sample of the lines that hold
   non-ASCII bytes, and the readings are ranked by, in order: *faults* that only a wrong
   code page produces (control or unassigned characters, a symbol glued to letters as in
   ``Wi¶niewska``, a word mixing scripts, a capital after small letters as in ``£ódŸ``);
   charset-normalizer's mess ratio and language coherence; and the share of rarer
   accented letters (a Western file read as Central European shows č, ŕ, ś where è, à, œ
   were). The best reading wins only if it has no fault and beats, on those measures,
   every reading that differs from it; otherwise the file is refused with both readings
   shown, and the person names the encoding in the mapping. Liaison never imports
   mojibake.

Readings that agree (cp1252 and ISO 8859-1 on plain French) are one reading; the
earlier code page of :data:`CANDIDATES` names it, Windows before ISO since it is the
superset.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from liaison.model.errors import FormatError

# The order breaks ties between code pages that read the sample alike.
CANDIDATES = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1256", "cp1257",
    "iso8859_15", "iso8859_1", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9",
    "iso8859_13", "iso8859_16", "koi8_r", "koi8_u", "cp866",
)
SAMPLE_BYTES = 64 * 1024
MAX_WORDS = 2000  # distinct words judged per reading
# Above this mess ratio (charset-normalizer's measure, 0..1) a reading is not text.
MAX_MESS = 0.2
NUL_SHARE = 0.25

# Accented Latin letters of the widest-spoken Western European languages; the others
# (č, ŕ, ś, ő, ...) are just as real, but a misread Western file produces them too.
_COMMON_LATIN = frozenset("àâäæçéèêëîïôöœùûüÿáíóúñãõåøßìò"
                          "ÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸÁÍÓÚÑÃÕÅØÌÒ")
# The accented Latin letters of each language written in a candidate code page. A word
# whose letters no single alphabet holds ('Dvoøák', 'Müller-Ńúńez') is a misreading;
# names from several languages in one file are fine, each word keeps to one.
ALPHABETS = {
    "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüßé", "es": "áéíóúüñ", "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóù", "ca": "àçèéíïòóúü", "nl": "áäéëèíïóöúü", "no-da": "æøåéèêóòô",
    "sv-fi": "åäöé", "is": "áðéíóúýþæö", "ga": "áéíóú", "sq": "çë", "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű",
    "ro": "ăâîșşțţ", "hr-sl": "čćđšž", "tr": "çğıöşüâîû", "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž", "et": "äõöüšž",
}
_ALPHABETS = tuple(frozenset(a) for a in ALPHABETS.values())
# Punctuation that sits against letters in real text: quotes, apostrophes, dashes,
# ellipsis, the Catalan middle dot, Spanish opening marks.
_GLUE_OK = frozenset("’‘‚“”„«»‹›–—…·¿¡")
_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")
_LETTERS = re.compile(r"[^\W\d_]+")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Reading:
    """One code page's reading of the sample and how plausible it is."""

    codec: str
    text: str
    faults: int = 0
    mess: float = 0.0
    coherence: float = 0.0
    rarity: float = 0.0

    def key(self) -> tuple[int, float, float, float]:
        return (self.faults, round(self.mess, 2), -round(self.coherence, 2),
                round(self.rarity, 2))


@dataclass
class EncodingSniffer:
    """Fed the file's bytes in order (a streaming pass), tells its encoding at the end.

    Keeps only what the decision needs: the first bytes, whether everything so far is
    UTF-8, and up to :data:`SAMPLE_BYTES` of lines that hold non-ASCII bytes.
    """

    name: str
    head: bytes = b""
    utf8: bool = True
    sample: bytearray = field(default_factory=bytearray)
    _decoder: codecs.IncrementalDecoder = field(
        default_factory=lambda: codecs.getincrementaldecoder("utf-8")())
    _tail: bytes = b""  # an unfinished line carried to the next chunk

    def feed(self, chunk: bytes) -> None:
        if len(self.head) < SAMPLE_BYTES:
            self.head += chunk[:SAMPLE_BYTES - len(self.head)]
        if self.utf8:
            try:
                self._decoder.decode(chunk)
            except UnicodeDecodeError:
                self.utf8 = False
        if len(self.sample) >= SAMPLE_BYTES or (chunk.isascii() and not self._tail):
            return
        lines = (self._tail + chunk).split(b"\n")
        self._tail = lines.pop()[:SAMPLE_BYTES]
        for line in lines:
            if not line.isascii() and len(self.sample) < SAMPLE_BYTES:
                self.sample += line + b"\n"

    def encoding(self, *, complete: bool = True) -> str:
        """The codec to read the file with; FormatError when it cannot be told.

        ``complete`` is False when only the start of the file was fed (a preview): a
        multi-byte character cut at the end of what was read is not a fault then.
        """
        for bom, codec in _BOMS:
            if self.head.startswith(bom):
                return codec
        if b"\x00" in self.head:
            return _utf16_without_bom(self.head, self.name)
        if self.utf8:
            try:
                self._decoder.decode(b"", final=complete)
            except UnicodeDecodeError:
                self.utf8 = False
        if self.utf8:
            return "utf-8"
        sample = bytes(self.sample)
        if self._tail and not self._tail.isascii() and len(sample) < SAMPLE_BYTES:
            sample += self._tail
        return detect_8bit(sample, self.name)


def sniff_encoding(data: bytes, name: str, *, complete: bool = True) -> str:
    """The codec of ``data`` (the whole file, or its start when ``complete`` is False)."""
    sniffer = EncodingSniffer(name)
    sniffer.feed(data)
    return sniffer.encoding(complete=complete)


def _utf16_without_bom(head: bytes, name: str) -> str:
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > NUL_SHARE * len(odd) and not even.count(0):
        return "utf-16-le"
    if even.count(0) > NUL_SHARE * len(even) and not odd.count(0):
        return "utf-16-be"
    raise FormatError(f"{name}: holds NUL bytes but is not UTF-16 text; it looks like a "
                      "binary file, not CSV. Export it again as CSV (UTF-8).")


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return "?"


def _word_faults(word: str) -> int:
    """Signs of a wrong code page in one word (a run of non-space characters, which in a
    CSV may hold several cells) that holds non-ASCII characters."""
    faults = 0
    for i, ch in enumerate(word):
        cat = unicodedata.category(ch)
        if cat[0] == "L":
            if (ch.isupper() and not ch.isascii() and i
                    and word[i - 1].isalpha() and word[i - 1].islower()):
                faults += 2  # 'ódŸ', a Cyrillic word read in the wrong KOI8/cp1251
        elif cat[0] == "M" and _script(ch) not in ("COMBINING", "LATIN") and i and (
                word[i - 1].isascii() and word[i - 1].isalpha()):
            faults += 3  # an Arabic vowel sign on a Latin letter: 'Kِln'
        elif cat in ("Cc", "Cn", "Co", "Cs"):
            faults += 10
        elif not ch.isascii() and cat[0] != "M" and ch not in _GLUE_OK:
            before = word[i - 1] if i else ""
            after = word[i + 1] if i + 1 < len(word) else ""
            if before.isalpha() or after.isalpha():
                faults += 3  # a symbol inside a word: 'Wi¶niewska', '£ódŸ'
    for run in _LETTERS.findall(word):  # 'R-3,Zoë,Ødegård' holds two names
        scripts = {_script(c) for c in run if not c.isascii()
                   and (c.isalpha() or _script(c) != "COMBINING")}
        if len(scripts) > 1 or (scripts and any(c.isascii() for c in run)
                                and scripts != {"LATIN"}):
            faults += 3  # one word in two scripts
            continue
        accented = {c for c in run.lower() if not c.isascii() and c.isalpha()}
        if accented and scripts == {"LATIN"} and not any(accented <= a for a in _ALPHABETS):
            faults += 2  # 'Dvoøák': letters of no one language
    return faults


def _words(text: str) -> Counter[str]:
    """The distinct words holding non-ASCII characters, with counts (names recur)."""
    words: Counter[str] = Counter()
    for word in _NON_ASCII_WORD.findall(text):
        if word in words or len(words) < MAX_WORDS:
            words[word] += 1
    return words


def _faults(words: Counter[str]) -> int:
    return sum(_word_faults(w) * n for w, n in words.items())


def _rarity(words: Counter[str]) -> float:
    letters = rare = 0
    for word, n in words.items():
        for ch in word:
            if not ch.isascii() and ch.isalpha():
                letters += n
                if ch not in _COMMON_LATIN and _script(ch) == "LATIN":
                    rare += n
    return rare / letters if letters else 0.0


def _readings(sample: bytes) -> list[Reading]:
    from charset_normalizer import from_bytes  # only files that are not UTF-8 need it

    readings: dict[str, Reading] = {}
    for codec in CANDIDATES:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        words = _words(text)
        readings[codec] = Reading(codec, text, _faults(words), rarity=_rarity(words))
    if not readings:
        return []
    # One chunk over the whole sample: its default (five 512-byte chunks) sees too little
    # of a file whose non-ASCII letters are a few names.
    matches = from_bytes(sample, steps=1, chunk_size=len(sample), threshold=MAX_MESS,
                         cp_isolation=list(readings), explain=False)
    scored: dict[str, tuple[float, float]] = {}
    for match in matches:
        scored[str(match)] = (match.chaos, match.coherence)
    kept = []
    for reading in readings.values():
        # charset-normalizer reports one of several code pages that read alike; an
        # unreported reading that matches none of those was too messy to keep.
        if reading.text in scored:
            reading.mess, reading.coherence = scored[reading.text]
            kept.append(reading)
    order = {c: i for i, c in enumerate(CANDIDATES)}
    return sorted(kept, key=lambda r: (r.key(), order[r.codec]))


def _example(best: Reading, other: Reading) -> tuple[str, str]:
    """A word the two readings spell differently, for the refusal message."""
    for a, b in zip(_LETTERS.findall(best.text), _LETTERS.findall(other.text), strict=False):
        if a != b:
            return a[:40], b[:40]
    return "", ""


def detect_8bit(sample: bytes, name: str) -> str:
    """The 8-bit code page that reads ``sample`` (lines with non-ASCII bytes) best."""
    readings = _readings(sample)
    hint = ('name the encoding in the mapping, e.g. "encoding": "cp1251", or export the '
            "file again as UTF-8")
    if not readings or readings[0].faults:
        raise FormatError(f"{name}: is neither UTF-8 nor text in a code page Liaison can "
                          f"tell apart from the bytes alone; {hint}.")
    best = readings[0]
    for other in readings[1:]:
        if other.text != best.text and other.key() == best.key():
            mine, theirs = _example(best, other)
            shown = f" ('{mine}' or '{theirs}')" if mine else ""
            raise FormatError(f"{name}: could be {_label(best.codec)} or "
                              f"{_label(other.codec)}{shown}; Liaison cannot tell which, "
                              f"and will not guess; {hint}.")
    return best.codec


def _label(codec: str) -> str:
    """'cp1252' as 'Windows-1252', 'iso8859_2' as 'ISO-8859-2', for messages."""
    if codec.startswith("cp125"):
        return "Windows-" + codec[2:]
    if codec.startswith("iso8859_"):
        return "ISO-8859-" + codec.split("_", 1)[1]
    return codec.upper().replace("_", "-")


def label(codec: str) -> str:
    """A codec's usual name, for messages and the import report."""
    return {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (with BOM)", "utf-16": "UTF-16",
            "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
            "utf-32": "UTF-32"}.get(codec, _label(codec))
