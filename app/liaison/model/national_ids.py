"""National identity, tax and company numbers checked with python-stdnum, and passport numbers.

The validators tried for each source country are listed in :data:`NATIONAL_ID_MODULES`.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType
from typing import Any

from stdnum import exceptions as stdnum_errors

from liaison.model.countries import region_code
from liaison.model.normaliser import compact_id, never_raise
from liaison.model.records import PropertyValue

__all__ = ["NATIONAL_ID_MODULES", "normalise_national_id", "normalise_passport"]


# python-stdnum validators tried, in order, for a source country's id numbers.
# Personal ids come first; tax and company numbers follow because FtM's
# idNumber and taxNumber also hold them, and flagging a valid company number
# as a bad personal id would be wrong. Missing modules (older stdnum) are skipped.
NATIONAL_ID_MODULES: dict[str, tuple[str, ...]] = {
    "al": ("al.nipt",),
    "ar": ("ar.dni", "ar.cuit"),
    "at": ("at.vnr", "at.tin", "at.uid"),
    "au": ("au.tfn", "au.abn", "au.acn"),
    "be": ("be.nn", "be.bis", "be.eid", "be.vat"),
    "bg": ("bg.egn", "bg.pnf", "bg.vat"),
    "br": ("br.cpf", "br.cnpj"),
    "by": ("by.unp",),
    "ca": ("ca.sin", "ca.bn"),
    "ch": ("ch.ssn", "ch.uid"),
    "cl": ("cl.rut",),
    "cn": ("cn.ric", "cn.uscc"),
    "co": ("co.nit",),
    "cu": ("cu.ni",),
    "cy": ("cy.vat",),
    "cz": ("cz.rc", "cz.dic"),
    "de": ("de.idnr", "de.stnr", "de.vat"),
    "dk": ("dk.cpr", "dk.cvr"),
    "do": ("do.cedula", "do.rnc"),
    "ec": ("ec.ci", "ec.ruc"),
    "ee": ("ee.ik", "ee.registrikood", "ee.kmkr"),
    "eg": ("eg.tn",),
    "es": ("es.dni", "es.nie", "es.nif"),
    "fi": ("fi.hetu", "fi.ytunnus", "fi.alv"),
    "fr": ("fr.nir", "fr.nif", "fr.siren", "fr.siret", "fr.tva"),
    "gb": ("gb.nhs", "gb.utr", "gb.vat"),
    "gr": ("gr.amka", "gr.vat"),
    "hr": ("hr.oib",),
    "hu": ("hu.anum",),
    "id": ("id.nik", "id.npwp"),
    "ie": ("ie.pps", "ie.vat"),
    "il": ("il.idnr", "il.hp"),
    "in": ("in_.aadhaar", "in_.pan", "in_.epic"),
    "is": ("is_.kennitala", "is_.vsk"),
    "it": ("it.codicefiscale", "it.iva"),
    "jp": ("jp.in_", "jp.cn"),
    "kr": ("kr.rrn", "kr.brn"),
    "li": ("li.peid",),
    "lt": ("lt.asmens", "lt.pvm"),
    "lu": ("lu.tva",),
    "lv": ("lv.pvn",),  # also validates Latvian personal codes
    "ma": ("ma.ice",),
    "md": ("md.idno",),
    "me": ("me.pib",),
    "mk": ("mk.edb",),
    "mt": ("mt.vat",),
    "mu": ("mu.nid",),
    "mx": ("mx.curp", "mx.rfc"),
    "my": ("my.nric",),
    "nl": ("nl.bsn", "nl.btw", "nl.identiteitskaartnummer"),
    "no": ("no.fodselsnummer", "no.orgnr", "no.mva"),
    "nz": ("nz.ird",),
    "pe": ("pe.cui", "pe.ruc"),
    "pk": ("pk.cnic",),
    "pl": ("pl.pesel", "pl.nip", "pl.regon"),
    "pt": ("pt.cc", "pt.nif"),
    "ro": ("ro.cnp", "ro.cf", "ro.cui"),
    "rs": ("rs.pib",),
    "ru": ("ru.inn", "ru.ogrn"),
    "se": ("se.personnummer", "se.orgnr", "se.vat"),
    "si": ("si.emso", "si.ddv", "si.maticna"),
    "sk": ("sk.rc", "sk.dph"),
    "th": ("th.pin", "th.tin"),
    "tr": ("tr.tckimlik", "tr.vkn"),
    "tw": ("tw.ubn",),
    "ua": ("ua.rntrc", "ua.edrpou"),
    "us": ("us.ssn", "us.itin", "us.ein"),
    "uy": ("uy.rut",),
    "ve": ("ve.rif",),
    "za": ("za.idnr", "za.tin"),
}

_STDNUM_REASONS: tuple[tuple[type[Exception], str], ...] = (
    (stdnum_errors.InvalidChecksum, "checksum fails"),
    (stdnum_errors.InvalidComponent, "contains an impossible part, e.g. a date"),
    (stdnum_errors.InvalidLength, "wrong length"),
)


class _GbNino:
    """NINO (UK National Insurance number), by HMRC's format rules: python-stdnum has none."""

    _PATTERN = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]?")

    @classmethod
    def validate(cls, number: str) -> str:
        compact = compact_id(number)
        if not cls._PATTERN.fullmatch(compact):
            raise stdnum_errors.InvalidFormat()
        return compact


