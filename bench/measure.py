#!/usr/bin/env python3
"""Times the benchmark's commands with hyperfine, interleaved (round 1 of every command, then
round 2, ...), so that a change in the machine's load touches every command alike; then writes
the table of medians and ratios to the per-case floor into docs/performance.md.

Usage: measure.py OUT_DIR RUNS DOC   (the commands come from bench/run.sh through the
environment: BENCH_CMDS is a JSON list of [name, label, shell command] and, for a command of
another workload, the name of that workload's floor as a fourth item (the ratio's base; "floor"
otherwise); BENCH_EXTRA a JSON object of further facts for the document)"""

import json
import os
import statistics
import subprocess
import sys


def once(name, command, out):
    path = os.path.join(out, f"hf-{name}.json")
    subprocess.run(
        ["hyperfine", "--runs", "1", "--style", "none", "--ignore-failure",
         "--export-json", path, "-n", name, command],
        check=True, stdout=subprocess.DEVNULL)
    return json.load(open(path))["results"][0]["mean"]


def load():
    return open("/proc/loadavg").read().split()[:3]


def relative(command, root):
    """`command` with the repository's root written as paths relative to it."""
    return command.replace(root + "/", "").replace(root, ".")


def main():
    out, runs, doc = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    cmds = json.loads(os.environ["BENCH_CMDS"])
    extra = json.loads(os.environ.get("BENCH_EXTRA", "{}"))
    load_before = load()
    times = {name: [] for name, *_ in cmds}
    for r in range(runs):
        for name, _, command, *_ in cmds:
            t = once(name, command, out)
            times[name].append(t)
            print(f"round {r + 1}/{runs} {name}: {t:.3f} s", file=sys.stderr)
    load_after = load()
    medians = {n: statistics.median(ts) for n, ts in times.items()}
    json.dump({"times": times, "medians": medians, "load": [load_before, load_after], **extra},
              open(os.path.join(out, "results.json"), "w"), indent=1)
    rows = []
    for name, label, command, *base in cmds:
        m = medians[name]
        floor = medians[base[0] if base else "floor"]
        spread = f"{min(times[name]):.2f}–{max(times[name]):.2f}"
        rows.append(f"| {label} | {m:.2f} s | {spread} s | {m / floor:.2f}× |")
    table = "\n".join(rows)
    # Shown from the repository's root (where run.sh runs them), so no local path is written.
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commands = "\n".join(f"- {label}: `{relative(command, root)}`" for _, label, command, *_ in cmds)
    with open(doc + ".table", "w") as f:
        f.write(f"""| What | Median | Range | ÷ floor |
| --- | ---: | ---: | ---: |
{table}

Medians of {runs} interleaved runs (hyperfine, one run per command per round). Load average
before: {' '.join(load_before)}; after: {' '.join(load_after)}.

The commands, as run:
{commands}
""")


if __name__ == "__main__":
    main()
