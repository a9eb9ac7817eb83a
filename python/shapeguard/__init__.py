"""AWS API contracts checked in-process.

shapeguard validates the parameters of any AWS operation (every service botocore models is
built in) against the operation's shapes and the rules AWS documents beyond them: required
members, types, lengths, ranges, enums, patterns, and documented-only rules such as the
request-ID variable of an API Gateway access-log format. Each violation comes with a JSON
Pointer, the rule's short name and where the rule comes from.

    >>> import shapeguard
    >>> report = shapeguard.validate("apigatewayv2.CreateStage",
    ...                              {"ApiId": "a1b2c3", "StageName": "prod"})
    >>> report.valid
    True

To check every boto3 call before it leaves: ``shapeguard.boto3.install()``.
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence, Union

from shapeguard import _shapeguard
from shapeguard._shapeguard import Diagnostic, Report, __version__

if TYPE_CHECKING:
    from shapeguard import boto3
    from shapeguard.errors import ParamValidationError

__all__ = [
    "Catalog",
    "Diagnostic",
    "ParamValidationError",
    "Report",
    "ShapeguardWarning",
    "__version__",
    "default_catalog",
    "explain",
    "generate",
    "validate",
]

PathLike = Union[str, "os.PathLike[str]"]


class ShapeguardWarning(UserWarning):
    """A violation reported without stopping the call (boto3 hooks in "warn" mode, and
    every response check)."""


class Catalog(_shapeguard.Catalog):
    """The AWS operations shapeguard knows, compiled on first use.

    ``models`` adds botocore data directories (``<dir>/<service>/<version>/service-2.json``)
    to the built-in services, replacing built-in ones of the same name; ``overlays`` adds
    overlay files (rules stated beyond the models). A Catalog is safe to share between
    threads; each thread's validation runs without the GIL.
    """

    def __init__(
        self,
        models: Union[None, PathLike, Sequence[PathLike]] = None,
        overlays: Iterable[PathLike] = (),
    ) -> None:
        if models is None:
            directories: list[str] = []
        elif isinstance(models, (str, os.PathLike)):
            directories = [os.fspath(models)]
        else:
            directories = [os.fspath(m) for m in models]
        super().__init__(directories, [os.fspath(o) for o in overlays])


_default: Optional[Catalog] = None
_default_lock = threading.Lock()


def default_catalog() -> Catalog:
    """The built-in catalog the module-level functions use, made on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Catalog()
    return _default


def validate(operation: str, params: Any, *, output: bool = False) -> Report:
    """Validates ``params`` against ``operation``'s input shape (its output shape with
    ``output=True``).

    ``operation`` is "service.Operation" ("apigatewayv2.CreateStage"; the CLI's kebab form
    "apigatewayv2.create-stage" works too). ``params`` is what a boto3 call takes or
    returns: dicts, lists, str, int, float, bool, None, bytes, datetime; a file or stream
    where a streaming blob belongs is accepted unread. Raises ValueError for an unknown
    operation.
    """
    return default_catalog().validate(operation, params, output=output)


def explain(operation: str, *, output: bool = False) -> str:
    """Every rule of the operation's input (or output) shape, each with its source: the
    text of ``shapeguard explain``."""
    return default_catalog().explain(operation, output=output)


def generate(
    operation: str,
    valid: bool = True,
    count: int = 10,
    seed: int = 1,
    *,
    output: bool = False,
    kind: Optional[str] = None,
) -> list[Any]:
    """``count`` generated parameter sets for the operation, the same for the same seed.

    With ``valid=True``, documents that break no rule. With ``valid=False``, dicts of
    ``{"document": ..., "violation": {"path", "code", "description"}}``, each document with
    exactly one rule broken (of the code ``kind`` names, when given), as
    ``shapeguard generate --invalid`` writes them.
    """
    return default_catalog().generate(
        operation, valid, count, seed, output=output, kind=kind
    )


def __getattr__(name: str) -> Any:
    # Loaded on first use: importing shapeguard must not import botocore.
    if name == "boto3":
        return importlib.import_module("shapeguard.boto3")
    if name == "ParamValidationError":
        from shapeguard.errors import ParamValidationError as error

        return error
    raise AttributeError(f"module 'shapeguard' has no attribute {name!r}")
