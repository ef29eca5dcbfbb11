#!/usr/bin/env python3
"""The per-submission floor of a class written by bench/class.sh: one line of floor.tsv (kind,
folder, file, edition) per learner's file, with the kind and edition of its exercise, for
bench/floor.py to compile (and run) each submission alone as `grader grade` would.

Usage: class_floor.py BOOK_ROOT CLASS_DIR OUT_TSV"""

import os
import re
import sys


def spec(root, chapter, name):
    text = open(os.path.join(root, "exercises", chapter, name, "exercise.toml")).read()
    top = text.split("\n[", 1)[0]
    kind = re.search(r'^kind\s*=\s*"([a-z-]+)"', top, re.M).group(1)
    edition = re.search(r'^edition\s*=\s*"?(\d{4})"?', top, re.M)
    return kind, edition.group(1) if edition else "2024"


def main():
    root, class_dir, out = sys.argv[1:]
    lines = []
    for learner in sorted(os.listdir(class_dir)):
        for chapter in sorted(os.listdir(os.path.join(class_dir, learner))):
            folder = os.path.join(class_dir, learner, chapter)
            for file in sorted(os.listdir(folder)):
                kind, edition = spec(root, chapter, file[:-3])
                lines.append(f"{kind}\t{folder}\t{file}\t{edition}")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
