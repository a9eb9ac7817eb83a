"""The build backend of the shapeguard Python package (PEP 517, and PEP 660 for editables).

Standard library only: pyproject.toml names this module with `requires = []`, so pip's
isolated build environment installs nothing and `pip install ./python` works offline. The
extension module is a target of the repository's CMake project (python/CMakeLists.txt),
built for the interpreter that runs this backend in build/python-<SOABI>-<hash>/ at the
repository root (_build_directory); that directory is kept, so a reinstall only rebuilds
what changed.

There is no build_sdist: the package is built from the whole repository (the C++ library
and its CMake project), which an sdist of python/ would not contain.
"""

import base64
import contextlib
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Not POSIX: builds of one directory are not serialized.
    fcntl = None

# The metadata; pyproject.toml's [project] table says the same (_check_pyproject).
NAME = "shapeguard"
SUMMARY = "Validates AWS API requests and responses against their service models"
REQUIRES_PYTHON = ">=3.9"
OPTIONAL_DEPENDENCIES = {"boto3": ["boto3"]}

# What the build needs from Debian, named in every message about a missing tool.
DEBIAN_PACKAGES = "cmake ninja-build g++ pybind11-dev python3-dev"

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO_ROOT = PYTHON_DIR.parent
PACKAGE_DIR = PYTHON_DIR / NAME


# PEP 517 hooks.


def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    return _write_metadata_directory(metadata_directory)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    extension, extension_data = _build_extension()
    files = [(f"{NAME}/{path.relative_to(PACKAGE_DIR).as_posix()}", path.read_bytes(), False)
             for path in _python_files()]
    files.append((f"{NAME}/{extension.name}", extension_data, True))
    return _write_wheel(wheel_directory, files)


# PEP 660 hooks: the installed package reads its Python files from python/shapeguard/ and
# its extension from the build directory, through a finder a .pth file installs. An edit to
# a .py file is seen at the next import; a C++ change needs the extension rebuilt, by
# reinstalling or with `cmake --build build/python-<SOABI>-<hash> --target shapeguard_python`.


def get_requires_for_build_editable(config_settings=None):
    return []


