// The codecs against botocore's own protocol test cases (restated as data in
// tests/conformance/protocols/ by scripts/restate_protocol_tests.py): each input case's wire
// request must decode to the case's parameters, each output case's wire response to its
// result or error. Cases the codecs cannot pass yet are listed in protocols/skipped.txt
// with the reason; a listed case that passes fails the test, so the list only shrinks.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "shapeguard/catalog.h"
#include "shapeguard/timestamp.h"
#include "wire/protocol_decoders.h"
#include "wire/uri_template.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

const std::string kDir = PROTOCOL_CASES_DIR;

json ReadJson(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return json::parse(text.str());
}

// "id" (or "file:*" for a whole file) -> why it is skipped.
std::map<std::string, std::string> Skipped() {
  std::map<std::string, std::string> skipped;
  std::ifstream file(kDir + "/skipped.txt");
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t colon = line.find(": ");
    skipped[line.substr(0, colon)] = colon == std::string::npos ? "" : line.substr(colon + 2);
  }
  return skipped;
}

// Values in one form for comparison, walking the case's model: numbers as doubles,
// timestamps as epoch seconds, nulls dropped, idempotency tokens that botocore fills in
// dropped (the case's parameters do not name them).
json Normalize(const json& shapes, const std::string& shape_name, const json& value,
               int depth = 0) {
  if (depth > 64 || !shapes.contains(shape_name)) return value;
  const json& shape = shapes.at(shape_name);
  std::string type = shape.value("type", "");
  if (type == "structure" && value.is_object()) {
    json out = json::object();
    for (const auto& [name, item] : value.items()) {
      if (item.is_null()) continue;
      const json* ref = shape.contains("members") && shape["members"].contains(name)
                            ? &shape["members"][name]
                            : nullptr;
      if (ref && ref->value("idempotencyToken", false)) continue;
      out[name] = ref ? Normalize(shapes, (*ref)["shape"], item, depth + 1) : item;
    }
    return out;
  }
  if (type == "list" && value.is_array()) {
    json out = json::array();
    for (const json& item : value) {
      out.push_back(Normalize(shapes, shape["member"]["shape"], item, depth + 1));
    }
    return out;
  }
  if (type == "map" && value.is_object()) {
    json out = json::object();
    for (const auto& [key, item] : value.items()) {
      out[key] = Normalize(shapes, shape["value"]["shape"], item, depth + 1);
    }
    return out;
  }
  if (type == "timestamp") {
    auto time = TimestampFromParam(value);
    if (time) return static_cast<double>(*time) / 1000.0;
  }
  if (value.is_number()) return value.get<double>();
  return value;
}

// The case operation's input or output shape name, or "".
std::string RootShape(const json& c, const char* root) {
  const json& operation = c["operation"];
  if (!operation.contains(root)) return "";
  return operation[root].value("shape", "");
}

struct Loaded {
  Catalog catalog;
  std::shared_ptr<const Operation> operation;
  std::string error;
};

Loaded LoadOperation(const json& suite, const json& c) {
  json metadata = suite["metadata"];
  metadata["serviceId"] = "ProtocolTest";
  metadata["endpointPrefix"] = "protocoltest";
  metadata["signatureVersion"] = "v4";
  json model = {{"version", "2.0"},
                {"metadata", metadata},
                {"operations", {{c["operation"]["name"], c["operation"]}}},
                {"shapes", suite["shapes"]}};
  Loaded loaded;
  Status added = loaded.catalog.AddModel("protocoltest", model.dump(), c["id"]);
  if (!added.ok()) {
    loaded.error = added.message();
    return loaded;
  }
  auto operation =
      loaded.catalog.GetOperation(OperationName{"protocoltest", c["operation"]["name"]});
  if (!operation.ok()) {
    loaded.error = operation.error();
    return loaded;
  }
  loaded.operation = operation.value();
  return loaded;
}

