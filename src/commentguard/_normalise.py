"""Step 1 of 4: undo markup and obfuscation so that the features see plain words.

``normalise(text)`` returns a :class:`Normalised` with the cleaned, case-folded
text, the links found in it (however they were written) and counts of the
tricks that were undone: zero-width and bidi characters, homoglyphs (Cyrillic
or Greek look-alikes inside Latin words), leetspeak (``v1agr@``), spaced-out
letters (``c a s i n o``, ``v.i.a.g.r.a``), "example dot com" links, HTML and
BBCode markup, HTML entities. Honest writing that only looks like a trick is
left alone and not counted: a misplaced space around a full stop ("twice.it",
"the recipe . It worked") is no link, a model number ("V3c") no leetspeak, and
Windows-1252 quotes read as Latin-1 are repaired, not hidden characters. Work is
bounded: only the first :data:`MAX_CHARS` characters are read.

Speed matters here (tens of thousands of comments a second), so every step is
guarded by a cheap test and skipped when the text cannot need it. The
``regex`` module (Unicode script classes) is used only for non-ASCII text; the
stdlib ``re`` serves the ASCII fast paths. To change how a trick is undone,
edit the pattern or table named after it below.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from importlib import resources
from typing import NamedTuple

import regex

__all__ = ["MAX_CHARS", "Normalised", "normalise", "domain_of", "TLDS"]

#: Characters read per comment. Longer comments are cut (and say so in reasons).
MAX_CHARS = 5_000

# --- invisible and control characters ----------------------------------------
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Text saved as Windows-1252 and read as Latin-1 (common in old exports and SMS archives)
# has its curly quotes and dashes as C1 control characters: "That\x92s" is "That’s", not
# a hidden character. They are read back as Windows-1252 meant them.
_C1_AS_CP1252 = str.maketrans({
    chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
})
_C1 = re.compile(r"[\x80-\x9f]")
_INVISIBLE = re.compile(
    r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]"
)
# The zero-width joiner inside an emoji sequence ("🙇\u200d♀️", "👩\u200d👧") is part of the
# emoji, not a hidden character: it is removed like the others but not counted.
_EMOJI_JOINER = regex.compile(r"(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d(?=\p{Extended_Pictographic})")
# The zero-width non-joiner and joiner between two letters of a script other than Latin are
# spelling: Persian and Urdu write "مزه\u200cاش" with a half-space, Hindi and Malayalam
# shape conjuncts with them. Removed like the others but not counted (between Latin
# letters, "vi\u200cagra", they are a hidden trick and do count).
_SCRIPT_JOINER = regex.compile(r"(?<=[[\p{L}\p{M}]--\p{Latin}])[\u200c\u200d](?=[\p{L}--\p{Latin}])", regex.V1)
# Variation selectors (U+FE0E, U+FE0F) choose how an emoji is drawn ("❤️"). Between two
# letters ("m\ufe0fake") they only break a word in two: removed there and counted;
# after an emoji they are left alone.
_SELECTOR_IN_WORD = re.compile(r"(?<=[^\W\d_])[\ufe0e\ufe0f]+(?=[^\W\d_])")


def _strip_invisible(text: str) -> tuple[str, int]:
    """``text`` without invisible characters (and without variation selectors inside
    words), and how many of them were hidden tricks."""
    joiners = len(_EMOJI_JOINER.findall(text)) if "\u200d" in text else 0
    if "\u200c" in text or "\u200d" in text:
        joiners += len(_SCRIPT_JOINER.findall(text))
    text, n = _INVISIBLE.subn("", text)
    if "\ufe0f" in text or "\ufe0e" in text:
        text, selectors = _SELECTOR_IN_WORD.subn("", text)
        n += selectors
    return text, n - joiners


# --- markup ---------------------------------------------------------------------
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)""", re.I)
_BBCODE_URL = re.compile(r"\[url(?:=([^\]\s]+))?\]([^\[]*)\[/url\]", re.I)
_TAG = re.compile(r"</?[a-zA-Z!][^>]{0,500}>")

