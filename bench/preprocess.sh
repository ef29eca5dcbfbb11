#!/usr/bin/env bash
# How much of a book build the exercises preprocessor costs.
#
# Builds the real book RUNS times with `grader build` (release build, in-process mdBook) and
# compares the time the `exercises` pass reports (MDBOOK_EXERCISES_TIMING: directive scanning,
# catalog loading, rendering and `rustc --explain` look-ups, all per build) with the whole build
# (loading the book, every preprocessor, the HTML renderer and writing files).
#
# Usage: bench/preprocess.sh [RUNS]   (default 10). Prints medians and the share.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
cargo build --release --quiet -p grader-cli
grader=target/release/grader
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Error-code titles are cached on disk per toolchain: the first build of a machine pays for
# `rustc --explain`, later builds read the cache. Measure both: cold builds with the cache off,
# warm builds with a cache filled by the first of them.
export MDBOOK_EXERCISES_CACHE_DIR="$out/cache"
pre=()
explain=()
total=()
cold=()
for _ in $(seq 3); do
    log="$(MDBOOK_EXERCISES_CACHE_DIR=off MDBOOK_EXERCISES_TIMING=1 "$grader" build --dest "$out/book" 2>&1)"
    cold+=("$(sed -n 's/^mdbook-exercises: preprocessed for html in \([0-9.]*\) ms.*$/\1/p' <<<"$log")")
done
"$grader" build --dest "$out/book" >/dev/null 2>&1
for _ in $(seq "$runs"); do
    log="$(MDBOOK_EXERCISES_TIMING=1 "$grader" build --dest "$out/book" 2>&1)"
    pre+=("$(sed -n 's/^mdbook-exercises: preprocessed for html in \([0-9.]*\) ms.*$/\1/p' <<<"$log")")
    explain+=("$(sed -n 's/^mdbook-exercises: preprocessed for html in .* of which \([0-9.]*\) ms .*$/\1/p' <<<"$log")")
    # "built the book into DIR in 123.4ms" (or "1.2s")
    t="$(sed -n 's/^built the book into .* in \([0-9.]*\)\(ms\|s\)$/\1 \2/p' <<<"$log")"
    total+=("$(awk '{ print ($2 == "s") ? $1 * 1000 : $1 }' <<<"$t")")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
p="$(median "${pre[@]}")"
t="$(median "${total[@]}")"
chapters="$(grep -c '\.md)' src/SUMMARY.md || true)"
directives="$(grep -ho '^{{#exercise [^}]*}}' src/*.md | wc -l)"
echo "book: $chapters chapters, $directives exercise directives; $runs builds"
echo "exercises pass, cold title cache (median of 3): $(median "${cold[@]}") ms"
echo "exercises pass, warm title cache (median): ${p} ms, of which $(median "${explain[@]}") ms running rustc --explain"
echo "whole build    (median): ${t} ms"
awk -v p="$p" -v t="$t" 'BEGIN { printf "share: %.1f%%\n", 100 * p / t }'
