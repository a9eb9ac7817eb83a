"""boto3 through `shapeguard proxy` to moto's server, as a user's test suite would run.

Needs SHAPEGUARD_BINARY (the shapeguard CLI) and SHAPEGUARD_MOTO_URL (a running moto
server); scripts/conformance.sh sets both. The rules broken here are ones botocore itself
lets through (it checks only required members, types and minimums).
"""
import json
import os
import subprocess
import tempfile
import unittest
import uuid

import boto3
import botocore.exceptions

BINARY = os.environ.get("SHAPEGUARD_BINARY", "")
MOTO = os.environ.get("SHAPEGUARD_MOTO_URL", "")


class RunningProxy:
    """`shapeguard proxy` on a free port in front of moto, stopped with SIGINT."""

    def __init__(self, mode):
        self.dir = tempfile.TemporaryDirectory()
        self.report = os.path.join(self.dir.name, "report.json")
        self.log = os.path.join(self.dir.name, "log.ndjson")
        self.process = subprocess.Popen(
            [BINARY, "proxy", "--upstream", MOTO, "--port", "0", "--mode", mode,
             "--report", self.report, "--log", self.log],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("listening on "):
            raise RuntimeError("proxy did not start: " + line + self.process.stderr.read())
        self.url = line.split()[-1]

    def client(self, service):
        return boto3.client(service, endpoint_url=self.url, region_name="us-east-1",
                            aws_access_key_id="testing", aws_secret_access_key="testing")

    def stop(self):
        """Stops the proxy; its exit status and JSON report."""
        self.process.send_signal(2)
        _, err = self.process.communicate(timeout=30)
        self.stderr = err
        with open(self.report) as report:
            return self.process.returncode, json.load(report)

    def log_lines(self):
        with open(self.log) as log:
            return [json.loads(line) for line in log]

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()  # waits, and closes the pipes
        self.dir.cleanup()


@unittest.skipUnless(BINARY, "needs SHAPEGUARD_BINARY")
class Signals(unittest.TestCase):
    def test_sigterm_writes_the_report_and_exits_zero_when_nothing_was_violated(self):
        with tempfile.TemporaryDirectory() as directory:
            report = os.path.join(directory, "report.json")
            process = subprocess.Popen(
                [BINARY, "proxy", "--upstream", "http://127.0.0.1:1", "--port", "0",
                 "--report", report], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            self.assertTrue(process.stdout.readline().startswith("listening on "))
            process.send_signal(15)
            process.communicate(timeout=30)
            self.assertEqual(process.returncode, 0)
            with open(report) as f:
                self.assertEqual(json.load(f)["exchanges"], 0)


def checks(report, operation, side):
    return {v["check"] for v in report["violations"]
            if v["operation"] == operation and v["side"] == side}


@unittest.skipUnless(BINARY and MOTO, "needs SHAPEGUARD_BINARY and SHAPEGUARD_MOTO_URL")
class Enforce(unittest.TestCase):
    def setUp(self):
        self.proxy = RunningProxy("enforce")

    def tearDown(self):
        self.proxy.close()

    def test_valid_calls_succeed(self):
        v2 = self.proxy.client("apigatewayv2")
        api = v2.create_api(Name="valid", ProtocolType="HTTP")
        stage = v2.create_stage(ApiId=api["ApiId"], StageName="prod",
                                StageVariables={"good_name": "value"})
        self.assertEqual(stage["StageName"], "prod")
        self.assertIn("prod", [s["StageName"] for s in v2.get_stages(ApiId=api["ApiId"])["Items"]])
        status, report = self.proxy.stop()
        self.assertEqual(checks(report, "apigatewayv2.CreateStage", "request"), set())

    def test_bad_stage_variable_raises_bad_request_naming_the_pointer(self):
        v2 = self.proxy.client("apigatewayv2")
        api = v2.create_api(Name="strict", ProtocolType="HTTP")
        with self.assertRaises(v2.exceptions.BadRequestException) as raised:
            v2.create_stage(ApiId=api["ApiId"], StageName="prod",
                            StageVariables={"bad-name": "value"})
        self.assertIn("/StageVariables/bad-name", str(raised.exception))
        # Refused before moto: the stage does not exist there.
        self.assertEqual(v2.get_stages(ApiId=api["ApiId"])["Items"], [])
        status, report = self.proxy.stop()
        self.assertEqual(status, 1)
        self.assertIn("pattern", checks(report, "apigatewayv2.CreateStage", "request"))

    def test_dynamodb_table_name_over_the_model_maximum_raises_validation_exception(self):
        ddb = self.proxy.client("dynamodb")
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            ddb.create_table(TableName="t" * 1025,
                             KeySchema=[{"AttributeName": "k", "KeyType": "HASH"}],
                             AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "S"}],
                             BillingMode="PAY_PER_REQUEST")
        self.assertEqual(raised.exception.response["Error"]["Code"], "ValidationException")
        self.assertIn("/TableName", str(raised.exception))
        self.assertNotIn("t" * 1025, ddb.list_tables()["TableNames"])

    def test_sqs_attribute_outside_the_enum_raises_validation_exception(self):
        sqs = self.proxy.client("sqs")
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            sqs.create_queue(QueueName="q1", Attributes={"NotAnAttribute": "1"})
        self.assertEqual(raised.exception.response["Error"]["Code"], "ValidationException")
        self.assertIn("/Attributes/NotAnAttribute", str(raised.exception))

    def test_iam_user_name_over_the_maximum_raises_validation_error(self):
        iam = self.proxy.client("iam")
        name = "u" * 65
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            iam.create_user(UserName=name)
        self.assertEqual(raised.exception.response["Error"]["Code"], "ValidationError")
        self.assertIn("/UserName", str(raised.exception))
        self.assertNotIn(name, [u["UserName"] for u in iam.list_users()["Users"]])

    def test_ec2_instance_type_outside_the_enum_raises_invalid_parameter_value(self):
        ec2 = self.proxy.client("ec2")
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            ec2.run_instances(ImageId="ami-12345678", MinCount=1, MaxCount=1,
                              InstanceType="not-a-type")
        self.assertEqual(raised.exception.response["Error"]["Code"], "InvalidParameterValue")
        self.assertIn("/InstanceType", str(raised.exception))

    def test_valid_query_and_ec2_calls_pass(self):
        iam = self.proxy.client("iam")
        iam.create_user(UserName="valid-" + uuid.uuid4().hex[:8], Path="/",
                        Tags=[{"Key": "team", "Value": "a"}])
        ec2 = self.proxy.client("ec2")
        ec2.describe_instances(Filters=[{"Name": "instance-state-name", "Values": ["running"]}])
        status, report = self.proxy.stop()
        for operation in ("iam.CreateUser", "ec2.DescribeInstances"):
            self.assertEqual(checks(report, operation, "request"), set(), operation)