# --- homoglyphs: Cyrillic/Greek letters that look Latin, used inside Latin words
_CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ɡ": "g", "һ": "h", "ո": "n", "ս": "u", "ԛ": "q", "ԝ": "w",
    "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x",
})
_LOOKALIKE_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0261\u0578\u057d]")
_MIXED_SCRIPT_WORD = regex.compile(
    r"(?<!\p{L})(?=\p{L}*\p{Latin})(?=\p{L}*[\p{Cyrillic}\p{Greek}\u0261\u0501\u0578\u057d])\p{L}+"
)

# --- words ---------------------------------------------------------------------
# Leetspeak and missing spaces are told by whether the pieces are words.
@functools.lru_cache(maxsize=1)
def corpus_words() -> frozenset[str]:
    """The plain words of our corpus, 3–14 letters (``_lexicon.txt``, written by
    ``corpus/build_lexicon.py``)."""
    listed = resources.files(__package__).joinpath("_lexicon.txt").read_text(encoding="utf-8")
    return frozenset(w for w in listed.split("\n") if w and not w.startswith("#"))


# --- leetspeak: digits/symbols standing for letters *between* letters -----------
# ("v1agra", "c4sino", "fr33"); "python3", "4k", "@maria" and "x86" are left alone, and
# so is what spells no word (see _unleet): "v3c", "s710a", "great!!thanks".
_LEET_TABLE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                             "@": "a", "$": "s", "!": "i", "|": "l", "€": "e"})
# Leetspeak is a trick of alphabets: in Chinese, Japanese, Korean and Thai a digit
# between two letters is just a number ("おにぎり1個", "3倍"), so their letters do not count.
_A = r"[^\W\d_\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"  # a letter, not CJK or Thai
_LEET_WORD = re.compile(rf"^[\W_]*([^\W\d_]*(?:{_A}[0134579@$!|€]+(?={_A}))+[^\W_]*[@$]?)[\W_]*$")
_LEET_TABLE_L = str.maketrans({"1": "l"})  # "b1ue", "c1aim": a 1 for an l
_LEET_SYMBOLS = frozenset("@$!|€")
_BETWEEN_WORDS = re.compile(r"[!|]+")
_ONE_LETTER_WORDS = frozenset("ia")


def _unleet(word: str) -> str | None:
    """``word`` (letters with digits or symbols between them) read as the word it
    disguises ("v1agra" → "viagra", "b1ue" → "blue"); ``None`` when it disguises none:
    exclamation marks or bars between two words ("awesome!!she", "nothing!i",
    "{great|awesome}" of a spintax template posted unexpanded) or a short model
    or part number that reads as no word either way ("v3c", "s710a", "mp3s"), and a
    booking code with a digit that stands for no letter ("qz7k2p")."""
    if ("!" in word or "|" in word) and all(
            len(part) >= 2 or part in _ONE_LETTER_WORDS for part in _BETWEEN_WORDS.split(word)):
        return None
    read = word.translate(_LEET_TABLE)
    if read in corpus_words():
        return read
    if "1" in word:
        as_l = word.translate(_LEET_TABLE_L).translate(_LEET_TABLE)
        if as_l in corpus_words():
            return as_l
    if len(word) <= 5 and _LEET_SYMBOLS.isdisjoint(word):
        return None
    if any(c.isdigit() for c in read):  # a digit that stands for no letter: a code ("qz7k2p")
        return None
    return read

# A token worth a closer look: leet digits or symbols between two letters ("v1agra"),
# or one letter between two separators ("v.i.a", "c-a-s"; not "well-known", "example.com").
# (Written to start with a character class so that the engine skips ahead fast.)
_SUSPECT = re.compile(
    rf"[0134579@$!|€.\-_*](?<={_A}[0134579@$!|€.\-_*])"
    rf"(?:(?<=[0134579@$!|€])[0134579@$!|€]*(?={_A})|(?<=[.\-_*]){_A}[.\-_*](?={_A}))"
)

