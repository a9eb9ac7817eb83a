"""Every boto3 call checked before it leaves: ``shapeguard.boto3.install()``.

The request hook runs on botocore's ``before-parameter-build`` event, which hands over the
call's parameters in exactly the form shapeguard validates, before botocore's own check and
before any HTTP request. The response hook runs on ``after-call`` with the parsed response;
response violations are reported (as warnings, or through logging), never raised: the call
already happened.

Hooks live on an event emitter, and botocore gives each client a copy of its session's
emitter when the client is made: installing on a session covers the clients it makes
afterwards; pass a client to cover that client.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import warnings
from typing import Any, Callable, Iterator, Optional

import shapeguard
from shapeguard.errors import ParamValidationError, describe

__all__ = ["Record", "Violation", "checking", "install", "uninstall"]

logger = logging.getLogger("shapeguard")

_MODES = ("raise", "warn", "log")
_REQUEST_EVENT = "before-parameter-build"
_RESPONSE_EVENT = "after-call"
_REQUEST_ID = "shapeguard-request"
_RESPONSE_ID = "shapeguard-response"
# What botocore adds to every parsed response beside the output shape's members.
_RESPONSE_EXTRAS = ("ResponseMetadata",)


@dataclasses.dataclass(frozen=True)
class Violation:
    """One violation a hook reported: the call's operation, "input" (the request) or
    "output" (the response), and the diagnostic."""

    operation: str
    direction: str
    path: str
    code: str
    message: str
    source: str


class Record:
    """What a :func:`checking` block saw: ``violations`` holds every violation reported
    while it ran (the responses', and the requests' in "warn" and "log" modes)."""

    def __init__(self) -> None:
        self.violations: list[Violation] = []
        self._lock = threading.Lock()

    def add(self, report: shapeguard.Report) -> None:
        found = [
            Violation(report.operation, report.direction, d.path, d.code, d.message, d.source)
            for d in report.errors
        ]
        with self._lock:
            self.violations.extend(found)


def _emitter(target: Any) -> Any:
    """The event emitter of a boto3 Session, a botocore session or a client (None: boto3's
    default session, made if there is none yet)."""
    if target is None:
        import boto3

        target = boto3._get_default_session()
    meta = getattr(target, "meta", None)
    if meta is not None and hasattr(meta, "events"):
        return meta.events  # a client
    if hasattr(target, "get_component"):
        return target.get_component("event_emitter")  # a botocore session
    if hasattr(target, "events"):
        return target.events  # a boto3 Session
    raise TypeError(
        "target must be a boto3.Session, a botocore session, a client or None, "
        f"not {type(target).__name__}"
    )


def _operation_name(model: Any) -> str:
    return f"{model.service_model.service_name}.{model.name}"


def _reporter(mode: str) -> Callable[[str], None]:
    if mode == "log":
        return logger.warning
    return lambda text: warnings.warn(text, shapeguard.ShapeguardWarning, stacklevel=2)


class _Hooks:
    """The two handlers of one installation."""

    def __init__(
        self, catalog: shapeguard.Catalog, mode: str, record: Optional[Record]
    ) -> None:
        self.catalog = catalog
        self.mode = mode
        self.record = record
        self.report_request = _reporter(mode)
        self.report_response = _reporter("log" if mode == "log" else "warn")
        # Each operation's name in the catalog, or None for one it does not know (a service
        # newer than the built-in models): such calls go unchecked, logged once.
        self.names: dict[Any, Optional[str]] = {}

    def name_of(self, model: Any) -> Optional[str]:
        if model in self.names:
            return self.names[model]
        name: Optional[str] = _operation_name(model)
        try:
            self.catalog.resolve(name)
        except ValueError as unknown:
            logger.warning("not checked: %s", unknown)
            name = None
        self.names[model] = name
        return name

    def check_request(self, params: Any, model: Any, **_: Any) -> None:
        name = self.name_of(model)
        if name is None:
            return
        report = self.catalog.validate(name, params)
        if report.valid:
            return
        if self.mode == "raise":
            raise ParamValidationError(report)
        if self.record is not None:
            self.record.add(report)
        for diagnostic in report.errors:
            self.report_request(f"{report.operation} request: {describe(diagnostic)}")

    def check_response(
        self, http_response: Any, parsed: Any, model: Any, **_: Any
    ) -> None:
        status = getattr(http_response, "status_code", 200)
        if status >= 300 or not isinstance(parsed, dict):
            return  # an error response: its shape is the error's, not the output's
        name = self.name_of(model)
        if name is None:
            return
        body = {k: v for k, v in parsed.items() if k not in _RESPONSE_EXTRAS}
        report = self.catalog.validate(name, body, output=True)
        if report.valid:
            return
        if self.record is not None:
            self.record.add(report)
        for diagnostic in report.errors:
            self.report_response(f"{report.operation} response: {describe(diagnostic)}")


def install(
    target: Any = None,
    *,
    mode: str = "raise",
    responses: bool = True,
    catalog: Optional[shapeguard.Catalog] = None,
    record: Optional[Record] = None,
) -> None:
    """Checks every call made through ``target`` (a boto3 Session, a botocore session, a
    client, or None for boto3's default session) before it is sent.

    ``mode="raise"`` raises :class:`shapeguard.ParamValidationError` (a botocore
    ``ParamValidationError``) for invalid parameters, so no request is made; "warn" issues a
    :class:`shapeguard.ShapeguardWarning` and "log" logs on the "shapeguard" logger, and the
    call goes on. With ``responses``, each parsed response is checked against the output
    shape and violations are warned (or logged in "log" mode), never raised. Installing
    again on the same target replaces the earlier installation.
    """
    if mode not in _MODES:
        raise ValueError(f"mode must be one of {', '.join(_MODES)}, not {mode!r}")
    emitter = _emitter(target)
    _unregister(emitter)
    hooks = _Hooks(catalog or shapeguard.default_catalog(), mode, record)
    emitter.register(_REQUEST_EVENT, hooks.check_request, unique_id=_REQUEST_ID)
    if responses:
        emitter.register(_RESPONSE_EVENT, hooks.check_response, unique_id=_RESPONSE_ID)


def uninstall(target: Any = None) -> None:
    """Removes the hooks :func:`install` put on ``target``; nothing if there are none."""
    _unregister(_emitter(target))


def _unregister(emitter: Any) -> None:
    emitter.unregister(_REQUEST_EVENT, unique_id=_REQUEST_ID)
    emitter.unregister(_RESPONSE_EVENT, unique_id=_RESPONSE_ID)


@contextlib.contextmanager
def checking(
    target: Any = None,
    *,
    mode: str = "raise",
    responses: bool = True,
    catalog: Optional[shapeguard.Catalog] = None,
) -> Iterator[Record]:
    """Installs the hooks for the block and records what they report::

        with shapeguard.boto3.checking() as record:
            client = boto3.client("apigatewayv2")
            client.create_api(Name="pets", ProtocolType="HTTP")
        assert record.violations == []
    """
    record = Record()
    install(target, mode=mode, responses=responses, catalog=catalog, record=record)
    try:
        yield record
    finally:
        uninstall(target)
