// delete: a deleted resource is gone (CONSTRAINTS.md, "What an emulator should answer"): a
// get of it answers 404, a list of its siblings leaves it out, and deleting it again answers
// 404 rather than the delete's success code. (The delete's own status is positive-
// acceptance's.) Emulators that answer a delete without removing anything, or treat deletes
// as idempotent, let clients believe a teardown worked when AWS would say otherwise.
#include "conform/bindings.h"
#include "conform/oracles/oracles.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

bool NamesResource(const std::string& key) {
  return IsIdentifierName(key) || BindingKey(key) == "id" || BindingKey(key) == "name";
}

// True when a list answer still shows `name`: an item (an object in an array) holds it as an
// identifier member (Items[].StageName, Items[].Id); a description that spells it does not.
bool Lists(const json& value, const std::string& name) {
  if (value.is_array()) {
    for (const json& item : value) {
      if (!item.is_object()) continue;
      for (const auto& [key, member] : item.items()) {
        if (NamesResource(key) && member.is_string() &&
            member.get_ref<const std::string&>() == name)
          return true;
      }
    }
  }
  if (!value.is_structured()) return false;
  for (const json& child : value) {
    if (Lists(child, name)) return true;
  }
  return false;
}

std::string Got(const Exchange& exchange) {
  const auto& type = exchange.decoded.error_type;
  return "; got " + std::to_string(exchange.response.status) + (type ? " " + *type : "");
}

std::optional<Finding> Gone(const Exchange& deleted, const Exchange& after, std::string rule) {
  if (after.response.status == 404 || after.response.status >= 500) return std::nullopt;
  return FollowUpFinding(deleted, after, kDelete, std::move(rule) + Got(after));
}

}  // namespace

std::optional<Finding> CheckAfterDelete(const Exchange& deleted, const Exchange& after,
                                        AfterDelete step, const std::string& name) {
  switch (step) {
    case AfterDelete::kGet:
      return Gone(deleted, after,
                  "after " + deleted.operation + ", " + after.operation + " of it answers 404");
    case AfterDelete::kDeleteAgain:
      return Gone(deleted, after, "a second " + deleted.operation + " of it answers 404");
    case AfterDelete::kList:
      if (!after.succeeded() || !Lists(after.decoded.params, name)) return std::nullopt;
      return FollowUpFinding(deleted, after, kDelete,
                             "after " + deleted.operation + ", " + after.operation +
                                 " leaves the deleted resource out");
  }
  return std::nullopt;
}

Verdict JudgeDelete(const Evidence& evidence) {
  if (evidence.moment != Moment::kAfterDelete) return std::nullopt;
  return AtMostOne(CheckAfterDelete(*evidence.write, evidence.exchange, evidence.after_delete,
                                    *evidence.deleted_name));
}

}  // namespace shapeguard::conformance
