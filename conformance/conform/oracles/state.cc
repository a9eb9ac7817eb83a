// state: what a create, put or patch wrote, a read returns (CONSTRAINTS.md: "State must
// hold"). Patches follow RFC 6902-like semantics on the resource's own members, as the
// apigateway "Patch operations" reference describes: `replace /canarySettings/deploymentId`
// changes the canary, not the stage's deploymentId; `remove /variables/x` removes x.
#include <map>
#include <set>

#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

// Members every read may change on its own.
const std::set<std::string> kVolatile = {"lastUpdatedDate", "LastUpdatedDate", "createdDate",
                                         "CreatedDate", "cacheClusterStatus"};

// What a value written as text reads back as: the same text, or the boolean or number it
// spells (patch values are always strings).
bool SameValue(const json& written, const json& read) {
  if (written == read) return true;
  if (!written.is_string()) return false;
  const std::string& text = written.get_ref<const std::string&>();
  if (read.is_boolean()) return text == (read.get<bool>() ? "true" : "false");
  if (read.is_number()) {
    json parsed = json::parse(text, nullptr, false);
    return parsed.is_number() && parsed.get<double>() == read.get<double>();
  }
  return false;
}

// Expected values by pointer; nullopt means "absent".
using Expectations = std::map<std::string, std::optional<json>>;

bool IsMemberPath(const json& before, const std::string& path) {
  if (path.size() < 2 || path[0] != '/') return false;
  std::string first = path.substr(1, path.find('/', 1) - 1);
  // Only paths into the resource's own members: method-setting paths start with an escaped
  // resource path ("~1pets") or "*", and update methodSettings in a different layout.
  return first.find('~') == std::string::npos && first != "*" &&
         (before.contains(first) || first == "variables" || first == "description" ||
          first == "canarySettings" || first == "accessLogSettings");
}

void ExpectPatch(const json& before, const json& operations, Expectations& expect,
                 std::set<std::string>& touched) {
  for (const json& op : operations) {
    std::string name = op.value("op", "");
    std::string path = op.value("path", "");
    if (path.size() > 1) touched.insert(path.substr(1, path.find('/', 1) - 1));
    if (!IsMemberPath(before, path)) continue;
    // A later operation wins over earlier ones on its parents and children.
    for (auto it = expect.begin(); it != expect.end();) {
      bool related = it->first.starts_with(path + "/") || path.starts_with(it->first + "/");
      it = related ? expect.erase(it) : std::next(it);
    }
    bool leaf = path.find('/', 1) != std::string::npos;
    std::string first = path.substr(1, path.find('/', 1) - 1);
    // Replacing inside a member the resource lacks (a canary that was never set up) is an
    // error in RFC 6902 and not described by AWS: not judged. Stage variables are the
    // exception: `replace /variables/x` is how clients add one (CONSTRAINTS.md).
    if (leaf && !before.contains(first) && first != "variables") continue;
    if ((name == "replace" || name == "add") && op.contains("value") && leaf) {
      expect[path] = op["value"];
    } else if (name == "remove") {
      expect[path] = std::nullopt;
    } else {
      expect.erase(path);  // copy, move, or replacing a whole map from text: not judged
    }
  }
}

void ExpectUntouched(const json& before, const std::set<std::string>& touched, Expectations& expect,
                     std::set<std::string>& untouched) {
  if (!before.is_object()) return;
  for (const auto& [member, value] : before.items()) {
    if (touched.count(member) || kVolatile.count(member) || !value.is_primitive()) continue;
    expect["/" + member] = value;
    untouched.insert("/" + member);
  }
}

// Members a create or put wrote that the read declares too: scalars and maps of scalars
// (lists and structures may be completed with defaults by the service, so they are not
// compared).
void ExpectWritten(const json& params, const Exchange& read, Expectations& expect) {
  std::optional<ShapeView> output = read.view->output();
  if (!output || !params.is_object()) return;
  for (const auto& [member, value] : params.items()) {
    if (kVolatile.count(member)) continue;
    auto declared = output->FindMember(member);
    // Header and label members differ.
    if (!declared || declared->location() != Location::kBody) continue;
    bool scalar_map = value.is_object() && !value.empty();
    for (const auto& item : value.items()) scalar_map = scalar_map && item.value().is_primitive();
    if (value.is_primitive() || scalar_map) expect["/" + member] = value;
  }
}

// A state finding is about the write: its request, the read's response as the evidence, and
// both requests to reproduce it.
Finding StateFinding(const Exchange& write, const Exchange& read, std::string rule) {
  Finding finding = MakeFinding(write, kState, std::move(rule));
  Finding evidence = MakeFinding(read, kState, "");
  finding.response = evidence.response;
  finding.reproduce += " && " + evidence.reproduce;
  return finding;
}

}  // namespace

std::vector<Finding> CheckState(const json& before, const Exchange& write, const Exchange& read) {
  if (!read.succeeded()) {
    return {StateFinding(write, read,
                         "what " + write.operation + " wrote can be read back with " +
                             read.operation + "; got " + std::to_string(read.response.status))};
  }
  Expectations expect;
  std::set<std::string> untouched;
  const json& params = write.params;
  if (params.contains("patchOperations") && params["patchOperations"].is_array()) {
    std::set<std::string> touched;
    ExpectPatch(before, params["patchOperations"], expect, touched);
    ExpectUntouched(before, touched, expect, untouched);
  } else {
    ExpectWritten(params, read, expect);
  }
  std::vector<Finding> findings;
  const json& got = read.decoded.params;
  for (const auto& [pointer, value] : expect) {
    json::json_pointer at(pointer);
    // An empty map or list reads as no value: services differ in which they send.
    bool present = got.contains(at) && !got.at(at).is_null() &&
                   !(got.at(at).is_structured() && got.at(at).empty());
    // An empty string written reads back as "" or as no value, depending on the service.
    bool empty_text = value && value->is_string() && value->get_ref<const std::string&>().empty();
    bool ok =
        value ? (present && SameValue(*value, got.at(at))) || (!present && empty_text) : !present;
    if (ok) continue;
    std::string rule = untouched.count(pointer)
                           ? "after " + write.operation + ", " + read.operation + " shows " +
                                 pointer + " unchanged (no patch operation touched it)"
                       : value ? "after " + write.operation + ", " + read.operation + " returns " +
                                     pointer.substr(0, pointer.find('/', 1)) + " as written"
                               : "after " + write.operation + " removes " + pointer + ", " +
                                     read.operation + " no longer returns it";
    findings.push_back(StateFinding(write, read, rule));
  }
  return findings;
}

// Two kinds of evidence: a hinted request's fixed answer, and a read after a write.
Verdict JudgeState(const Evidence& evidence) {
  if (evidence.moment == Moment::kValidRequest && evidence.expected) {
    return AtMostOne(CheckExpectedAnswer(evidence.exchange, *evidence.expected));
  }
  if (evidence.moment != Moment::kReadBack) return std::nullopt;
  return CheckState(*evidence.before, *evidence.write, evidence.exchange);
}

}  // namespace shapeguard::conformance
