"""Language identification from script and stopword ratios; non-English articles fail clearly.

Rules (`detect_language`):
- Only the first `MAX_CHARS` characters are read: the language of a news article is settled
  long before its end, and this keeps the stage O(1) per article.
- Script first: when most letters are Cyrillic, Arabic, Hebrew, Greek, CJK, ... the script
  names the language (Cyrillic with і/ї/є/ґ is Ukrainian, else Russian; kana is Japanese,
  hangul Korean, other Han Chinese). At least `MIN_LETTERS` letters are needed.
- Latin script: the share of tokens that are stopwords of each language (en, de, fr, es, it,
  pt, nl, pl, tr, sv, id) is compared. Text is lower-cased first, so ALL-CAPS wire copy
  (MUC-3/4) and lower-cased corpora count like ordinary text.
- A long text (>= `UND_MIN_TOKENS` words) in Latin script where no listed language reaches
  `MIN_RATIO` and English stopwords are under `UND_MAX_EN_RATIO` is "und" (undetermined but
  clearly not English: Zulu, Czech, Vietnamese, ...).
- Otherwise undecidable text returns None: fewer than `MIN_TOKENS` words (headlines, captions), or no
  language reaching `MIN_RATIO`. The component never rejects an undecided document.
- A Latin-script language other than English is returned only when it clearly beats English
  (its ratio is at least twice the English one), so English with foreign names and quotes
  ("SAN LUIS DE LA REINA") stays English.
- Names are not function words. A text read as another language is read again with names set
  apart (English text keeps the quick count). A word hyphened to a capitalised one ("al-Shifa") is one token.
  In sentence-case text, a capitalised word before another inside a sentence ("at Al Jazeera",
  "in El Paso") is part of a name and counts for no language; at a sentence start only the
  Arabic article "Al" is ("Al Jazeera reporter ...": Spanish "al" begins no name, while "Le
  Hamas" is French). A lone upper-case "I" is the English pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from eventwire.errors import ComponentError
from eventwire.pipeline.workdoc import WorkDoc

MAX_CHARS = 2000
MIN_TOKENS = 8
MIN_LETTERS = 20
MIN_RATIO = 0.12
UND_MIN_TOKENS = 40
UND_MAX_EN_RATIO = 0.03

# Short, high-frequency function words; words shared across languages are left out where they
# would blur the decision (e.g. "de", "a", "en" are kept only in their most telling language).
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """the of and to in is was for that on with as by at from it are were be has have had
            this which an or not but its their they he she his her been will would said after who
            also than more into over about when there we our you all no can could other two up out""",
        "de": """der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im
            auch es wird wurde sind nach bei aus wie noch nur oder aber wenn dass hat haben
            sie er ich wir uns einer eines zum zur vor über durch gegen seit""",
        "fr": """de le la les et est en une des du pour dans que qui sur pas plus par au aux ce cette
            il elle ils sont été avec mais ou leur lui nous vous je ont aussi comme être sa ses son
            selon après entre""",
        "es": """de la el los las del y es en una por para con que se su sus al lo como más pero fue ha
            han este esta entre sobre también muy sin desde hasta porque ser son está según tras""",
        "it": """il della delle degli gli che di è per con non una sono alla al dei nel nella
            anche come più ma ha hanno questo questa stato essere dopo tra fra suo sua loro""",
        "pt": """de o os as da do das dos em um uma para com não que se por mais mas foi são ao
            pela pelo como também está ser seu sua já após entre nos nas""",
        "nl": """de het een en van is dat op te zijn voor met niet aan er ook als bij door maar
            om nog wordt werd naar uit over dan heeft hebben ze wij""",
        "pl": """i w na z do że się nie to jest jak po od za dla ale czy przez jego już tak oraz
            był była było są może który która które tym""",
        "tr": """ve bir bu da de için ile olarak daha çok gibi en ancak sonra kadar olan ise
            değil şu ya veya ama""",
        "sv": """och att det som är en på för av med till den har inte om ett var jag men från
            vi kan så ska efter också""",
        "id": """yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena
            oleh ada bahwa atau mereka sudah telah""",
    }.items()
}

# Word → the languages listing it, so each token costs one dict lookup.
_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _INDEX[_w] = (*_INDEX.get(_w, ()), _lang)

_WORD = re.compile(r"[^\W\d_]+")
# A word hyphened to a capitalised one is one token: "al-Shifa", "el-Sisi" are names, not Spanish "al"/"el".
_TOKEN = re.compile(r"[^\W\d_]+(?:-(?=[A-Z\u00C0-\u00DE])[^\W\d_]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;|\u2013\u2014]\s*|\s-\s)[\"'\u2018\u201c(]*$")
_LANG_TAG = re.compile(r"[-_]")
# Script → language, checked on letters only. Ranges are the Unicode blocks of each script.
_SCRIPTS: list[tuple[str, re.Pattern[str]]] = [
    ("cyrillic", re.compile(r"[\u0400-\u04FF]")),
    ("ar", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
    ("th", re.compile(r"[\u0E00-\u0E7F]")),
    ("ka", re.compile(r"[\u10A0-\u10FF]")),
    ("hy", re.compile(r"[\u0530-\u058F]")),
]
# Any character of the scripts above: most Latin text has none, so counting letters is skipped.
_ANY_SCRIPT = re.compile("[" + "".join(p.pattern[1:-1] for _, p in _SCRIPTS) + "]")
_KANA = re.compile(r"[\u3040-\u30FF]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def _script_language(sample: str) -> str | None:
    """Language named by a non-Latin script that covers most letters, if any."""
    if sample.isascii() or not _ANY_SCRIPT.search(sample):
        return None  # no letter of a listed script: every count below would be zero
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS or len(_LATIN.findall(sample)) * 2 >= letters:
        return None
    for lang, pattern in _SCRIPTS:
        n = len(pattern.findall(sample))
        if n * 2 > letters:
            if lang == "cyrillic":
                return "uk" if len(_UKRAINIAN.findall(sample)) * 100 > n else "ru"
            if lang == "zh" and _KANA.search(sample):
                return "ja"  # Japanese mixes kanji with kana
            return lang
    return None


def language_scores(text: str) -> dict[str, float]:
    """Share of word tokens that are stopwords of each Latin-script language."""
    tokens = _WORD.findall(text[:MAX_CHARS].lower())
    if not tokens:
        return {lang: 0.0 for lang in STOPWORDS}
    return {lang: sum(t in words for t in tokens) / len(tokens) for lang, words in STOPWORDS.items()}


def _name_particle(word: str, text: str, start: int) -> bool:
    """A capitalised word before another is a name's: inside a sentence any, at its start only "Al"."""
    return word == "Al" or not _SENTENCE_START.search(text, max(0, start - 4), start)


