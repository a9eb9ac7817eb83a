// The table of checker kinds. Model traits and overlay rules both build their checkers here,
// by name, so adding a kind is one file in checks/, one row in registry.cc and one test.
#ifndef SHAPEGUARD_CHECKS_REGISTRY_H_
#define SHAPEGUARD_CHECKS_REGISTRY_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>

#include "checks/check.h"
#include "checks/regex_cache.h"
#include "shape_type.h"
#include "shapeguard/result.h"

namespace shapeguard::internal {

// The rules that hold at an overlay target ("Stage$variables$value"): its shape's type and
// the merged checks of the model and the overlays there.
struct ResolvedTarget {
  ShapeType type;
  CheckList checks;
};

// Lets a checker reuse the rules of another position instead of restating them (the patch
// checker validates `/variables/{name}` values by the rules of Stage$variables$value).
class TargetResolver {
 public:
  virtual ~TargetResolver() = default;
  virtual Result<ResolvedTarget> Resolve(std::string_view target) = 0;
};

// What a checker is built from: its arguments (a JSON object), the source it cites, the type
// of the values it will see, the regex cache shared by one compile, and the resolver of other
// targets (absent where no model is at hand).
struct CheckSpec {
  const nlohmann::json& args;
  std::string source;
  ShapeType target;
  RegexCache& regexes;
  TargetResolver* targets = nullptr;
};

using CheckFactory = Result<std::shared_ptr<Check>> (*)(const CheckSpec&);

struct CheckKind {
  std::string_view name;
  CheckFactory factory;
  // The arguments it takes, for error messages and `explain`.
  std::string_view usage;
};

// Every registered kind, in table order.
std::span<const CheckKind> CheckKinds();

// Builds the checker `kind` from spec; fails naming the kind and what is wrong. The checker
// keeps its arguments (Check::args()) so generators can produce values that meet it.
Result<std::shared_ptr<const Check>> MakeCheck(std::string_view kind, const CheckSpec& spec);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_CHECKS_REGISTRY_H_
