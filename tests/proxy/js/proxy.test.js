// The AWS SDK for JavaScript v3 through `shapeguard proxy` to moto's server. Needs
// SHAPEGUARD_BINARY and SHAPEGUARD_MOTO_URL (scripts/conformance.sh sets both); the rules
// broken are ones the SDK itself does not check (it checks none of them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

import {
  ApiGatewayV2Client, CreateApiCommand, CreateStageCommand, GetStagesCommand, BadRequestException,
} from "@aws-sdk/client-apigatewayv2";
import { DynamoDBClient, CreateTableCommand, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { IAMClient, CreateUserCommand } from "@aws-sdk/client-iam";

const binary = process.env.SHAPEGUARD_BINARY;
const moto = process.env.SHAPEGUARD_MOTO_URL;
const skip = !binary || !moto ? "needs SHAPEGUARD_BINARY and SHAPEGUARD_MOTO_URL" : false;

// `shapeguard proxy` on a free port; resolves to {url, stop()} where stop() sends SIGINT and
// resolves to {status, report}.
async function startProxy(mode) {
  const dir = mkdtempSync(join(tmpdir(), "shapeguard-js-"));
  const report = join(dir, "report.json");
  const child = spawn(binary, ["proxy", "--upstream", moto, "--port", "0", "--mode", mode,
    "--report", report], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const [line] = await once(lines, "line");
  assert.match(line, /^listening on /);
  const url = line.split(" ").pop();
  return {
    url,
    async stop() {
      child.kill("SIGINT");
      const [status] = await once(child, "exit");
      return { status, report: JSON.parse(readFileSync(report, "utf8")) };
    },
  };
}

function clientOptions(url) {
  return {
    endpoint: url, region: "us-east-1",
    credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
  };
}

const checks = (report, operation, side) => new Set(report.violations
  .filter((v) => v.operation === operation && v.side === side).map((v) => v.check));

test("enforce: valid calls pass; broken ones raise the SDK's own errors", { skip }, async () => {
  const proxy = await startProxy("enforce");
  try {
    const v2 = new ApiGatewayV2Client(clientOptions(proxy.url));
    const api = await v2.send(new CreateApiCommand({ Name: "js", ProtocolType: "HTTP" }));
    const stage = await v2.send(new CreateStageCommand({
      ApiId: api.ApiId, StageName: "prod", StageVariables: { good_name: "v" } }));
    assert.equal(stage.StageName, "prod");

    await assert.rejects(
      v2.send(new CreateStageCommand({
        ApiId: api.ApiId, StageName: "beta", StageVariables: { "bad-name": "v" } })),
      (error) => error instanceof BadRequestException && /\/StageVariables\/bad-name/.test(error.message));
    const stages = await v2.send(new GetStagesCommand({ ApiId: api.ApiId }));
    assert.deepEqual(stages.Items.map((s) => s.StageName), ["prod"]);  // beta never reached moto

    const ddb = new DynamoDBClient(clientOptions(proxy.url));
    await assert.rejects(
      ddb.send(new CreateTableCommand({
        TableName: "t".repeat(1025), BillingMode: "PAY_PER_REQUEST",
        KeySchema: [{ AttributeName: "k", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "k", AttributeType: "S" }] })),
      (error) => error.name === "ValidationException" && /\/TableName/.test(error.message));

    const iam = new IAMClient(clientOptions(proxy.url));
    await assert.rejects(
      iam.send(new CreateUserCommand({ UserName: "u".repeat(65) })),
      (error) => error.name === "ValidationError" && /\/UserName/.test(error.message));
  } finally {
    const { status, report } = await proxy.stop();
    assert.equal(status, 1);
    assert.ok(checks(report, "apigatewayv2.CreateStage", "request").has("pattern"));
  }
});

test("observe: the same calls reach moto and are recorded", { skip }, async () => {
  const proxy = await startProxy("observe");
  let stopped;
  try {
    const v2 = new ApiGatewayV2Client(clientOptions(proxy.url));
    const api = await v2.send(new CreateApiCommand({ Name: "js-observed", ProtocolType: "HTTP" }));
    await v2.send(new CreateStageCommand({
      ApiId: api.ApiId, StageName: "prod", StageVariables: { "bad-name": "v" } }));
    const ddb = new DynamoDBClient(clientOptions(proxy.url));
    await ddb.send(new ListTablesCommand({}));
  } finally {
    stopped = await proxy.stop();
  }
  assert.equal(stopped.status, 1);
  assert.ok(checks(stopped.report, "apigatewayv2.CreateStage", "request").has("pattern"));
  assert.ok(checks(stopped.report, "apigatewayv2.CreateStage", "response").has("negative-rejection"));
  assert.ok(checks(stopped.report, "apigatewayv2.CreateApi", "response").has("content-type"));
});
