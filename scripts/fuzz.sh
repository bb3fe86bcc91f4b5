#!/usr/bin/env bash
# Runs every fuzz target for FUZZ_SECONDS each (default 600) with a corpus seeded from the test
# fixtures and examples, and prints the executions each reached. cargo-fuzz needs nightly flags;
# the one toolchain here is stable, so RUSTC_BOOTSTRAP=1 lets it pass them.
# Findings land in fuzz/artifacts/<target>/; fix each with a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export RUSTC_BOOTSTRAP=1
SECONDS_EACH=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-"link_decode json_import csv_import bods_import report"}
# Seconds one input may take before it counts as a hang. A fuzzer run beside builds at a low
# priority can be starved that long without any slow input: raise it there.
TIMEOUT=${FUZZ_TIMEOUT:-10}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install --locked cargo-fuzz
fi

# Seed corpora (idempotent: files are named by content).
seed() {
  local target=$1; shift
  mkdir -p "fuzz/corpus/$target"
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "fuzz/corpus/$target/seed-$(sha1sum "$f" | cut -c1-16)"
  done
  return 0
}
cargo build --quiet --bin exposure
bin=target/debug/exposure
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for s in scenarios/*.json; do
  name=$(basename "$s" .json)
  "$bin" link "$s" > "$tmp/$name.link" 2>/dev/null || true
  for list in entities holdings links data; do
    # csv_import reads its first byte as the list and mode; prefix it so seeds start in the right list.
    case $list in entities) b='\x00';; holdings) b='\x01';; links) b='\x02';; data) b='\x03';; esac
    { printf "$b"; "$bin" export-csv "$list" "$s" 2>/dev/null; } > "$tmp/$name.$list.csv" || true
  done
  "$bin" export-bods "$s" --date 2024-01-01 > "$tmp/$name.bods.json" 2>/dev/null || true
done
seed link_decode tests/fixtures/links/*.link "$tmp"/*.link
seed json_import scenarios/*.json tests/fixtures/links/*.json
seed csv_import "$tmp"/*.csv
seed bods_import tests/fixtures/bods/*.json "$tmp"/*.bods.json
seed report scenarios/*.json tests/fixtures/links/*.json

summary=()
for t in $TARGETS; do
  echo "[fuzz] $t for ${SECONDS_EACH}s"
  log="fuzz/$t.log"
  # -rss_limit_mb bounds memory; -timeout flags a hang (one input taking over $TIMEOUT s). No
  # sanitizer: the crate's one unsafe call runs an AVX2 copy of safe code (power/game.rs) after
  # checking the processor, so AddressSanitizer would halve the speed for nothing.
  cargo fuzz run --release --sanitizer none "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout="$TIMEOUT" -max_len=262144 \
    -print_final_stats=1 2> "$log" || { tail -40 "$log"; echo "[fuzz] $t FAILED: see $log and fuzz/artifacts/$t" >&2; exit 1; }
  execs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  summary+=("$(printf '%-12s %12s executions in %ss, no crash' "$t" "$execs" "$SECONDS_EACH")")
done
printf '[fuzz] %s\n' "${summary[@]}"
