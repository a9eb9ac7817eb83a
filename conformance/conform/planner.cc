#include "conform/planner.h"

#include <algorithm>
#include <map>
#include <set>

#include "conform/bindings.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 8;  // prerequisite chains are short; a longer one is a cycle

struct OperationInfo {
  std::string name;                   // qualified
  std::vector<std::string> required;  // required input members (labels included)
  std::set<std::string> produces;     // binding keys its output produces
};

std::string ShortName(const std::string& operation) {
  return operation.substr(operation.find('.') + 1);
}

Result<OperationInfo> Describe(const Catalog& catalog, const std::string& operation,
                               const ScenarioHints& hints) {
  OperationInfo info{operation, {}, {}};
  auto view = catalog.GetOperation(operation);
  if (!view.ok()) return view.status();
  if (auto input = view.value()->input()) {
    for (const MemberView& member : input->required_members()) {
      info.required.push_back(member.name());
    }
  }
  if (auto output = view.value()->output()) {
    for (const MemberView& member : output->members()) {
      auto names = ProducedNames(operation, member.name(), hints);
      info.produces.insert(names.begin(), names.end());
    }
  }
  return info;
}

class Planner {
 public:
  Planner(const Catalog& catalog, const ScenarioHints& hints, const std::string& service)
      : catalog_(catalog), hints_(hints) {
    auto operations = catalog.Operations(service);
    if (!operations.ok()) return;
    for (const std::string& op : operations.value()) {
      if (op.rfind("Create", 0) != 0) continue;
      auto info = Describe(catalog, service + "." + op, hints);
      if (info.ok()) creators_.push_back(std::move(info).value());
    }
  }

  Status Visit(const std::string& operation, int depth, std::vector<std::string>& order) {
    if (depth > kMaxDepth) return Status::Error(operation + ": prerequisite chain too deep");
    auto info = Describe(catalog_, operation, hints_);
    if (!info.ok()) return info.status();
    visiting_.insert(operation);
    if (auto extra = hints_.requires_.find(operation); extra != hints_.requires_.end()) {
      for (const std::string& step : extra->second) {
        if (visiting_.count(step) || std::find(order.begin(), order.end(), step) != order.end()) {
          continue;
        }
        if (Status s = Visit(step, depth + 1, order); !s.ok()) return s;
        order.push_back(step);
      }
    }
    for (const std::string& member : info->required) {
      // Only identifiers refer to other resources; it may create this one itself.
      bool refers = IsIdentifierName(member) || NamedByHints(member);
      if (!refers || CreatesMember(operation, member)) continue;
      // A producer the scenario already runs is reused (CreateRestApi's rootResourceId is a
      // resourceId: no CreateResource needed).
      if (ProducedByPlanned(member, order)) continue;
      const OperationInfo* producer = ProducerOf(member, operation);
      // A producer already on the path would make a cycle: the value is generated instead.
      if (!producer || visiting_.count(producer->name)) continue;
      if (std::find(order.begin(), order.end(), producer->name) != order.end()) continue;
      if (Status s = Visit(producer->name, depth + 1, order); !s.ok()) return s;
      order.push_back(producer->name);
    }
    visiting_.erase(operation);
    return Status();
  }

 private:
  bool NamedByHints(const std::string& member) const {
    for (const auto& [op, renames] : hints_.produces) {
      for (const auto& [from, to] : renames) {
        if (BindingKey(to) == BindingKey(member)) return true;
      }
    }
    return false;
  }

  bool ProducedByPlanned(const std::string& member, const std::vector<std::string>& order) {
    for (const std::string& step : order) {
      auto info = Describe(catalog_, step, hints_);
      if (info.ok() && info->produces.count(BindingKey(member))) return true;
    }
    return false;
  }

  const OperationInfo* ProducerOf(const std::string& member, const std::string& consumer) {
    const OperationInfo* best = nullptr;
    auto score = [&](const OperationInfo& op) {
      bool named = BindingKey(ShortName(op.name)) == "create" + MemberStem(member);
      return std::make_pair(named ? 0 : 1, op.required.size());
    };
    for (const OperationInfo& op : creators_) {
      if (op.name == consumer || !op.produces.count(BindingKey(member))) continue;
      if (!best || score(op) < score(*best)) best = &op;
    }
    return best;
  }

  const Catalog& catalog_;
  const ScenarioHints& hints_;
  std::vector<OperationInfo> creators_;
  std::set<std::string> visiting_;  // the operations on the current path
};

}  // namespace

Result<std::vector<std::string>> PlanPrerequisites(const Catalog& catalog,
                                                   const std::string& operation,
                                                   const ScenarioHints& hints) {
  auto resolved = catalog.Resolve(operation);
  if (!resolved.ok()) return resolved.status();
  Planner planner(catalog, hints, resolved->service);
  std::vector<std::string> order;
  if (Status s = planner.Visit(resolved->qualified(), 0, order); !s.ok()) return s;
  if (auto then = hints.then.find(resolved->qualified()); then != hints.then.end()) {
    order.insert(order.end(), then->second.begin(), then->second.end());
  }
  return order;
}

namespace {

// The resource noun of a write or delete ("Stage" of DeleteStage), or "".
std::string NounOf(const std::string& operation) {
  for (const char* verb : {"Create", "Update", "Put", "Delete"}) {
    std::string v(verb);
    if (operation.rfind(v, 0) == 0) return operation.substr(v.size());
  }
  return "";
}

// The first of `names` the service has, qualified; "" when none.
std::string FirstOf(const Catalog& catalog, const std::string& service,
                    std::initializer_list<std::string> names) {
  for (const std::string& name : names) {
    auto resolved = catalog.Resolve(service + "." + name);
    if (resolved.ok()) return resolved->qualified();
  }
  return "";
}

}  // namespace

std::string GetterOf(const Catalog& catalog, const std::string& operation) {
  auto resolved = catalog.Resolve(operation);
  if (!resolved.ok()) return "";
  std::string noun = NounOf(resolved->operation);
  return noun.empty() ? "" : FirstOf(catalog, resolved->service, {"Get" + noun});
}

std::string ListerOf(const Catalog& catalog, const std::string& operation) {
  auto resolved = catalog.Resolve(operation);
  if (!resolved.ok()) return "";
  std::string noun = NounOf(resolved->operation);
  if (noun.empty()) return "";
  return FirstOf(catalog, resolved->service, {"List" + noun + "s", "Get" + noun + "s"});
}

}  // namespace shapeguard::conformance
