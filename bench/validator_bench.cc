// Google Benchmark suite of the validator: every document under examples/ (each seeded
// operation, requests and responses, valid and invalid) through the fast path, and
// large generated documents, valid and invalid, through both paths and both error modes.
//
// usage: validator_bench [--benchmark_filter=REGEX] (see --help)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "shapeguard/catalog.h"

namespace {

namespace fs = std::filesystem;
using shapeguard::Direction;
using shapeguard::Schema;
using shapeguard::ValidateOptions;

const shapeguard::Catalog& BuiltinCatalog() {
  static const auto* catalog =
      new shapeguard::Catalog(std::move(shapeguard::Catalog::Builtin().value()));
  return *catalog;
}

std::shared_ptr<const Schema> SchemaOf(const std::string& operation, Direction direction) {
  return BuiltinCatalog().GetSchema(operation, direction).value();
}

void ValidateText(benchmark::State& state, std::shared_ptr<const Schema> schema, std::string text,
                  ValidateOptions options) {
  std::size_t errors = 0;
  for (auto _ : state) {
    auto report = schema->ValidateText(text, options);
    errors = report.ok() ? report.value().errors.size() : 1;
    benchmark::DoNotOptimize(errors);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["errors"] = static_cast<double>(errors);
}

void ValidateParsed(benchmark::State& state, std::shared_ptr<const Schema> schema,
                    nlohmann::json document) {
  for (auto _ : state) benchmark::DoNotOptimize(schema->Validate(document).errors.size());
}

// A CreateStage request with n stage variables, n / 4 route settings and n / 8 tags; with
// `broken`, every tenth stage variable value breaks the value pattern.
nlohmann::json LargeCreateStage(int n, bool broken) {
  nlohmann::json doc = {{"ApiId", "a1b2c3d4e5"}, {"StageName", "prod"}};
  doc["AccessLogSettings"] = {
      {"DestinationArn", "arn:aws:logs:us-east-1:123456789012:log-group:access"},
      {"Format", "$context.requestId $context.identity.sourceIp $context.status"}};
  for (int i = 0; i < n; ++i) {
    bool bad = broken && i % 10 == 0;
    doc["StageVariables"]["variable_" + std::to_string(i)] =
        bad ? "no spaces allowed" : "https://backend.example.com/v" + std::to_string(i);
  }
  for (int i = 0; i < n / 4; ++i) {
    doc["RouteSettings"]["GET /items/" + std::to_string(i)] = {
        {"ThrottlingBurstLimit", i}, {"ThrottlingRateLimit", i * 0.5}, {"LoggingLevel", "INFO"}};
  }
  for (int i = 0; i < n / 8; ++i) doc["Tags"]["tag" + std::to_string(i)] = "value";
  return doc;
}

// An UpdateStage request with n patch operations over the Stage path table; with
// `broken`, every tenth targets a path the table does not have.
nlohmann::json LargeUpdateStage(int n, bool broken) {
  nlohmann::json ops = nlohmann::json::array();
  for (int i = 0; i < n; ++i) {
    if (broken && i % 10 == 0) {
      ops.push_back({{"op", "replace"}, {"path", "/noSuchField"}, {"value", "x"}});
    } else if (i % 3 == 0) {
      ops.push_back({{"op", "replace"},
                     {"path", "/variables/v" + std::to_string(i)},
                     {"value", "value" + std::to_string(i)}});
    } else if (i % 3 == 1) {
      ops.push_back({{"op", "replace"},
                     {"path", "/~1pets~1{id}/GET/throttling/rateLimit"},
                     {"value", "12.5"}});
    } else {
      ops.push_back({{"op", "replace"}, {"path", "/*/*/logging/loglevel"}, {"value", "ERROR"}});
    }
  }
  return {{"restApiId", "abc123"}, {"stageName", "prod"}, {"patchOperations", ops}};
}

void RegisterExamples(const fs::path& root) {
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const fs::path& path = entry.path();
    std::string stem = path.stem().string();
    bool request = stem.rfind("request-", 0) == 0;
    if (path.extension() != ".json" || (!request && stem.rfind("response-", 0) != 0)) continue;
    std::string operation = path.parent_path().parent_path().filename().string() + "." +
                            path.parent_path().filename().string();
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    auto schema = SchemaOf(operation, request ? Direction::kInput : Direction::kOutput);
    benchmark::RegisterBenchmark(("example/" + operation + "/" + stem).c_str(), ValidateText,
                                 schema, text, ValidateOptions{});
  }
}

void RegisterLarge() {
  auto create = SchemaOf("apigatewayv2.CreateStage", Direction::kInput);
  auto update = SchemaOf("apigateway.UpdateStage", Direction::kInput);
  ValidateOptions first;
  first.stop_at_first = true;
  for (bool broken : {false, true}) {
    std::string verdict = broken ? "invalid" : "valid";
    nlohmann::json stage = LargeCreateStage(400, broken);
    nlohmann::json patch = LargeUpdateStage(200, broken);
    benchmark::RegisterBenchmark(("large/CreateStage/" + verdict).c_str(), ValidateText, create,
                                 stage.dump(), ValidateOptions{});
    benchmark::RegisterBenchmark(("large/UpdateStage/" + verdict).c_str(), ValidateText, update,
                                 patch.dump(), ValidateOptions{});
    benchmark::RegisterBenchmark(("large-parsed/CreateStage/" + verdict).c_str(), ValidateParsed,
                                 create, stage);
    if (broken) {
      benchmark::RegisterBenchmark("large/CreateStage/invalid-stop-at-first", ValidateText, create,
                                   stage.dump(), first);
      benchmark::RegisterBenchmark("large/UpdateStage/invalid-stop-at-first", ValidateText, update,
                                   patch.dump(), first);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  RegisterExamples(SHAPEGUARD_EXAMPLES_DIR);
  RegisterLarge();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
