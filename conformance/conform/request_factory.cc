#include "conform/request_factory.h"

#include <algorithm>

#include "instance_generator.h"
#include "shapeguard/diagnostic.h"
#include "shapeguard/json_pointer.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

constexpr int kInvalidAttempts = 24;

// The top-level member a pointer is in: "/StageVariables/a~1b" -> "StageVariables".
std::string TopMember(const std::string& pointer) {
  auto tokens = ParsePointer(pointer);
  return tokens.ok() && !tokens->empty() ? tokens->front() : "";
}

// Applies an Update operation's patch hints: drops paths that name resources no scenario
// creates, draws resource-naming values from the bindings (or drops the operation), and
// adds the operations every valid patch carries.
void FitPatch(const PatchHints& hints, json& params, const Bindings& bindings) {
  auto it = params.find("patchOperations");
  if (it == params.end() || !it->is_array()) return;
  json kept = json::array();
  for (json op : *it) {
    std::string path = op.is_object() ? op.value("path", "") : "";
    if (hints.Drops(op.is_object() ? op.value("op", "") : "", path)) continue;
    if (auto bind = hints.bind.find(path); bind != hints.bind.end() && op.contains("value")) {
      const json* value = bindings.Find(bind->second);
      if (!value || !value->is_string()) continue;
      op["value"] = *value;
    }
    kept.push_back(std::move(op));
  }
  for (const json& op : hints.append) kept.push_back(op);
  *it = std::move(kept);
}

// Whether a server can tell the violation from the wire. A URI label identifies a resource,
// so a bad one is answered as an unknown resource (404) or not routed at all; a header or
// query value is text, so a string member holding a number is no longer a type error.
bool VisibleOnTheWire(const Operation& operation, const properties::Violation& violation,
                      const std::string& top) {
  if (violation.code == Code::kUnknown) return false;  // services ignore undeclared members
  // A scalar of another scalar type ("12" for an integer, 12345 for a string) is coerced by
  // lenient JSON readers, as AWS's are; only a container where a scalar belongs (or the
  // other way round) is surely refused.
  if (violation.code == Code::kType) {
    const json* at = ResolvePointer(violation.document, violation.pointer);
    if (at && at->is_primitive()) return false;
  }
  std::optional<ShapeView> input = operation.input();
  std::optional<MemberView> member = input ? input->FindMember(top) : std::nullopt;
  if (!member || member->location() == Location::kBody) return true;
  if (member->location() == Location::kUri) return false;
  return !(violation.code == Code::kType && member->shape().kind() == ShapeKind::kString);
}

// HTTP drops the optional whitespace around a header value, so a header member holding " x"
// arrives as "x" (and " " as no header at all): the request keeps what arrives, and
// validating it then says whether it is still valid.
void TrimHeaderValues(const Operation& operation, json& params) {
  std::optional<ShapeView> input = operation.input();
  if (!input) return;
  for (const MemberView& member : input->members()) {
    auto value = params.find(member.name());
    if (member.location() != Location::kHeader || value == params.end() || !value->is_string()) {
      continue;
    }
    *value = std::string(TrimOws(value->get_ref<const std::string&>()));
  }
}

}  // namespace

RequestFactory::RequestFactory(const ScenarioHints& hints, std::uint64_t seed, int max_size)
    : hints_(hints), stream_(seed), seed_(seed), max_size_(max_size) {}

template <typename T>
std::optional<T> RequestFactory::Draw(const rc::Gen<T>& gen) {
  try {
    // Cycling through sizes gives small requests and large ones, as `shapeguard generate`
    // does.
    int size = static_cast<int>(draws_++ % (max_size_ + 1));
    return gen(stream_.split(), size).value();
  } catch (const rc::GenerationFailure&) {
    return std::nullopt;
  }
}

void RequestFactory::Fit(const Operation& operation, json& params, const Bindings& bindings,
                         const std::string& keep) {
  if (!params.is_object()) return;
  std::string op = operation.qualified_name();
  for (const std::string& member : hints_.OmitFor(op)) {
    if (member != keep) params.erase(member);
  }
  NameResources(operation, params, keep);
  TrimHeaderValues(operation, params);
  if (auto fixed = hints_.fixed.find(op); fixed != hints_.fixed.end()) {
    for (const auto& [member, value] : fixed->second.items()) {
      if (member != keep) params[member] = value;
    }
  }
  if (auto patch = hints_.patch_paths.find(op); patch != hints_.patch_paths.end()) {
    if (keep != "patchOperations") FitPatch(patch->second, params, bindings);
  }
  bindings.Apply(operation, params, {keep});
}

