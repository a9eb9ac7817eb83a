#!/usr/bin/env python3
"""Imports the botocore service models shapeguard embeds.

Reads the models of the four seeded services from the newest botocore installed on this
machine (or from --data DIR), removes every `documentation` field (prose we do not ship),
and writes them under schemas/models/<service>/<version>/service-2.json, the same layout as
botocore's data directory, so `shapeguard --models schemas/models` reads it too.
schemas/models/manifest.json records which botocore release the files came from.
"""

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys

SERVICES = {
    "apigatewayv2": "2018-11-29",
    "apigateway": "2015-07-09",
    "appconfig": "2019-10-09",
    "apigatewaymanagementapi": "2018-11-29",
}

# Interpreters that may carry a botocore; the newest release among them wins.
CANDIDATE_PYTHONS = ["python3", "/usr/bin/python3"]


def find_botocores():
    """Yields (version, data_dir) for every botocore importable by a candidate python."""
    probe = "import botocore, os; print(botocore.__version__); print(os.path.dirname(botocore.__file__))"
    seen = set()
    for python in CANDIDATE_PYTHONS:
        try:
            out = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
        except (OSError, subprocess.CalledProcessError):
            continue
        version, package_dir = out[0], out[1]
        if package_dir not in seen:
            seen.add(package_dir)
            yield version, os.path.join(package_dir, "data")


def version_key(version):
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def read_model(path):
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rt", encoding="utf-8") as f:
            return json.load(f)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def strip_documentation(node):
    if isinstance(node, dict):
        return {k: strip_documentation(v) for k, v in node.items() if k != "documentation"}
    if isinstance(node, list):
        return [strip_documentation(v) for v in node]
    return node


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", help="a botocore data directory (default: newest installed botocore)")
    parser.add_argument("--botocore-version", help="version to record when --data is given")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "models"))
    args = parser.parse_args()

    if args.data:
        version, data_dir = args.botocore_version or "unknown", args.data
    else:
        found = sorted(find_botocores(), key=lambda vd: version_key(vd[0]))
        if not found:
            sys.exit("import_models: no botocore found; install python3-botocore or pass --data DIR")
        version, data_dir = found[-1]

    manifest = {"botocore": version, "services": {}}
    for service, api_version in SERVICES.items():
        model = strip_documentation(read_model(os.path.join(data_dir, service, api_version, "service-2.json")))
        text = json.dumps(model, indent=1, ensure_ascii=False) + "\n"
        target_dir = os.path.join(args.out, service, api_version)
        os.makedirs(target_dir, exist_ok=True)
        with open(os.path.join(target_dir, "service-2.json"), "w", encoding="utf-8") as f:
            f.write(text)
        metadata = model.get("metadata", {})
        manifest["services"][service] = {
            "version": api_version,
            # Other names users call the service by; the catalog resolves them.
            "aliases": sorted({name for name in (metadata.get("serviceId"), metadata.get("signingName"),
                                                 metadata.get("endpointPrefix"))
                               if name and name != service}),
            "operations": len(model["operations"]),
            "shapes": len(model["shapes"]),
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        }
        print(f"{service} {api_version}: {len(model['operations'])} operations, {len(model['shapes'])} shapes")
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"imported from botocore {version} ({data_dir})")


if __name__ == "__main__":
    main()
