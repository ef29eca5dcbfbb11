#!/usr/bin/env bash
# What each sandbox layer costs a single check: `grader check --file` on a run-pass program
# (compiled and run, so every layer of both roles is on the path) with every layer on, then with
# one layer turned off at a time through GRADER_SANDBOX_DISABLE (each configuration probes once:
# its start-up cache entry is warmed before timing). Interleaved hyperfine runs; prints the
# medians and the difference to "all on".
#
# Usage: bench/layers.sh [GRADER]     (default: target/release/grader, built if missing)
# Needs: hyperfine.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
grader=${1:-$root/target/release/grader}
[[ -x $grader ]] || cargo build --release --quiet -p grader-cli
out=$root/target/bench/layers
mkdir -p "$out"
file=$out/hello.rs
printf 'fn main() {\n    let v = vec![1, 2, 3];\n    println!("{}", v.len());\n}\n' > "$file"
configs=("" landlock seccomp netns ipcns tasks)
args=()
for off in "${configs[@]}"; do
  # Warm the start-up cache (toolchain and probe answers) for this configuration.
  GRADER_CACHE_DIR=off GRADER_SANDBOX_DISABLE=$off "$grader" check --file "$file" --expect run-pass > /dev/null || true
  args+=(-n "${off:-all on}" "GRADER_CACHE_DIR=off GRADER_SANDBOX_DISABLE=$off $grader check --file $file --expect run-pass")
done
hyperfine --warmup 3 --runs "${RUNS:-30}" --export-json "$out/layers.json" "${args[@]}" > /dev/null
python3 - "$out/layers.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = next(r for r in results if r["command"] == "all on")["median"]
for r in results:
    delta = (base - r["median"]) * 1000
    what = "" if r["command"] == "all on" else f"  (the layer costs {delta:+.1f} ms)"
    print(f"{r['command']:<10} median {r['median'] * 1000:6.1f} ms{what}")
PY