void RequestFactory::NameResources(const Operation& operation, json& params,
                                   const std::string& keep) {
  std::optional<ShapeView> input = operation.input();
  if (!input) return;
  // An empty raw payload is no body on the wire, which reads as a missing member: a
  // required payload gets content.
  std::optional<MemberView> payload_member = input->payload();
  std::string payload = payload_member ? payload_member->name() : "";
  if (!payload.empty() && payload != keep && params.contains(payload) &&
      params[payload] == json("")) {
    params[payload] = "shapeguard";
  }
  std::string op = operation.qualified_name();
  for (const MemberView& member : input->members()) {
    const std::string& name = member.name();
    bool names_resource = member.location() == Location::kUri || CreatesMember(op, name);
    if (!names_resource || name == keep || !params.contains(name) ||
        member.shape().kind() != ShapeKind::kString) {
      continue;
    }
    params[name] = "sg" + std::to_string(seed_ % 1000000000) + "x" + std::to_string(++names_);
  }
}

std::optional<RequestFactory::Valid> RequestFactory::MakeValid(
    const std::shared_ptr<const Schema>& input, const Operation& operation,
    const Bindings& bindings) {
  auto gen = valid_gens_.find(input->qualified_name());
  if (gen == valid_gens_.end()) {
    gen = valid_gens_.emplace(input->qualified_name(), properties::ValidInstance(input)).first;
  }
  auto params = Draw(gen->second);
  if (!params) return std::nullopt;
  Fit(operation, *params, bindings, "");
  bool valid = input->Validate(*params).valid();
  return Valid{std::move(*params), valid};
}

const rc::Gen<properties::Violation>& RequestFactory::InvalidGen(
    const std::shared_ptr<const Schema>& input, Code kind) {
  auto key = std::make_pair(input->qualified_name(), kind);
  auto gen = invalid_gens_.find(key);
  if (gen == invalid_gens_.end()) {
    gen = invalid_gens_.emplace(key, properties::OneViolation(input, kind)).first;
  }
  return gen->second;
}

bool RequestFactory::CanBreakOnTheWire(const std::shared_ptr<const Schema>& input,
                                       const Operation& operation, Code kind) {
  auto key = std::make_pair(input->qualified_name(), kind);
  if (auto known = wire_places_.find(key); known != wire_places_.end()) return known->second;
  // The generator picks a place at random among a few valid instances; several draws rule
  // out bad luck with optional members and with places the wire cannot carry.
  bool found = false;
  for (int attempt = 0; attempt < 8 && !found; ++attempt) {
    auto violation = Draw(InvalidGen(input, kind));
    found = violation && VisibleOnTheWire(operation, *violation, TopMember(violation->pointer));
  }
  return wire_places_[key] = found;
}

std::optional<InvalidRequest> RequestFactory::MakeMissing(
    const std::shared_ptr<const Schema>& input, const Operation& operation,
    const Bindings& bindings, const std::string& member) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto request = MakeValid(input, operation, bindings);
    if (!request || !request->valid) continue;
    json params = std::move(request->params);
    params.erase(member);
    Report report = input->Validate(params);
    std::string pointer = RenderPointer({member});
    if (report.errors.size() != 1 || report.errors[0].path != pointer ||
        report.errors[0].code != Code::kRequired) {
      continue;
    }
    return InvalidRequest{std::move(params), {pointer, Code::kRequired, report.errors[0].source}};
  }
  return std::nullopt;
}

void RequestFactory::Reseed(std::uint64_t seed) {
  stream_ = rc::Random(seed);
  seed_ = seed;
  draws_ = 0;
  names_ = 0;
  next_kind_.clear();
}

std::optional<InvalidRequest> RequestFactory::MakeInvalid(
    const std::shared_ptr<const Schema>& input, const Operation& operation,
    const Bindings& bindings, std::optional<Code> only) {
  const auto& kinds = properties::ViolationKinds();
  std::size_t& next_kind = next_kind_[input->qualified_name()];
  for (int attempt = 0; attempt < kInvalidAttempts; ++attempt) {
    // Kinds in turn, so every rule an operation has is broken within a few scenarios; a kind
    // the operation has no place for fails to generate and the next is tried.
    Code kind = only ? *only : kinds[next_kind++ % kinds.size()];
    auto violation = Draw(InvalidGen(input, kind));
    if (!violation) continue;
    std::string top = TopMember(violation->pointer);
    if (!VisibleOnTheWire(operation, *violation, top)) continue;
    json params = violation->document;
    Fit(operation, params, bindings, top);
    Report report = input->Validate(params);
    // Fitting may have repaired the violation or broken something else: then draw again.
    if (report.errors.size() != 1 || report.errors[0].path != violation->pointer ||
        report.errors[0].code != violation->code) {
      continue;
    }
    return InvalidRequest{std::move(params),
                          {violation->pointer, violation->code, report.errors[0].source}};
  }
  return std::nullopt;
}

}  // namespace shapeguard::conformance
