#!/usr/bin/env bash
# Sets up what is missing, then builds and runs the whole test suite: GCC 12
# (with the docs, and the installed package under strict warnings with every
# compiler installed), Clang 14 (with the fuzz target, the instantiation
# counts, and the compile-fail tests on Clang 16 too), Clang 14 with
# AddressSanitizer and UndefinedBehaviorSanitizer, and GCC 12 with
# -fno-exceptions. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh

# The compile-fail tests must run on Clang 16 as well as on GCC 12 and Clang 14.
if ! command -v clang++-16 >/dev/null; then
  echo "run-tests: clang++-16 is missing after the set-up (Debian package clang-16)" >&2
  exit 1
fi

presets=(gcc clang asan noexcept)
for preset in "${presets[@]}"; do
  echo
  echo "=== ${preset}: configure, build and test"
  cmake --preset "${preset}"
  if [[ ${preset} == clang ]]; then
    listed=$(ctest --preset clang -N -R '^compile_fail_clang16\.' || true)
    if ! grep -q 'compile_fail_clang16\.' <<<"${listed}"; then
      echo "run-tests: the clang preset registered no compile_fail_clang16 tests" >&2
      exit 1
    fi
  fi
  cmake --build --preset "${preset}" -j 2
  ctest --preset "${preset}"
done

echo
echo "All test suites passed (${presets[*]})."
