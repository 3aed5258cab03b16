"""What handling codes, TLP levels, grades and statuses mean, in the person's language.

The codes themselves (H2, TLP:AMBER, B2) are never translated: partners read
them aloud to each other. Their explanations are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate finds strings only in calls named ``translate``/``tr``, not in wrappers.
translate = QCoreApplication.translate


def handling_meaning(code: str | None) -> str:
    """Europol handling codes (ARCHITECTURE.md, Data model)."""
    code = (code or "").upper()
    if code == "H0":
        return translate("Vocabulary", "Law-enforcement use")
    if code == "H1":
        return translate("Vocabulary", "Not for use as evidence in court without the "
                                       "originator's permission")
    if code == "H2":
        return translate("Vocabulary", "Not to be passed on without the originator's consent")
    if code == "H3":
        return translate("Vocabulary", "Other restrictions: see the handling conditions")
    return translate("Vocabulary", "No handling code")


def tlp_meaning(level: str | None) -> str:
    """FIRST TLP 2.0 definitions, shortened."""
    level = (level or "").upper()
    if level == "RED":
        return translate("Vocabulary", "For the named recipients only; no further disclosure")
    if level == "AMBER+STRICT":
        return translate("Vocabulary", "Limited disclosure, within the recipient's "
                                       "organisation only")
    if level == "AMBER":
        return translate("Vocabulary", "Limited disclosure, on a need-to-know basis within "
                                       "the recipient's organisation and its clients")
    if level == "GREEN":
        return translate("Vocabulary", "Limited disclosure, within the recipient's community")
    if level == "CLEAR":
        return translate("Vocabulary", "No limit on disclosure")
    return translate("Vocabulary", "No TLP marking")


def reliability_meaning(code: str | None) -> str:
    """Europol 4x4: how reliable the source is."""
    code = (code or "").upper()
    if code == "A":
        return translate("Vocabulary", "Source reliable")
    if code == "B":
        return translate("Vocabulary", "Source mostly reliable")
    if code == "C":
        return translate("Vocabulary", "Source not reliable")
    if code == "X":
        return translate("Vocabulary", "Source reliability cannot be assessed")
    return translate("Vocabulary", "Source not graded")


def assessment_meaning(code: str | None) -> str:
    """Europol 4x4: how the information itself is assessed."""
    if code == "1":
        return translate("Vocabulary", "Information known to be true without reservation")
    if code == "2":
        return translate("Vocabulary", "Information known personally to the source but not "
                                       "to the officer passing it on")
    if code == "3":
        return translate("Vocabulary", "Information not known personally to the source but "
                                       "corroborated by other information")
    if code == "4":
        return translate("Vocabulary", "Information not known personally to the source and "
                                       "cannot be corroborated")
    return translate("Vocabulary", "Information not assessed")


def grade_meaning(reliability: str | None, assessment: str | None) -> str:
    return f"{reliability_meaning(reliability)}; {assessment_meaning(assessment)}"


def status_name(status: str) -> str:
    if status == "active":
        return translate("Vocabulary", "Active")
    if status == "superseded":
        return translate("Vocabulary", "Superseded")
    if status == "retracted":
        return translate("Vocabulary", "Retracted by the originator")
    return status


def date_text(value: str | None) -> str:
    """ISO dates as stored, with their precision (``2024``, ``2024-03``, ``2024-03-05 14:30``).

    ISO is kept on purpose: analysts in six countries read the same screen.
    """
    return (value or "").replace("T", " ")
