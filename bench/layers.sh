#!/usr/bin/env bash
# What each sandbox layer costs a single check: `grader check --file` on a run-pass program
# (compiled and run, so every layer of both roles is on the path) with every layer on, then with
# one layer turned off at a time through GRADER_SANDBOX_DISABLE (each configuration probes once:
# its start-up cache entry is warmed before timing), and with every layer on again at the end, to
# show how much the machine drifted meanwhile. Prints the medians and each layer's cost against
# the mean of the two "all on" runs.
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
configs=("" landlock seccomp netns ipcns tasks "")
args=()
for off in "${configs[@]}"; do
  # Warm the start-up cache (toolchain and probe answers) for this configuration.
  GRADER_CACHE_DIR=off GRADER_SANDBOX_DISABLE=$off "$grader" check --file "$file" --expect run-pass > /dev/null || true
  name=${off:-all on}
  [[ " ${args[*]} " == *" -n all on "* && -z $off ]] && name="all on (again, last)"
  args+=(-n "$name" "GRADER_CACHE_DIR=off GRADER_SANDBOX_DISABLE=$off $grader check --file $file --expect run-pass")
done
hyperfine --warmup 3 --runs "${RUNS:-30}" --export-json "$out/layers.json" "${args[@]}" > /dev/null
python3 - "$out/layers.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
on = [r["median"] for r in results if r["command"].startswith("all on")]
base = sum(on) / len(on)
for r in results:
    delta = (base - r["median"]) * 1000
    what = "" if r["command"].startswith("all on") else f"  (the layer costs {delta:+.1f} ms)"
    print(f"{r['command']:<10} median {r['median'] * 1000:6.1f} ms{what}")
PY
