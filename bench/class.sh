#!/usr/bin/env bash
# Writes a synthetic class: N learners' folders of `<chapter>/<name>.rs`, one file per exercise,
# each the exercise's reference solution or (for about one in three) its starter, varied per
# learner, so the class has passes and failures. With STARTERS (a percentage), about that share
# of the files are the untouched starter instead, spread over learners and exercises.
# Usage: bench/class.sh ROOT OUT_DIR N [STARTERS]
set -euo pipefail
root=$1 out=$2 n=$3 starters=${4:-}
rm -rf "$out"
for ((k = 1; k <= n; k++)); do
  i=0
  for ex in "$root"/exercises/*/*/; do
    ex=${ex%/}
    name=$(basename "$ex") chapter=$(basename "$(dirname "$ex")")
    mkdir -p "$out/learner$k/$chapter"
    if [[ -n $starters ]]; then
      if (((k * 37 + i * 11) % 100 < starters)); then pick=starter.rs; else pick=solution.rs; fi
    elif (((k + i) % 3 == 0)); then pick=starter.rs; else pick=solution.rs; fi
    cp "$ex/$pick" "$out/learner$k/$chapter/$name.rs"
    i=$((i + 1))
  done
done
