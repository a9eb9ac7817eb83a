// state: what a create, put or patch wrote, a read returns (CONSTRAINTS.md: "State must
// hold"). Patches follow RFC 6902-like semantics on the resource's own members, as the
// apigateway "Patch operations" reference describes: `replace /canarySettings/deploymentId`
// changes the canary, not the stage's deploymentId; `remove /variables/x` removes x; a
// method-setting path writes the methodSettings entry the patch table's row names.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "conform/oracles/oracles.h"
#include "shapeguard/json_pointer.h"
#include "shapeguard/patch_paths.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using Tokens = std::vector<std::string>;

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

// The unescaped tokens of a patch path; none when it is not a pointer.
Tokens PathTokens(const std::string& path) {
  auto tokens = ParsePointer(path);
  return tokens.ok() ? std::move(tokens).value() : Tokens{};
}

// True when `outer` is a parent of `inner`: its tokens begin inner's, and are fewer.
bool Encloses(const Tokens& outer, const Tokens& inner) {
  return outer.size() < inner.size() && std::equal(outer.begin(), outer.end(), inner.begin());
}

// Where a patch path writes in the resource: the path itself for the resource's own members;
// for a method-setting path ("/~1pets/GET/logging/loglevel"), the methodSettings entry and
// member the patch table's row names ("/methodSettings/~1pets~1GET/loggingLevel"). Empty when
// not judged: a path outside the resource's members and the table, or a method setting for
// every method of one resource or one method of every resource ("~1pets/*"), which writes
// whichever entries exist.
Tokens Location(const json& before, const PatchPaths* table, const Tokens& path) {
  if (path.empty()) return {};
  const PatchPathRow* row = table ? table->Match(path) : nullptr;
  if (auto setting = row ? MethodSettingOf(*row, path) : std::nullopt) {
    bool any_resource = path[0] == "*";
    bool any_method = path[1] == "*";
    if (any_resource != any_method) return {};
    return {"methodSettings", setting->key, setting->member};
  }
  const std::string& first = path.front();
  bool member = first.find_first_of("~/") == std::string::npos && first != "*" &&
                (before.contains(first) || first == "variables" || first == "description" ||
                 first == "canarySettings" || first == "accessLogSettings");
  return member ? path : Tokens{};
}

void ExpectPatch(const json& before, const PatchPaths* table, const json& operations,
                 Expectations& expect, std::set<std::string>& touched) {
  for (const json& op : operations) {
    std::string name = op.value("op", "");
    Tokens tokens = Location(before, table, PathTokens(op.value("path", "")));
    Tokens written = PathTokens(op.value("path", ""));
    if (!written.empty()) touched.insert(written.front());
    if (!tokens.empty()) touched.insert(tokens.front());
    if (tokens.empty()) continue;
    std::string path = RenderPointer(tokens);
    // A later operation wins over earlier ones on its parents and children.
    for (auto it = expect.begin(); it != expect.end();) {
      Tokens expected = PathTokens(it->first);
      bool related = Encloses(tokens, expected) || Encloses(expected, tokens);
      it = related ? expect.erase(it) : std::next(it);
    }
    bool leaf = tokens.size() > 1;
    const std::string& first = tokens.front();
    // Replacing inside a member the resource lacks (a canary that was never set up) is an
    // error in RFC 6902 and not described by AWS: not judged. Stage variables and method
    // settings are the exception: `replace /variables/x` and `replace /*/*/metrics/enabled`
    // are how clients add them (CONSTRAINTS.md).
    bool adds = first == "variables" || first == "methodSettings";
    if (leaf && !before.contains(first) && !adds) continue;
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
    expect[RenderPointer({member})] = value;
    untouched.insert(RenderPointer({member}));
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
    bool scalar_map =
        value.is_object() && !value.empty() && declared->shape().kind() == ShapeKind::kMap;
    for (const auto& item : value.items()) scalar_map = scalar_map && item.value().is_primitive();
    if (value.is_primitive() || scalar_map) expect[RenderPointer({member})] = value;
  }
}

// A state finding is about the write, shown by the read.
Finding StateFinding(const Exchange& write, const Exchange& read, std::string rule) {
  return FollowUpFinding(write, read, kState, std::move(rule));
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
    const PatchPaths* table =
        write.input ? FindPatchPaths(*write.input, "patchOperations") : nullptr;
    ExpectPatch(before, table, params["patchOperations"], expect, touched);
    ExpectUntouched(before, touched, expect, untouched);
  } else {
    ExpectWritten(params, read, expect);
  }
  std::vector<Finding> findings;
  const json& got = read.decoded.params;
  for (const auto& [pointer, value] : expect) {
    const json* at = ResolvePointer(got, pointer);
    // An empty map or list reads as no value: services differ in which they send.
    bool present = at && !at->is_null() && !(at->is_structured() && at->empty());
    // An empty string written reads back as "" or as no value, depending on the service.
    bool empty_text = value && value->is_string() && value->get_ref<const std::string&>().empty();
    bool ok = value ? (present && SameValue(*value, *at)) || (!present && empty_text) : !present;
    if (ok) continue;
    std::string rule = untouched.count(pointer)
                           ? "after " + write.operation + ", " + read.operation + " shows " +
                                 pointer + " unchanged (no patch operation touched it)"
                       : value ? "after " + write.operation + ", " + read.operation + " returns " +
                                     RenderPointer({PathTokens(pointer).front()}) + " as written"
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
