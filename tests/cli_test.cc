// The shapeguard binary as scripts see it: exit codes, stdout lines, stderr.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "run_process.h"

namespace shapeguard {
namespace {

using testing_support::Lines;
using testing_support::ProcessResult;

const std::string kExamples =
    std::string(SHAPEGUARD_SOURCE_DIR) + "/examples/apigatewayv2/CreateStage/";

ProcessResult Shapeguard(const std::vector<std::string>& args, const std::string& in = "") {
  return testing_support::RunProcess(SHAPEGUARD_BINARY, args, in);
}

TEST(CliValidate, ValidDocumentExitsZero) {
  ProcessResult r =
      Shapeguard({"validate", "apigatewayv2.CreateStage", kExamples + "request-valid-full.json"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, kExamples + "request-valid-full.json: valid\n");
  EXPECT_EQ(r.err, "");
}

TEST(CliValidate, InvalidDocumentExitsOneAndPrintsOneLinePerError) {
  std::string file = kExamples + "request-invalid-stage-variables.json";
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.create-stage", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(
      Lines(r.out),
      (std::vector<std::string>{
          file + ": invalid, 3 errors",
          "  /StageVariables/bad-name: key \"bad-name\" does not match the pattern "
          "[A-Za-z0-9_]+ (whole value) [pattern, overlay:000_d6df98e444a9a227.txt]",
          "  /StageVariables/empty: \"\" does not match the pattern "
          "[A-Za-z0-9\\-._~:/?#&=,]+ (whole value) [pattern, overlay:000_d6df98e444a9a227.txt]",
          "  /StageVariables/spaces: \"not allowed here\" does not match the pattern "
          "[A-Za-z0-9\\-._~:/?#&=,]+ (whole value) [pattern, overlay:000_d6df98e444a9a227.txt]"}));
  EXPECT_EQ(r.err, "");
}

TEST(CliValidate, MalformedJsonExitsTwoWithLineAndColumn) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "-"},
                               "{\"ApiId\": \"a\",\n  \"StageName\" \"x\"}");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "shapeguard: -: parse error at line 2, column 17: syntax error while parsing object "
            "separator - unexpected string literal; expected ':'\n");
}

TEST(CliValidate, MissingFileExitsTwoAndNamesTheFile) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "/nonexistent/stage.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "shapeguard: cannot read /nonexistent/stage.json: No such file or directory\n");
}

TEST(CliValidate, MissingFileDoesNotHideTheOthers) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "/nonexistent.json",
                                kExamples + "request-valid-minimal.json"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, kExamples + "request-valid-minimal.json: valid\n");
}

TEST(CliValidate, UnknownOperationExitsTwo) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStages", "-"}, "{}");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "shapeguard: unknown operation \"CreateStages\" in apigatewayv2 (did you mean "
            "\"CreateStage\"? `shapeguard list apigatewayv2` shows the 103 it has)\n");
}

TEST(CliValidate, UsageErrorsExitTwo) {
  EXPECT_EQ(Shapeguard({}).exit_code, 2);
  EXPECT_EQ(Shapeguard({"validate"}).exit_code, 2);
  EXPECT_EQ(Shapeguard({"validate", "apigatewayv2.CreateStage", "-", "--format", "xml"}).exit_code,
            2);
  EXPECT_EQ(Shapeguard({"frobnicate"}).exit_code, 2);
}

