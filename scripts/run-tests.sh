#!/usr/bin/env bash
# Sets up what is missing, then builds and runs the whole test suite: GCC 12
# (with the docs), Clang 14 (with the fuzz target), and Clang 14 with
# AddressSanitizer and UndefinedBehaviorSanitizer. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh

for preset in gcc clang asan; do
  echo
  echo "=== ${preset}: configure, build and test"
  cmake --preset "${preset}"
  cmake --build --preset "${preset}" -j 2
  ctest --preset "${preset}"
done

echo
echo "All test suites passed (gcc, clang, asan)."
