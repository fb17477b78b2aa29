# Sourced by the other scripts: puts cargo's and npm's tools first in PATH.
# node_modules/.bin comes first so that npm's binaryen wasm-opt wins over any other
# (Debian's binaryen writes broken wasm; see ../shared/TOOLCHAIN.md).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cd "$ROOT"
