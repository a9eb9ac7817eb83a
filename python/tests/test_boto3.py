"""The boto3 hooks against moto's in-process mock of AWS."""

from __future__ import annotations

import logging
import unittest
import warnings

import shapeguard

try:
    import boto3
    import botocore.exceptions
    import botocore.session
    from moto import mock_aws
except ImportError:  # Debian's python3 has neither: these tests need the image's Python
    boto3 = None

REGION = "us-east-1"


@unittest.skipIf(boto3 is None, "boto3 and moto are not installed")
class Boto3HookTest(unittest.TestCase):
    def setUp(self) -> None:
        mock = mock_aws()
        mock.start()
        self.addCleanup(mock.stop)
        self.session = boto3.Session(region_name=REGION)
        self.sent: list[str] = []

    def client(self, service: str = "apigatewayv2"):
        client = self.session.client(service)
        # Every request botocore is about to send (moto answers them at this event too).
        client.meta.events.register_first(
            "before-send", lambda request, **_: self.sent.append(request.url)
        )
        return client

    def api(self, client) -> str:
        return client.create_api(Name="pets", ProtocolType="HTTP")["ApiId"]

    def test_valid_calls_go_through_with_nothing_reported(self) -> None:
        shapeguard.boto3.install(self.session)
        self.addCleanup(shapeguard.boto3.uninstall, self.session)
        client = self.client()
        with warnings.catch_warnings():
            warnings.simplefilter("error", shapeguard.ShapeguardWarning)
            api = self.api(client)
            stage = client.create_stage(
                ApiId=api, StageName="prod", StageVariables={"version": "v1"}
            )
        self.assertEqual(stage["StageName"], "prod")
        self.assertEqual(len(self.sent), 2)

    def test_an_invalid_call_raises_before_any_request(self) -> None:
        shapeguard.boto3.install(self.session)
        self.addCleanup(shapeguard.boto3.uninstall, self.session)
        client = self.client()
        api = self.api(client)
        sent_before = len(self.sent)
        with self.assertRaises(shapeguard.ParamValidationError) as raised:
            client.create_stage(ApiId=api, StageName="prod", StageVariables={"bad name": "x"})
        self.assertEqual(len(self.sent), sent_before)  # moto saw nothing
        self.assertEqual(client.get_stages(ApiId=api)["Items"], [])
        error = raised.exception
        self.assertIsInstance(error, botocore.exceptions.ParamValidationError)
        self.assertEqual([(e.path, e.code) for e in error.report.errors],
                         [("/StageVariables/bad name", "pattern")])
        text = str(error)
        self.assertTrue(text.startswith("Parameter validation failed:"))
        self.assertIn("/StageVariables/bad name", text)
        self.assertIn("rule: pattern", text)
        self.assertIn("source: overlay:", text)

    def test_botocore_except_clauses_still_catch_it(self) -> None:
        shapeguard.boto3.install(self.session)
        self.addCleanup(shapeguard.boto3.uninstall, self.session)
        client = self.client()
        # A rule botocore does not check (a maximum length): shapeguard's error, caught by
        # code written for botocore's.
        with self.assertRaises(botocore.exceptions.ParamValidationError):
            client.create_api(Name="x" * 129, ProtocolType="HTTP")
        self.assertEqual(self.sent, [])

    def test_warn_mode_warns_and_the_call_goes_on(self) -> None:
        shapeguard.boto3.install(self.session, mode="warn")
        self.addCleanup(shapeguard.boto3.uninstall, self.session)
        client = self.client()
        api = self.api(client)
        with self.assertWarns(shapeguard.ShapeguardWarning) as warned:
            stage = client.create_stage(ApiId=api, StageName="prod", StageVariables={"bad name": "x"})
        self.assertEqual(stage["StageName"], "prod")
        messages = [str(w.message) for w in warned.warnings]
        self.assertTrue(any("request" in m and "/StageVariables/bad name" in m for m in messages))

    def test_log_mode_logs(self) -> None:
        shapeguard.boto3.install(self.session, mode="log", responses=False)
        self.addCleanup(shapeguard.boto3.uninstall, self.session)
        client = self.client()
        with self.assertLogs("shapeguard", logging.WARNING) as logged:
            client.create_api(Name="x" * 129, ProtocolType="HTTP")
        self.assertIn("/Name", logged.output[0])

    def test_response_checks_report_what_moto_gets_wrong(self) -> None:
        # moto accepts a stage variable name AWS refuses, and returns it: the response breaks
        # the output shape's rule (the same overlay binds both directions).
        client_made = []
        with shapeguard.boto3.checking(self.session, mode="warn") as record:
            client = self.client()
            client_made.append(client)
            api = self.api(client)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", shapeguard.ShapeguardWarning)
                client.create_stage(ApiId=api, StageName="prod", StageVariables={"bad name": "x"})
        found = {(v.direction, v.operation, v.path, v.code) for v in record.violations}
        self.assertIn(("input", "apigatewayv2.CreateStage", "/StageVariables/bad name", "pattern"), found)
        self.assertIn(("output", "apigatewayv2.CreateStage", "/StageVariables/bad name", "pattern"), found)

    def test_checking_records_nothing_for_clean_calls_and_uninstalls(self) -> None:
        with shapeguard.boto3.checking(self.session) as record:
            client = self.client()
            self.api(client)
        self.assertEqual(record.violations, [])
        later = self.client()
        later.create_api(Name="x" * 129, ProtocolType="HTTP")  # no hook: moto takes it

    def test_uninstall_removes_the_hooks(self) -> None:
        shapeguard.boto3.install(self.session)
        shapeguard.boto3.uninstall(self.session)
        self.client().create_api(Name="x" * 129, ProtocolType="HTTP")
        self.assertEqual(len(self.sent), 1)

    def test_a_client_or_a_botocore_session_can_be_the_target(self) -> None:
        client = self.client()
        shapeguard.boto3.install(client)
        with self.assertRaises(shapeguard.ParamValidationError):
            client.create_api(Name="x" * 129, ProtocolType="HTTP")
        shapeguard.boto3.uninstall(client)
        core = botocore.session.get_session()
        shapeguard.boto3.install(core)
        self.addCleanup(shapeguard.boto3.uninstall, core)
        other = core.create_client("sqs", region_name=REGION)
        with self.assertRaises(shapeguard.ParamValidationError):
            other.create_queue(QueueName="q", Attributes={"NotAnAttribute": "1"})

    def test_the_default_session(self) -> None:
        boto3.setup_default_session(region_name=REGION)
        with shapeguard.boto3.checking() as record:
            client = boto3.client("apigatewayv2")
            with self.assertRaises(shapeguard.ParamValidationError):
                client.create_api(Name="x" * 129, ProtocolType="HTTP")
            self.api(client)
        self.assertEqual(record.violations, [])

    def test_every_service_is_checked(self) -> None:
        shapeguard.boto3.install(self.session)
        self.addCleanup(shapeguard.boto3.uninstall, self.session)
        s3 = self.client("s3")
        s3.create_bucket(Bucket="bucket-1")
        s3.put_object(Bucket="bucket-1", Key="k", Body=b"\x00\xff")
        self.assertEqual(s3.get_object(Bucket="bucket-1", Key="k")["Body"].read(), b"\x00\xff")
        with self.assertRaises(shapeguard.ParamValidationError):
            s3.put_object(Bucket="bucket-1", Key="k", ACL="public")  # not in the enum
        dynamodb = self.client("dynamodb")
        with self.assertRaises(shapeguard.ParamValidationError):
            dynamodb.create_table(TableName="t", KeySchema=[], AttributeDefinitions=[],
                                  BillingMode="PAY_PER_REQUEST")  # KeySchema: 1 to 2 items

    def test_operations_the_catalog_does_not_know_go_unchecked(self) -> None:
        # An operation the built-in models lack stands for a botocore newer than they are.
        hooks = shapeguard.boto3._Hooks(shapeguard.default_catalog(), "raise", None)

        class Model:
            name = "NoSuchOperation"

            class service_model:
                service_name = "apigatewayv2"

        model = Model()
        with self.assertLogs("shapeguard", logging.WARNING) as logged:
            hooks.check_request(params={"Anything": 1}, model=model)
            hooks.check_request(params={"Anything": 1}, model=model)
        self.assertEqual(len(logged.output), 1)  # said once
        self.assertIn("NoSuchOperation", logged.output[0])

    def test_bad_arguments_are_refused(self) -> None:
        with self.assertRaisesRegex(ValueError, "mode"):
            shapeguard.boto3.install(self.session, mode="loud")
        with self.assertRaisesRegex(TypeError, "target"):
            shapeguard.boto3.install(42)


if __name__ == "__main__":
    unittest.main()
