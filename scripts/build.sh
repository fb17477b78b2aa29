#!/usr/bin/env bash
# Builds the wasm package the page loads (www/pkg/hedgescope.js and hedgescope_bg.wasm),
# then dist/, the page as it ships: www/ minified file by file (scripts/minify.mjs).
set -euo pipefail
source "$(dirname "$0")/env.sh"
echo "== wasm-pack build --target web --release --out-dir www/pkg"
wasm-pack --quiet build --target web --release --out-dir www/pkg --no-pack
rm -f www/pkg/.gitignore
# The service worker precaches every file of the package, including the JS snippets that
# wasm-bindgen writes under pkg/snippets/<crate>-<hash>/ (their path changes between builds).
(cd www && find pkg -type f ! -name '*.d.ts' ! -name precache.json | sort | node -e '
  const files = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean).map((f) => "./" + f);
  require("fs").writeFileSync("pkg/precache.json", JSON.stringify(files, null, 1) + "\n");')
raw=$(stat -c %s www/pkg/hedgescope_bg.wasm)
gz=$(gzip -9 -c www/pkg/hedgescope_bg.wasm | wc -c)
echo "wasm: $raw bytes raw, $gz bytes gzipped"

# www/ is the readable source (serve it with `node scripts/serve.mjs --root www` to debug);
# dist/ is what ships: the same files under the same names, minified (scripts/minify.mjs).
echo "== node scripts/minify.mjs (www/ -> dist/)"
node scripts/minify.mjs