TEST(CliValidate, NdjsonGivesOneResultLinePerInputLineInOrder) {
  std::string input =
      "{\"ApiId\": \"a\", \"StageName\": \"prod\"}\n"
      "{\"ApiId\": \"a\"}\n"
      "\n"
      "{\"ApiId\": \n"
      "{\"ApiId\": \"a\", \"StageName\": \"x\", \"Tags\": {\"k\": 5}}\r\n";
  ProcessResult r = Shapeguard(
      {"validate", "apigatewayv2.CreateStage", "--ndjson", "--format", "json", "-"}, input);
  EXPECT_EQ(r.exit_code, 2);  // a malformed line outranks invalid documents
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  EXPECT_EQ(
      lines[0],
      R"({"operation": "apigatewayv2.CreateStage", "direction": "input", "valid": true, "errors": [], "file": "-", "line": 1})");
  EXPECT_EQ(
      lines[1],
      R"({"operation": "apigatewayv2.CreateStage", "direction": "input", "valid": false, "errors": [{"path": "/StageName", "code": "required", "message": "missing required member \"StageName\"", "source": "model"}], "file": "-", "line": 2})");
  auto bad = nlohmann::json::parse(lines[2]);
  EXPECT_FALSE(bad.contains("valid"));
  EXPECT_EQ(bad["line"], 4);
  EXPECT_EQ(bad["error"].get<std::string>().rfind("parse error at line 1, column 11", 0), 0u)
      << bad;
  auto last = nlohmann::json::parse(lines[3]);
  EXPECT_EQ(last["line"], 5);
  EXPECT_EQ(last["errors"][0]["path"], "/Tags/k");
  EXPECT_EQ(last["errors"][0]["code"], "type");
  EXPECT_EQ(Lines(r.err).size(), 1u);
  EXPECT_NE(r.err.find("shapeguard: -:4: parse error"), std::string::npos) << r.err;
}

// Several megabytes, so that each job gets batches of its own: the output must be the
// same, line for line and in the same order, whatever the number of jobs.
TEST(CliValidate, JobsKeepTheInputOrder) {
  std::string input;
  for (int i = 0; input.size() < (5u << 20); ++i) {
    std::string stage = i % 7 == 0 ? "" : "s" + std::to_string(i);  // every 7th is invalid
    input += "{\"ApiId\": \"a\", \"StageName\": \"" + stage + "\", \"Description\": \"" +
             std::string(200, 'd') + "\"}\n";
    if (i % 1000 == 0) input += "\n";
  }
  std::vector<std::string> args = {
      "validate", "apigatewayv2.CreateStage", "--ndjson", "--format", "json", "-"};
  ProcessResult one = Shapeguard(args, input);
  args.insert(args.end() - 1, {"--jobs", "3"});
  ProcessResult three = Shapeguard(args, input);
  args[args.size() - 2] = "2";
  ProcessResult two = Shapeguard(args, input);
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_EQ(three.exit_code, 1);
  EXPECT_EQ(two.exit_code, 1);
  std::vector<std::string> lines = Lines(one.out);
  ASSERT_GT(lines.size(), 20000u);
  EXPECT_EQ(nlohmann::json::parse(lines.back())["line"].get<std::size_t>(),
            lines.size() + (lines.size() - 1) / 1000 + 1);
  EXPECT_TRUE(one.out == three.out) << "outputs differ";
  EXPECT_TRUE(one.out == two.out) << "outputs differ";
}

// A file named on the command line and the same bytes on standard input give the same
// results (but for the file's name), with any number of jobs.
TEST(CliValidate, NdjsonFileGivesWhatStandardInputGives) {
  std::string input;
  for (int i = 0; input.size() < (3u << 20); ++i) {
    std::string stage = i % 5 == 0 ? "" : "s" + std::to_string(i);
    input += "{\"ApiId\": \"a\", \"StageName\": \"" + stage + "\"" +
             (i % 3 == 0 ? "" : ", \"Description\": \"" + std::string(i % 300, 'd') + "\"") + "}\n";
  }
  input += "{\"ApiId\": \"last line, without a line break\"}";
  std::string path = testing::TempDir() + "cli_test_ndjson_file.ndjson";
  std::ofstream(path, std::ios::binary) << input;
  std::vector<std::string> args = {
      "validate", "apigatewayv2.CreateStage", "--ndjson", "--format", "json", "-"};
  std::string expected = Shapeguard(args, input).out;
  for (std::size_t at = 0; (at = expected.find("\"file\": \"-\"", at)) != expected.npos;) {
    expected.replace(at, 11, "\"file\": \"" + path + "\"");
    at += path.size();
  }
  args.back() = path;
  for (std::string jobs : {"1", "2", "3"}) {
    args.insert(args.end() - 1, {"--jobs", jobs});
    ProcessResult r = Shapeguard(args);
    args.erase(args.end() - 3, args.end() - 1);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_GT(Lines(r.out).size(), 10000u);
    EXPECT_TRUE(r.out == expected) << "--jobs " << jobs << ": the outputs differ";
  }
  std::remove(path.c_str());
}

