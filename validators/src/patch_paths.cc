#include "shapeguard/patch_paths.h"

#include <algorithm>

#include "checks/patch_operation.h"
#include "program.h"
#include "schema_internals.h"

namespace shapeguard {

bool IsPatchPlaceholder(std::string_view token) {
  return token.size() > 2 && token.front() == '{' && token.back() == '}';
}

PatchPaths::PatchPaths(std::vector<PatchPathRow> rows) : rows_(std::move(rows)) {
  for (const PatchPathRow& row : rows_) {
    literals_.push_back(std::count_if(row.tokens.begin(), row.tokens.end(),
                                      [](const std::string& t) { return !IsPatchPlaceholder(t); }));
  }
}

const PatchPathRow* PatchPaths::Match(const std::vector<std::string>& tokens) const {
  const PatchPathRow* best = nullptr;
  std::size_t best_literals = 0;
  for (std::size_t i = 0; i < rows_.size(); ++i) {
    const std::vector<std::string>& pattern = rows_[i].tokens;
    if (pattern.size() != tokens.size()) continue;
    bool fits = true;
    for (std::size_t j = 0; j < tokens.size() && fits; ++j) {
      fits = IsPatchPlaceholder(pattern[j]) || pattern[j] == tokens[j];
    }
    if (fits && (!best || literals_[i] > best_literals)) {
      best = &rows_[i];
      best_literals = literals_[i];
    }
  }
  return best;
}

const PatchPaths* FindPatchPaths(const Schema& schema, std::string_view list_member) {
  const internal::Program& program = internal::ProgramOf(schema);
  const internal::Member* member =
      program.nodes[internal::RootOf(schema).node].FindMember(list_member);
  if (!member) return nullptr;
  const internal::Node& list = program.nodes[member->slot.node];
  if (list.type != internal::ShapeType::kList) return nullptr;
  for (const auto& check : list.item.checks) {
    const PatchPaths* paths = internal::PatchPathsOf(*check);
    if (paths && !paths->rows().empty()) return paths;
  }
  return nullptr;
}

}  // namespace shapeguard
