#include "emulator/operation_call.h"

#include <chrono>

#include "shapeguard/timestamp.h"

namespace shapeguard::emulator {

std::string OperationCall::Param(std::string_view name) const {
  auto it = params.find(name);
  return it != params.end() && it->is_string() ? it->get<std::string>() : "";
}

nlohmann::json OperationCall::BodyMembers(const std::vector<std::string>& except) const {
  nlohmann::json members = params;
  for (const std::string& name : except) members.erase(name);
  return members;
}

Answer NotFound(std::string message) { return Answer::Error(404, std::move(message)); }

Answer Conflict(std::string message) { return Answer::Error(409, std::move(message)); }

bool ParentMissing(const OperationCall& call, const std::string& parent_key) {
  return !call.store.Find(parent_key) && !call.faults.Has(Fault::kCreateUnderUnknownParent);
}

bool DeleteResource(OperationCall& call, const std::string& key) {
  if (!call.store.Find(key)) return call.faults.Has(Fault::kDeleteUnknownSucceeds);
  if (!call.faults.Has(Fault::kDeleteKeepsResource)) call.store.Erase(key);
  return true;
}

std::string NowIso8601() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  // Whole seconds: what AWS returns, and it keeps responses free of float timestamps.
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now);
  return FormatIso8601(std::chrono::duration_cast<std::chrono::milliseconds>(seconds).count());
}

}  // namespace shapeguard::emulator
