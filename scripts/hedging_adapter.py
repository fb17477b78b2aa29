#!/usr/bin/env python3
"""Adapter: `hedgescope analyze --lines` Reports (JSONL on stdin) -> the protocol of
shared/eval/score.py (JSONL on stdout: {"uncertain": bool, "cues": [{start, end, type}]}).

--count names the Report categories that make a sentence uncertain under the annotation
scheme being scored; cues of other categories are left out. An entry `category:strength`
(strength weak, strong or none) counts only that strength of the category. Offsets stay UTF-8 bytes, which
is what the CLI reports and what score.py expects.

--dump FILE also writes every finding of every category (with its cue and category) per
line, for the per-category table of scripts/hedging_categories.py.
"""
import argparse
import json
import sys

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--count", required=True, help="comma-separated categories that count as uncertainty")
ap.add_argument("--dump", help="write all findings per line (JSONL) to this file")
args = ap.parse_args()
counted = set(filter(None, args.count.split(",")))


def counts(hedge):
    strength = hedge.get("strength") or "none"
    return hedge["category"] in counted or f'{hedge["category"]}:{strength}' in counted
dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
for line in sys.stdin:
    if not line.strip():
        continue
    report = json.loads(line)
    hedges = report.get("hedges", [])
    cues = [{"start": h["start"], "end": h["end"], "type": h["category"]} for h in hedges if counts(h)]
    print(json.dumps({"uncertain": bool(cues), "cues": cues}))
    if dump:
        dump.write(json.dumps([[h["start"], h["end"], h["category"], h["cue"]] for h in hedges]) + "\n")
