#!/usr/bin/env bash
# Installs the Debian packages shapeguard's build, tests, fuzzers, benchmarks and Python
# package need.
# Idempotent: when everything is installed it prints nothing and touches nothing.
# `scripts/bootstrap.sh bench` also installs what bench/compare's peers need;
# `scripts/bootstrap.sh coverage` what scripts/coverage.sh needs.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  clang libclang-rt-14-dev             # the fuzz preset (libFuzzer)
  clang-format-14 clang-tidy-14        # scripts/check_format.sh, scripts/tidy.sh
  zip unzip                            # fuzz/build.sh: seed corpora for OSS-Fuzz
  curl                                 # scripts/conformance.sh: waits for the emulators
  libre2-dev libpcre2-dev nlohmann-json3-dev zlib1g-dev libdeflate-dev libcli11-dev
  libgtest-dev libgmock-dev librapidcheck-dev libbenchmark-dev
  libcurl4-openssl-dev libssl-dev libcpp-httplib-dev libsimdjson-dev
  libexpat1-dev                        # the query and ec2 protocols answer in XML
  python3 python3-botocore             # schemas/import_models.py; the all-services test
  pybind11-dev python3-dev             # the Python package's extension (python/)
  python3-venv                         # scripts/python_test.sh: Debian's Python, in a venv
)
if [ "${1:-}" = "bench" ]; then
  packages+=(libvalijson-dev python3-jsonschema)  # the C++ and Python peers of bench/compare
fi
if [ "${1:-}" = "coverage" ]; then
  packages+=(gcovr)  # scripts/coverage.sh: line coverage from the gcov data
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "bootstrap: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
