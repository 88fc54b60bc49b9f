#!/usr/bin/env bash
# The segmentation gate: every figure of benchmarks/eval_segmentation.py on the shared
# corpora (labeled dev pages by site half, clean news, raw web pages) at or above the floors
# pinned in benchmarks/segmentation_floors.json. Skips, saying so, when the corpora are
# absent (a user's clone); .ci/run calls it. The corpora are looked for in ../shared/corpus
# beside the repository, or in $NEWSREAD_CORPUS. Re-pin after a deliberate change with:
#   benchmarks/segmentation_gate.sh --accept
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${NEWSREAD_CORPUS:-../shared/corpus}
if [ ! -d "$corpus/segmentation-dev" ]; then
    echo "segmentation gate: skipped ($corpus/segmentation-dev not found)"
    exit 0
fi
floors=benchmarks/segmentation_floors.json
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
run() {  # folder, then eval_segmentation options
    if ! python3 benchmarks/eval_segmentation.py "$@" --gate "$floors" "${extra[@]}" >"$out"; then
        status=1
    fi
    grep '^gate:' "$out"
}
extra=("$@")
run "$corpus/segmentation-dev" --halves
run "$corpus/news" --format clean
run "$corpus/raw-web" --format raw-web
exit "$status"
