// Collects the diagnostics of one walk: tracks the pointer of the current value as tokens
// (rendered only when a diagnostic is reported), applies the error limits, and orders the
// report by pointer so it does not depend on the member order of the document.
#ifndef SHAPEGUARD_COLLECTOR_H_
#define SHAPEGUARD_COLLECTOR_H_

#include <cstdint>
#include <forward_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/check.h"
#include "path_token.h"
#include "shapeguard/report.h"

namespace shapeguard::internal {

class Collector : public Sink {
 public:
  // A step of the current pointer: a view into the document, valid while the walk runs.
  struct Token {
    std::string_view key;
    std::size_t index;
    bool is_index;
  };

  // A diagnostic and its pointer, as a range of the token arena.
  struct Pending {
    std::uint32_t first;
    std::uint32_t count;
    Diagnostic diagnostic;
  };

  // Scratch space reused across walks (cleared by the constructor), so validating a valid
  // document allocates nothing once it has grown, and an invalid one allocates only what its
  // report keeps.
  struct Buffers {
    std::vector<Token> path;
    std::vector<Token> arena;
    std::vector<Pending> errors;
    std::vector<Pending> warnings;
  };

  // Keys are views: into the document, the program, or string literals (child tokens of
  // checkers); all outlive the walk, and Finish() renders them before it returns.
  Collector(const ValidateOptions& options, Buffers& buffers);

  // Called for every member, item and entry of a document walked: inline, and growing the
  // stack only when it is full.
  [[gnu::always_inline]] void PushKey(std::string_view key) { PushToken({key, 0, false}); }
  [[gnu::always_inline]] void PushIndex(std::size_t index) { PushToken({{}, index, true}); }
  [[gnu::always_inline]] void Pop() { --top_; }

  void Error(const Check& check, Code code, std::string message,
             std::optional<std::string_view> child = std::nullopt) override;
  void Warning(const Check& check, Code code, std::string message,
               std::optional<std::string_view> child = std::nullopt) override;
  // An error found by the walk itself (type, required, unknown, ...): the model's rule.
  void StructuralError(Code code, std::string message,
                       std::optional<std::string_view> child = std::nullopt);
  // A member name the current object repeats.
  void Duplicate(std::string_view key);
  // A repeated member name found while parsing, at its full path.
  void DuplicateAt(const Path& path);

  // True once the error limit is reached: the walk should stop.
  bool done() const { return done_; }

  // The report, ordered by pointer (stable: diagnostics at one pointer keep walk order).
  Report Finish();

 private:
  [[gnu::always_inline]] void PushToken(Token token) {
    if (top_ == path_end_) GrowPath();
    *top_++ = token;
  }
  void GrowPath();
  std::size_t PathSize() const { return static_cast<std::size_t>(top_ - path_.data()); }

  std::size_t PointerSizeHint(const Pending& pending) const;
  void Add(std::vector<Pending>& into, Code code, std::string message, const std::string& source,
           std::optional<std::string_view> child);
  void Push(std::vector<Pending>& into, Pending pending);

  std::size_t limit_;
  bool done_ = false;
  // The pointer's tokens: path_[0, top_) of storage path_ (sized to its capacity).
  std::vector<Token>& path_;
  Token* top_;
  Token* path_end_;
  std::vector<Token>& arena_;
  // Owned keys for DuplicateAt (its paths come from the parser, not the walk). A list: its
  // elements stay put, and an empty one allocates nothing (a deque would, per document).
  std::forward_list<std::string> owned_keys_;
  std::vector<Pending>& errors_;
  std::vector<Pending>& warnings_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_COLLECTOR_H_
