#!/usr/bin/env python3
"""Imports the botocore service models shapeguard embeds.

Reads every service model, newest API version of each, from the newest botocore installed
on this machine (or from --data DIR), removes every `documentation` field (prose we do not
ship), and writes them compressed under schemas/models/<service>/<version>/service-2.json.gz,
the same layout as botocore's data directory, so `shapeguard --models schemas/models` reads
it too. The gzip stream is deterministic (no name, no time stamp): importing the same
botocore twice changes nothing, and a newer one changes only the services it changed.
schemas/models/manifest.json records the botocore release, each service's version, other
names, size and digest, and which services are seeded (have overlays, scenarios and emulator
routes, and are walked exhaustively by the property suites and fuzzers).
"""

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys

# The services the project grew from: overlays, conform scenarios and the reference
# emulator cover them.
SEEDED = ["apigateway", "apigatewaymanagementapi", "apigatewayv2", "appconfig"]

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


def newest_models(data_dir):
    """Yields (service, api_version, path) for the newest API version of every service."""
    for service in sorted(os.listdir(data_dir)):
        service_dir = os.path.join(data_dir, service)
        if not os.path.isdir(service_dir):
            continue
        # API versions are dates (YYYY-MM-DD): the newest sorts last.
        for api_version in sorted(os.listdir(service_dir), reverse=True):
            path = os.path.join(service_dir, api_version, "service-2.json")
            if os.path.exists(path) or os.path.exists(path + ".gz"):
                yield service, api_version, path
                break


def write_gzip(path, data):
    """Writes data gzip-compressed with no file name and time stamp, so equal input gives
    equal bytes. Writes beside the target and renames, so a failed run leaves no half file."""
    with open(path + ".tmp", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f:
            f.write(data)
    os.replace(path + ".tmp", path)


def remove_stale(out, services):
    """Removes model files of services or versions this import did not write."""
    for service in os.listdir(out):
        service_dir = os.path.join(out, service)
        if not os.path.isdir(service_dir):
            continue
        for api_version in os.listdir(service_dir):
            keep = service in services and services[service]["version"] == api_version
            version_dir = os.path.join(service_dir, api_version)
            for name in os.listdir(version_dir):
                if not keep or name != "service-2.json.gz":
                    os.remove(os.path.join(version_dir, name))
            if not os.listdir(version_dir):
                os.rmdir(version_dir)
        if not os.listdir(service_dir):
            os.rmdir(service_dir)


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

    manifest = {"botocore": version, "seeded": SEEDED, "services": {}}
    for service, api_version, path in newest_models(data_dir):
        model = strip_documentation(read_model(path))
        # Compact: a quarter less to inflate and parse at run time than indented text;
        # .gitattributes shows the files indented in diffs.
        text = json.dumps(model, separators=(",", ":"), ensure_ascii=False) + "\n"
        target_dir = os.path.join(args.out, service, api_version)
        os.makedirs(target_dir, exist_ok=True)
        write_gzip(os.path.join(target_dir, "service-2.json.gz"), text.encode("utf-8"))
        metadata = model.get("metadata", {})
        manifest["services"][service] = {
            "version": api_version,
            "protocol": metadata.get("protocol", ""),
            # SigV4's service name: what a request's credential scope says (botocore falls
            # back to the endpoint prefix when the model names none).
            "signing_name": metadata.get("signingName") or metadata.get("endpointPrefix", service),
            # Other names users call the service by; the catalog resolves them.
            "aliases": sorted({name for name in (metadata.get("serviceId"), metadata.get("signingName"),
                                                 metadata.get("endpointPrefix"))
                               if name and name != service}),
            "operations": len(model["operations"]),
            "shapes": len(model["shapes"]),
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        }
    missing = [service for service in SEEDED if service not in manifest["services"]]
    if missing:
        sys.exit(f"import_models: {data_dir} lacks the seeded services {missing}")
    print(f"{len(manifest['services'])} services, "
          f"{sum(s['operations'] for s in manifest['services'].values())} operations")
    remove_stale(args.out, manifest["services"])
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"imported from botocore {version} ({data_dir})")


if __name__ == "__main__":
    main()