// A named pipe is read as a stream, once: opening it twice would lose what came between.
TEST(CliValidate, NdjsonFromANamedPipe) {
  std::string path = testing::TempDir() + "cli_test_ndjson_pipe";
  std::remove(path.c_str());
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  std::thread writer([&] {
    std::ofstream(path, std::ios::binary) << "{\"ApiId\": \"a\", \"StageName\": \"s\"}\n"
                                             "{\"ApiId\": \"a\"}\n";
  });
  // Under `timeout`: a reader that lost the writer's lines would wait for them forever.
  ProcessResult r = testing_support::RunProcess(
      "/usr/bin/timeout",
      {"20", SHAPEGUARD_BINARY, "validate", "apigatewayv2.CreateStage", "--ndjson", path});
  writer.join();
  std::remove(path.c_str());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.out),
            (std::vector<std::string>{path + ":1: valid", path + ":2: invalid, 1 error",
                                      "  /StageName: missing required member "
                                      "\"StageName\" [required, model]"}));
}

TEST(CliValidate, NdjsonTextFormatNamesTheLine) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "--ndjson", "-"},
                               "{\"ApiId\": \"a\", \"StageName\": \"p\"}\n{\"ApiId\": \"a\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.out),
            (std::vector<std::string>{
                "-:1: valid", "-:2: invalid, 1 error",
                "  /StageName: missing required member \"StageName\" [required, model]"}));
}

TEST(CliValidate, OutputDirectionUsesTheResponseShape) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "--output", "-"},
                               R"({"StageName": "p", "CreatedDate": "2024-06-07T12:00:00Z"})");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  r = Shapeguard({"validate", "apigatewayv2.CreateStage", "--output", "--format", "json", "-"},
                 R"({"ApiId": "not in the response"})");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find(R"("direction": "output")"), std::string::npos);
}

TEST(CliValidate, StopAtFirst) {
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "--stop-at-first", "-"},
                               R"({"a": 1, "b": 2, "c": 3})");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.out).size(), 2u) << r.out;
  EXPECT_NE(r.out.find("invalid, 1 error (stopped early)"), std::string::npos) << r.out;
}

TEST(CliValidate, SarifLogForCodeScanning) {
  std::string file = kExamples + "request-invalid-types.json";
  ProcessResult r = Shapeguard({"validate", "apigatewayv2.CreateStage", "--format", "sarif", file,
                                kExamples + "request-valid-full.json"});
  EXPECT_EQ(r.exit_code, 1);
  auto log = nlohmann::json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  const auto& run = log["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "shapeguard");
  ASSERT_EQ(run["results"].size(), 4u);
  const auto& first = run["results"][0];
  EXPECT_EQ(first["ruleId"], "type");
  EXPECT_EQ(run["tool"]["driver"]["rules"][first["ruleIndex"].get<int>()]["id"], "type");
  EXPECT_EQ(first["level"], "error");
  EXPECT_EQ(first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], file);
  EXPECT_EQ(first["locations"][0]["logicalLocations"][0]["fullyQualifiedName"], "/AutoDeploy");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);
}

TEST(CliValidate, MaxBytesRefusesLargerDocumentsAsErrors) {
  std::string small = R"({"ApiId": "a", "StageName": "s"})";  // 32 bytes
  ProcessResult fits =
      Shapeguard({"validate", "apigatewayv2.CreateStage", "--max-bytes", "32", "-"}, small);
  EXPECT_EQ(fits.exit_code, 0) << fits.err;
  ProcessResult refused =
      Shapeguard({"validate", "apigatewayv2.CreateStage", "--max-bytes", "31", "-"}, small);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(refused.err, "shapeguard: -: the document is longer than the limit of 31 bytes\n");
  // NDJSON: each line on its own.
  ProcessResult lines =
      Shapeguard({"validate", "apigatewayv2.CreateStage", "--ndjson", "--max-bytes", "32", "-"},
                 small + "\n" + small + " \n");
  EXPECT_EQ(lines.exit_code, 2);
  EXPECT_EQ(lines.err, "shapeguard: -:2: the document is longer than the limit of 32 bytes\n");
}