def prepare_metadata_for_build_editable(metadata_directory, config_settings=None):
    return _write_metadata_directory(metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    extension, _ = _build_extension()
    finder = "__editable___shapeguard_finder"
    return _write_wheel(wheel_directory, [
        (f"__editable__.{NAME}-{_version()}.pth", f"import {finder}\n".encode(), False),
        (f"{finder}.py", _EDITABLE_FINDER.format(
            init=str(PACKAGE_DIR / "__init__.py"),
            path=[str(PACKAGE_DIR), str(extension.parent)]).encode(), False),
    ])


_EDITABLE_FINDER = '''\
"""The editable install of shapeguard, written by python/build_backend/shapeguard_build.py:
the package's directories are its source directory and the build directory that has its
extension (_PATH)."""
import importlib.machinery
import importlib.util
import os
import sys

_INIT = {init!r}
_PATH = {path!r}


class _ShapeguardFinder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name != "shapeguard":
            return None
        if not os.path.exists(_INIT):  # No __init__.py: a namespace package.
            spec = importlib.machinery.ModuleSpec(name, None, is_package=True)
            spec.submodule_search_locations = list(_PATH)
            return spec
        return importlib.util.spec_from_file_location(
            name, _INIT, submodule_search_locations=list(_PATH))


sys.meta_path.insert(0, _ShapeguardFinder)
'''


# Metadata.


def _fail(message):
    """Stops the build with MESSAGE (pip shows it; the exit status is 1)."""
    raise SystemExit(f"shapeguard build: {message}")


def _log(message):
    print(f"shapeguard build: {message}", file=sys.stderr, flush=True)


def _version():
    """The version in the root CMakeLists.txt's project() call."""
    cmakelists = REPO_ROOT / "CMakeLists.txt"
    if not cmakelists.is_file() or not (PYTHON_DIR / "CMakeLists.txt").is_file():
        _fail(f"{cmakelists} not found: the package is built from a checkout of the whole "
              "shapeguard repository (python3 -m pip install ./python from its root)")
    match = re.search(r"project\(\s*shapeguard\s+VERSION\s+([0-9]+(?:\.[0-9]+)*)",
                      cmakelists.read_text(encoding="utf-8"))
    if not match:
        _fail(f"no `project(shapeguard VERSION x.y.z ...)` in {cmakelists}")
    return match.group(1)


def _check_pyproject():
    """Fails if pyproject.toml's [project] table disagrees with this module's metadata."""
    try:
        import tomllib
    except ImportError:  # Python < 3.11: nothing to read it with.
        return
    with open(PYTHON_DIR / "pyproject.toml", "rb") as file:
        project = tomllib.load(file).get("project", {})
    expected = {"name": NAME, "description": SUMMARY, "requires-python": REQUIRES_PYTHON,
                "dynamic": ["version"], "optional-dependencies": OPTIONAL_DEPENDENCIES}
    for key, value in expected.items():
        if project.get(key) != value:
            _fail(f"pyproject.toml's [project] {key} is {project.get(key)!r}, the backend's "
                  f"{value!r} (python/build_backend/shapeguard_build.py): make them agree")


def _metadata():
    _check_pyproject()
    lines = ["Metadata-Version: 2.1", f"Name: {NAME}", f"Version: {_version()}",
             f"Summary: {SUMMARY}", f"Requires-Python: {REQUIRES_PYTHON}"]
    for extra, requirements in OPTIONAL_DEPENDENCIES.items():
        lines.append(f"Provides-Extra: {extra}")
        lines += [f'Requires-Dist: {requirement}; extra == "{extra}"'
                  for requirement in requirements]
    return "\n".join(lines) + "\n"


def _wheel_tag():
    """The tag of wheels for the running interpreter, e.g. cp311-cp311-linux_x86_64."""
    if sys.implementation.name != "cpython":
        _fail(f"only CPython is supported, not {sys.implementation.name}")
    python = f"cp{sys.version_info.major}{sys.version_info.minor}"
    abi = python
    if sysconfig.get_config_var("Py_DEBUG"):
        abi += "d"
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        abi += "t"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{python}-{abi}-{platform}"


def _wheel_file():
    return ("Wheel-Version: 1.0\n"
            "Generator: shapeguard_build (python/build_backend)\n"
            "Root-Is-Purelib: false\n"
            f"Tag: {_wheel_tag()}\n")


def _dist_info():
    return f"{NAME}-{_version()}.dist-info"


def _write_metadata_directory(metadata_directory):
    directory = Path(metadata_directory) / _dist_info()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "METADATA").write_text(_metadata(), encoding="utf-8")
    (directory / "WHEEL").write_text(_wheel_file(), encoding="utf-8")
    return directory.name


# The wheel.


def _python_files():
    """The package's Python files: every *.py, *.pyi and py.typed under python/shapeguard/."""
    return sorted(path for path in PACKAGE_DIR.rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts
                  and (path.suffix in (".py", ".pyi") or path.name == "py.typed"))


def _record_hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return f"sha256={digest.decode()}"


