#!/usr/bin/env bash
# Installs the Python package (python/) the way its users do and runs its tests (python/tests)
# against the installed copy, with two Pythons:
#  1. the first python3 on PATH: `python3 -m pip install ./python`;
#  2. Debian's /usr/bin/python3, which is externally managed (PEP 668): into a fresh venv
#     that also sees Debian's packages (--system-site-packages), deleted afterwards.
# The tests run from an empty directory with python/tests as sys.path[0], so `import
# shapeguard` finds the installed package and never python/shapeguard. The extension is built
# by pip through python/build_backend in build/python-*/ (kept: the next run relinks at most).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/bootstrap.sh

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# run_tests PYTHON: checks that PYTHON imports the installed shapeguard, then runs the tests.
run_tests() {
  local python=$1 module
  module=$(cd "$scratch" && "$python" -c 'import shapeguard._shapeguard as m; print(m.__file__)')
  if [[ "$module" == "$root"/* ]]; then
    echo "python_test: $python imports $module, not the installed package" >&2
    exit 1
  fi
  echo "== python: $python: python/tests (shapeguard from $module)"
  (cd "$scratch" &&
     "$python" -m unittest discover -s "$root/python/tests" -t "$root/python/tests" -v)
}

real_python() { "$1" -c 'import os, sys; print(os.path.realpath(sys.executable))'; }

if [ "$(real_python python3)" = "$(real_python /usr/bin/python3)" ]; then
  echo "== python: python3 on PATH is Debian's /usr/bin/python3: only the venv below"
else
  echo "== python: $(python3 --version) ($(real_python python3)): python3 -m pip install ./python"
  python3 -m pip install ./python
  run_tests python3
fi

echo "== python: Debian's /usr/bin/python3 ($(/usr/bin/python3 --version)): in a venv"
/usr/bin/python3 -m venv --system-site-packages "$scratch/venv"
"$scratch/venv/bin/python" -m pip install ./python
run_tests "$scratch/venv/bin/python"
