"""The package's API on every example document, against expected.json and the CLI."""

from __future__ import annotations

import collections
import datetime
import decimal
import io
import json
import os
import tempfile
import unittest

import shapeguard
from support import REPOSITORY, cli, cli_reports, examples

CREATE_STAGE = "apigatewayv2.CreateStage"


class ExamplesTest(unittest.TestCase):
    def test_every_example_has_its_expected_verdict_and_pointers(self) -> None:
        checked = 0
        for example in examples():
            document = json.loads(example.path.read_text())
            report = shapeguard.validate(example.operation, document, output=example.output)
            with self.subTest(example=str(example.path.relative_to(REPOSITORY))):
                self.assertEqual(report.valid, example.expected["valid"])
                expected = [(e["path"], e["code"]) for e in example.expected.get("errors", [])]
                if expected:
                    self.assertEqual([(d.path, d.code) for d in report.errors], expected)
            checked += 1
        self.assertGreater(checked, 100)

    def test_every_example_gives_the_report_the_cli_gives(self) -> None:
        executable = cli()
        if executable is None:
            self.skipTest("no shapeguard executable (set SHAPEGUARD_CLI)")
        groups = collections.defaultdict(list)
        for example in examples():
            groups[(example.operation, example.output)].append(example.path)
        compared = 0
        for (operation, output), paths in groups.items():
            expected = cli_reports(executable, operation, output, paths)
            self.assertEqual(len(expected), len(paths))
            for path, line in zip(paths, expected):
                document = json.loads(path.read_text())
                report = shapeguard.validate(operation, document, output=output)
                line.pop("file", None)  # the CLI names the file when given several
                with self.subTest(example=path.name, operation=operation):
                    self.assertEqual(report.to_dict(), line)
                compared += 1
        self.assertGreater(compared, 100)


class ValidateTest(unittest.TestCase):
    def test_a_report_names_each_violation(self) -> None:
        report = shapeguard.validate(
            CREATE_STAGE,
            {"ApiId": "a1", "StageName": "prod", "StageVariables": {"bad name": "x"}},
        )
        self.assertFalse(report.valid)
        self.assertEqual(report.operation, CREATE_STAGE)
        self.assertEqual(report.direction, "input")
        [error] = report.errors
        self.assertEqual(error.path, "/StageVariables/bad name")
        self.assertEqual(error.code, "pattern")
        self.assertIn("bad name", error.message)
        self.assertTrue(error.source.startswith("overlay:"))
        self.assertEqual(error.to_dict()["code"], "pattern")

    def test_pointers_escape_slash_and_tilde(self) -> None:
        report = shapeguard.validate(
            CREATE_STAGE, {"ApiId": "a", "StageName": "p", "StageVariables": {"a/b~c": "x"}}
        )
        self.assertEqual([e.path for e in report.errors], ["/StageVariables/a~1b~0c"])

    def test_kebab_names_and_output_direction(self) -> None:
        self.assertTrue(shapeguard.validate("apigatewayv2.create-stage", {"ApiId": "a", "StageName": "p"}).valid)
        report = shapeguard.validate(CREATE_STAGE, {"StageName": 5}, output=True)
        self.assertEqual(report.direction, "output")
        self.assertEqual([(e.path, e.code) for e in report.errors], [("/StageName", "type")])

    def test_unknown_operation_is_a_value_error_naming_it(self) -> None:
        with self.assertRaisesRegex(ValueError, "CreateStag"):
            shapeguard.validate("apigatewayv2.CreateStag", {})
        with self.assertRaises(TypeError):
            shapeguard.validate(5, {})  # type: ignore[arg-type]

    def test_python_values_are_read_as_botocore_takes_them(self) -> None:
        put = "s3.PutObject"
        base = {"Bucket": "b", "Key": "k"}
        # bytes, bytearray, memoryview and files are blobs; a naive datetime is UTC.
        for body in (b"\xff\x00", bytearray(b"ab"), memoryview(b"ab"), io.BytesIO(b"x"), "text"):
            with self.subTest(body=type(body).__name__):
                self.assertTrue(shapeguard.validate(put, {**base, "Body": body}).valid)
        when = datetime.datetime(2026, 1, 2, 3, 4, 5)
        self.assertTrue(shapeguard.validate(put, {**base, "Expires": when}).valid)
        aware = when.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
        self.assertTrue(shapeguard.validate(put, {**base, "Expires": aware}).valid)
        self.assertTrue(shapeguard.validate(put, {**base, "ContentLength": 5}).valid)
        # A Decimal is a number (botocore takes one for a double).
        metric = {"Namespace": "n", "MetricData": [{"MetricName": "m", "Value": decimal.Decimal("1.5")}]}
        self.assertTrue(shapeguard.validate("cloudwatch.PutMetricData", metric).valid)
        # Bytes where text belongs, a file where a number belongs, an unknown type.
        report = shapeguard.validate(
            put, {"Bucket": b"b", "Key": "k", "ContentLength": io.BytesIO(), "ACL": {1, 2}}
        )
        got = {e.path: e.message for e in report.errors}
        self.assertIn("got bytes", got["/Bucket"])
        self.assertIn("file or stream", got["/ContentLength"])
        self.assertIn("type set", got["/ACL"])
        # Integers beyond 64 bits are out of a long's range.
        report = shapeguard.validate(put, {**base, "ContentLength": 1 << 70})
        self.assertEqual([(e.path, e.code) for e in report.errors], [("/ContentLength", "range")])

    def test_blob_length_counts_bytes(self) -> None:
        operation = "kms.Encrypt"  # Plaintext: 1 to 4096 bytes
        self.assertTrue(shapeguard.validate(operation, {"KeyId": "k", "Plaintext": b"\xff"}).valid)
        report = shapeguard.validate(operation, {"KeyId": "k", "Plaintext": b"\xff" * 4097})
        [error] = report.errors
        self.assertEqual((error.path, error.code), ("/Plaintext", "length"))
        self.assertNotIn("\\xff", error.message)

    def test_lone_surrogates_are_reported_not_raised(self) -> None:
        report = shapeguard.validate(CREATE_STAGE, {"ApiId": "a\ud800", "StageName": "p"})
        self.assertEqual([(e.path, e.code) for e in report.errors], [("/ApiId", "encoding")])

    def test_self_containing_lists_stop_at_the_depth_limit(self) -> None:
        loop: list = []
        loop.append(loop)
        report = shapeguard.validate("dynamodb.PutItem", {"TableName": "t", "Item": {"a": {"L": loop}}})
        self.assertFalse(report.valid)

    def test_non_str_keys_are_member_names_as_str_gives_them(self) -> None:
        report = shapeguard.validate(CREATE_STAGE, {"ApiId": "a", "StageName": "p", 7: "x"})
        self.assertEqual([(e.path, e.code) for e in report.errors], [("/7", "unknown")])