# --- d.o.t.t.e.d letters inside one token --------------------------------------
_DOTTED = re.compile(r"^[\W_]*((?:[^\W\d_][.\-_*]){3,}[^\W\d_])[\W_]*$")

# --- links ------------------------------------------------------------------------
# Endings a bare "name.ending" may have to be read as a link. Those that are everyday
# words ("recoverydesk.support", "setup-free.download") are found only as written, with
# their full stop, never spelled out: "need help . help me" is not "need.help" (and
# "dead.help" after a plain word is still a missing space; see _missing_space).
_SPELLABLE_TLDS = frozenset(
    "com net org info biz ru xyz top io co us uk de in online site shop store club pro me "
    "tk ml ga cf gq link click live life today fun space website tech app ly gl be fr es it "
    "nl pl br cn jp kr au ca eu ua vn id ph pk bd ng za cc tv ws to su xxx bet casino loan "
    "win vip cam icu buzz rest work host press blog news agency services solutions digital "
    "email page ch at se no dk fi ie nz mx ar cl tr gr ro cz hu sk bg rs hr lt lv ee "
    "dev ai gg tw hk sg th ke gh np lk il pt kz ae sa eg sbs cyou cfd".split()
)
_NEWER_WORD_TLDS = frozenset(
    "support help download team tips stream trade finance money cash health care beauty "
    "network world zone cloud center games reviews".split()
)
TLDS = _SPELLABLE_TLDS | _NEWER_WORD_TLDS
_TLD_ALT = "|".join(sorted(TLDS, key=len, reverse=True))
_SPELLED_TLD_ALT = "|".join(sorted(_SPELLABLE_TLDS, key=len, reverse=True))
_URL = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'\]\[)(]+"
    rf"|(?<![\w@.-])(?:[a-z0-9][a-z0-9-]*\.)+(?:{_TLD_ALT})(?![\w@-])(?:/[^\s<>\"'\]\[)(]*)?"
)
_DOT_TLD = re.compile(r"\.(?<=[a-z0-9]\.)([a-z]{2,12})\b")
# "example dot com", "example (.) com", and "dot" in other languages: "точка", "ドット",
# "닷" as they stand, "point", "punkt", "punto" only in brackets, as they are words too
_DOT_WORDS = "точка|ドット|닷"
_DOT_WORDS_IN_BRACKETS = "point|punkt|punto|ponto|kropka|nokta|titik"
_SPELLED_DOT = re.compile(
    rf"\b([a-z0-9][a-z0-9-]*)\s*([(\[{{]\s*(?:dot|{_DOT_WORDS_IN_BRACKETS})\s*[)\]}}]"
    rf"|[(\[{{]?\s*(?:dot|\.|{_DOT_WORDS})\s*[)\]}}]?)\s*({_SPELLED_TLD_ALT})\b"
)
_FOREIGN_DOT = re.compile(rf"{_DOT_WORDS}|[(\[{{]\s*(?:{_DOT_WORDS_IN_BRACKETS})\s*[)\]}}]")
_FOREIGN_COM = re.compile(r"(?<=닷)\s*컴|(?<=ドット)コム")  # "닷컴", "ドットコム": "dot com"
_SPACED_WWW = re.compile(rf"\bw{{2,3}} ([a-z0-9][a-z0-9-]*) ({_SPELLED_TLD_ALT})\b")  # "www example com"
_DOMAIN = re.compile(r"^(?:[a-z]+://)?(?:www\.)?([^/:?#\s]+)", re.I)

