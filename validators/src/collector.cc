#include "collector.h"

#include <algorithm>

#include "shapeguard/json_pointer.h"
#include "shapeguard/utf8.h"

namespace shapeguard::internal {
namespace {

const std::string kModelSource = "model";

std::string DuplicateMessage(std::string_view key) {
  return "the member " + QuoteForMessage(key) +
         " appears more than once; only the first is checked";
}

// A stable sort that allocates nothing for the few diagnostics most reports have
// (std::stable_sort takes a temporary buffer from the heap, even for two).
template <class Less>
void SortStably(std::vector<Collector::Pending>& pending, Less less) {
  constexpr std::size_t kInsertionSortLimit = 16;
  if (pending.size() > kInsertionSortLimit) {
    std::stable_sort(pending.begin(), pending.end(), less);
    return;
  }
  for (std::size_t i = 1; i < pending.size(); ++i) {
    for (std::size_t j = i; j > 0 && less(pending[j], pending[j - 1]); --j) {
      std::swap(pending[j], pending[j - 1]);
    }
  }
}

}  // namespace

// The rendered pointer's size when no token needs escaping and indexes have up to 4
// digits: enough that most paths are built without growing their string.
std::size_t Collector::PointerSizeHint(const Pending& pending) const {
  std::size_t size = 0;
  for (std::uint32_t i = 0; i < pending.count; ++i) {
    const Token& t = arena_[pending.first + i];
    size += 1 + (t.is_index ? 4 : t.key.size());
  }
  return size;
}

Collector::Collector(const ValidateOptions& options, Buffers& buffers)
    : limit_(options.stop_at_first ? 1 : std::max<std::size_t>(options.max_errors, 1)),
      path_(buffers.path),
      arena_(buffers.arena),
      errors_(buffers.errors),
      warnings_(buffers.warnings) {
  if (path_.empty()) path_.resize(32);
  top_ = path_.data();
  path_end_ = path_.data() + path_.size();
  arena_.clear();
  errors_.clear();
  warnings_.clear();
}

void Collector::GrowPath() {
  std::size_t size = PathSize();
  path_.resize(path_.size() * 2);
  top_ = path_.data() + size;
  path_end_ = path_.data() + path_.size();
}

void Collector::Error(const Check& check, Code code, std::string message,
                      std::optional<std::string_view> child) {
  Add(errors_, code, std::move(message), check.source(), child);
}

void Collector::Warning(const Check& check, Code code, std::string message,
                        std::optional<std::string_view> child) {
  Add(warnings_, code, std::move(message), check.source(), child);
}

void Collector::StructuralError(Code code, std::string message,
                                std::optional<std::string_view> child) {
  Add(errors_, code, std::move(message), kModelSource, child);
}

void Collector::Duplicate(std::string_view key) {
  Add(errors_, Code::kDuplicate, DuplicateMessage(key), kModelSource, key);
}

void Collector::DuplicateAt(const Path& path) {
  if (done_) return;
  Pending pending{static_cast<std::uint32_t>(arena_.size()), 0, {}};
  for (const PathToken& t : path) {
    std::string_view key;
    if (!t.is_index) key = owned_keys_.emplace_front(t.key);
    arena_.push_back({key, t.index, t.is_index});
    ++pending.count;
  }
  pending.diagnostic.code = Code::kDuplicate;
  pending.diagnostic.message = DuplicateMessage(path.empty() ? "" : path.back().key);
  pending.diagnostic.source = kModelSource;
  Push(errors_, std::move(pending));
}

void Collector::Add(std::vector<Pending>& into, Code code, std::string message,
                    const std::string& source, std::optional<std::string_view> child) {
  if (done_) return;
  Pending pending{static_cast<std::uint32_t>(arena_.size()),
                  static_cast<std::uint32_t>(PathSize() + (child ? 1 : 0)),
                  {}};
  arena_.insert(arena_.end(), path_.data(), top_);
  if (child) arena_.push_back({*child, 0, false});
  pending.diagnostic.code = code;
  pending.diagnostic.message = std::move(message);
  pending.diagnostic.source = source;
  Push(into, std::move(pending));
}

void Collector::Push(std::vector<Pending>& into, Pending pending) {
  into.push_back(std::move(pending));
  if (&into == &errors_ && errors_.size() >= limit_) done_ = true;
}

Report Collector::Finish() {
  Report report;
  report.truncated = done_;
  if (errors_.empty() && warnings_.empty()) return report;  // most documents: nothing to render
  auto less = [this](const Pending& a, const Pending& b) {
    // Token by token: indexes before keys, indexes by number, keys by bytes; a prefix first.
    for (std::uint32_t i = 0; i < a.count && i < b.count; ++i) {
      const Token& x = arena_[a.first + i];
      const Token& y = arena_[b.first + i];
      if (x.is_index != y.is_index) return x.is_index;
      if (x.is_index ? x.index != y.index : x.key != y.key) {
        return x.is_index ? x.index < y.index : x.key < y.key;
      }
    }
    return a.count < b.count;
  };
  auto render = [&](std::vector<Pending>& pending, std::vector<Diagnostic>& out) {
    SortStably(pending, less);
    out.reserve(pending.size());
    for (Pending& p : pending) {
      p.diagnostic.path.reserve(PointerSizeHint(p));
      for (std::uint32_t i = 0; i < p.count; ++i) {
        const Token& t = arena_[p.first + i];
        if (t.is_index) {
          p.diagnostic.path += '/';
          p.diagnostic.path += std::to_string(t.index);
        } else {
          AppendPointerToken(p.diagnostic.path, t.key);
        }
      }
      out.push_back(std::move(p.diagnostic));
    }
  };
  render(errors_, report.errors);
  render(warnings_, report.warnings);
  return report;
}
}  // namespace shapeguard::internal
