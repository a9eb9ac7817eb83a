"""One Catalog shared by 8 threads gives the reports one thread gives."""

from __future__ import annotations

import json
import sys
import threading
import time
import unittest

import shapeguard
from support import examples

THREADS = 8
ROUNDS = 20


def reports(catalog: shapeguard.Catalog, cases: list) -> list:
    return [catalog.validate(op, doc, output=out).to_dict() for op, out, doc in cases]


class ThreadsTest(unittest.TestCase):
    def test_eight_threads_validating_at_once_agree_with_one(self) -> None:
        cases = [
            (e.operation, e.output, json.loads(e.path.read_text())) for e in examples()
        ]
        # Generated documents too, of an operation no example covers (compiled while the
        # threads race for it).
        generated = shapeguard.generate("ec2.RunInstances", count=30, seed=7)
        cases += [("ec2.RunInstances", False, d) for d in generated]
        expected = reports(shapeguard.Catalog(), cases)

        shared = shapeguard.Catalog()
        start = threading.Barrier(THREADS)
        results: list = [None] * THREADS
        failures: list = []

        def work(index: int) -> None:
            try:
                start.wait()
                # Each thread starts at another case, so different schemas compile at once.
                order = cases[index * 7 :] + cases[: index * 7]
                for _ in range(ROUNDS):
                    got = reports(shared, order)
                results[index] = got[len(cases) - index * 7 :] + got[: len(cases) - index * 7]
            except BaseException as error:  # noqa: BLE001 (reported below)
                failures.append(error)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, [])
        for index, got in enumerate(results):
            with self.subTest(thread=index):
                self.assertEqual(got, expected)
        self.assertTrue(any(not r["valid"] for r in expected))

    def test_validation_runs_without_the_gil(self) -> None:
        # With a long switch interval, a thread waiting for the GIL gets it only when the
        # holder lets it go: the counting thread can count only while a validation runs
        # with the GIL released (the ten validations take far less than the interval).
        # ~20 ms a validation here: time enough for the waiting thread to be scheduled.
        item = {f"k{i}": {"S": "v" * 20} for i in range(5000)}
        document = {"RequestItems": {"t": [{"PutRequest": {"Item": item}}] * 25}}
        shapeguard.validate("dynamodb.BatchWriteItem", {})  # compiled first (without the GIL)
        ready, go = threading.Event(), threading.Event()
        state = {"stop": False, "ticks": 0}

        def count() -> None:
            ready.set()
            go.wait()
            while not state["stop"]:
                state["ticks"] += 1

        interval = sys.getswitchinterval()
        sys.setswitchinterval(2.0)
        counter = threading.Thread(target=count)
        try:
            counter.start()
            ready.wait()
            go.set()
            # Keep the GIL a moment (no waiting call), so the counter is queued for it.
            deadline = time.perf_counter() + 0.02
            while time.perf_counter() < deadline:
                pass
            for _ in range(10):
                report = shapeguard.validate("dynamodb.BatchWriteItem", document)
                ticks = state["ticks"]
                if ticks:
                    break
        finally:
            state["stop"] = True
            counter.join()
            sys.setswitchinterval(interval)
        self.assertTrue(report.valid)
        self.assertGreater(ticks, 0)

if __name__ == "__main__":
    unittest.main()
