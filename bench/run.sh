#!/usr/bin/env bash
# The checking benchmark: on the same machine, in one run, times the book's cases
#   - one rustc per case, the floor (bench/floor.py: grader's own invocation, all cores busy),
#   - `grader verify` (batched, no cache), and `grader verify` again with a warm cache,
#   - `grader check --cases` on the same cases as a corpus of single-file programs, and on a
#     corpus where every case appears twice, right and wrong (`twins.jsonl`: one compile each),
#   - `mdbook test` on the book, and trybuild on the same cases (a throwaway crate),
# interleaved, medians of RUNS rounds; then `grader grade` over a synthetic class (25 and 100
# learners × every exercise: seconds per submission, peak memory), one `grader check --file`
# against bare rustc on the same file (bench/single.sh), and the differential test (batched =
# isolated verdicts) on the whole book. Two workloads we did not write are timed the same way,
# each against its own floor: the Rust Book's one-file listings (bench/rust_book_corpus.py,
# `grader check --cases`) and a class with unsolved starters (10 learners × every exercise, about
# 40 % untouched starters, `grader grade`); for each, why programs were compiled alone
# (`GRADER_BATCH_STATS=1`), and the differential test on the Rust Book's listings. Writes the
# results between the markers of docs/performance.md.
#
# Usage: bench/run.sh            RUNS=5 by default; BENCH_MDBOOK=0 skips installing mdbook,
#                                BENCH_TRYBUILD=0 skips trybuild; BENCH_CLASS_SIZES ("25 100")
#                                the synthetic classes graded; RUST_BOOK_SRC: a clone of
#                                rust-lang/book (else cloned once into target/bench/rust-book).
# Needs: hyperfine (apt-get install -y hyperfine), python3, git, network for crates.io (and
# github.com, without RUST_BOOK_SRC) the first time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/target/bench
runs=${RUNS:-5}
cd "$root"
mkdir -p "$out"

cargo build --release --quiet -p grader-cli -p mdbook-exercises
grader=$root/target/release/grader
cargo run --release --quiet -p grader --example export_cases -- "$root" "$out"
cases=$(wc -l < "$out/floor.tsv")

mdbook=$(command -v mdbook || true)
if [[ -z $mdbook && ${BENCH_MDBOOK:-1} == 1 ]]; then
  [[ -x $out/tools/bin/mdbook ]] ||
    cargo install --quiet mdbook --version 0.5.4 --locked --root "$out/tools"
  mdbook=$out/tools/bin/mdbook
fi

trybuild=${BENCH_TRYBUILD:-1}
if [[ $trybuild == 1 ]]; then
  python3 bench/trybuild_crate.py "$out/floor.tsv" "$out/trybuild"
  # First run: builds trybuild and writes the compile-fail snapshots; the timed runs are warm.
  (cd "$out/trybuild" && TRYBUILD=overwrite cargo test --quiet > /dev/null 2>&1) || true
fi

# Programs written elsewhere, and a class where about 40 % of the files are untouched starters.
python3 bench/rust_book_corpus.py "$out/rust-book"
bench/class.sh "$root" "$out/class-starters" 10 40
python3 bench/class_floor.py "$root" "$out/class-starters" "$out/class-starters.tsv"

rm -rf "$out/cache"
cmds=$(python3 - "$out" "$grader" "$mdbook" "$root" "$trybuild" <<'EOF'
import json, sys
out, grader, mdbook, root, trybuild = sys.argv[1:]
cmds = [
    ["floor", "per-case floor: one rustc per case", f"python3 {root}/bench/floor.py {out}/floor.tsv"],
    ["verify", "`grader verify` (batched, no cache)", f"GRADER_CACHE_DIR=off {grader} verify --root {root}"],
    ["cases", "`grader check --cases` (same cases)", f"GRADER_CACHE_DIR=off {grader} check --cases {out}/cases.jsonl --single-author"],
    ["twins", "`grader check --cases`, every case twice (right and wrong)", f"GRADER_CACHE_DIR=off {grader} check --cases {out}/twins.jsonl --single-author"],
    ["reverify", "`grader verify`, nothing changed (warm cache)", f"GRADER_CACHE_DIR={out}/cache {grader} verify --root {root}"],
]
if mdbook:
    cmds.append(["mdbook", "`mdbook test` (same book)", f"PATH={root}/target/release:$PATH {mdbook} test {root}"])
if trybuild == "1":
    cmds.append(["trybuild", "trybuild, warm (same cases, no run-panic)", f"cd {out}/trybuild && cargo test --quiet"])
cmds += [
    ["rb-floor", "Rust Book listings: one rustc per program", f"python3 {root}/bench/floor.py {out}/rust-book/floor.tsv", "rb-floor"],
    ["rb-cases", "Rust Book listings: `grader check --cases`", f"GRADER_CACHE_DIR=off {grader} check --cases {out}/rust-book/cases.jsonl", "rb-floor"],
    ["cs-floor", "class with 40 % starters: one rustc per submission", f"python3 {root}/bench/floor.py {out}/class-starters.tsv", "cs-floor"],
    ["cs-grade", "class with 40 % starters: `grader grade`", f"GRADER_CACHE_DIR=off {grader} grade {out}/class-starters/* --root {root}", "cs-floor"],
]
print(json.dumps(cmds))
EOF
)
# Fill the cache once so that "reverify" measures a warm cache.
GRADER_CACHE_DIR=$out/cache "$grader" verify --root "$root" > /dev/null