class CatalogTest(unittest.TestCase):
    def test_overlays_and_models_are_added(self) -> None:
        overlay = REPOSITORY / "schemas" / "overlays"
        catalog = shapeguard.Catalog(overlays=sorted(overlay.glob("apigatewayv2*.json"))[:1])
        self.assertIn("apigatewayv2", catalog.services())
        self.assertIn("CreateStage", catalog.operations("apigatewayv2"))
        self.assertEqual(catalog.resolve("apigatewayv2.create-stage"), CREATE_STAGE)
        self.assertTrue(catalog.models_version.startswith("botocore"))

    def test_unreadable_inputs_are_value_errors_naming_them(self) -> None:
        with self.assertRaisesRegex(ValueError, "no-such-overlay"):
            shapeguard.Catalog(overlays=["/no-such-overlay.json"])
        with tempfile.TemporaryDirectory() as empty:
            bad = os.path.join(empty, "bad.json")
            with open(bad, "w") as f:
                f.write("{")
            with self.assertRaisesRegex(ValueError, "bad.json"):
                shapeguard.Catalog(overlays=[bad])


class ExplainAndGenerateTest(unittest.TestCase):
    def test_explain_lists_the_rules_with_sources(self) -> None:
        text = shapeguard.explain(CREATE_STAGE)
        self.assertIn("POST /v2/apis/{apiId}/stages", text)
        self.assertIn("overlay:", text)

    def test_generated_documents_are_what_they_say(self) -> None:
        valid = shapeguard.generate(CREATE_STAGE, count=20, seed=3)
        self.assertEqual(len(valid), 20)
        for document in valid:
            self.assertTrue(shapeguard.validate(CREATE_STAGE, document).valid, document)
        self.assertEqual(valid, shapeguard.generate(CREATE_STAGE, count=20, seed=3))
        for case in shapeguard.generate(CREATE_STAGE, valid=False, count=20, seed=3):
            report = shapeguard.validate(CREATE_STAGE, case["document"])
            violation = case["violation"]
            self.assertIn((violation["path"], violation["code"]), [(e.path, e.code) for e in report.errors])

    def test_generate_takes_a_kind_and_refuses_unknown_ones(self) -> None:
        for case in shapeguard.generate(CREATE_STAGE, valid=False, count=5, kind="pattern"):
            self.assertEqual(case["violation"]["code"], "pattern")
        with self.assertRaisesRegex(ValueError, "unknown kind"):
            shapeguard.generate(CREATE_STAGE, valid=False, kind="nonsense")


class PackageTest(unittest.TestCase):
    def test_version_is_the_projects(self) -> None:
        cmake = (REPOSITORY / "CMakeLists.txt").read_text()
        self.assertIn(f"VERSION {shapeguard.__version__}", cmake)

    def test_typing_files_are_installed(self) -> None:
        package = os.path.dirname(shapeguard.__file__)
        self.assertTrue(os.path.exists(os.path.join(package, "py.typed")))
        self.assertTrue(os.path.exists(os.path.join(package, "_shapeguard.pyi")))


if __name__ == "__main__":
    unittest.main()
