"""Names in Arabic script, which has no capitals: read by given names, the
``bin``/``abu``/``al-`` parts, nationalities and words no dictionary knows."""

from __future__ import annotations

import re

from liaison.analysis.redaction.lexicon import (
    ARABIC_GIVEN_WORDS,
    family_languages,
    fold,
    given_languages,
    is_common,
    wordset,
)
from liaison.analysis.redaction.names import (
    skeleton,
)
from liaison.analysis.redaction.persons.tokens import (
    PersonHit,
    Word,
    surname_shape,
)
from liaison.analysis.redaction.persons.vocabulary import (
    ARABIC_COMPOUND,
    ARABIC_LINKS,
    ARABIC_ORG,
    ARABIC_STOP,
    ARABIC_TITLES,
    PROCLITIC,
    place_word,
)


def bel_bou(word: str) -> bool:
    """A Maghreb surname written with "بل" or "بو" ("بلمقدم", "بوزيد"): no preposition
    "ب" on a word, as long as the rest is no word either."""
    folded = fold(word)
    return len(folded) >= 5 and folded[:2] in ("بل", "بو") and not is_common(word, "ar") \
        and not is_common(word[1:], "ar")


# Nationalities (masculine; the feminine adds "ة"), "and" or "the" written on: before
# a foreign name in Arabic letters ("العامل الباكستاني شاه زيب خان يوسفزي").
NATIONALITIES = wordset("""باكستاني هندي بنغالي أفغاني سوري عراقي مصري
مغربي جزائري تونسي ليبي سوداني أردني لبناني فلسطيني يمني سعودي إماراتي قطري كويتي بحريني
عماني إيراني تركي روسي أوكراني بيلاروسي بريطاني إنجليزي فرنسي ألماني إسباني إيطالي برتغالي
هولندي بلجيكي سويسري نمساوي بولندي روماني بلغاري يوناني قبرصي صربي ألباني كرواتي بوسني
أمريكي كندي مكسيكي كولومبي برازيلي فنزويلي أرجنتيني بيروفي صيني ياباني كوري فلبيني
إندونيسي ماليزي تايلاندي فيتنامي سريلانكي نيبالي نيجيري غاني سنغالي إثيوبي صومالي إريتري
كيني جورجي أرميني أذربيجاني كازاخي أوزبكي طاجيكي شيشاني داغستاني ليتواني لاتفي إستوني
سويدي نرويجي دنماركي فنلندي إيرلندي أيرلندي تشيكي سلوفاكي مجري""")


def _nationality(word: str) -> bool:
    folded = re.sub(r"^[وف]?ال", "", fold(word))
    return folded.removesuffix("ه") in NATIONALITIES




def arabic_names(text: str, words: list[Word], taken: set[int]) -> list[PersonHit]:
    hits = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.script != "arabic" or i in taken:
            i += 1
            continue
        titled = i > 0 and (fold(words[i - 1].text) in ARABIC_TITLES or (i > 1
                            and fold(words[i - 1].text) in ("به", "فيه", "عليه")
                            and fold(words[i - 2].text) in ARABIC_TITLES))
        starts_link = fold(word.text) in ("ابو", "ام", "ابن") and i + 1 < len(words) \
            and words[i + 1].script == "arabic"
        # "بدر بن علي", "إسلام حمدي": a given name that is also a word, before a name.
        weak_given = fold(word.text) in ARABIC_GIVEN_WORDS and i + 1 < len(words) \
            and words[i + 1].gap_before == " " and (
                fold(words[i + 1].text) in ("بن", "بنت", "ابن")
                or arabic_given(words[i + 1].text))
        if i > 0 and (fold(words[i - 1].text) in ARABIC_ORG
                      or place_word(words[i - 1].text)):
            i += 1
            continue
        foreign = foreign_arabic(words, i)
        if foreign:
            names = [fold(words[k].text) for k in foreign]
            hits.append(PersonHit(words[foreign[0]].start, words[foreign[-1]].end,
                                  f"person:~{' '.join(sorted(map(skeleton, names)))}",
                                  "person:arabic-foreign"))
            taken.update(foreign)
            i = foreign[-1] + 1
            continue
        if (not starts_link and fold(word.text) in ARABIC_STOP) or not (
                starts_link or weak_given or
                arabic_given(word.text) or (titled and not is_common(word.text, "ar"))):
            before = words[i - 1].text if i > 0 else ""
            # "الحساب البنكي": after a definite noun, a nisba is its adjective (verbs
            # such as "التقى" begin with "الت").
            definite = before.startswith("ال") and not before.startswith("الت")
            if surname_shape(word.text, "arabic") and not is_common(word.text, "ar") \
                    and not definite and fold(before) not in ARABIC_ORG \
                    and fold(word.text) not in ARABIC_STOP:
                hits.append(PersonHit(word.start, word.end,
                                      f"person:~{skeleton(fold(word.text))}",
                                      "person:arabic-family"))
                taken.add(i)
            i += 1
            continue
        run = [i, i + 1] if starts_link else [i]
        j = i + len(run)
        while j < len(words) and len(run) < 6 and words[j].script == "arabic" \
                and re.fullmatch(r"[ \u00a0]", words[j].gap_before or "x"):
            part = words[j].text
            folded = fold(part)
            if folded in ARABIC_STOP or re.match(r"[\u0621-\u064a]", text[words[j].start - 1]):
                break  # "... ووجدي": "and" written onto the next name starts another
            if folded in ARABIC_LINKS and j + 1 < len(words):
                run += [j, j + 1]
                j += 2
                continue
            if folded in ARABIC_COMPOUND:
                run.append(j)
                j += 1
                continue
            if folded == "الله" or (j + 1 < len(words) and fold(words[j + 1].text) == "الله"
                                     and words[j + 1].gap_before == " "):
                run += [j] if folded == "الله" else [j, j + 1]
                j += 1 if folded == "الله" else 2
                continue  # "عوض الله", "رزق الله": one name, whatever "عوض" means
            if re.match(r"[وفبلك]", folded) and not folded.startswith("بن") \
                    and not arabic_given(part) \
                    and not family_languages(folded) and not bel_bou(part):
                break  # "بشقيقها", "وبحوزته": a preposition or "and" leads a word
            if len(run) >= 2 and folded.startswith("ال") and len(folded) > 3 \
                    and arabic_given(words[run[-1]].text):
                run.append(j)  # "رانيا طلال القضاة": a family name, though a word too
                j += 1
                break
            if arabic_given(part) or family_languages(folded) \
                    or not is_common(part, "ar") or surname_shape(part, "arabic") \
                    or (folded.startswith("ال") and arabic_given(folded[2:])) \
                    or (len(run) == 1 and not PROCLITIC.match(part) \
                    and not re.match(r"[وفبل]", folded)):
                run.append(j)
                j += 1
                continue
            break
        if starts_link and len(run) < 3 and not titled:
            i = j  # "أبو خالد": a kunya alone is what friends call him, not his name
            continue
        if len(run) >= 2 or titled:
            names = [words[k].text for k in run]
            key = " ".join(sorted(skeleton(fold(n)) for n in names[1:] or names))
            hits.append(PersonHit(words[run[0]].start, words[run[-1]].end,
                                  f"person:~{key}", "person:arabic"))
            taken.update(run)
        i = j
    return hits

