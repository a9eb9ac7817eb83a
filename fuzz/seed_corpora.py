#!/usr/bin/env python3
"""Writes the seed corpora of fuzz/corpus/<harness>/ from examples/ and from generated
choices. Run it again when examples/ or the built-in models change (the first input byte of
several harnesses picks a schema by its index, which depends on the operations known).

Usage: fuzz/seed_corpora.py   (from anywhere; rewrites only the seed_* files)
"""
import gzip
import hashlib
import json
import os
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def schema_indexes():
    """Index of (service, operation, direction) in the harnesses' AllSchemas() order:
    inputs then outputs; seeded services sorted; operations sorted (bytewise, as
    std::string)."""
    models = ROOT / "schemas" / "models"
    operations = []
    for service in sorted(json.loads((models / "manifest.json").read_text())["seeded"]):
        newest = sorted(os.listdir(models / service))[-1]
        with gzip.open(models / service / newest / "service-2.json.gz", "rt", encoding="utf-8") as f:
            model = json.load(f)
        operations += [(service, op) for op in sorted(model["operations"])]
    index = {}
    for d, direction in enumerate(["input", "output"]):
        for i, (service, op) in enumerate(operations):
            index[(service, op, direction)] = d * len(operations) + i
    return index


def write(harness, data):
    """One seed, named by its content so reruns do not duplicate it."""
    out = CORPUS / harness
    out.mkdir(parents=True, exist_ok=True)
    name = "seed_" + hashlib.sha1(data).hexdigest()[:16]
    (out / name).write_bytes(data)


def examples():
    """(service, operation, direction, path) for every example document."""
    for path in sorted((ROOT / "examples").glob("*/*/*.json")):
        if path.name == "expected.json":
            continue
        direction = "input" if path.name.startswith("request") else "output"
        yield path.parent.parent.name, path.parent.name, direction, path