# One learner's single check against bare rustc on the same compile-fail file, the fixed cost
# of starting `grader` (`grader doctor`), and a cold start without the start-up cache.
bench/single.sh "$grader" "$out"

# The class: seconds per submission and peak memory, 25 and 100 learners.
exercises=$(ls -d "$root"/exercises/*/*/ | wc -l)
for n in ${BENCH_CLASS_SIZES:-25 100}; do
  bench/class.sh "$root" "$out/class$n" "$n"
  /usr/bin/time -f "%e %M" -o "$out/grade$n.time" \
    env GRADER_CACHE_DIR=off "$grader" grade "$out/class$n"/* --root "$root" > /dev/null || true
done

# The differential test on the whole book (every case batched and alone, right and wrong).
if cargo test --quiet -p grader-cli --test e2e batch::batched_verdicts_are < /dev/null > "$out/differential.log" 2>&1; then
  differential="passed"
else
  differential="FAILED (see target/bench/differential.log)"
fi
# ... and on the Rust Book's listings.
if GRADER_OUTSIDE_CORPUS=$out/rust-book/cases.jsonl cargo test --quiet -p grader-cli --test e2e \
  batch::batched_verdicts_on_programs -- --ignored < /dev/null > "$out/differential-rust-book.log" 2>&1; then
  differential_rb="passed"
else
  differential_rb="FAILED (see target/bench/differential-rust-book.log)"
fi

# Why programs were compiled alone, from one run of each workload.
GRADER_CACHE_DIR=off GRADER_BATCH_STATS=1 "$grader" check --cases "$out/rust-book/cases.jsonl" \
  > /dev/null 2> "$out/stats-rust-book.txt" || true
GRADER_CACHE_DIR=off GRADER_BATCH_STATS=1 "$grader" grade "$out/class-starters"/* --root "$root" \
  > /dev/null 2> "$out/stats-class-starters.txt" || true
GRADER_CACHE_DIR=off GRADER_BATCH_STATS=1 "$grader" verify --root "$root" \
  > /dev/null 2> "$out/stats-verify.txt" || true

export BENCH_CMDS=$cmds
BENCH_EXTRA=$(python3 - "$out" "$exercises" "$differential" "$cases" "$differential_rb" <<'EOF'
import collections, json, os, re, sys
out, exercises, differential, cases, differential_rb = sys.argv[1:]


def alone(path):
    """Cases, batches and the reasons of the cases checked alone, from GRADER_BATCH_STATS."""
    total = batched = batches = 0
    reasons = collections.Counter()
    for line in open(path):
        m = re.match(r"batch: (\d+) cases, \d+ from the cache, (\d+) judged from (\d+) batch", line)
        if m:
            total += int(m.group(1)); batched += int(m.group(2)); batches += int(m.group(3))
        m = re.match(r"batch: alone: .* \((.*)\)$", line.rstrip("\n"))
        if m:
            reasons[re.sub(r"`#!\[.*\]`", "`#![...]`", m.group(1))] += 1
    return {"cases": total, "batched": batched, "batches": batches, "reasons": reasons.most_common()}


grade = {}
for n in os.environ.get("BENCH_CLASS_SIZES", "25 100").split():
    secs, kib = open(f"{out}/grade{n}.time").read().split()[-2:]
    grade[n] = {"secs": float(secs), "peak_mib": int(kib) / 1024, "submissions": int(n) * int(exercises)}
single_json = json.load(open(f"{out}/single.json"))
single = {r["command"]: r for r in single_json["results"]}
single["in_process"] = single_json["in_process"]
stats = {w: alone(f"{out}/stats-{w}.txt") for w in ("rust-book", "class-starters", "verify")}
print(json.dumps({"grade": grade, "single": single, "differential": differential, "cases": int(cases),
                  "differential_rb": differential_rb, "stats": stats}))
EOF
)
export BENCH_EXTRA
python3 bench/measure.py "$out" "$runs" "$out/performance"

python3 - "$root/docs/performance.md" "$out" <<'EOF'
import json, os, re, subprocess, sys
doc, out = sys.argv[1:]
r = json.load(open(f"{out}/results.json"))
rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
g, s = r["grade"], r["single"]
grade = "\n".join(
    f"| {n} learners × {v['submissions'] // int(n)} exercises | {v['submissions']} | {v['secs']:.1f} s | "
    f"{1000 * v['secs'] / v['submissions']:.1f} ms | {v['peak_mib']:.0f} MiB |" for n, v in g.items())
names = {"rust-book": "Rust Book listings, `check --cases`", "class-starters": "class with 40 % starters, `grade`",
         "verify": "our book, `verify`"}
rows = []
for w, st in r["stats"].items():
    n_alone = sum(c for _, c in st["reasons"])
    why = "; ".join(f"{c} {reason}" for reason, c in st["reasons"]) or "none"
    share = 100 * n_alone / st["cases"] if st["cases"] else 0
    rows.append(f"| {names[w]} | {st['cases']} | {st['batches']} | {n_alone} ({share:.1f} %) | {why} |")
alone_table = "| Workload | Cases | Batch compiles | Alone | Why |\n| --- | ---: | ---: | ---: | --- |\n" + "\n".join(rows)
section = f"""<!-- bench:begin -->
Measured by `bench/run.sh` on {os.cpu_count()} cores ({cpu}), {rustc}, on the {r['cases']} cases of
`grader verify` (every listing of the book and every exercise's starter, solution and shortcut answers).

{open(f"{out}/performance.table").read()}
`grader grade` over a synthetic class (each learner's file is the solution or, for about one in
three, the starter; no cache), one run each:

| Class | Submissions | Wall | Per submission | Peak memory |
| --- | ---: | ---: | ---: | ---: |
{grade}

One learner's check of a compile-fail file (`tests/fixtures/check/two_mut.rs`, `bench/single.sh`:
{len(s['grader check --file']['round_medians'])} rounds of 20 runs per command, medians of the per-round medians): `grader check --file`
{s['grader check --file']['median'] * 1000:.0f} ms, bare `rustc --emit=metadata` on the same file {s['rustc']['median'] * 1000:.0f} ms, so
{s['grader check --file']['ratio']:.2f}× (per round {min(s['grader check --file']['round_ratios']):.2f}–{max(s['grader check --file']['round_ratios']):.2f}×); `grader doctor` (start-up: the toolchain
and the sandbox's protections from the start-up cache, no compile) takes {s['grader doctor']['median'] * 1000:.0f} ms; a cold start
(`GRADER_CACHE_DIR=off`: rustc asked twice, the sandbox probed) {s['grader check --file, cold start']['median'] * 1000:.0f} ms. Inside one process
(`grader/examples/check_overhead.rs`, medians of 40 interleaved runs), `Checker::check` takes
{s['in_process']['sandboxed']['check_ms']:.1f} ms against {s['in_process']['sandboxed']['bare_ms']:.1f} ms for the bare rustc run it wraps (+{s['in_process']['sandboxed']['overhead_ms']:.1f} ms); with Landlock
off, +{s['in_process']['landlock_off']['overhead_ms']:.1f} ms.

Differential test on the whole book (`cargo test -p grader-cli --test e2e batch::batched`):
{r['differential']}; on the Rust Book's listings
(`batch::batched_verdicts_on_programs_written_elsewhere_are_those_of_isolated_compiles`):
{r['differential_rb']}.

Cases compiled alone, and why (`GRADER_BATCH_STATS=1`, one run of each):

{alone_table}
<!-- bench:end -->"""
text = open(doc).read() if os.path.exists(doc) else "<!-- bench:begin -->\n<!-- bench:end -->\n"
text = re.sub(r"<!-- bench:begin -->.*<!-- bench:end -->", lambda _: section, text, flags=re.S)
open(doc, "w").write(text)
print(f"wrote {doc}")
EOF