# A full stop between two words is more often a space typed in the wrong place than a
# link. Endings that are everyday words which start a sentence or follow a list number:
# - after a spaced full stop, "the recipe . It worked", "your business. In our survey",
#   they are a sentence, not "example . com" spelled out;
# - with no space at all, "tried it twice.it still failed", "thanks.me and my son",
#   "1.it is about Africa", after a plain word (or a list number) they are a missing
#   space; so are other everyday words there, "still dead.shop found it", "this
#   rubbish.club should". Names made of several words ("quickfixparts.in") stay links.
_SENTENCE_TLDS = frozenset("in it to at no me be us today email".split())
# "a dot in it", "the dot at the end": a word about a dot, not a name spelled out before one
_DOT_TALK = frozenset("a an the one each every this that no".split())
_WORD_TLDS = _SENTENCE_TLDS | _NEWER_WORD_TLDS | frozenset(
    "shop store club live life fun space work rest host press blog news page link click "
    "site online app top win".split()
)


def _missing_space(found: str) -> bool:
    """Is ``found`` (what the link pattern matched) two words with the space between
    them left out? Only a bare "name.ending" can be: never a link with a scheme, a
    path, ``www.`` or more than one dot."""
    name, _, ending = found.partition(".")
    if "." in ending or ending not in _WORD_TLDS:
        return False
    if name.isdigit():
        return len(name) <= 2 and ending in _SENTENCE_TLDS  # a numbered list: "1.it", "2.to"
    return name.isalpha() and (len(name) <= 2 or name in corpus_words())


class Normalised(NamedTuple):
    """A comment's text after normalisation."""

    text: str  #: cleaned, NFKC, case-folded; links kept in place
    urls: tuple[str, ...]  #: every link found, lower-case, as written
    truncated: bool = False  #: the comment was longer than MAX_CHARS
    invisible: int = 0  #: zero-width / bidi / control characters removed
    homoglyph_words: int = 0  #: words that mixed Latin with look-alike letters
    leet_words: int = 0  #: words with digits or symbols standing for letters
    spaced_words: int = 0  #: s p a c e d / d.o.t.t.e.d words joined back
    spelled_links: int = 0  #: "example dot com" style links
    html_links: int = 0  #: <a href> or [url] links


def domain_of(url: str) -> str:
    """The host part of a link, lower-case, without ``www.``."""
    m = _DOMAIN.match(url.strip())
    return (m.group(1) if m else url).lower().rstrip(".")


def _has_link(text: str) -> bool:
    if "://" in text or "www." in text:
        return True
    return "." in text and not TLDS.isdisjoint(_DOT_TLD.findall(text))


