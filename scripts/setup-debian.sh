#!/usr/bin/env bash
# Installs, from Debian's packages, whatever the build and the tests need and
# the machine lacks. Safe to run again: it installs nothing that is present.
set -euo pipefail

# The build: GCC 12 and Clang 14 (Debian's defaults), CMake, Ninja, Catch2 v2,
# Doxygen, pkg-config, the sanitizer and libFuzzer runtimes, and Python with
# GNU time for the instantiation-count check.
packages=(g++ clang cmake ninja-build catch2 doxygen graphviz pkgconf libclang-rt-14-dev python3 time)
# The compile-fail tests also run on Clang 16.
packages+=(clang-16)
# The strict consumer test compiles the installed package with every compiler
# Debian 12 offers: GCC 11, Clang 15, and Clang 14 with libc++ as well.
packages+=(g++-11 clang-15 libc++-14-dev libc++abi-14-dev)
# Named time zones (the component clientele::tz): Howard Hinnant's date/tz,
# which reads the system's time-zone database.
packages+=(libhowardhinnant-date-dev tzdata)
# The optional integrations ({fmt}, JSON, SQLite) and the perfect-hash
# baseline of the run-time benchmark.
packages+=(libfmt-dev nlohmann-json3-dev libsqlite3-dev sqlite3 gperf)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for pkg in "${packages[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
# Boost.Hana: libboost-dev, or the versioned package it depends on.
if ! installed libboost-dev && ! installed libboost1.74-dev && ! installed libboost1.81-dev; then
  missing+=(libboost-dev)
fi

if ((${#missing[@]} == 0)); then
  echo "setup: every package is already installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "setup: missing ${missing[*]}; run this script as root or install sudo" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