def holder_run(words: list[Word], last: int) -> list[int]:
    """The Arabic name ending at ``last``, right before a personal identifier's label
    ("المدعو مشعل بن عايض بن سلطان الحربي، هوية وطنية ..."): the words back to a title,
    a stop word, an organisation word or a break, less the verb that may lead them
    ("فتح جورج ..."); a word before "بن" is a given name and stays. Two words at least."""
    run = [last]
    while len(run) < 7 and run[0] > 0 and words[run[0]].gap_before in (" ", "\u00a0"):
        k = run[0] - 1
        folded = fold(words[k].text)
        if words[k].script != "arabic" or folded in ARABIC_STOP or folded in ARABIC_TITLES \
                or folded in ARABIC_ORG or _nationality(words[k].text):
            break
        run.insert(0, k)
    while len(run) > 2 and fold(words[run[1]].text) not in ARABIC_LINKS \
            and is_common(words[run[0]].text, "ar") and not arabic_given(words[run[0]].text):
        run.pop(0)
    return run if len(run) >= 2 else []


def foreign_arabic(words: list[Word], i: int) -> list[int]:
    """A foreign name written in Arabic letters: words no Arabic dictionary knows,
    started by a hyphenated one ("كلاوس-ديتر هيرشفيلدر") or after a nationality
    ("العامل الباكستاني شاه زيب خان يوسفزي"). Two words at least, one unknown."""
    word = words[i]
    parts = [p for p in word.text.split("-") if p]
    hyphenated = len(parts) >= 2 and not any(is_common(p, "ar") for p in parts)
    before = words[i - 1].text if i > 0 else ""
    after_nisba = i > 0 and words[i - 1].script == "arabic" \
        and _nationality(before) and word.gap_before in (" ", "\u00a0")
    if not (hyphenated or after_nisba):
        return []
    run: list[int] = []
    j = i
    while j < len(words) and len(run) < 5 and words[j].script == "arabic" \
            and (j == i or words[j].gap_before in (" ", "\u00a0")):
        folded = fold(words[j].text)
        if folded in ARABIC_STOP or folded in ARABIC_TITLES or folded in ARABIC_ORG \
                or (re.match(r"[وفبلك]", folded) and is_common(words[j].text[1:], "ar")):
            break
        run.append(j)
        j += 1
    while run and is_common(words[run[-1]].text, "ar"):
        run.pop()  # "... يوسفزي بتهمة": the name ends at its last unknown word
    unknown = [k for k in run if not is_common(words[k].text, "ar")]
    return run if len(run) >= 2 and unknown else []

def arabic_given(token: str) -> bool:
    folded = fold(token)
    if folded in ARABIC_STOP:
        return False
    return bool(given_languages(folded)) or (folded.startswith("عبد") and len(folded) > 4)
