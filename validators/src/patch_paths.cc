#include "shapeguard/patch_paths.h"

#include <algorithm>

#include "shapeguard/json_pointer.h"

namespace shapeguard {

std::optional<MethodSettingTarget> MethodSettingOf(const PatchPathRow& row,
                                                   const std::vector<std::string>& tokens) {
  constexpr std::string_view kShape = "MethodSetting$";
  if (!row.field.starts_with(kShape) || tokens.size() < 2) return std::nullopt;
  return MethodSettingTarget{EscapePointerToken(tokens[0]) + "/" + tokens[1],
                             row.field.substr(kShape.size())};
}

bool IsPatchPlaceholder(std::string_view token) {
  return token.size() > 2 && token.front() == '{' && token.back() == '}';
}

PatchPaths::PatchPaths(std::vector<PatchPathRow> rows, std::vector<std::string> ops,
                       std::map<std::string, PatchRules, std::less<>> placeholders)
    : rows_(std::move(rows)), ops_(std::move(ops)), placeholders_(std::move(placeholders)) {
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

const PatchRules* PatchPaths::placeholder(std::string_view name) const {
  auto it = placeholders_.find(name);
  return it == placeholders_.end() ? nullptr : &it->second;
}

const PatchPaths* FindPatchPaths(const Schema& schema, std::string_view list_member) {
  std::optional<MemberView> member = schema.shape().FindMember(list_member);
  if (!member) return nullptr;
  std::optional<ShapeView> item = member->shape().list_member();
  if (!item) return nullptr;
  Constraints constraints = item->constraints();
  for (std::size_t i = 0; i < constraints.size(); ++i) {
    const PatchPaths* paths = constraints[i].patch_paths();
    if (paths && !paths->rows().empty()) return paths;
  }
  return nullptr;
}

}  // namespace shapeguard