def _decide(counts: dict[str, int], n: int) -> str | None:
    """The language the stopword counts of `n` tokens name (see the module rules)."""
    en = counts["en"]
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < MIN_RATIO * n:
        # A long Latin-script text with almost no English function words is still clearly
        # not English (Zulu, Czech, Vietnamese, ...): "und" is BCP 47 for undetermined.
        if n >= UND_MIN_TOKENS and en < UND_MAX_EN_RATIO * n:
            return "und"
        return None
    if best == "en" or counts[best] < 2 * en:
        return "en"
    return best


def _without_names(sample: str) -> str | None:
    """`_decide` on tokens read with names set apart: hyphened names, name particles, the pronoun I."""
    matches = list(_TOKEN.finditer(sample))
    if len(matches) < MIN_TOKENS:
        return None
    tokens = [m.group() for m in matches]
    counts = dict.fromkeys(STOPWORDS, 0)
    cased = not sample.isupper()
    names = cased and sum(t[0].islower() for t in tokens) * 2 >= len(tokens)  # sentence case
    for m, nxt in zip(matches, [*tokens[1:], ""], strict=True):
        t = m.group()
        if t == "I" and cased:
            counts["en"] += 1  # "I am weak": the English pronoun, not Polish "i"
            continue
        if names and t[0].isupper() and nxt[:1].isupper() and _name_particle(t, sample, m.start()):
            continue
        for lang in _INDEX.get(t.lower(), ()):
            counts[lang] += 1
    return _decide(counts, len(tokens))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:MAX_CHARS]
    script = _script_language(sample)
    if script:
        return script
    tokens = _WORD.findall(sample.lower())
    if len(tokens) < MIN_TOKENS:
        return None
    counts = dict.fromkeys(STOPWORDS, 0)
    for t in tokens:
        for lang in _INDEX.get(t, ()):
            counts[lang] += 1
    quick = _decide(counts, len(tokens))
    # Only a text read as another language is read again with its names set apart: names only ever lend
    # evidence to other languages, and most texts are English, so they keep the quick count. The re-read only
    # says whether the text is English (or undecided); a text still foreign keeps the quick count's code, since
    # dropping names can tie two other languages ("Dos muertos en un ataque en El Salvador" stays es).
    if quick in (None, "en"):
        return quick
    again = _without_names(sample)
    return again if again in (None, "en") else quick


def _primary(tag: str | None) -> str | None:
    """Primary subtag of a language tag ("en-US" → "en")."""
    if not tag:
        return None
    return _LANG_TAG.split(tag.strip().lower(), 1)[0] or None


def make(accept: Iterable[str] = ("en",), reject: bool = True) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `language.stopwords.v1`.

    Sets `article.language` when unset. With `reject`, a document whose detected language (or,
    when detection is undecided, its declared language) is not in `accept` raises ComponentError.
    """
    accepted = frozenset(a.lower() for a in accept)
    names = "/".join(sorted(accepted))

    def language(doc: WorkDoc) -> WorkDoc:
        detected = detect_language(doc.text)
        if not doc.article.language and detected:
            doc.article.language = detected
        lang = detected or _primary(doc.article.language)
        if reject and lang and lang not in accepted:
            only = "English" if accepted == {"en"} else names
            if lang == "und" and detected == "und":  # BCP 47 "undetermined": the words are not English, nor named
                raise ComponentError(f"not {only}, and the language could not be told (only {only} is extracted)")
            if lang == "und":  # declared "und", and the words decide nothing (too few, or no clear majority)
                raise ComponentError(f"the language could not be told: the page declares none ('und') and its words "
                                     f"do not tell one (only {only} is extracted)")
            raise ComponentError(f"unsupported language: {lang} (only {only} is extracted)")
        return doc

    return language
