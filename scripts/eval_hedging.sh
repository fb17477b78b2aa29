#!/usr/bin/env bash
# Scores the hedging detector on the three development sets with shared/eval/score.py and
# prints sentence-level P/R/F1 of the uncertain class (and cue overlap where there are spans),
# then per-category precision/recall against the SUC cue spans.
#
# It runs the real release CLI: `hedgescope analyze --lines` (one Report per sentence), and
# scripts/hedging_adapter.py turns Reports into score.py's protocol. Category mapping:
#   CoNLL-2010 (hedges + weasels): everything except boosters and weak epistemic cues counts
#     as uncertainty. Weak epistemic cues are the modals and words with frequent root readings
#     (may, could, possible); the CoNLL Wikipedia annotators marked only 22% of the sentences
#     with "may" uncertain (SUC marks 86% of the same "may"s), so that scheme leaves them out.
#     Weak doxastic cues (estimates of a figure) are left out for the same reason.
#     Weak attribution ("according to", usually followed by a named source) is left out too:
#     a named source is not a weasel.
#   SUC (semantic uncertainty, no weasels): epistemic, doxastic, investigation, and strong
#     attribution (the distancing adverbs allegedly, reportedly, purportedly and "rumoured",
#     which SUC types as doxastic/epistemic). Other hearsay ("is said to", "claim that",
#     "according to") and vague and anonymous sources are about where a claim comes from,
#     which SUC does not annotate. SUC's
#     condition cues (if, would, unless) have no Hedgescope category (see the issue-5 note).
# Boosters never count.
#
# Usage: scripts/eval_hedging.sh [--no-build]   (env SHARED=path/to/shared overrides the data)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
if [[ -z "${SHARED:-}" ]]; then
  for candidate in "$repo/../shared" "$repo/../../shared" /work/shared; do
    if [[ -d "$candidate/data/hedging" ]]; then SHARED=$(cd "$candidate" && pwd); break; fi
  done
fi
[[ -d "${SHARED:-}/data/hedging" ]] || { echo "eval_hedging: shared data not found; set SHARED" >&2; exit 1; }
data="$SHARED/data/hedging"
score="$SHARED/eval/score.py"

if [[ "${1:-}" != "--no-build" ]]; then
  cargo build --release --quiet --bin hedgescope
fi
bin="$repo/target/release/hedgescope"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

CONLL=epistemic:none,epistemic:strong,doxastic:none,doxastic:strong,attribution:none,attribution:strong,vague_source,anonymous_source,investigation
SUC=epistemic,doxastic,attribution:strong,investigation

run() { # file categories
  local name=$1 count=$2
  echo "== $name (uncertain = $count)"
  python3 "$score" --ignore-types "" \
    --cmd "'$bin' analyze --lines --no-sentences --no-paragraphs | python3 '$repo/scripts/hedging_adapter.py' --count $count --dump '$tmp/$name.dump'" \
    "$data/$name.jsonl"
}

run conll2010_wiki_train "$CONLL"
run suc_wiki_train "$SUC"
python3 "$repo/scripts/hedging_categories.py" "$data/suc_wiki_train.jsonl" "$tmp/suc_wiki_train.dump"
run suc_bio_train "$SUC"
python3 "$repo/scripts/hedging_categories.py" "$data/suc_bio_train.jsonl" "$tmp/suc_bio_train.dump"
