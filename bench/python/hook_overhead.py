#!/usr/bin/env python3
"""What the shapeguard boto3 hook costs per call, beside botocore's own ParamValidator on
the same parameters in the same run, and what ``import shapeguard`` costs.

usage: bench/python/hook_overhead.py [--rounds N] [--calls N] [--import-runs N]
                                     [--no-end-to-end] [--json FILE]

Two requests, both valid for both validators (checked first; exit 1 if not): a typical
apigatewayv2.CreateStage and a large ec2.RunInstances (8 block devices, 4 network
interfaces, 40 tags, 4 KB of user data). Per operation, contenders (µs per call, each
sample the mean of --calls back-to-back calls):

  botocore ParamValidator   ParamValidator().validate(params, input_shape): the check every
                            boto3 call already makes (types, required, min/max; no enums,
                            no patterns, no documented-only rules)
  shapeguard.validate       the full check, called directly
  emit, no hook             client.meta.events.emit("before-parameter-build.<svc>.<Op>",
                            ...) as botocore's client emits it, on a client without the hook
  emit, shapeguard hook     the same on an identical client after shapeguard.boto3.install
  client call, no hook /    (unless --no-end-to-end) a whole client.<op>(**params) answered
  client call, hooks        by botocore.stub.Stubber: everything but the HTTP exchange,
                            botocore's own ParamValidator included; "hooks" is install()'s
                            default, so the response hook checks the stubbed response too

"hook's added cost" is emit with hook minus emit without, best against best and median
against median, with the min..max of the per-round paired differences as its spread.
The emits and client calls get a shallow copy of the parameters per call, as a client makes
a fresh dict per call (botocore's RunInstances handler base64-encodes UserData in place);
the copy is charged to both sides alike. The direct contenders validate the parameters as
the hook and botocore's serializer see them (after botocore's own before-parameter-build
handlers: UserData base64-encoded).

Rounds interleave the contenders, rotating their order each round, so load on this shared
machine hits them alike; the garbage collector is off while a sample runs (as timeit does).
Figures quote best against best and median against median, with the worst as the spread,
and the load average at start and end.

Import time: fresh processes, interleaved round by round: ``python -c pass``,
``python -c "import shapeguard"``, and the same under ``-X importtime`` (the self-reported
cumulative time of the ``shapeguard`` line), then ``import shapeguard.boto3`` (which
imports botocore) for information. Standard library only.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from typing import Any, Callable

CREATE_STAGE_GOAL_US = 20.0  # median per call, the goal
IMPORT_GOAL_MS = 50.0


def log(*parts: Any) -> None:
    print(*parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- parameters

def create_stage_params() -> dict[str, Any]:
    """A typical CreateStage: what a deployment tool sends for a production stage."""
    return {
        "ApiId": "a1b2c3d4e5",
        "StageName": "prod",
        "Description": "Production stage, deployed by the release pipeline",
        "AutoDeploy": True,
        "StageVariables": {
            "lambdaAlias": "live",
            "backendUrl": "https://backend.example.com/v1",
            "logLevel": "INFO",
            "featureFlags": "checkout,search",
            "tableName": "orders-prod",
        },
        "AccessLogSettings": {
            "DestinationArn": (
                "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/orders-prod"
            ),
            "Format": json.dumps({
                "requestId": "$context.requestId",
                "ip": "$context.identity.sourceIp",
                "requestTime": "$context.requestTime",
                "httpMethod": "$context.httpMethod",
                "routeKey": "$context.routeKey",
                "status": "$context.status",
                "protocol": "$context.protocol",
                "responseLength": "$context.responseLength",
            }),
        },
        "DefaultRouteSettings": {
            "DataTraceEnabled": False,
            "DetailedMetricsEnabled": True,
            "LoggingLevel": "INFO",
            "ThrottlingBurstLimit": 500,
            "ThrottlingRateLimit": 1000.0,
        },
        "Tags": {"team": "payments", "environment": "production", "cost-center": "cc-4711"},
    }


def create_stage_response() -> dict[str, Any]:
    """What the service answers a CreateStage with (the response hook checks it)."""
    params = create_stage_params()
    return {
        "StageName": params["StageName"],
        "Description": params["Description"],
        "AutoDeploy": True,
        "StageVariables": params["StageVariables"],
        "AccessLogSettings": params["AccessLogSettings"],
        "DefaultRouteSettings": params["DefaultRouteSettings"],
        "RouteSettings": {},
        "Tags": params["Tags"],
        "ApiGatewayManaged": False,
    }


def user_data(size: int) -> str:
    """A cloud-init script of about ``size`` characters."""
    lines = ["#!/bin/bash", "set -euo pipefail"]
    i = 0
    while sum(len(line) + 1 for line in lines) < size:
        lines.append(f"echo 'step {i}: configuring service component {i}' >> /var/log/boot.log")
        i += 1
    return "\n".join(lines) + "\n"


def run_instances_params() -> dict[str, Any]:
    """A large RunInstances: a multi-volume, multi-interface instance with many tags."""
    devices = [
        {
            "DeviceName": "/dev/xvda" if i == 0 else f"/dev/sd{chr(ord('f') + i)}",
            "Ebs": {
                "DeleteOnTermination": True,
                "Encrypted": True,
                "KmsKeyId": (
                    "arn:aws:kms:us-east-1:123456789012:key/"
                    "1234abcd-12ab-34cd-56ef-1234567890ab"
                ),
                "Iops": 3000 + 100 * i,
                "Throughput": 125 + 25 * i,
                "VolumeSize": 8 if i == 0 else 100 * i,
                "VolumeType": "gp3",
            },
        }
        for i in range(8)
    ]
    interfaces = [
        {
            "DeviceIndex": i,
            "NetworkCardIndex": 0,
            "SubnetId": f"subnet-0{i}23456789abcdef0",
            "Description": f"interface {i} of the orders service",
            "DeleteOnTermination": True,
            "Groups": [f"sg-0{i}{j}3456789abcdef0" for j in range(3)],
            "PrivateIpAddresses": [
                {"Primary": j == 0, "PrivateIpAddress": f"10.0.{i}.{10 + j}"}
                for j in range(3)
            ],
            "AssociatePublicIpAddress": False,
        }
        for i in range(4)
    ]
    tags = [{"Key": f"tag-{i:02d}", "Value": f"value of tag {i}"} for i in range(20)]
    return {
        "ImageId": "ami-0abcdef1234567890",
        "InstanceType": "m6i.4xlarge",
        "MinCount": 1,
        "MaxCount": 1,
        "KeyName": "orders-prod",
        "ClientToken": "orders-prod-2024-06-01-0001",
        "EbsOptimized": True,
        "DisableApiTermination": True,
        "InstanceInitiatedShutdownBehavior": "stop",
        "Monitoring": {"Enabled": True},
        "BlockDeviceMappings": devices,
        "NetworkInterfaces": interfaces,
        "IamInstanceProfile": {
            "Arn": "arn:aws:iam::123456789012:instance-profile/orders-prod"
        },
        "Placement": {
            "AvailabilityZone": "us-east-1a",
            "GroupName": "orders-spread",
            "Tenancy": "default",
        },
        "MetadataOptions": {
            "HttpTokens": "required",
            "HttpPutResponseHopLimit": 2,
            "HttpEndpoint": "enabled",
            "HttpProtocolIpv6": "disabled",
            "InstanceMetadataTags": "enabled",
        },
        "PrivateDnsNameOptions": {
            "HostnameType": "resource-name",
            "EnableResourceNameDnsARecord": True,
            "EnableResourceNameDnsAAAARecord": False,
        },
        "MaintenanceOptions": {"AutoRecovery": "default"},
        "TagSpecifications": [
            {"ResourceType": "instance", "Tags": tags},
            {"ResourceType": "volume", "Tags": tags},
        ],
        "UserData": user_data(4096),
    }


# ---------------------------------------------------------------- timing

class Contender:
    """One thing timed: ``run(n)`` makes n calls and returns the nanoseconds they took."""

    def __init__(self, name: str, run: Callable[[int], int],
                 prepare: Callable[[int], None] | None = None) -> None:
        self.name = name
        self.run = run
        self.prepare = prepare  # untimed, before each sample (e.g. queue stubbed responses)
        self.samples_us: list[float] = []

    def sample(self, calls: int) -> float:
        if self.prepare is not None:
            self.prepare(calls)
        gc.collect()
        gc.disable()
        try:
            ns = self.run(calls)
        finally:
            gc.enable()
        return ns / calls / 1000.0


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "best": min(samples),
        "median": statistics.median(samples),
        "worst": max(samples),
    }


def interleave(contenders: list[Contender], rounds: int, calls: int) -> None:
    """Warms each contender up, then times them round-robin, rotating the order."""
    for contender in contenders:
        contender.sample(max(1, calls // 10))
    for r in range(rounds):
        k = r % len(contenders)
        for contender in contenders[k:] + contenders[:k]:
            contender.samples_us.append(contender.sample(calls))


def loop(fn: Callable[..., Any], *args: Any) -> Callable[[int], int]:
    def run(n: int) -> int:
        clock = time.perf_counter_ns
        start = clock()
        for _ in range(n):
            fn(*args)
        return clock() - start
    return run


def emit_loop(emitter: Any, event: str, params: dict[str, Any],
              model: Any) -> Callable[[int], int]:
    def run(n: int) -> int:
        clock = time.perf_counter_ns
        emit = emitter.emit
        start = clock()
        for _ in range(n):
            emit(event, params=dict(params), model=model, context={})
        return clock() - start
    return run


# ---------------------------------------------------------------- one operation

class Failure(Exception):
    """The parameters are not valid for a contender: nothing is timed."""


def make_client(session: Any, service: str) -> Any:
    return session.create_client(
        service, region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="secret", aws_session_token=None)


def bench_operation(operation: str, params: dict[str, Any], response: dict[str, Any],
                    rounds: int, calls: int, end_to_end: bool) -> dict[str, Any]:
    import botocore
    import botocore.session
    import botocore.validate
    from botocore.stub import Stubber

    import shapeguard
    import shapeguard.boto3

    service, op = operation.split(".")
    session = botocore.session.get_session()
    plain = make_client(session, service)
    hooked = make_client(session, service)
    shapeguard.boto3.install(hooked)  # mode="raise", responses=True: the defaults
    event = f"before-parameter-build.{plain.meta.service_model.service_id.hyphenize()}.{op}"
    plain_model = plain.meta.service_model.operation_model(op)
    hooked_model = hooked.meta.service_model.operation_model(op)

    # The parameters as the hook and botocore's serializer see them: after botocore's own
    # before-parameter-build handlers (RunInstances' UserData base64-encoded).
    sent = dict(params)
    plain.meta.events.emit(event, params=sent, model=plain_model, context={})

    # Both validators must find the request valid, or the timings compare different work.
    validator = botocore.validate.ParamValidator()
    input_shape = session.get_service_model(service).operation_model(op).input_shape
    errors = validator.validate(sent, input_shape)
    if errors.has_errors():
        raise Failure(f"{operation}: botocore finds the parameters invalid:\n"
                      f"{errors.generate_report()}")
    report = shapeguard.validate(operation, sent)
    if report.errors:
        raise Failure(f"{operation}: shapeguard finds the parameters invalid:\n" + "\n".join(
            f"  {d.path} {d.code}: {d.message}" for d in report.errors))
    try:
        hooked.meta.events.emit(event, params=dict(params), model=hooked_model, context={})
    except Exception as error:  # noqa: BLE001 - any failure of the hook is reported
        raise Failure(f"{operation}: the installed hook rejects the parameters: {error}")
    # And the hook being timed must be live: it rejects a request missing a member.
    broken = {k: v for k, v in params.items() if k != next(iter(input_shape.required_members))}
    try:
        hooked.meta.events.emit(event, params=broken, model=hooked_model, context={})
        raise Failure(f"{operation}: the installed hook did not reject an invalid request")
    except shapeguard.ParamValidationError:
        pass

    contenders = [
        Contender("botocore ParamValidator", loop(validator.validate, sent, input_shape)),
        Contender("shapeguard.validate", loop(shapeguard.validate, operation, sent)),
        Contender("emit, no hook", emit_loop(plain.meta.events, event, params, plain_model)),
        Contender("emit, shapeguard hook",
                  emit_loop(hooked.meta.events, event, params, hooked_model)),
    ]
    if end_to_end:
        method = botocore.xform_name(op)
        # The response hook must take its valid path too, as it does for a real answer.
        answer = shapeguard.validate(operation, response, output=True)
        if answer.errors:
            raise Failure(f"{operation}: shapeguard finds the stubbed response invalid:\n"
                          + "\n".join(f"  {d.path} {d.code}: {d.message}"
                                       for d in answer.errors))
        for name, client in (("client call, no hook", make_client(session, service)),
                             ("client call, hooks", make_client(session, service))):
            if name.endswith(", hooks"):
                shapeguard.boto3.install(client)
            stubber = Stubber(client)
            stubber.activate()
            call = getattr(client, method)

            def prepare(n: int, stubber: Any = stubber) -> None:
                for _ in range(n):
                    stubber.add_response(method, copy.deepcopy(response))

            def run(n: int, call: Any = call) -> int:
                clock = time.perf_counter_ns
                start = clock()
                for _ in range(n):
                    call(**params)
                return clock() - start

            prepare(1)
            call(**params)  # valid end to end, response included (raises otherwise)
            contenders.append(Contender(name, run, prepare))

    log(f"{operation}: {rounds} rounds of {calls} calls per contender")
    interleave(contenders, rounds, calls)

    figures: dict[str, Any] = {"calls_per_sample": calls, "rounds": rounds, "contenders": {}}
    for contender in contenders:
        figures["contenders"][contender.name] = dict(
            summary(contender.samples_us), samples_us=contender.samples_us)

    def added(with_name: str, without_name: str) -> dict[str, Any]:
        w = figures["contenders"][with_name]
        wo = figures["contenders"][without_name]
        paired = [a - b for a, b in zip(w["samples_us"], wo["samples_us"])]
        return {
            "best_minus_best": w["best"] - wo["best"],
            "median_minus_median": w["median"] - wo["median"],
            "paired_min": min(paired),
            "paired_median": statistics.median(paired),
            "paired_max": max(paired),
        }

    figures["hook_added"] = added("emit, shapeguard hook", "emit, no hook")
    if end_to_end:
        figures["client_call_added"] = added("client call, hooks", "client call, no hook")
    return figures


# ---------------------------------------------------------------- import time

_IMPORTTIME = re.compile(r"^import time:\s+\d+ \|\s+(\d+) \| (\S+)$")


def timed_process(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter_ns()
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if done.returncode != 0:
        raise Failure(f"{' '.join(args)} exited with {done.returncode}:\n{done.stderr}")
    return elapsed, done.stderr


def self_reported_ms(stderr: str, names: tuple[str, ...]) -> float:
    """The cumulative import time of the top-level lines ``names`` of -X importtime (the
    parent package of a submodule is imported inside the submodule's line)."""
    total = 0
    found = set()
    for line in stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match and match.group(2) in names:
            total += int(match.group(1))
            found.add(match.group(2))
    if found != set(names):
        raise Failure(f"-X importtime printed no top-level line for {set(names) - found}")
    return total / 1000.0


def bench_import(runs: int) -> dict[str, Any]:
    py = sys.executable
    walls: dict[str, list[float]] = {
        "pass": [], "import shapeguard": [], "import shapeguard.boto3": []}
    reported: dict[str, list[float]] = {"import shapeguard": [], "import shapeguard.boto3": []}
    log(f"import: {runs} rounds of fresh processes")
    for statement in ("import shapeguard", "import shapeguard.boto3"):
        timed_process([py, "-c", statement])  # warm the page cache and the .pyc files
    for _ in range(runs):
        walls["pass"].append(timed_process([py, "-c", "pass"])[0])
        walls["import shapeguard"].append(timed_process([py, "-c", "import shapeguard"])[0])
        reported["import shapeguard"].append(self_reported_ms(
            timed_process([py, "-X", "importtime", "-c", "import shapeguard"])[1],
            ("shapeguard",)))
        walls["import shapeguard.boto3"].append(
            timed_process([py, "-c", "import shapeguard.boto3"])[0])
        reported["import shapeguard.boto3"].append(self_reported_ms(
            timed_process([py, "-X", "importtime", "-c", "import shapeguard.boto3"])[1],
            ("shapeguard.boto3",)))
    figures: dict[str, Any] = {"runs": runs, "process_ms": {}, "minus_pass_ms": {},
                               "importtime_ms": {}}
    for name, samples in walls.items():
        figures["process_ms"][name] = dict(summary(samples), samples=samples)
    for name in reported:
        paired = [a - b for a, b in zip(walls[name], walls["pass"])]
        figures["minus_pass_ms"][name] = {
            "best_minus_best": min(walls[name]) - min(walls["pass"]),
            "median_minus_median": statistics.median(walls[name]) - statistics.median(
                walls["pass"]),
            "paired_min": min(paired), "paired_median": statistics.median(paired),
            "paired_max": max(paired)}
        figures["importtime_ms"][name] = dict(summary(reported[name]),
                                              samples=reported[name])
    return figures


# ---------------------------------------------------------------- report

def print_operation(operation: str, figures: dict[str, Any]) -> None:
    c = figures["contenders"]
    print(f"\n{operation}: µs per call ({figures['rounds']} rounds of "
          f"{figures['calls_per_sample']} calls)")
    print(f"  {'contender':<28} {'best':>9} {'median':>9} {'worst':>9}")
    for name, s in c.items():
        print(f"  {name:<28} {s['best']:>9.2f} {s['median']:>9.2f} {s['worst']:>9.2f}")
    for key, label in (("hook_added", "hook's added cost (emit)"),
                       ("client_call_added", "hooks' added cost (call)")):
        if key not in figures:
            continue
        a = figures[key]
        print(f"  {label:<28} {a['best_minus_best']:>9.2f} {a['median_minus_median']:>9.2f}"
              f"   (best−best, median−median; per-round paired {a['paired_min']:.2f}"
              f"..{a['paired_max']:.2f}, median {a['paired_median']:.2f})")
    bot = c["botocore ParamValidator"]
    direct = c["shapeguard.validate"]
    hook = figures["hook_added"]
    print(f"  shapeguard/botocore: validate {direct['best'] / bot['best']:.2f} best, "
          f"{direct['median'] / bot['median']:.2f} median; hook's added cost "
          f"{hook['best_minus_best'] / bot['best']:.2f} best, "
          f"{hook['median_minus_median'] / bot['median']:.2f} median")


def goals(results: dict[str, Any]) -> list[tuple[str, bool]]:
    checks = []
    for operation, figures in results["operations"].items():
        c = figures["contenders"]
        bot = c["botocore ParamValidator"]["median"]
        hook = figures["hook_added"]["median_minus_median"]
        direct = c["shapeguard.validate"]["median"]
        checks.append((f"{operation}: hook's added cost {hook:.2f} µs < botocore "
                       f"{bot:.2f} µs (medians)", hook < bot))
        checks.append((f"{operation}: shapeguard.validate {direct:.2f} µs < botocore "
                       f"{bot:.2f} µs (medians)", direct < bot))
        if operation == "apigatewayv2.CreateStage":
            checks.append((f"{operation}: hook's added cost {hook:.2f} µs < "
                           f"{CREATE_STAGE_GOAL_US:.0f} µs (median)",
                           hook < CREATE_STAGE_GOAL_US))
    if "import" in results:
        median = results["import"]["minus_pass_ms"]["import shapeguard"]["median_minus_median"]
        checks.append((f"import shapeguard {median:.1f} ms < {IMPORT_GOAL_MS:.0f} ms "
                       "(median, minus python -c pass)", median < IMPORT_GOAL_MS))
    return checks


def print_import(figures: dict[str, Any]) -> None:
    print(f"\nimport time: ms ({figures['runs']} interleaved rounds of fresh processes)")
    print(f"  {'':<40} {'best':>8} {'median':>8} {'worst':>8}")
    for name, s in figures["process_ms"].items():
        print(f"  {'python -c ' + repr(name):<40} {s['best']:>8.1f} {s['median']:>8.1f} "
              f"{s['worst']:>8.1f}")
    for name, a in figures["minus_pass_ms"].items():
        label = f"{name} − pass"
        print(f"  {label:<40} {a['best_minus_best']:>8.1f} {a['median_minus_median']:>8.1f}"
              f"   (best−best, median−median; paired {a['paired_min']:.1f}"
              f"..{a['paired_max']:.1f})")
    for name, s in figures["importtime_ms"].items():
        label = f"{name}, -X importtime"
        print(f"  {label:<40} {s['best']:>8.1f} {s['median']:>8.1f} {s['worst']:>8.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=1000, help="calls per sample")
    parser.add_argument("--import-runs", type=int, default=15,
                        help="rounds of fresh processes for import time (0: skip)")
    parser.add_argument("--no-end-to-end", dest="end_to_end", action="store_false",
                        help="skip the stubbed client calls")
    parser.add_argument("--json", metavar="FILE", help="write every figure there")
    args = parser.parse_args()

    import botocore

    import shapeguard

    results: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "load_start": os.getloadavg(),
            "python": platform.python_version(),
            "botocore": botocore.__version__,
            "shapeguard": shapeguard.__version__,
            "shapeguard_file": shapeguard.__file__,
        },
        "operations": {},
    }
    print(f"python {platform.python_version()}, botocore {botocore.__version__}, shapeguard "
          f"{shapeguard.__version__} ({shapeguard.__file__}), {os.cpu_count()} CPUs, "
          f"load average at start {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    requests = {
        "apigatewayv2.CreateStage": (create_stage_params(), create_stage_response()),
        "ec2.RunInstances": (run_instances_params(), {}),
    }
    try:
        for operation, (params, response) in requests.items():
            results["operations"][operation] = bench_operation(
                operation, params, response, args.rounds, args.calls, args.end_to_end)
            print_operation(operation, results["operations"][operation])
        if args.import_runs > 0:
            results["import"] = bench_import(args.import_runs)
            print_import(results["import"])
    except Failure as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1

    results["machine"]["load_end"] = os.getloadavg()
    results["goals"] = [{"goal": text, "met": met} for text, met in goals(results)]
    print("\ngoals:")
    for text, met in goals(results):
        print(f"  [{'met' if met else 'MISSED'}] {text}")
    print(f"\nload average at end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=1)
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
