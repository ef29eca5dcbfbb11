#!/usr/bin/env python3
"""Generates a throwaway crate that checks the cases of floor.tsv with trybuild: compile-fail
cases as `compile_fail` (trybuild compares rustc's whole stderr with a snapshot, written on a
first run with TRYBUILD=overwrite), compile-pass and run-pass cases as `pass` (built and run).
trybuild has no panic expectation, so run-panic cases are left out.

Usage: trybuild_crate.py FLOOR_TSV OUT_DIR"""

import os
import shutil
import sys

CARGO_TOML = """[package]
name = "bench-trybuild"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dev-dependencies]
trybuild = "1"
"""

TEST = """#[test]
fn cases() {
    let t = trybuild::TestCases::new();
    t.compile_fail("cases/fail/*.rs");
    t.pass("cases/pass/*.rs");
}
"""


def main():
    floor, out = sys.argv[1], sys.argv[2]
    for sub in ("cases/fail", "cases/pass", "tests"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    with open(os.path.join(out, "Cargo.toml"), "w") as f:
        f.write(CARGO_TOML)
    with open(os.path.join(out, "tests", "cases.rs"), "w") as f:
        f.write(TEST)
    counts = {"fail": 0, "pass": 0, "left out": 0}
    for n, line in enumerate(open(floor)):
        kind, folder, name, _edition = line.rstrip("\n").split("\t")
        target = {"compile-fail": "fail", "compile-pass": "pass", "run-pass": "pass"}.get(kind)
        if target is None:
            counts["left out"] += 1
            continue
        stem = name[:-3].replace("-", "_")
        shutil.copy(os.path.join(folder, name), os.path.join(out, "cases", target, f"c{n:03}_{stem}.rs"))
        counts[target] += 1
    print(f"trybuild crate in {out}: {counts}")


if __name__ == "__main__":
    main()