def strings_in(value, key=None):
    """(member name, string) for every string in a document, keys included."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield None, k
            yield from strings_in(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v, key)
    elif isinstance(value, str):
        yield key, value


def seed_documents(index):
    for service, op, direction, path in examples():
        i = index[(service, op, direction)]
        text = path.read_bytes()
        choice = struct.pack("<H", i)
        write("validate_json", choice + text)
        write("fast_vs_reference", choice + b"\x00" + text)
        write("fast_vs_reference", choice + b"\x03" + text)  # with an error cap of 2


def seed_structured(index):
    # The operations that have examples: a few hundred small seeds, not one per schema.
    for service, op, direction in sorted({e[:3] for e in examples()}):
        for mode in (0, 1):
            write("structured_validate", struct.pack("<HBQB", index[(service, op, direction)],
                                                     mode, 1, 30))


def seed_strings():
    pointers = {"", "/", "/a~1b", "/m~0n", "/variables/name", "/~1pets~1{petId}/GET/logging/loglevel",
                "/*/*/metrics/enabled", "/list/0/path", "/m~0n//1/0"}
    formats, arns, mappings = set(), set(), set()
    for _, _, _, path in examples():
        document = json.loads(path.read_text())
        for key, text in strings_in(document):
            if key in ("path", "from"):
                pointers.add(text)
            if key in ("Format", "format") or "$context" in text:
                formats.add(text)
            if text.startswith("arn:"):
                arns.add(text)
            if text.startswith(("method.", "integration.")) or (text[:1] == "'" and len(text) < 80):
                mappings.add(text)
        for op in document.get("patchOperations", []) if isinstance(document, dict) else []:
            if not isinstance(op, dict):
                continue
            parts = [op.get(m) for m in ("op", "path", "value", "from")]
            present = sum(1 << b for b, p in enumerate(parts) if isinstance(p, str))
            text = "\n".join(p if isinstance(p, str) else "" for p in parts)
            write("patch_operations", bytes([present]) + text.encode())
    for p in pointers:
        write("json_pointer", p.encode() + b'\n{"variables": {"name": "v"}, "a/b": [1]}')
    for f in formats:
        for choice in (0, 1):
            write("access_log_format", bytes([choice]) + f.encode())
    for a in arns:
        for choice in range(3):
            write("arn", bytes([choice]) + a.encode())
    for m in mappings:
        for choice in range(4):
            write("mapping_expression", bytes([choice]) + m.encode())


# An overlay for model_loader's fixed model with a rule of every check kind.
FIXED_OVERLAY = {
    "service": "fuzzsvc",
    "sources": {"seed": "fuzz seed"},
    "rules": [
        {"target": "PutRequest$Format", "check": "access-log-format",
         "args": {"request_id_variables": ["$context.requestId"]}, "source": "seed"},
        {"target": "PutRequest$Format", "check": "length", "args": {"min": 1, "max": 1024},
         "source": "seed"},
        {"target": "PutRequest$DestinationArn", "check": "arn",
         "args": {"kinds": [{"name": "a log group", "service": "logs",
                             "resource": "log-group:[.\\-_/#A-Za-z0-9]{1,512}"}]},
         "source": "seed"},
        {"target": "StringMap$key", "check": "pattern",
         "args": {"regex": "[A-Za-z0-9_]+", "anchoring": "full"}, "source": "seed"},
        {"target": "PutRequest$Parameters$value", "check": "mapping",
         "args": {"forms": [{"prefix": "integration.response.body.", "name": "json-expression"}],
                  "static": True}, "source": "seed"},
        {"target": "PutRequest$Settings$key", "check": "method-setting-key", "args": {},
         "source": "seed"},
        {"target": "PutRequest$Variables", "check": "size", "args": {"max": 3}, "source": "seed"},
        {"target": "PutRequest$Count", "check": "range", "args": {"min": 1, "max": 5},
         "source": "seed"},
        {"target": "PutRequest$Color", "check": "enum", "args": {"values": ["RED"]},
         "source": "seed"},
        {"target": "PutRequest$PatchOperations$member", "check": "patch-operation",
         "args": {"resource": "Thing", "ops": ["add", "remove", "replace"],
                  "placeholders": {"name": {"field": "StringMap$key"},
                                   "resourcePath": {"check": "resource-path"}},
                  "paths": [{"path": "/variables/{name}", "ops": ["replace", "remove"],
                             "field": "StringMap$value"},
                            {"path": "/count", "ops": ["replace"], "field": "PutRequest$Count"}]},
         "source": "seed"},
    ],
}


def seed_models():
    for model in (ROOT / "tests" / "data" / "testsvc.json",
                  ROOT / "tests" / "data" / "models" / "testsvc" / "2024-01-01" / "service-2.json"):
        write("model_loader", b"\x00" + model.read_bytes())
    write("model_loader", b"\x01" + json.dumps(FIXED_OVERLAY, indent=1).encode())
    # Each rule alone, so mutations of one kind's arguments stay small.
    for rule in FIXED_OVERLAY["rules"]:
        single = dict(FIXED_OVERLAY, rules=[rule])
        write("model_loader", b"\x01" + json.dumps(single).encode())


# emulator: [target index][seed, 8 bytes][tamper][choice, 2 bytes][prerequisites left out,
# a bit each][tamper bytes]; the tampers in conform/mutation.h's order.
TAMPERS = ["none", "one-violation", "unknown-reference", "body-bytes", "header", "query",
           "label", "method"]
TAMPER_BYTES = {"body-bytes": b'{"x":', "header": b"text/html", "query": b"limit=-1",
                "label": b"..%2F", "method": b""}


def seed_emulator():
    """Per target: the valid scenario (whole, and without a prerequisite), seven violation
    kinds, the first two identifiers made unknown, and a body and a method tamper (the rest of
    the mutations libFuzzer reaches from these). Few,
    because each input is a whole scenario against an emulator: by URL every seed costs a
    handful of requests before fuzzing starts."""
    targets = json.loads((ROOT / "conformance" / "conform" / "scenarios" / "hints.json")
                         .read_text())["targets"]
    # Violation kinds by their index in properties' ViolationKinds(): required, length, enum,
    # pattern, access-log, method-setting, patch (the overlay rules emulators skip most).
    kinds = [0, 3, 6, 7, 10, 13, 14]
    picks = ([("none", 0)] + [("one-violation", kind) for kind in kinds]
             + [("unknown-reference", 0), ("unknown-reference", 1), ("body-bytes", 2),
                ("method", 3)])
    for target in range(len(targets)):
        for name, choice in picks:
            data = (struct.pack("<BQBHB", target, 1, TAMPERS.index(name), choice, 0)
                    + TAMPER_BYTES.get(name, b""))
            write("emulator", data)
        # The valid scenario with its first, then its second prerequisite left out.
        for absent in (0x01, 0x02):
            write("emulator", struct.pack("<BQBHB", target, 1, 0, 0, absent))


def main():
    seed_emulator()
    index = schema_indexes()
    seed_documents(index)
    seed_structured(index)
    seed_strings()
    seed_models()


if __name__ == "__main__":
    main()
