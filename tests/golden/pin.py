#!/usr/bin/env python3
"""Pins the CLI's outputs for fixed inputs, so a change meant to keep behaviour can show it did.

  pin.py check  BUILD_BIN_DIR [--conform]   compare with the files under tests/golden/
  pin.py update BUILD_BIN_DIR [--conform]   rewrite them (review the diff before committing)

Pinned: `explain` (input and output) and `generate` (--seed 7, valid and invalid, input and
output) for every operation under examples/; with --conform, the JSON report of
`conform --seed 1 --budget 1000` against `serve`, clean and with each fault. Reports are
normalised where a run cannot repeat itself: the port, and the clock in SigV4 headers.
"""
import concurrent.futures
import datetime
import difflib
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATE_COUNT = 3


def seeded_operations():
    examples = os.path.join(ROOT, "examples")
    return sorted(f"{service}.{operation}"
                  for service in os.listdir(examples)
                  if os.path.isdir(os.path.join(examples, service))
                  for operation in os.listdir(os.path.join(examples, service)))


def run(binary, args):
    done = subprocess.run([binary] + args, capture_output=True, text=True, timeout=300)
    return f"$ shapeguard {' '.join(args)}\n[exit {done.returncode}]\n{done.stdout}{done.stderr}"


def cli_outputs(binary):
    """The text pinned per operation: explain and generate, both directions."""
    outputs = {}
    for operation in seeded_operations():
        parts = []
        for direction in ([], ["--output"]):
            parts.append(run(binary, ["explain", operation] + direction))
            for kind in ("--valid", "--invalid"):
                parts.append(run(binary, ["generate", operation] + direction +
                                 [kind, "--count", str(GENERATE_COUNT), "--seed", "7"]))
        outputs[f"cli/{operation}.txt"] = "".join(parts)
    return outputs


def near_now(when):
    """Whether a time is within two days of now: the emulator's clock, not generated data."""
    return abs(when - time.time()) < 2 * 86400


def mask_clock(match):
    text = match.group(0)
    try:
        if text.isdigit():
            when = float(text)
        else:
            when = datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return text
    return "NOW" if near_now(when) else text


def normalise_report(text, url):
    """Masks what differs between two runs of the same seed: the port, and the clock."""
    authority = url.split("//", 1)[1]
    text = text.replace(url, "http://127.0.0.1:PORT").replace(authority, "127.0.0.1:PORT")
    text = re.sub(r'\d{8}T\d{6}Z', "YYYYMMDDTHHMMSSZ", text)
    text = re.sub(r'(Credential=[^/]+/)\d{8}/', r"\1YYYYMMDD/", text)
    text = re.sub(r'Signature=[0-9a-f]{64}', "Signature=SIGNATURE", text)
    text = re.sub(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)', mask_clock, text)
    return re.sub(r'(?<![\w.])\d{10}(?![\w.])', mask_clock, text)


class Serve:
    def __init__(self, binary, faults):
        args = [binary, "serve", "--port", "0"]
        for fault in faults:
            args += ["--fault", fault]
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError(f"serve did not say where it listens: {line!r}")
        self.url = match.group(1)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def conform_report(binary, fault):
    """The normalised JSON report of one conform run against serve, with one fault or none."""
    with Serve(binary, [fault] if fault else []) as serve, \
            tempfile.TemporaryDirectory() as scratch:
        report = os.path.join(scratch, "report.json")
        subprocess.run([binary, "conform", "--endpoint", serve.url, "--seed", "1",
                        "--budget", "1000", "--report", report],
                       capture_output=True, text=True, timeout=900)
        with open(report) as f:
            return normalise_report(f.read(), serve.url)


def conform_outputs(binary):
    faults = subprocess.run([binary, "serve", "--list-faults"], capture_output=True, text=True,
                            check=True).stdout.split()
    runs = [None] + faults
    # A run waits on loopback round trips far more than it computes, so runs side by side
    # take little more CPU than one after another and a fraction of the time.
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        reports = pool.map(lambda fault: conform_report(binary, fault), runs)
        return {f"conform/{fault or 'clean'}.json": report
                for fault, report in zip(runs, reports)}


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("check", "update"):
        sys.exit(__doc__)
    mode, binary = sys.argv[1], os.path.join(sys.argv[2], "shapeguard")
    outputs = conform_outputs(binary) if "--conform" in sys.argv else cli_outputs(binary)
    failed = 0
    for name, text in sorted(outputs.items()):
        path = os.path.join(HERE, name)
        if mode == "update":
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
            continue
        with open(path) as f:
            pinned = f.read()
        if pinned != text:
            failed += 1
            diff = difflib.unified_diff(pinned.splitlines(True), text.splitlines(True),
                                        f"pinned {name}", f"now {name}")
            sys.stdout.writelines(list(diff)[:40])
    print(f"{len(outputs) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
