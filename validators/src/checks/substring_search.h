// Finds a fixed needle in texts, the question the access-log check asks of every format
// ("does it name $context.requestId?"). Where the CPU has SSE2 (every x86-64), 16 positions
// are tried at once: a position is a candidate only when both the needle's first and last
// bytes are there, which in a format full of "$context." variables is rare, and only
// candidates are compared in full. Elsewhere, and in texts too short for a block, one at a
// time.
#ifndef SHAPEGUARD_CHECKS_SUBSTRING_SEARCH_H_
#define SHAPEGUARD_CHECKS_SUBSTRING_SEARCH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace shapeguard::internal {

class SubstringSearch {
 public:
  explicit SubstringSearch(std::string needle) : needle_(std::move(needle)) {}

  const std::string& needle() const { return needle_; }

  // The first position at or after `from` where the needle starts in text, or npos (as
  // std::string_view::find answers).
  std::size_t Find(std::string_view text, std::size_t from = 0) const;

 private:
  // The same answer one position at a time: for texts too short for a block, and CPUs
  // without SSE2.
  std::size_t FindScalar(std::string_view text, std::size_t from) const {
    return text.find(needle_, from);
  }

  std::string needle_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_SUBSTRING_SEARCH_H_
