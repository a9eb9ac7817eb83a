#include "closest_name.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace shapeguard::internal {
namespace {

// Levenshtein distance, one row at a time.
std::size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

std::optional<std::string> ClosestName(std::string_view wanted,
                                       const std::vector<std::string>& known) {
  std::string target = FoldName(wanted);
  std::size_t limit = std::min<std::size_t>(2, target.size() / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  bool tie = false;
  for (const std::string& name : known) {
    std::size_t distance = EditDistance(target, FoldName(name));
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
      tie = false;
    } else if (distance == best_distance && best) {
      tie = true;
    }
  }
  if (tie) return std::nullopt;
  return best;
}

std::string DidYouMean(std::string_view wanted, const std::vector<std::string>& known) {
  std::optional<std::string> closest = ClosestName(wanted, known);
  return closest ? "did you mean \"" + *closest + "\"? " : "";
}

}  // namespace shapeguard::internal
