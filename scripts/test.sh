#!/usr/bin/env bash
# Every test, in three layers: the Rust core and CLI (cargo test), the wasm API in headless
# Chromium (wasm-pack test), and the page end to end (node's test runner + playwright-core).
set -euo pipefail
source "$(dirname "$0")/env.sh"

echo "== 1/3 cargo test (core, CLI, property tests)"
cargo test 2>&1

echo "== 2/3 wasm-pack test --headless --chrome (wasm API in Chromium)"
wasm-pack test --headless --chrome 2>&1

echo "== 3/3 page end to end (build www/pkg and dist/, then node --test with playwright-core on dist/)"
bash scripts/build.sh
node --test --test-concurrency=1 tests/e2e/ tests/node/ 2>&1
