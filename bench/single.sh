#!/usr/bin/env bash
# One learner's single check (issue 9: ≤ 1.5 × bare rustc): `grader check --file` on a
# compile-fail file against bare rustc on the same file, and the fixed cost of starting `grader`
# (finding the toolchain, the sandbox's protections: `grader doctor`). Warm runs: the start-up
# cache in the grader's cache folder (toolchain identity, sandbox probe) is filled by the warm-up.
# Also times one cold start (`GRADER_CACHE_DIR=off`: everything found and probed again).
#
# Usage: bench/single.sh [GRADER] [OUT]   (default: target/release/grader, target/bench);
# writes OUT/single.json (hyperfine) and prints the medians. run.sh calls it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
grader=${1:-$root/target/release/grader}
out=${2:-$root/target/bench}
mkdir -p "$out"
single=$root/tests/fixtures/check/two_mut.rs
sysroot=$(rustc --print sysroot)
hyperfine -N --runs "${SINGLE_RUNS:-20}" --warmup 3 --style none --ignore-failure \
  --export-json "$out/single.json" \
  -n "rustc" "$sysroot/bin/rustc --edition 2024 --error-format=json --crate-type bin --emit=metadata -o $out/single.rmeta $single" \
  -n "grader check --file" "$grader check --file $single --expect compile-fail --code E0499" \
  -n "grader doctor" "$grader doctor" \
  -n "grader check --file, cold start" "env GRADER_CACHE_DIR=off $grader check --file $single --expect compile-fail --code E0499" \
  > /dev/null
python3 - "$out/single.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
base = r["rustc"]["median"]
for name, x in r.items():
    print(f"{name:<34} median {x['median'] * 1000:6.1f} ms  ({x['median'] / base:.2f}× rustc)")
PY
