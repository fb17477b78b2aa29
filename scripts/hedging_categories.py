#!/usr/bin/env python3
"""Per-category precision and recall of the hedging detector against the SUC cue spans.

Usage: hedging_categories.py DATA.jsonl DUMP.jsonl
  DATA: a dev set with gold cue spans (character offsets); DUMP: the --dump file of
  scripts/hedging_adapter.py for the same lines (byte offsets, every category).

Precision of a category: share of its findings that overlap a gold cue of any type.
"Same-type" precision/recall pair a category with the gold type of the same name
(epistemic, doxastic, investigation); the SUC scheme has no type for the other categories.
"""
import json
import sys
from collections import Counter

SUC_TYPE = {"speculation_modal_probable_": "epistemic", "speculation_hypo_doxastic _": "doxastic",
            "speculation_hypo_condition _": "condition", "speculation_hypo_investigation _": "investigation"}


def char_spans(text, findings):
    """Byte offsets -> character offsets."""
    byte_to_char, b = {}, 0
    for i, ch in enumerate(text):
        byte_to_char[b] = i
        b += len(ch.encode("utf-8"))
    byte_to_char[b] = len(text)
    return [(byte_to_char.get(s, 0), byte_to_char.get(e, len(text)), cat) for s, e, cat, _ in findings]


def main():
    data, dump = sys.argv[1], sys.argv[2]
    recs = [json.loads(l) for l in open(data, encoding="utf-8") if l.strip()]
    preds = [json.loads(l) for l in open(dump, encoding="utf-8")]
    n_pred, hit_any, hit_same = Counter(), Counter(), Counter()
    n_gold, found_same = Counter(), Counter()
    for rec, found in zip(recs, preds):
        text = rec["text"].replace("\r", " ").replace("\n", " ")
        mine = char_spans(text, found)
        gold = [(c["start"], c["end"], SUC_TYPE.get(c["type"], c["type"])) for c in rec["cues"]]
        for s, e, cat in mine:
            n_pred[cat] += 1
            hit_any[cat] += any(s < ge and gs < e for gs, ge, _ in gold)
            hit_same[cat] += any(s < ge and gs < e and gt == cat for gs, ge, gt in gold)
        for gs, ge, gt in gold:
            n_gold[gt] += 1
            found_same[gt] += any(s < ge and gs < e and cat == gt for s, e, cat in mine)
    pct = lambda a, b: f"{100 * a / b:5.1f}" if b else "  n/a"
    print(f"  {'category':17s} {'found':>6s} {'P(any gold)':>11s} {'P(same type)':>12s} {'gold':>6s} {'R(same type)':>12s}")
    for cat in sorted(set(n_pred) | set(n_gold)):
        print(f"  {cat:17s} {n_pred[cat]:6d} {pct(hit_any[cat], n_pred[cat]):>11s} "
              f"{pct(hit_same[cat], n_pred[cat]) if cat in n_gold else '  n/a':>12s} {n_gold[cat]:6d} {pct(found_same[cat], n_gold[cat]):>12s}")


if __name__ == "__main__":
    main()
