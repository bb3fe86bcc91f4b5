#!/usr/bin/env bash
# `make bench`: the criterion benchmarks (native), then the same workloads natively and as wasm in
# headless Chromium (tests/bench_*.rs, which print "bench <name>: <ms> ms"), with the wasm/native
# ratio of each. Both runs use the bench profile (opt-level 3) so the ratio compares like with
# like. Timings are printed, never asserted: these machines are noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
SUITES=${BENCH_SUITES:-"bench_control bench_breach"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ -z "${SKIP_CRITERION:-}" ]; then
  cargo bench --locked
fi

for suite in $SUITES; do
  echo "[bench] $suite: native"
  cargo test --locked --profile bench --test "$suite" -- --nocapture 2>&1 | tee -a "$out/native.txt" | grep '^bench ' || true
  echo "[bench] $suite: wasm in headless Chromium"
  # The shipped build's WebAssembly features (Makefile: WASM_FEATURES), in a target dir of
  # their own so the tests' wasm build is not rebuilt.
  CARGO_TARGET_DIR=target/bench-wasm CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Ctarget-feature=+simd128" \
  cargo test --locked --profile bench --target wasm32-unknown-unknown --test "$suite" -- --nocapture 2>&1 \
    | tee -a "$out/wasm.txt" | grep '^bench ' || true
done

node - "$out/native.txt" "$out/wasm.txt" "$(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" <<'JS'
const fs = require('fs');
const [native, wasm, machine] = process.argv.slice(2);
const read = (f) => {
  const m = new Map();
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    const r = /^bench (.+?): ([0-9.]+) ms/.exec(line.trim());
    if (r) m.set(r[1], Number(r[2]));
  }
  return m;
};
const n = read(native), w = read(wasm);
console.log(`\n[bench] wasm (Chromium) / native, bench profile, median ms — ${machine}`);
console.log(`${'workload'.padEnd(64)} ${'native'.padStart(9)} ${'wasm'.padStart(9)} ${'ratio'.padStart(6)}`);
for (const [k, v] of n) {
  const x = w.get(k);
  const ratio = x === undefined ? '-' : (x / Math.max(v, 1e-3)).toFixed(2);
  console.log(`${k.padEnd(64)} ${v.toFixed(2).padStart(9)} ${(x ?? NaN).toFixed(2).padStart(9)} ${ratio.padStart(6)}`);
}
JS
