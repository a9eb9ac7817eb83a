"""The exception the boto3 hook raises, and the text it and the warnings give."""

from __future__ import annotations

from typing import Optional, Union

from botocore.exceptions import ParamValidationError as _BotocoreParamValidationError

from shapeguard._shapeguard import Diagnostic, Report

# How each rule's violations open, as botocore's own messages do.
_OPENINGS = {
    "required": "Missing required parameter",
    "unknown": "Unknown parameter",
    "type": "Invalid type for parameter",
}


def describe(diagnostic: Diagnostic) -> str:
    """One violation on one line: what, where (a JSON Pointer), the rule and its source."""
    opening = _OPENINGS.get(diagnostic.code, "Invalid value for parameter")
    where = diagnostic.path or "/"
    return (
        f"{opening} {where}: {diagnostic.message} "
        f"(rule: {diagnostic.code}; source: {diagnostic.source})"
    )


def describe_report(report: Report) -> str:
    """Every violation of the report, one per line."""
    lines = [describe(d) for d in report.errors]
    if report.truncated:
        lines.append("(more violations not listed)")
    return "\n".join(lines)


class ParamValidationError(_BotocoreParamValidationError):
    """Parameters that break the operation's contract, found before the request was made.

    A botocore ``ParamValidationError``, so ``except`` clauses written for botocore's own
    check catch it too. ``report`` is the full :class:`shapeguard.Report`.
    """

    def __init__(self, report: Union[Report, str]) -> None:
        if isinstance(report, str):  # botocore's pickling passes the text back
            super().__init__(report=report)
            self.report: Optional[Report] = None
            return
        super().__init__(report=f"{report.operation}:\n{describe_report(report)}")
        self.report = report
