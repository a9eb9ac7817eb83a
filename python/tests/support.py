"""What the tests share: where the repository's examples are, and the CLI to compare with."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
from typing import Iterator, NamedTuple, Optional

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"


class Example(NamedTuple):
    operation: str  # "apigatewayv2.CreateStage"
    output: bool  # a response document
    path: pathlib.Path
    expected: dict  # its entry of expected.json


def examples() -> Iterator[Example]:
    """Every document under examples/, with what its expected.json says of it."""
    for directory in sorted(EXAMPLES.glob("*/*/")):
        expected = json.loads((directory / "expected.json").read_text())
        operation = f"{directory.parent.name}.{directory.name}"
        for path in sorted(directory.glob("*.json")):
            if path.name == "expected.json":
                continue
            yield Example(operation, path.name.startswith("response-"), path, expected[path.name])


def cli() -> Optional[str]:
    """The shapeguard executable to compare with: $SHAPEGUARD_CLI, else a build of the
    repository's, else one on PATH."""
    if os.environ.get("SHAPEGUARD_CLI"):
        return os.environ["SHAPEGUARD_CLI"]
    for preset in ("ci", "default"):
        candidate = REPOSITORY / "build" / preset / "cli" / "shapeguard"
        if candidate.exists():
            return str(candidate)
    return shutil.which("shapeguard")


def cli_reports(executable: str, operation: str, output: bool, paths: list) -> list:
    """`shapeguard validate --format json` of each file, one report dict per file."""
    command = [executable, "validate", operation, "--format", "json"]
    if output:
        command.append("--output")
    run = subprocess.run(
        command + [str(p) for p in paths], capture_output=True, text=True, check=False
    )
    if run.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed: {run.stderr}")
    return [json.loads(line) for line in run.stdout.splitlines()]
