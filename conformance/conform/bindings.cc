#include "conform/bindings.h"

#include <cctype>

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

// The operation name without its service: "apigateway.CreateRestApi" -> "CreateRestApi".
std::string ShortName(const std::string& operation) {
  auto dot = operation.find('.');
  return dot == std::string::npos ? operation : operation.substr(dot + 1);
}

// A bound value converted to what the member's shape holds; nullopt when it cannot be.
std::optional<json> Convert(const json& value, ShapeKind kind) {
  if (kind == ShapeKind::kString) {
    if (value.is_string()) return value;
    if (value.is_number_integer()) return json(std::to_string(value.get<long long>()));
    return std::nullopt;
  }
  if (kind == ShapeKind::kInteger || kind == ShapeKind::kLong) {
    if (value.is_number_integer()) return value;
    if (value.is_string()) {
      const std::string& text = value.get_ref<const std::string&>();
      if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos &&
          text.size() < 10) {
        return json(std::stoll(text));
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() > suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

// Identifiers are worth binding; descriptions, bare names and timestamps are not (a
// Description flowing into every later request would skew them).
bool IsIdentifierName(const std::string& name) {
  std::string key = BindingKey(name);
  for (const char* suffix : {"id", "identifier", "name", "number"}) {
    if (EndsWith(key, suffix)) return true;
  }
  return false;
}

std::string MemberStem(const std::string& member) {
  std::string key = BindingKey(member);
  for (const char* suffix : {"identifier", "name", "id"}) {
    if (EndsWith(key, suffix)) return key.substr(0, key.size() - std::string(suffix).size());
  }
  return key;
}

bool CreatesMember(const std::string& operation, const std::string& member) {
  std::string op = ShortName(operation);
  return op.rfind("Create", 0) == 0 && BindingKey(op.substr(6)) == MemberStem(member);
}

std::string BindingKey(const std::string& name) {
  std::string key = name;
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::set<std::string> ProducedNames(const std::string& operation, const std::string& member,
                                    const ScenarioHints& hints) {
  std::set<std::string> names = {BindingKey(member)};
  std::string op = ShortName(operation);
  if (BindingKey(member) == "id" && op.rfind("Create", 0) == 0) {
    names.insert(BindingKey(op.substr(6) + "Id"));
  }
  if (auto it = hints.produces.find(operation); it != hints.produces.end()) {
    if (auto renamed = it->second.find(member); renamed != it->second.end()) {
      names.insert(BindingKey(renamed->second));
    }
  }
  return names;
}

void Bindings::Harvest(const std::string& operation, const json& output,
                       const ScenarioHints& hints) {
  if (!output.is_object()) return;
  for (const auto& [member, value] : output.items()) {
    if (!value.is_string() && !value.is_number_integer()) continue;
    for (const std::string& name : ProducedNames(operation, member, hints)) {
      if (name != BindingKey(member) || IsIdentifierName(name)) values_[name] = value;
    }
  }
}

const json* Bindings::Find(const std::string& name) const {
  auto it = values_.find(BindingKey(name));
  return it == values_.end() ? nullptr : &it->second;
}

void Bindings::Set(const std::string& name, json value) {
  values_[BindingKey(name)] = std::move(value);
}

void Bindings::Apply(const Operation& operation, json& params,
                     const std::set<std::string>& keep) const {
  std::optional<ShapeView> input = operation.input();
  if (!input || !params.is_object()) return;
  std::string name = operation.qualified_name();
  for (const MemberView& member : input->members()) {
    if (keep.count(member.name()) || CreatesMember(name, member.name())) continue;
    const json* bound = Find(member.name());
    if (!bound) continue;
    if (auto converted = Convert(*bound, member.shape().kind())) {
      params[member.name()] = *converted;
    }
  }
}

std::vector<std::string> Bindings::BoundMembers(const Operation& operation,
                                                const json& params) const {
  std::vector<std::string> bound;
  std::optional<ShapeView> input = operation.input();
  if (!input || !params.is_object()) return bound;
  std::string name = operation.qualified_name();
  for (const MemberView& member : input->required_members()) {
    auto value = params.find(member.name());
    if (value == params.end() || !value->is_string() || CreatesMember(name, member.name())) {
      continue;
    }
    if (Find(member.name())) bound.push_back(member.name());
  }
  return bound;
}

std::vector<std::string> Bindings::UnboundMembers(const Operation& operation) const {
  std::vector<std::string> labels;
  std::vector<std::string> others;
  std::optional<ShapeView> input = operation.input();
  if (!input) return labels;
  std::string name = operation.qualified_name();
  for (const MemberView& member : input->required_members()) {
    if (!IsIdentifierName(member.name()) || CreatesMember(name, member.name()) ||
        Find(member.name())) {
      continue;
    }
    (member.location() == Location::kUri ? labels : others).push_back(member.name());
  }
  labels.insert(labels.end(), others.begin(), others.end());
  return labels;
}

std::string UnknownLike(const std::string& id) {
  std::string rotated = id;
  for (char& c : rotated) {
    if (c >= '0' && c <= '9') c = static_cast<char>('0' + (c - '0' + 5) % 10);
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>('A' + (c - 'A' + 13) % 26);
  }
  return rotated;
}

}  // namespace shapeguard::conformance