@unittest.skipUnless(BINARY and MOTO, "needs SHAPEGUARD_BINARY and SHAPEGUARD_MOTO_URL")
class Observe(unittest.TestCase):
    def setUp(self):
        self.proxy = RunningProxy("observe")

    def tearDown(self):
        self.proxy.close()

    def test_broken_calls_reach_moto_and_are_recorded(self):
        v2 = self.proxy.client("apigatewayv2")
        api = v2.create_api(Name="observed", ProtocolType="HTTP")
        response = v2.create_stage(ApiId=api["ApiId"], StageName="prod",
                                   StageVariables={"bad-name": "value"})
        headers = response["ResponseMetadata"]["HTTPHeaders"]
        self.assertGreaterEqual(int(headers["x-shapeguard-violations"]), 1)
        status, report = self.proxy.stop()
        self.assertEqual(status, 1)
        self.assertIn("pattern", checks(report, "apigatewayv2.CreateStage", "request"))
        # moto accepts what AWS refuses, and answers JSON as text/html with 200 for creates.
        self.assertIn("negative-rejection", checks(report, "apigatewayv2.CreateStage", "response"))
        self.assertIn("content-type", checks(report, "apigatewayv2.CreateApi", "response"))
        self.assertIn("positive-acceptance", checks(report, "apigatewayv2.CreateApi", "response"))
        logged = [line["operation"] for line in self.proxy.log_lines()]
        self.assertIn("apigatewayv2.CreateStage", logged)

    def test_query_protocol_responses_are_read_and_judged(self):
        iam = self.proxy.client("iam")
        iam.create_user(UserName="someone-" + uuid.uuid4().hex[:8])
        status, report = self.proxy.stop()
        counts = {o["operation"]: o for o in report["operations"]}["iam.CreateUser"]
        self.assertEqual(counts["response"]["validated"], 1)
        self.assertEqual(report["not_validated"], [])


if __name__ == "__main__":
    unittest.main()
