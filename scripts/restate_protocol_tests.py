#!/usr/bin/env python3
"""Restates botocore's protocol test cases as shapeguard's own test data.

  scripts/restate_protocol_tests.py BOTOCORE_CHECKOUT

Reads tests/unit/protocols/{input,output}/{query,ec2,json,json_1_0,rest-json}.json of a
botocore source checkout and writes tests/conformance/protocols/<direction>-<protocol>.json:
the same facts (models, parameters, wire forms, results) without botocore's prose
(documentation and descriptions are dropped), sorted keys, one case per line.
tests/conformance/botocore_protocols_test.cc runs them against the project's codecs.
"""
import json
import os
import sys

PROTOCOLS = ["query", "ec2", "json", "json_1_0", "rest-json"]
PROSE = {"documentation", "description"}


def strip_prose(value):
    if isinstance(value, dict):
        return {k: strip_prose(v) for k, v in value.items() if k not in PROSE}
    if isinstance(value, list):
        return [strip_prose(v) for v in value]
    return value


def reachable(shapes, cases):
    """The shapes the cases' operations reach: botocore repeats a suite's whole model."""
    todo = []
    for case in cases:
        operation = case["operation"]
        for key in ("input", "output"):
            if key in operation:
                todo.append(operation[key]["shape"])
        todo += [error["shape"] for error in operation.get("errors", [])]
    seen = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in shapes:
            continue
        seen.add(name)
        shape = shapes[name]
        refs = list(shape.get("members", {}).values())
        refs += [shape[k] for k in ("member", "key", "value") if k in shape]
        todo += [ref["shape"] for ref in refs]
    return {name: shapes[name] for name in sorted(seen)}


def restate(source, target):
    with open(source) as f:
        suites = json.load(f)
    out = []
    for suite in suites:
        cases = []
        for case in suite["cases"]:
            case = strip_prose(case)
            case["operation"] = case.pop("given")
            cases.append(case)
        shapes = reachable(strip_prose(suite.get("shapes", {})), cases)
        out.append({"metadata": suite["metadata"], "shapes": shapes, "cases": cases})
    def compact(value):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    # One suite's model on a line, then one case a line: reviewable, and a fifth of indented.
    with open(target, "w") as f:
        f.write("[\n")
        for i, suite in enumerate(out):
            f.write('{"metadata":' + compact(suite["metadata"]) + ',\n "shapes":' +
                    compact(suite["shapes"]) + ',\n "cases":[\n')
            f.write(",\n".join("  " + compact(case) for case in suite["cases"]))
            f.write("\n]}" + ("," if i + 1 < len(out) else "") + "\n")
        f.write("]\n")
    return sum(len(s["cases"]) for s in out)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    checkout = sys.argv[1]
    here = os.path.join(os.path.dirname(__file__), "..", "tests", "conformance", "protocols")
    for direction in ("input", "output"):
        for protocol in PROTOCOLS:
            source = os.path.join(checkout, "tests", "unit", "protocols", direction, protocol + ".json")
            target = os.path.join(here, f"{direction}-{protocol}.json")
            print(f"{target}: {restate(source, target)} cases")


if __name__ == "__main__":
    main()
