#!/usr/bin/env bash
# Sets up what is missing, builds the examples and runs each of them: what the
# library says about every example relationship.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake --preset examples >/dev/null
cmake --build --preset examples -j 2

for exe in build/examples/examples/example_*; do
  [[ -x "$exe" ]] || continue
  echo
  echo "=== $(basename "$exe" | sed 's/^example_//')"
  "$exe"
done
