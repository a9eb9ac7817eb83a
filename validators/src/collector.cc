#include "collector.h"

#include <algorithm>

#include "shapeguard/json_pointer.h"
#include "utf8.h"

namespace shapeguard::internal {
namespace {

const std::string kModelSource = "model";

std::string DuplicateMessage(std::string_view key) {
  return "the member " + QuoteForMessage(key) +
         " appears more than once; only the first is checked";
}

}  // namespace

Collector::Collector(const ValidateOptions& options, std::vector<Token>& path)
    : limit_(options.stop_at_first ? 1 : std::max<std::size_t>(options.max_errors, 1)),
      path_(path) {
  path_.clear();
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
  Pending pending{path, {}};
  pending.diagnostic.code = Code::kDuplicate;
  pending.diagnostic.message = DuplicateMessage(path.empty() ? "" : path.back().key);
  pending.diagnostic.source = kModelSource;
  Push(errors_, std::move(pending));
}

void Collector::Add(std::vector<Pending>& into, Code code, std::string message,
                    const std::string& source, std::optional<std::string_view> child) {
  if (done_) return;
  Pending pending;
  pending.path.reserve(path_.size() + 1);
  for (const Token& t : path_) pending.path.push_back({std::string(t.key), t.index, t.is_index});
  if (child) pending.path.push_back({std::string(*child), 0, false});
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
  auto render = [](std::vector<Pending>& pending, std::vector<Diagnostic>& out) {
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.path < b.path; });
    for (Pending& p : pending) {
      for (const PathToken& t : p.path) {
        AppendPointerToken(p.diagnostic.path, t.is_index ? std::to_string(t.index) : t.key);
      }
      out.push_back(std::move(p.diagnostic));
    }
  };
  render(errors_, report.errors);
  render(warnings_, report.warnings);
  return report;
}

}  // namespace shapeguard::internal
