#!/usr/bin/env bash
# One learner's single check (the target: ≤ 1.5 × bare rustc): `grader check --file` on a
# compile-fail file against bare rustc on the same file, and the fixed cost of starting `grader`
# (finding the toolchain, the sandbox's protections: `grader doctor`). Warm runs: the start-up
# cache in the grader's cache folder (toolchain identity, sandbox probe) is filled by the warm-up.
# Also times one cold start (`GRADER_CACHE_DIR=off`: everything found and probed again), and,
# inside one process, what a check adds to the bare rustc run it wraps (with Landlock on and off).
#
# A 20 ms command on a shared 2-core machine drifts from minute to minute, so the commands are
# timed in ROUNDS rounds (hyperfine, SINGLE_RUNS runs of each command per round, the commands one
# after another in each round); a command's figure is the median of its per-round medians, and
# the ratio to rustc is taken within each round, then its median and range reported.
#
# Usage: bench/single.sh [GRADER] [OUT]   (default: target/release/grader, target/bench);
# ROUNDS=5 and SINGLE_RUNS=20 by default. Writes OUT/single.json and prints the figures.
# run.sh calls it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
grader=${1:-$root/target/release/grader}
out=${2:-$root/target/bench}
mkdir -p "$out"
single=$root/tests/fixtures/check/two_mut.rs
sysroot=$(rustc --print sysroot)
rounds=${ROUNDS:-5}
for round in $(seq "$rounds"); do
  hyperfine -N --runs "${SINGLE_RUNS:-20}" --warmup 3 --style none --ignore-failure \
    --export-json "$out/single-$round.json" \
    -n "rustc" "$sysroot/bin/rustc --edition 2024 --error-format=json --crate-type bin --emit=metadata -o $out/single.rmeta $single" \
    -n "grader check --file" "$grader check --file $single --expect compile-fail --code E0499" \
    -n "grader doctor" "$grader doctor" \
    -n "grader check --file, cold start" "env GRADER_CACHE_DIR=off $grader check --file $single --expect compile-fail --code E0499" \
    > /dev/null 2>&1
done
# Inside one process: what Checker::check adds to the bare rustc run it wraps, and with Landlock
# off, its share (grader/examples/check_overhead.rs).
cargo build --release --quiet -p grader --example check_overhead
overhead=$root/target/release/examples/check_overhead
"$overhead" "$single" E0499 > "$out/overhead.json"
GRADER_SANDBOX_DISABLE=landlock "$overhead" "$single" E0499 > "$out/overhead-no-landlock.json"
python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
per_round = [{x["command"]: x["median"] for x in json.load(open(f"{out}/single-{r}.json"))["results"]}
             for r in range(1, rounds + 1)]
results = []
for name in per_round[0]:
    medians = [r[name] for r in per_round]
    ratios = [r[name] / r["rustc"] for r in per_round]
    results.append({"command": name, "median": statistics.median(medians),
                    "round_medians": medians, "ratio": statistics.median(ratios),
                    "round_ratios": ratios})
in_process = {"sandboxed": json.load(open(f"{out}/overhead.json")),
              "landlock_off": json.load(open(f"{out}/overhead-no-landlock.json"))}
json.dump({"rounds": rounds, "results": results, "in_process": in_process},
          open(f"{out}/single.json", "w"), indent=1)
for x in results:
    lo, hi = min(x["round_ratios"]), max(x["round_ratios"])
    print(f"{x['command']:<34} median {x['median'] * 1000:6.1f} ms  "
          f"({x['ratio']:.2f}× rustc; rounds {lo:.2f}–{hi:.2f}×)")
for name, x in in_process.items():
    print(f"in one process, {name:<14} bare rustc {x['bare_ms']:.1f} ms, check {x['check_ms']:.1f} ms "
          f"(+{x['overhead_ms']:.1f} ms)")
PY
