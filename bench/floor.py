#!/usr/bin/env python3
"""The per-case floor: every case of floor.tsv compiled alone with the same rustc invocation
`grader` uses for an isolated check (straight from the toolchain's binary, JSON diagnostics,
`--emit=metadata` unless it runs), in a fresh temporary folder, run once when its kind runs;
one case per core at a time.

Usage: floor.py FLOOR_TSV [JOBS]"""

import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

SYSROOT = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True, check=True).stdout.strip()
RUSTC = os.path.join(SYSROOT, "bin", "rustc")


def one(line):
    kind, folder, name, edition = line.rstrip("\n").split("\t")
    with tempfile.TemporaryDirectory(prefix="floor-") as work:
        shutil.copy(os.path.join(folder, name), work)
        cmd = [RUSTC, "--edition", edition, "--error-format=json", "--color=never",
               "-C", "debuginfo=0", "--crate-type", "bin", "--crate-name", "submission"]
        runs = kind.startswith("run-")
        cmd += ["-o", "submission"] if runs else ["--emit=metadata", "-o", "submission.rmeta"]
        built = subprocess.run(cmd + [name], cwd=work, capture_output=True).returncode == 0
        if runs and built:
            subprocess.run([os.path.join(work, "submission")], cwd=work, capture_output=True, timeout=10)


def main():
    lines = open(sys.argv[1]).readlines()
    jobs = int(sys.argv[2]) if len(sys.argv) > 2 else os.cpu_count()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, lines))


if __name__ == "__main__":
    main()