@functools.cache
def _national_id_validators(country: str) -> tuple[Any, ...]:
    modules: list[Any] = []
    for name in NATIONAL_ID_MODULES.get(country, ()):
        try:
            modules.append(importlib.import_module(f"stdnum.{name}"))
        except ImportError:
            continue
    if country == "gb":
        modules.insert(0, _GbNino)
    return tuple(modules)


def _validator_label(module: ModuleType | type) -> str:
    """'PESEL' from the module's docstring; the module name where that is not ASCII."""
    label = (module.__doc__ or "").strip().split(" (")[0].rstrip(".")
    if label and label.isascii():
        return label
    return module.__name__.rsplit(".", 1)[-1].rstrip("_").upper()


def _swedish_personnummer(value: str) -> str:
    # The same person is written 19880320-0016 and 880320-0016; keep the
    # ten-digit form so both compare equal.
    digits = value.replace("-", "").replace("+", "")
    return f"{digits[2:8]}-{digits[8:]}" if len(digits) == 12 else value


@never_raise("national_id")
def normalise_national_id(raw: str, country: str | None = None) -> PropertyValue:
    """A personal, tax or company number checked with python-stdnum's validators for ``country``."""
    compact = compact_id(raw.strip())
    code = region_code(country)
    validators = _national_id_validators(code.lower()) if code else ()
    if not validators:
        if not (country and country.strip()):
            return PropertyValue(raw, compact, "national_id", True,
                                 "no country given, not validated")
        shown = code or country.strip().upper()
        return PropertyValue(raw, compact, "national_id", True, f"no validator for {shown}")
    # Report the first validator whose checksum failed (the number had its
    # shape, so a typo is likely), else why the main personal id rejected it.
    first_reason = checksum_reason = ""
    for module in validators:
        try:
            result = module.validate(raw)
        except Exception as exc:  # stdnum raises ValidationError, but odd input can raise others
            reason = next((text for error, text in _STDNUM_REASONS if isinstance(exc, error)),
                          "wrong format")
            reason = f"{_validator_label(module)}: {reason}"
            first_reason = first_reason or reason
            if isinstance(exc, stdnum_errors.InvalidChecksum):
                checksum_reason = checksum_reason or reason
            continue
        value = result if isinstance(result, str) else compact
        if module.__name__ == "stdnum.se.personnummer":
            value = _swedish_personnummer(value)
        return PropertyValue(raw, value, "national_id")
    return PropertyValue(raw, compact, "national_id", False,
                         f"not a valid national id for {code} ({checksum_reason or first_reason})")


_PASSPORT = re.compile(r"[A-Z0-9]{5,12}")


@never_raise("passport")
def normalise_passport(raw: str, country: str | None = None) -> PropertyValue:
    """A passport number → compact upper case; flagged unless 5-12 letters and digits.

    ``country`` is accepted for symmetry with national ids; no country's
    passport numbers carry a checksum outside the machine-readable zone.
    """
    compact = compact_id(raw)
    if not _PASSPORT.fullmatch(compact):
        return PropertyValue(raw, compact, "passport", False,
                             "a passport number has 5 to 12 letters and digits")
    return PropertyValue(raw, compact, "passport")
