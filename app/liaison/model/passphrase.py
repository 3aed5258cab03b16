"""How strong a new passphrase is, and why a weak one is weak (issue 16).

The estimate is zxcvbn's (Dropbox's estimator, MIT): a score from 0 to 4 from the
guesses an attacker needs, counting dictionary words, common passwords, names,
keyboard walks, repeats, sequences and dates. A workspace key slot is behind
Argon2id (ARCHITECTURE.md, Key slots), an offline slow hash, for which zxcvbn's
score 3 ("safely unguessable: moderate protection from an offline slow-hash
scenario") is the default minimum; an agency may require 4. Every refusal names its
reasons, each a code with an English sentence; the desktop shows its own translations
of the codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from liaison.model.errors import WeakPassphrase

MIN_LENGTH = 8
DEFAULT_MIN_SCORE = 3
MAX_SCORE = 4
# zxcvbn's time grows with the length; nobody types more than this.
_MAX_CHECKED = 100

REASONS = {
    "too-short": f"too short (fewer than {MIN_LENGTH} characters)",
    "common-password": "a commonly used password",
    "common-word": "a common word or words",
    "name": "a common first name or surname",
    "own-details": "the agency's name or other details of this workspace",
    "repeat": "repeated characters or words",
    "sequence": "a sequence such as abc or 1234",
    "keyboard": "a keyboard pattern such as qwerty",
    "date": "a date or a recent year",
    "guessable": "guessable: add another word or two; uncommon words are better",
}
_DICTIONARIES = {"passwords": "common-password", "english_wikipedia": "common-word",
                 "us_tv_and_film": "common-word", "female_names": "name",
                 "male_names": "name", "surnames": "name", "user_inputs": "own-details"}
_PATTERNS = {"repeat": "repeat", "sequence": "sequence", "spatial": "keyboard",
             "date": "date", "regex": "date"}


@dataclass(frozen=True)
class Strength:
    """zxcvbn's score (0-4) and the reason codes of what made it guessable."""

    score: int
    reasons: tuple[str, ...]

    def acceptable(self, min_score: int = DEFAULT_MIN_SCORE) -> bool:
        return self.score >= min_score and "too-short" not in self.reasons


def assess(passphrase: str, context: Sequence[str] = ()) -> Strength:
    """How guessable ``passphrase`` is; ``context`` are words an attacker would try
    first (the agency's name, its country)."""
    inputs = [w for c in context for w in str(c).lower().split() if w]
    from zxcvbn import zxcvbn  # its word lists take 0.1 s to load: only when checking

    result = zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=inputs) if passphrase else None
    score = int(result["score"]) if result else 0
    reasons: list[str] = []
    if len(passphrase) < MIN_LENGTH:
        reasons.append("too-short")
    for match in result["sequence"] if result else ():
        code = (_DICTIONARIES.get(match.get("dictionary_name", ""))
                if match["pattern"] == "dictionary" else _PATTERNS.get(match["pattern"]))
        if code and code not in reasons:
            reasons.append(code)
    if score < MAX_SCORE and len(reasons) == (1 if "too-short" in reasons else 0):
        reasons.append("guessable")
    return Strength(score, tuple(reasons))


def check(passphrase: str, min_score: int = DEFAULT_MIN_SCORE,
          context: Sequence[str] = ()) -> None:
    """Raise :class:`WeakPassphrase` saying why, if ``passphrase`` is below ``min_score``."""
    strength = assess(passphrase, context)
    if strength.acceptable(min_score):
        return
    why = "; ".join(REASONS[r] for r in strength.reasons)
    raise WeakPassphrase(f"The passphrase is too weak (strength {strength.score} of "
                         f"{MAX_SCORE}; this workspace needs at least {min_score}): {why}. "
                         "A few uncommon words make a strong one.", list(strength.reasons))