def normalise(text: str) -> Normalised:
    """Normalise one comment's text. ``text`` must be a ``str``."""
    truncated = len(text) > MAX_CHARS
    if truncated:
        text = text[:MAX_CHARS]
    written = text
    invisible = homoglyph_words = leet_words = spaced_words = spelled_links = html_links = 0
    spelled_hosts: set[str] = set()  # "example dot in": a link, whatever the words around it

    if not text.isprintable():  # (newlines count as not printable; that is fine)
        if _C1.search(text):
            text = text.translate(_C1_AS_CP1252)
        text, n = _CONTROL.subn(" ", text)
        invisible += n
    if not text.isascii():
        text = _SURROGATES.sub("\ufffd", text)
        text, n = _strip_invisible(text)
        invisible += n

    urls: list[str] = []
    if "<" in text or "[" in text:
        for m in _HREF.finditer(text):
            urls.append(m.group(1))
            html_links += 1
        for m in _BBCODE_URL.finditer(text):
            urls.append(m.group(1) or m.group(2))
            html_links += 1
        text = _BBCODE_URL.sub(r" \2 ", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(html.unescape(text))
        if not text.isascii():
            text, n = _strip_invisible(text)
            invisible += n

    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)

        def _fix(m: regex.Match[str]) -> str:
            nonlocal homoglyph_words
            fixed = m.group(0).translate(_CONFUSABLES)
            if fixed != m.group(0):  # (not "220µf", "µmol": a Greek mu in a unit is no look-alike)
                homoglyph_words += 1
            return fixed

        text = text.casefold()
        if _LOOKALIKE_LETTER.search(text):
            text = _MIXED_SCRIPT_WORD.sub(_fix, text)
    else:
        text = text.lower()

    # Token pass: leetspeak, d.o.t.t.e.d words, s p a c e d letters.
    tokens = text.split()
    changed = False
    suspects = set()
    for m in _SUSPECT.finditer(text):  # few matches in ordinary text
        start = text.rfind(" ", 0, m.start()) + 1
        end = text.find(" ", m.end())
        suspects.add(text[start:] if end < 0 else text[start:end])
    for i in [i for i, tok in enumerate(tokens) if tok in suspects] if suspects else ():
        tok = tokens[i]
        if "@" in tok and "." in tok or "/" in tok or "www." in tok:
            continue  # e-mail address or link: keep verbatim
        dotted = _DOTTED.match(tok)
        if dotted:
            tokens[i] = tok.replace(dotted.group(1), re.sub(r"[.\-_*]", "", dotted.group(1)))
            spaced_words += 1
            changed = True
            continue
        leet = _LEET_WORD.match(tok)
        read = _unleet(leet.group(1)) if leet and not leet.group(1)[-1:].isdigit() else None
        if leet and read is not None:
            tokens[i] = tok.replace(leet.group(1), read)
            leet_words += 1
            changed = True
    singles = [i for i, tok in enumerate(tokens) if len(tok) == 1 and tok.isalpha()] \
        if list(map(len, tokens)).count(1) >= 4 else []
    if len(singles) >= 4:
        runs: list[list[int]] = []
        for i in singles:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            if len(run) >= 4:
                tokens[run[0]] = "".join(tokens[j] for j in run)
                for j in run[1:]:
                    tokens[j] = ""
                spaced_words += 1
                changed = True
    if changed:
        text = " ".join(t for t in tokens if t)
    elif len(tokens) and ("  " in text or "\n" in text or "\t" in text):
        text = " ".join(tokens)

    foreign_dot = (not text.isascii() or "(" in text or "[" in text or "{" in text) \
        and _FOREIGN_DOT.search(text) is not None
    if foreign_dot:
        text = _FOREIGN_COM.sub(" com", text)
    if (" dot " in text or "(dot)" in text or "[dot]" in text or "(.)" in text
            or "[.]" in text or " . " in text or " .com" in text or ". com" in text
            or ". net" in text or ". org" in text or foreign_dot):
        def _spelled(m: re.Match[str]) -> str:
            nonlocal spelled_links
            spelled, name, dot, ending = m.group(0, 1, 2, 3)
            if name in _DOT_TALK:
                return spelled
            if dot.strip(" {}") == "." and (
                    " " not in spelled or ending in _SENTENCE_TLDS
                    or re.search(rf"\.\s+{ending.capitalize()}\b", written)):
                # an ordinary domain, or a sentence: "it . It worked", "R$ 120 a extra. Com 2
                # rodadas" (Portuguese "with" starting a sentence, as it was written)
                return spelled
            spelled_links += 1
            spelled_hosts.add(f"{name}.{ending}")
            return f"{name}.{ending}"

        text = _SPELLED_DOT.sub(_spelled, text)
    if "ww " in text:
        text, n = _SPACED_WWW.subn(r"www.\1.\2", text)
        spelled_links += n

    if _has_link(text):
        urls.extend(u for u in _URL.findall(text) if u in spelled_hosts or not _missing_space(u))

    return Normalised(
        text=text.strip(),
        urls=tuple(dict.fromkeys(u.lower().rstrip(".,!?;:") for u in urls if u)) if urls else (),
        truncated=truncated,
        invisible=invisible,
        homoglyph_words=homoglyph_words,
        leet_words=leet_words,
        spaced_words=spaced_words,
        spelled_links=spelled_links,
        html_links=html_links,
    )
