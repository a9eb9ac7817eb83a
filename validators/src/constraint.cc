#include "shapeguard/constraint.h"

#include "checks/check.h"
#include "checks/patch_operation.h"

namespace shapeguard {
namespace {

// Records what a check reports, in order.
class FindingSink : public internal::Sink {
 public:
  void Error(const internal::Check&, Code code, std::string message,
             std::optional<std::string_view> child) override {
    Record(true, code, std::move(message), child);
  }
  void Warning(const internal::Check&, Code code, std::string message,
               std::optional<std::string_view> child) override {
    Record(false, code, std::move(message), child);
  }
  std::vector<Finding> Take() { return std::move(findings_); }

 private:
  void Record(bool error, Code code, std::string message, std::optional<std::string_view> child) {
    findings_.push_back({error, code, std::move(message),
                         child ? std::optional<std::string>(std::string(*child)) : std::nullopt});
  }
  std::vector<Finding> findings_;
};

}  // namespace

const std::string& Constraint::kind() const { return check_->kind(); }

const std::string& Constraint::source() const { return check_->source(); }

const nlohmann::json& Constraint::args() const { return check_->args(); }

const std::string& Constraint::description() const { return check_->description(); }

std::vector<Finding> Constraint::CheckString(std::string_view text, bool is_map_key) const {
  internal::ValueView value;
  value.kind = internal::JsonKind::kString;
  value.text = text;
  value.is_map_key = is_map_key;
  FindingSink sink;
  check_->Apply(value, sink);
  return sink.Take();
}

bool Constraint::met_whole() const { return check_->MetWhole(); }

std::optional<std::string> Constraint::Generate(Chooser& chooser) const {
  return check_->Generate(chooser);
}

std::optional<Breaker> Constraint::Break() const { return check_->Break(); }

const PatchPaths* Constraint::patch_paths() const { return internal::PatchPathsOf(*check_); }

std::size_t Constraints::size() const { return checks_ ? checks_->size() : 0; }

Constraint Constraints::operator[](std::size_t i) const { return Constraint((*checks_)[i].get()); }

std::optional<Constraint> Constraints::Find(std::string_view kind) const {
  for (std::size_t i = 0; i < size(); ++i) {
    if ((*checks_)[i]->kind() == kind) return (*this)[i];
  }
  return std::nullopt;
}

std::optional<Constraint> Constraints::FindMetWhole() const {
  for (std::size_t i = 0; i < size(); ++i) {
    if ((*checks_)[i]->MetWhole()) return (*this)[i];
  }
  return std::nullopt;
}

}  // namespace shapeguard
