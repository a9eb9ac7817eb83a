// patch_operations: bytes → one REST UpdateStage patch operation {op, path, value, from}
// (first byte: which members are present; then the members' texts separated by newlines),
// validated as the single element of an UpdateStage request. Invariants: deterministic; the
// text and parsed-document paths agree; every diagnostic is inside the operation; and what
// CONSTRAINTS.md states holds:
//  - a missing op, or one other than add, remove, replace, copy, gets an error at /op;
//  - for an RFC 6902 op: a path or from that is not an RFC 6901 pointer gets "json-pointer"
//    at that member; a missing path, add and replace without a value, and copy without a
//    from get an error at that member. (An op outside RFC 6902 is reported by the model's
//    enum rule alone.)
#include <cstdint>

#include "harness_support.h"
#include "shapeguard/json_pointer.h"

namespace shapeguard::fuzz {
namespace {

// One patch operation is a few short strings.
constexpr std::size_t kMaxInput = 4096;
constexpr std::string_view kOperation = "/patchOperations/0";

bool HasErrorAt(const Report& report, std::string_view member, std::optional<Code> code = {}) {
  std::string pointer = std::string(kOperation) + "/" + std::string(member);
  for (const Diagnostic& d : report.errors) {
    if (d.path == pointer && (!code || d.code == *code)) return true;
  }
  return false;
}

bool IsRfc6902Op(const std::string& op) {
  return op == "add" || op == "remove" || op == "replace" || op == "move" || op == "copy" ||
         op == "test";
}

void CheckStatedRules(const nlohmann::json& op, const Report& report, const std::string& why) {
  if (!op.contains("op")) {
    Require(HasErrorAt(report, "op"), "an operation without an op is reported", why);
    return;
  }
  std::string name = op["op"].get<std::string>();
  bool supported = name == "add" || name == "remove" || name == "replace" || name == "copy";
  if (!supported) Require(HasErrorAt(report, "op"), "an unsupported op is reported", why);
  // An op outside RFC 6902 is the model's enum error alone: the checker reads nothing else
  // of an operation it cannot interpret.
  if (!IsRfc6902Op(name)) return;
  for (const char* member : {"path", "from"}) {
    if (op.contains(member) && !ParsePointer(op[member].get<std::string>()).ok()) {
      Require(HasErrorAt(report, member, Code::kJsonPointer),
              "a patch path or from that is not a JSON Pointer is reported there", why);
    }
  }
  if (!op.contains("path")) Require(HasErrorAt(report, "path"), "a missing path is reported", why);
  if ((name == "add" || name == "replace") && !op.contains("value")) {
    Require(HasErrorAt(report, "value"), "add and replace need a value", why);
  }
  if (name == "copy" && !op.contains("from")) {
    Require(HasErrorAt(report, "from"), "copy needs a from", why);
  }
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  static const std::shared_ptr<const Schema> schema =
      Builtin().GetSchema("apigateway.UpdateStage", Direction::kInput).value();
  ByteReader reader(data, size);
  std::uint8_t present = reader.Byte();
  nlohmann::json op = nlohmann::json::object();
  for (const char* member : {"op", "path", "value", "from"}) {
    std::string_view text = reader.Until('\n');
    // Strings reach the checker only after the JSON parser found them well-formed.
    if (!IsValidUtf8(text)) return 0;
    if (present & 1) op[member] = std::string(text);
    present >>= 1;
  }
  nlohmann::json document = {{"restApiId", "a1b2c3d4e5"},
                             {"stageName", "prod"},
                             {"patchOperations", nlohmann::json::array({op})}};

  Report report = schema->Validate(document);
  Require(schema->Validate(document).errors == report.errors, "validation is deterministic");
  auto from_text = schema->ValidateText(document.dump());
  Require(from_text.ok() && from_text.value().errors == report.errors,
          "text and parsed-document validation agree", document.dump());
  std::string why = op.dump() + "\n" + DescribeReport(report);
  Require(MessagesAreUtf8(report), "messages are well-formed UTF-8", why);
  for (const Diagnostic& d : report.errors) {
    Require(d.path.rfind(kOperation, 0) == 0, "every diagnostic is inside the operation", why);
  }
  CheckStatedRules(op, report, why);
  return 0;
}
