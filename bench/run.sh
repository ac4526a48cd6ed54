#!/usr/bin/env bash
# Builds the benchmarks with optimisation and runs them. Figures are ratios
# against a baseline measured in the same run; see bench/README.md.
#   bench/run.sh [text_layer|normalize|values|resolve|refdata|all] [driver args]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${TWINMAP_BENCH_BUILD_DIR:-$repo/build-bench}"
which="${1:-all}"; shift || true
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTWINMAP_BUILD_TESTS=OFF
fi
cmake --build "$build" -j "$(nproc)" >/dev/null
run() { echo "== $1"; "$build/bench/$1" "${@:2}"; }
case "$which" in
  text_layer) run text_layer_bench "$@" ;;
  normalize) run normalize_bench "$repo"/corpus/000_*.txt "$repo"/corpus/002_*.txt ;;
  values) run values_bench "$@" ;;
  resolve) run resolve_bench "$repo/rules" 2000000 ;;
  refdata) run refdata_bench "$repo/rules" ;;
  all)
    run text_layer_bench "$@"
    run normalize_bench "$repo"/corpus/000_*.txt "$repo"/corpus/002_*.txt
    run values_bench
    run resolve_bench "$repo/rules" 2000000
    run refdata_bench "$repo/rules"
    ;;
  *) echo "usage: bench/run.sh [text_layer|normalize|values|resolve|refdata|all]" >&2; exit 2 ;;
esac
