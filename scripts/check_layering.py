#!/usr/bin/env python3
"""Fails when an #include crosses a boundary the architecture does not allow.

The rules (docs/ARCHITECTURE.md explains them):
  1. Outside validators/, nothing includes the core's internals (validators/src): only its
     public headers, "shapeguard/...". Internal unit tests live in validators/tests/.
  2. The conformance libraries keep their order (FORBIDDEN below): wire is below all of
     them; http (the server) is below emulator and proxy; conform, emulator and proxy do not
     reach into each other, except that proxy uses conform's oracles and findings.

Rule 1 is also kept by the build: validators/CMakeLists.txt makes validators/src a PRIVATE
include directory, and this check fails if it ever becomes PUBLIC or INTERFACE again.
Prints each breach and their count.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
SOURCES = (".cc", ".h", ".h.in")
# What each conformance library must not include (docs/ARCHITECTURE.md draws the graph).
FORBIDDEN = {
    "wire": ("conform", "emulator", "http", "proxy"),
    "http": ("conform", "emulator", "proxy"),
    "conform": ("emulator", "http", "proxy"),
    "emulator": ("conform", "proxy"),
    "proxy": ("emulator",),
}
SKIP = {".git", "build", "node_modules"}


def files_under(top):
    for folder, dirs, names in os.walk(os.path.join(ROOT, top)):
        dirs[:] = [d for d in dirs if d not in SKIP]
        for name in names:
            if name.endswith(SOURCES):
                yield os.path.relpath(os.path.join(folder, name), ROOT)


def includes(path):
    with open(os.path.join(ROOT, path), encoding="utf-8", errors="replace") as f:
        return INCLUDE.findall(f.read())


def internal_headers():
    """Include spellings that name a header of validators/src."""
    names = set()
    for path in files_under("validators/src"):
        if path.endswith(".h"):
            names.add(os.path.relpath(path, "validators/src"))
    return names


def breaches():
    """(file, header, rule) for every include that crosses a boundary."""
    internal = internal_headers()
    found = []
    for path in files_under("."):
        if path.startswith("validators" + os.sep):
            continue
        here = os.path.dirname(path)
        for header in includes(path):
            if header.startswith("shapeguard/"):
                continue
            if os.path.exists(os.path.join(ROOT, here, header)):
                continue  # a header beside the file, not the core's
            if header in internal or "validators/src" in header:
                found.append((path, header, "core internals outside validators/"))
    for path in files_under("conformance"):
        library = path.split("/")[1]
        for header in includes(path):
            reached = header.split("/")[0]
            if reached in FORBIDDEN.get(library, ()):
                found.append((path, header, library + " reaches into " + reached))
    return found


def src_exported():
    """True when validators/CMakeLists.txt hands validators/src to the library's users."""
    with open(os.path.join(ROOT, "validators", "CMakeLists.txt")) as f:
        text = f.read()
    return re.search(r"target_include_directories\([^)]*\b(PUBLIC|INTERFACE)\b[^)]*/src\b",
                     text) is not None


def main():
    failed = 0
    for path, header, rule in breaches():
        print(f"{path}: includes \"{header}\": {rule}")
        failed += 1
    if src_exported():
        print("validators/CMakeLists.txt: validators/src is a PUBLIC or INTERFACE include "
              "directory; the core's internals must stay PRIVATE")
        failed += 1
    print(f"layering: {failed} breaches")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
