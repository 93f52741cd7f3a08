#!/usr/bin/env bash
# Sets up what is missing, builds the examples and runs each of them: what the
# library says about every example relationship. quick_start runs first; before
# each example, one line names its source file and says what it shows.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-debian.sh
cmake --preset examples >/dev/null
cmake --build --preset examples -j 2

# What an example shows: the first comment paragraph after its licence header.
describe() {
  awk '
    /^\/\/ \(See accompanying/ { after_licence = 1; next }
    !after_licence { next }
    /^\/\/ / { sub(/^\/\/ /, ""); text = text (text ? " " : "") $0; started = 1; next }
    started || /^[^\/]/ { exit }
    END { print text }
  ' "$1"
}

bin=build/examples/examples
names=(quick_start)
for source_file in examples/*.cpp; do
  name=$(basename "${source_file}" .cpp)
  [[ ${name} == quick_start ]] || names+=("${name}")
done

echo
echo "Each example below is a program in examples/ that asserts what it shows and prints"
echo "it; read its source beside its output. Two words recur: a dimension is one of the"
echo "twelve points on which a client and a customer relationship differ, and the"
echo "catalogue is the library's list of them. The guide explains them (docs/explanation/model.md)."
for name in "${names[@]}"; do
  source_file="examples/${name}.cpp"
  echo
  echo "=== ${name}: read ${source_file}. $(describe "${source_file}")"
  "${bin}/example_${name}"
done