// `list`: one line per service, from the manifest; `list SERVICE`: its operations.
TEST(CliList, ListsEveryServiceAndTheOperationsOfOne) {
  ProcessResult r = Shapeguard({"list"});
  EXPECT_EQ(r.exit_code, 0);
  std::vector<std::string> lines = Lines(r.out);
  EXPECT_GT(lines.size(), 400u);
  auto v2 = std::find_if(lines.begin(), lines.end(),
                         [](const std::string& l) { return l.rfind("apigatewayv2 ", 0) == 0; });
  ASSERT_NE(v2, lines.end());
  EXPECT_NE(v2->find(" 2018-11-29  rest-json "), std::string::npos) << *v2;
  EXPECT_NE(v2->find(" 103 operations  (ApiGatewayV2, apigateway)"), std::string::npos) << *v2;
  EXPECT_EQ(Lines(Shapeguard({"list", "apigatewaymanagementapi"}).out),
            (std::vector<std::string>{"apigatewaymanagementapi.DeleteConnection",
                                      "apigatewaymanagementapi.GetConnection",
                                      "apigatewaymanagementapi.PostToConnection"}));
  std::vector<std::string> every = Lines(Shapeguard({"list", "--operations"}).out);
  EXPECT_GT(every.size(), 15000u);
  EXPECT_NE(std::find(every.begin(), every.end(), "apigateway.UpdateStage"), every.end());
  EXPECT_NE(std::find(every.begin(), every.end(), "ec2.RunInstances"), every.end());
  ProcessResult unknown = Shapeguard({"list", "nosuchservice"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown service \"nosuchservice\""), std::string::npos);
}

