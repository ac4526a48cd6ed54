#!/usr/bin/env bash
# Sets up a Debian 12 machine for twinmap, builds it, then does one job:
#   tools/bootstrap.sh build   install what is missing, build, regenerate output/
#   tools/bootstrap.sh test    install what is missing, build, run every test
# Safe to run twice: installed packages and a configured build are reused.
set -euo pipefail

job="${1:-build}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${TWINMAP_BUILD_DIR:-$repo/build}"
jobs="${TWINMAP_JOBS:-$(nproc)}"

# Debian packages the build and the tests need (see doc/pipeline.md).
packages=(
  build-essential cmake ninja-build pkg-config
  libre2-dev libicu-dev libutf8proc-dev libyaml-cpp-dev catch2
  nlohmann-json3-dev libcli11-dev libssl-dev libphonenumber-dev libsqlite3-dev
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "bootstrap: installing ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

configure_and_build() {
  if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build_dir" -j "$jobs"
}

install_missing
configure_and_build

case "$job" in
  build)
    if [ -x "$build_dir/twinmap" ]; then
      "$build_dir/twinmap" build --corpus "$repo/corpus" --rules "$repo/rules" --out "$repo/output"
    fi
    ;;
  test)
    cd "$build_dir"
    ctest --output-on-failure -j "$jobs"
    ;;
  *)
    echo "usage: tools/bootstrap.sh build|test" >&2
    exit 2
    ;;
esac