def _write_wheel(wheel_directory, files):
    """Writes the wheel of FILES, (name in the wheel, bytes, executable) triples, plus the
    .dist-info directory, into WHEEL_DIRECTORY and returns its file name. The entries are
    sorted and dated SOURCE_DATE_EPOCH (or 1980), so a wheel of the same files is the same
    bytes; the file appears complete or not at all."""
    dist_info = _dist_info()
    entries = sorted(files)
    entries += [(f"{dist_info}/METADATA", _metadata().encode(), False),
                (f"{dist_info}/WHEEL", _wheel_file().encode(), False)]
    record = io.StringIO()
    writer = csv.writer(record, lineterminator="\n")
    for name, data, _ in entries:
        writer.writerow([name, _record_hash(data), len(data)])
    writer.writerow([f"{dist_info}/RECORD", "", ""])
    entries.append((f"{dist_info}/RECORD", record.getvalue().encode(), False))

    epoch = max(int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")), 315532800)
    date_time = time.gmtime(epoch)[:6]
    wheel_name = f"{NAME}-{_version()}-{_wheel_tag()}.whl"
    wheel_path = Path(wheel_directory) / wheel_name
    temporary = wheel_path.with_name(f".{wheel_name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as wheel:
            for name, data, executable in entries:
                info = zipfile.ZipInfo(name, date_time)
                info.external_attr = (0o100755 if executable else 0o100644) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                wheel.writestr(info, data)
        os.replace(temporary, wheel_path)
    finally:
        temporary.unlink(missing_ok=True)
    _log(f"wrote {wheel_name}")
    return wheel_name


# The extension, through CMake.


def _build_directory():
    """build/python-<SOABI>-<hash of the Python installation>: CMake's FindPython keeps the
    headers it found first even when given another interpreter, so Pythons of one ABI do
    not share a directory; venvs of one installation do (they have its headers)."""
    abi = sysconfig.get_config_var("SOABI") or sys.implementation.cache_tag
    base = os.path.realpath(sys.base_prefix).encode()
    return REPO_ROOT / "build" / f"python-{abi}-{hashlib.sha256(base).hexdigest()[:8]}"


def _check_tools():
    """Fails with one message naming the Debian packages if a tool or header is missing."""
    missing = [tool for tool in ("cmake", "ninja") if not shutil.which(tool)]
    compiler = os.environ.get("CXX", "g++")
    if not shutil.which(compiler.split()[0]):
        missing.append(compiler)
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        missing.append(f"the Python headers ({include}/Python.h)")
    if missing:
        _fail(f"missing {', '.join(missing)}. Install them (Debian: sudo apt-get install "
              f"{DEBIAN_PACKAGES}), and the project's libraries with scripts/bootstrap.sh")


@contextlib.contextmanager
def _locked(directory):
    """Holds an exclusive lock on DIRECTORY so two installs do not build it at once."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".shapeguard-build.lock", "w") as lock:
        if fcntl is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                _log(f"waiting for another build of {directory}")
                fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _run(command, failure):
    _log(" ".join(command))
    # CMake's and Ninja's output go to stderr, which `pip install -v` shows as it comes.
    try:
        stdout = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # A frontend replaced sys.stderr.
        stdout = None
    if subprocess.run(command, stdout=stdout, cwd=REPO_ROOT).returncode != 0:
        _fail(failure)


def _build_extension():
    """Configures and builds the CMake target shapeguard_python for this interpreter and
    returns the path of the built module (_shapeguard<EXT_SUFFIX>) and its contents, read
    before another build of the directory can replace it."""
    _version()  # Fails first if this is not a checkout of the repository.
    _check_tools()
    build = _build_directory()
    with _locked(build):
        _run(["cmake", "-S", str(REPO_ROOT), "-B", str(build), "-G", "Ninja",
              "-DCMAKE_BUILD_TYPE=Release", "-DSHAPEGUARD_BUILD_PYTHON=ON",
              "-DSHAPEGUARD_BUILD_TESTS=OFF", "-DSHAPEGUARD_BUILD_FUZZERS=OFF",
              "-DSHAPEGUARD_BUILD_BENCHMARKS=OFF", "-DSHAPEGUARD_INSTALL=OFF",
              f"-DPython_EXECUTABLE={sys.executable}"],
             f"configuring {build} failed (CMake's output is above). The build needs the "
             f"Debian packages {DEBIAN_PACKAGES} and the project's libraries: "
             "scripts/bootstrap.sh installs them all")
        _run(["cmake", "--build", str(build), "--target", "shapeguard_python"],
             f"building the extension in {build} failed (the compiler's output is above)")
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        extension = build / "python" / NAME / f"_shapeguard{suffix}"
        if not extension.is_file():
            _fail(f"the build did not produce {extension}")
        return extension, extension.read_bytes()