// Why the input case fails, or "" when it passes.
std::string RunInputCase(const json& suite, const json& c) {
  Loaded loaded = LoadOperation(suite, c);
  if (!loaded.operation) return "model: " + loaded.error;
  const Operation& op = *loaded.operation;
  const json& wire = c["serialized"];
  HttpRequest request;
  request.method = wire.value("method", "POST");
  std::string uri = wire.value("uri", "/");
  std::size_t question = uri.find('?');
  request.path = uri.substr(0, question);
  request.query = question == std::string::npos ? "" : uri.substr(question + 1);
  json headers = wire.value("headers", json::object());  // kept: items() refers into it
  for (const auto& [name, value] : headers.items()) {
    request.headers.emplace_back(name, value.get<std::string>());
  }
  request.body = wire.value("body", "");
  std::map<std::string, std::string> labels;
  if (op.protocol() == Protocol::kRestJson) {
    auto match = MatchUriTemplate(op.request_uri(), request.path);
    if (!match) return "the path " + request.path + " does not match " + op.request_uri();
    labels = match->labels;
  }
  auto decoded = DecodeRequestOf(op, request, labels);
  if (!decoded.ok()) return "decode: " + decoded.error();
  if (!decoded.value().body_error.empty()) return "body: " + decoded.value().body_error;
  std::string input = RootShape(c, "input");
  json got = Normalize(suite["shapes"], input, decoded.value().params);
  json want = Normalize(suite["shapes"], input, c["params"]);
  if (got != want) return "decoded " + got.dump() + ", expected " + want.dump();
  return "";
}

// Why the output case fails, or "" when it passes.
std::string RunOutputCase(const json& suite, const json& c) {
  Loaded loaded = LoadOperation(suite, c);
  if (!loaded.operation) return "model: " + loaded.error;
  HttpResponse response;
  response.status = c["response"].value("status_code", 200);
  json headers = c["response"].value("headers", json::object());  // kept: items() refers into it
  for (const auto& [name, value] : headers.items()) {
    response.headers[AsciiLower(name)] = value.get<std::string>();
  }
  response.body = c["response"].value("body", "");
  auto decoded = DecodeResponseOf(*loaded.operation, response);
  if (!decoded.ok()) return "decode: " + decoded.error();
  if (c.contains("error") || c.contains("errorCode")) {
    std::string want = c.value("errorCode", "");
    std::string got = decoded.value().error_type.value_or("(none)");
    return got == want ? "" : "error type " + got + ", expected " + want;
  }
  if (!decoded.value().body_error.empty()) return "body: " + decoded.value().body_error;
  std::string output = RootShape(c, "output");
  json got = Normalize(suite["shapes"], output, decoded.value().params);
  json want = Normalize(suite["shapes"], output, c.value("result", json::object()));
  if (got != want) return "decoded " + got.dump() + ", expected " + want.dump();
  return "";
}

void RunFile(const std::string& direction, const std::string& protocol) {
  std::string file = direction + "-" + protocol;
  std::map<std::string, std::string> skipped = Skipped();
  bool whole_file_skipped = skipped.count(file + ":*") > 0;
  int passed = 0;
  int skips = 0;
  for (const json& suite : ReadJson(kDir + "/" + file + ".json")) {
    for (const json& c : suite["cases"]) {
      std::string id = c["id"];
      std::string failure;
      try {
        failure = direction == "input" ? RunInputCase(suite, c) : RunOutputCase(suite, c);
      } catch (const std::exception& error) {  // a case this reader does not understand
        failure = std::string("the case cannot be read: ") + error.what();
      }
      bool listed = whole_file_skipped || skipped.count(file + ":" + id) > 0;
      if (listed) {
        ++skips;
        if (!whole_file_skipped) {
          EXPECT_NE(failure, "") << id << " passes now: take it off protocols/skipped.txt";
        }
        continue;
      }
      EXPECT_EQ(failure, "") << file << ": " << id;
      passed += failure.empty() ? 1 : 0;
    }
  }
  std::cout << file << ": " << passed << " passed, " << skips << " skipped\n";
}

TEST(BotocoreProtocolCases, QueryInput) { RunFile("input", "query"); }
TEST(BotocoreProtocolCases, Ec2Input) { RunFile("input", "ec2"); }
TEST(BotocoreProtocolCases, Json11Input) { RunFile("input", "json"); }
TEST(BotocoreProtocolCases, Json10Input) { RunFile("input", "json_1_0"); }
TEST(BotocoreProtocolCases, RestJsonInput) { RunFile("input", "rest-json"); }
TEST(BotocoreProtocolCases, QueryOutput) { RunFile("output", "query"); }
TEST(BotocoreProtocolCases, Ec2Output) { RunFile("output", "ec2"); }
TEST(BotocoreProtocolCases, Json11Output) { RunFile("output", "json"); }
TEST(BotocoreProtocolCases, Json10Output) { RunFile("output", "json_1_0"); }
TEST(BotocoreProtocolCases, RestJsonOutput) { RunFile("output", "rest-json"); }

}  // namespace
}  // namespace shapeguard::conformance
