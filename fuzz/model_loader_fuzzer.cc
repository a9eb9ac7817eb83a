// model_loader: bytes as a botocore model (first byte even) or as an overlay for a small fixed
// model (odd). Whatever loads is compiled for every operation and direction, explained, and
// used to validate "{}". Invariants: failures carry a message; nothing crashes, recurses
// without bound (recursive shapes, deep nesting), hangs or allocates without bound (huge
// min/max, patterns RE2 refuses or finds costly) — libFuzzer's -timeout and -rss_limit_mb
// turn the last two into reports.
#include <cstdint>

#include "harness_support.h"
#include "shapeguard/explain.h"

namespace shapeguard::fuzz {
namespace {

// Real models are large, but what breaks a loader fits in a few kilobytes; big inputs only
// slow the search.
constexpr std::size_t kMaxInput = 64 * 1024;
constexpr std::string_view kService = "fuzzsvc";

// A model with a place for every overlay check kind (access-log formats, ARNs, maps, patch
// operations, method settings) and a recursive shape, for the overlay mode to target.
constexpr std::string_view kFixedModel = R"({
 "metadata": {"apiVersion": "2024-01-01", "protocol": "rest-json", "serviceId": "FuzzSvc"},
 "operations": {
  "Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/things/{Id}"},
          "input": {"shape": "PutRequest"}, "output": {"shape": "Thing"}}
 },
 "shapes": {
  "PutRequest": {"type": "structure", "required": ["Id"], "members": {
   "Id": {"shape": "String", "location": "uri", "locationName": "Id"},
   "Name": {"shape": "Name"},
   "Format": {"shape": "String"},
   "DestinationArn": {"shape": "String"},
   "Variables": {"shape": "StringMap"},
   "Parameters": {"shape": "StringMap"},
   "Settings": {"shape": "SettingsMap"},
   "PatchOperations": {"shape": "PatchList"},
   "Tree": {"shape": "Tree"},
   "Count": {"shape": "Count"},
   "Color": {"shape": "Color"}
  }},
  "Thing": {"type": "structure", "members": {"Id": {"shape": "String"}, "Tree": {"shape": "Tree"}}},
  "String": {"type": "string"},
  "Name": {"type": "string", "min": 1, "max": 128, "pattern": "^[A-Za-z0-9_-]+$"},
  "Count": {"type": "integer", "min": 0, "max": 100},
  "Color": {"type": "string", "enum": ["RED", "GREEN"]},
  "StringMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
  "Setting": {"type": "structure", "members": {"Level": {"shape": "Color"}}},
  "SettingsMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "Setting"}},
  "PatchOperation": {"type": "structure", "members": {
   "op": {"shape": "Op"}, "path": {"shape": "String"}, "value": {"shape": "String"},
   "from": {"shape": "String"}}},
  "Op": {"type": "string", "enum": ["add", "remove", "replace", "move", "copy", "test"]},
  "PatchList": {"type": "list", "member": {"shape": "PatchOperation"}},
  "Tree": {"type": "structure", "members": {"Child": {"shape": "Tree"},
   "Children": {"shape": "TreeList"}, "Label": {"shape": "String"}}},
  "TreeList": {"type": "list", "member": {"shape": "Tree"}}
 }
})";

// Compiles, explains and exercises every schema of the service.
void ExerciseService(const Catalog& catalog) {
  auto operations = catalog.Operations(kService);
  if (!operations.ok()) {
    Require(!operations.error().empty(), "a refused model has a message");
    return;
  }
  auto warnings = catalog.Warnings(kService);
  if (!warnings.ok()) Require(!warnings.error().empty(), "a refused service has a message");
  for (const std::string& op : operations.value()) {
    for (Direction direction : {Direction::kInput, Direction::kOutput}) {
      auto schema = catalog.GetSchema(std::string(kService) + "." + op, direction);
      if (!schema.ok()) {
        Require(!schema.error().empty(), "a refused schema has a message");
        continue;
      }
      (void)Explain(*schema.value());
      Report report = schema.value()->Validate(nlohmann::json::object());
      auto from_text = schema.value()->ValidateText("{}");
      Require(from_text.ok() && from_text.value().errors == report.errors,
              "text and parsed validation of {} agree");
    }
  }
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  ByteReader reader(data, size);
  bool overlay_mode = reader.Byte() & 1;
  std::string_view text = reader.Rest();

  Catalog catalog;
  if (overlay_mode) {
    Require(catalog.AddModel(std::string(kService), kFixedModel, "fixed model").ok(),
            "the fixed model loads");
    Status added = catalog.AddOverlay(text, "fuzz overlay");
    if (!added.ok()) {
      Require(!added.message().empty(), "a refused overlay has a message");
      return 0;
    }
  } else {
    Status added = catalog.AddModel(std::string(kService), text, "fuzz model");
    if (!added.ok()) {
      Require(!added.message().empty(), "a refused model has a message");
      return 0;
    }
  }
  ExerciseService(catalog);
  return 0;
}
