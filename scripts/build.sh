#!/usr/bin/env bash
# Builds the wasm package the page loads: www/pkg/hedgescope.js and hedgescope_bg.wasm.
set -euo pipefail
source "$(dirname "$0")/env.sh"
echo "== wasm-pack build --target web --release --out-dir www/pkg"
wasm-pack --quiet build --target web --release --out-dir www/pkg --no-pack
rm -f www/pkg/.gitignore
raw=$(stat -c %s www/pkg/hedgescope_bg.wasm)
gz=$(gzip -9 -c www/pkg/hedgescope_bg.wasm | wc -c)
echo "wasm: $raw bytes raw, $gz bytes gzipped"
