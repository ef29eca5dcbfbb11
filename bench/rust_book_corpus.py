#!/usr/bin/env python3
"""A corpus of single-file programs written elsewhere: the listings of The Rust Programming
Language (github.com/rust-lang/book, MIT or Apache-2.0), at a pinned commit. The corpus is not
kept in this repository; this script builds it under OUT_DIR.

A listing is taken when it is one file (`src/main.rs` and nothing else under `src/`) and its
Cargo.toml has no dependencies. Each program's expectation is what rustc says of it alone
(`--emit=metadata`, the listing's edition): compile-fail with rustc's error codes when it is
rejected with codes, compile-pass otherwise (a program rejected only by errors without a code then
fails its check, which costs the same). Programs are not run: several read standard input or
serve on a socket.

Writes OUT_DIR/programs/<chapter>--<listing>.rs, OUT_DIR/cases.jsonl (for `grader check
--cases`; one folder, so one author's) and OUT_DIR/floor.tsv (for bench/floor.py).

Usage: rust_book_corpus.py OUT_DIR
  RUST_BOOK_SRC: an existing clone of rust-lang/book (a work tree or a bare git directory);
  without it the pinned commit is cloned into OUT_DIR/src (network needed once)."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = "https://github.com/rust-lang/book.git"
COMMIT = "917544888a55e4da7109bdba8c88c893c0da70f4"


def git(git_dir, *args):
    return subprocess.run(["git", f"--git-dir={git_dir}", *args], capture_output=True, text=True,
                          check=True).stdout


def source(out):
    """The git directory holding the pinned commit."""
    given = os.environ.get("RUST_BOOK_SRC")
    if given:
        dot_git = os.path.join(given, ".git")
        return dot_git if os.path.isdir(dot_git) else given
    clone = os.path.join(out, "src")
    if not os.path.isdir(clone):
        subprocess.run(["git", "clone", "--bare", "--filter=blob:none", REPO, clone], check=True)
    return clone


def listings(git_dir):
    """(chapter, listing, edition, main.rs text) of every one-file listing without dependencies."""
    files = git(git_dir, "ls-tree", "-r", "--name-only", COMMIT, "listings").split("\n")
    by_dir = {}
    for f in files:
        parts = f.split("/")
        if len(parts) >= 4:
            by_dir.setdefault("/".join(parts[:3]), []).append("/".join(parts[3:]))
    for d, inside in sorted(by_dir.items()):
        src = [f for f in inside if f.startswith("src/")]
        if src != ["src/main.rs"] or "Cargo.toml" not in inside:
            continue
        cargo = git(git_dir, "show", f"{COMMIT}:{d}/Cargo.toml")
        deps = cargo.split("[dependencies]", 1)[1] if "[dependencies]" in cargo else ""
        if any(line.strip() and not line.startswith("[") for line in deps.split("\n")
               if not line.startswith("#")) or "[workspace" in cargo:
            continue
        m = re.search(r'edition\s*=\s*"(\d{4})"', cargo)
        edition = m.group(1) if m else "2015"
        _, chapter, listing = d.split("/")
        yield chapter, listing, edition, git(git_dir, "show", f"{COMMIT}:{d}/src/main.rs")


def codes_alone(path, edition):
    """The error codes rustc reports for the file alone, and whether it failed."""
    with tempfile.TemporaryDirectory() as work:
        r = subprocess.run(["rustc", "--edition", edition, "--error-format=json", "--crate-type",
                            "bin", "--crate-name", "submission", "--emit=metadata", "-o",
                            os.path.join(work, "x.rmeta"), path], capture_output=True, text=True)
    codes = set()
    for line in r.stderr.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if d.get("level") == "error" and d.get("code"):
            codes.add(d["code"]["code"])
    return r.returncode != 0, sorted(c for c in codes if re.fullmatch(r"E\d{4}", c))


def main():
    out = os.path.abspath(sys.argv[1])
    programs = os.path.join(out, "programs")
    shutil.rmtree(programs, ignore_errors=True)
    os.makedirs(programs)
    git_dir = source(out)
    jsonl, floor = [], []
    for chapter, listing, edition, text in listings(git_dir):
        name = f"{chapter}--{listing}.rs"
        path = os.path.join(programs, name)
        with open(path, "w") as f:
            f.write(text)
        failed, codes = codes_alone(path, edition)
        line = {"file": path, "edition": edition, "expect": "compile-pass"}
        if failed and codes:
            line.update(expect="compile-fail", codes=codes)
        jsonl.append(json.dumps(line))
        floor.append(f"{line['expect']}\t{programs}\t{name}\t{edition}")
    with open(os.path.join(out, "cases.jsonl"), "w") as f:
        f.write("\n".join(jsonl) + "\n")
    with open(os.path.join(out, "floor.tsv"), "w") as f:
        f.write("\n".join(floor) + "\n")
    print(f"{len(jsonl)} programs from rust-lang/book {COMMIT[:9]} in {programs}", file=sys.stderr)


if __name__ == "__main__":
    main()
