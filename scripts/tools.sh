#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present at the
# right version. A fresh machine of this kind has only cargo, node and npm; CI runs this too.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

say() { printf '[tools] %s\n' "$*"; }

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source, for the size-optimised release build (Makefile: build-std).
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rust-src"
  rustup component add rust-src
fi

# Crates. Trunk builds offline (Trunk.toml: it must not fetch tools of its own), so what the app's
# build compiles must already be in cargo's cache: the project's dependencies (on a fresh machine
# `make serve` runs no cargo command before trunk) and, for build-std, the standard library's own
# (moto-rt and the rest of its Cargo.lock), which no other step fetches. Checked offline first
# (milliseconds); fetched only when something is missing.
fetch() {
  if ! RUSTC_BOOTSTRAP=1 cargo fetch --offline --locked --manifest-path "$1" >/dev/null 2>&1; then
    say "fetching the crates of $1"
    RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path "$1"
  fi
}
fetch Cargo.toml
fetch "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

# Trunk: 0.22 needs a newer rustc, so the version is pinned.
if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}"; then
  say "installing trunk ${TRUNK_VERSION} (several minutes)"
  cargo install --locked "trunk@${TRUNK_VERSION}"
fi

# wasm-bindgen CLI must equal the crate's pinned version; --locked fails on this registry.
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}"; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION}"
  cargo install --force "wasm-bindgen-cli@${WASM_BINDGEN_VERSION}"
fi

# Node test tools and wasm-opt (binaryen 132 from npm; Debian's is too old).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (playwright-core, axe, binaryen)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Chromium and its driver from Debian, for browser and end-to-end tests, and a font with
# Japanese glyphs (Noto CJK), without which Japanese text in the page, its charts and their PNG
# exports would be drawn as empty boxes.
apt_packages=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_packages+=(chromium chromium-driver)
fi
if ! fc-list :lang=ja 2>/dev/null | grep -q .; then
  apt_packages+=(fonts-noto-cjk)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "installing ${apt_packages[*]} from apt"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

say "ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null)"