TEST(CliList, JsonForTools) {
  ProcessResult r = Shapeguard({"list", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto all = nlohmann::json::parse(r.out);
  ASSERT_TRUE(all.is_array());
  EXPECT_EQ(all.size(), Lines(Shapeguard({"list"}).out).size());
  auto s3 =
      std::find_if(all.begin(), all.end(), [](const auto& s) { return s["service"] == "s3"; });
  ASSERT_NE(s3, all.end());
  EXPECT_EQ((*s3)["protocol"], "rest-xml");
  EXPECT_EQ((*s3)["seeded"], false);
  EXPECT_EQ((*s3)["origin"], "built-in");
  EXPECT_GT((*s3)["operation_count"].get<int>(), 90);
  auto one = nlohmann::json::parse(Shapeguard({"list", "--json", "AppConfig"}).out);
  EXPECT_EQ(one["service"], "appconfig");
  EXPECT_EQ(one["seeded"], true);
  EXPECT_EQ(one["operations"].size(), one["operation_count"].get<std::size_t>());
  EXPECT_EQ(one["operations"][0], "CreateApplication");
}

TEST(CliModels, ModelsDirectoryAddsServices) {
  ProcessResult r =
      Shapeguard({"--models", std::string(SHAPEGUARD_SOURCE_DIR) + "/tests/data/models", "validate",
                  "testsvc.Put", "-"},
                 R"({"Name": "toolongname"})");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("/Name: "), std::string::npos);
  ProcessResult bad = Shapeguard({"--models", "/nonexistent", "list"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err,
            "shapeguard: /nonexistent: not a directory (expected a botocore data directory)\n");
}

// As users write them: --models and --overlay after the command, as well as before it.
TEST(CliModels, ModelsAndOverlayAfterTheCommand) {
  std::string models = std::string(SHAPEGUARD_SOURCE_DIR) + "/tests/data/models";
  ProcessResult r = Shapeguard({"validate", "testsvc.Put", "--models", models, "-"},
                               R"({"Name": "toolongname"})");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("/Name: "), std::string::npos);
  ProcessResult listed = Shapeguard({"list", "testsvc", "--models", models});
  EXPECT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_NE(listed.out.find("testsvc.Put"), std::string::npos);
  ProcessResult overlay =
      Shapeguard({"explain", "apigatewayv2.CreateStage", "--overlay", "/nonexistent-overlay.json"});
  EXPECT_EQ(overlay.exit_code, 2);
  EXPECT_NE(overlay.err.find("/nonexistent-overlay.json"), std::string::npos) << overlay.err;
}

TEST(CliList, AnAliasListsUnderTheBotocoreName) {
  ProcessResult r = Shapeguard({"list", "ApiGatewayManagementApi"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("apigatewaymanagementapi.", 0), 0u) << r.out;
  ProcessResult shared = Shapeguard({"list", "execute-api"});
  EXPECT_EQ(shared.exit_code, 2);
  EXPECT_NE(shared.err.find("names apigatewaymanagementapi and connectparticipant"),
            std::string::npos)
      << shared.err;
  ProcessResult unknown = Shapeguard({"list", "apigatewayv3"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("did you mean \"apigatewayv2\"?"), std::string::npos) << unknown.err;
}

TEST(CliVersion, PrintsTheVersion) {
  ProcessResult r = Shapeguard({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("shapeguard 0.", 0), 0u) << r.out;
}

}  // namespace
}  // namespace shapeguard

namespace shapeguard {
namespace {

TEST(CliExplain, ShowsEveryRuleWithItsSource) {
  ProcessResult r = Shapeguard({"explain", "apigatewayv2.create-stage"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "apigatewayv2.CreateStage input");
  auto has = [&](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  EXPECT_TRUE(
      has("  StageName  StringWithLengthBetween1And128 (string), required, JSON key stageName"));
  EXPECT_TRUE(has("    - length: 1..128 code points  [overlay:shape-name]"));
  EXPECT_TRUE(
      has("      - access-log-format: contains $context.requestId; a single line (a newline "
          "only at the end)  [overlay:000_d6df98e444a9a227.txt]"));
  EXPECT_TRUE(has("  ApiId  __string (string), required, in uri {apiId}"));
}

TEST(CliExplain, PrintsThePatchPathTable) {
  ProcessResult r = Shapeguard({"explain", "apigateway.UpdateStage"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("        /variables/{name}  [replace, remove]; value: the pattern "),
            std::string::npos)
      << r.out;
  EXPECT_NE(
      r.out.find("        /deploymentId  [replace, copy]  copy from /canarySettings/deploymentId"),
      std::string::npos);
  EXPECT_NE(
      r.out.find("/{resourcePath}/{httpMethod}/caching/ttlInSeconds  [replace]; value: 0..3600"),
      std::string::npos);
}

TEST(CliExplain, OutputDirectionAndUnknownOperation) {
  ProcessResult r = Shapeguard({"explain", "apigateway.UpdateStage", "--output"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Stage (structure)"), std::string::npos);
  EXPECT_NE(r.out.find("- method-setting-key:"), std::string::npos);
  ProcessResult bad = Shapeguard({"explain", "apigateway.Nope"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.out, "");
  EXPECT_NE(bad.err.find("unknown operation \"Nope\""), std::string::npos);
}

}  // namespace
}  // namespace shapeguard

namespace shapeguard {
namespace {

TEST(CliGenerate, SameSeedSameOutput) {
  ProcessResult a =
      Shapeguard({"generate", "apigateway.UpdateStage", "--count", "20", "--seed", "5"});
  ProcessResult b =
      Shapeguard({"generate", "apigateway.UpdateStage", "--count", "20", "--seed", "5"});
  ProcessResult c =
      Shapeguard({"generate", "apigateway.UpdateStage", "--count", "20", "--seed", "6"});
  EXPECT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(Lines(a.out).size(), 20u);
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out, c.out);
}

TEST(CliGenerate, ValidDocumentsValidateLineByLine) {
  for (const char* op : {"apigatewayv2.CreateStage", "apigateway.UpdateStage",
                         "apigatewayv2.CreateIntegrationResponse", "appconfig.CreateExtension"}) {
    ProcessResult generated = Shapeguard({"generate", op, "--valid", "--count", "40"});
    ASSERT_EQ(generated.exit_code, 0) << generated.err;
    ProcessResult validated =
        Shapeguard({"validate", op, "--ndjson", "--format", "json", "-"}, generated.out);
    EXPECT_EQ(validated.exit_code, 0) << validated.out;
    std::vector<std::string> lines = Lines(validated.out);
    ASSERT_EQ(lines.size(), 40u);
    for (const std::string& line : lines) EXPECT_TRUE(nlohmann::json::parse(line)["valid"]) << line;
  }
}

TEST(CliGenerate, InvalidDocumentsFailExactlyAsAnnounced) {
  for (const char* op : {"apigatewayv2.CreateStage", "apigateway.UpdateStage"}) {
    ProcessResult generated =
        Shapeguard({"generate", op, "--invalid", "--count", "40", "--seed", "9"});
    ASSERT_EQ(generated.exit_code, 0) << generated.err;
    std::vector<nlohmann::json> announced;
    std::string documents;
    for (const std::string& line : Lines(generated.out)) {
      nlohmann::json entry = nlohmann::json::parse(line);
      announced.push_back(entry["violation"]);
      documents += entry["document"].dump() + "\n";
    }
    ProcessResult validated =
        Shapeguard({"validate", op, "--ndjson", "--format", "json", "-"}, documents);
    EXPECT_EQ(validated.exit_code, 1);
    std::vector<std::string> lines = Lines(validated.out);
    ASSERT_EQ(lines.size(), announced.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      nlohmann::json result = nlohmann::json::parse(lines[i]);
      ASSERT_EQ(result["errors"].size(), 1u) << lines[i];
      EXPECT_EQ(result["errors"][0]["path"], announced[i]["path"]) << lines[i];
      EXPECT_EQ(result["errors"][0]["code"], announced[i]["code"]) << lines[i];
    }
  }
}

TEST(CliGenerate, KindSelectsTheRuleAndUnknownKindsAreRefused) {
  ProcessResult r = Shapeguard({"generate", "apigateway.UpdateStage", "--invalid", "--kind",
                                "json-pointer", "--count", "5"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  for (const std::string& line : Lines(r.out)) {
    EXPECT_EQ(nlohmann::json::parse(line)["violation"]["code"], "json-pointer");
  }
  ProcessResult bad =
      Shapeguard({"generate", "apigateway.UpdateStage", "--invalid", "--kind", "nope"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown kind \"nope\""), std::string::npos);
  ProcessResult impossible = Shapeguard({"generate", "apigatewaymanagementapi.DeleteConnection",
                                         "--invalid", "--kind", "patch", "--count", "1"});
  EXPECT_EQ(impossible.exit_code, 2);
  EXPECT_NE(impossible.err.find("cannot generate"), std::string::npos) << impossible.err;
}

// conform and serve run in shapeguard-network, which `shapeguard` replaces itself with.
TEST(CliNetworkCommands, AreHandedToTheNetworkBinary) {
  ProcessResult r = Shapeguard({"serve", "--list-faults"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("status-200-on-create\n"), std::string::npos) << r.out;
  ProcessResult usage = Shapeguard({"serve"});
  EXPECT_EQ(usage.exit_code, 2);
  EXPECT_EQ(usage.err, "shapeguard serve: --port N is required (0 picks a free port)\n");
}

TEST(CliNetworkCommands, MissingNetworkBinaryIsAnErrorNamingIt) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("shapeguard_alone_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(SHAPEGUARD_BINARY, dir / "shapeguard", fs::copy_options::overwrite_existing);
  ProcessResult r = testing_support::RunProcess((dir / "shapeguard").string(),
                                                {"conform", "--endpoint", "http://127.0.0.1:9"});
  fs::remove_all(dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "shapeguard: conform runs in " + (dir / "shapeguard-network").string() +
                       ", which cannot be started: No such file or directory (install it next "
                       "to this binary)\n");
}

}  // namespace
}  // namespace shapeguard
