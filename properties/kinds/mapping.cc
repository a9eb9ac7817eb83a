// mapping: a response-parameter mapping value of one of the forms the check takes (or a
// quoted static value); broken by a value of no form.
#include "choice.h"
#include "kinds/kind_generators.h"
#include "kinds/pieces.h"

namespace shapeguard::properties {

std::string GenerateMapping(const nlohmann::json& args) {
  if (args.value("static", false) && Coin()) {
    return "'" + Word(0, 12, std::string(kAlnum) + " -;=,") + "'";
  }
  const nlohmann::json& form = PickFrom(args.at("forms"));
  std::string name;
  if (form.at("name") == "header") {
    name = Word(1, 20, std::string(kAlnum) + "!#$%&'*+-.^_`|~");
  } else {
    int segments = Pick(1, 4);
    for (int i = 0; i < segments; ++i) {
      name += (i ? "." : "") + Word(1, 8, std::string(kAlnum) + "_-");
      if (Pick(0, 4) == 0) name += "[" + std::to_string(Pick(0, 10)) + "]";
    }
  }
  return form.at("prefix").get<std::string>() + name;
}

Breaker BreakMapping(const nlohmann::json&) { return {Code::kMapping, "bogus.mapping.value"}; }

}  // namespace shapeguard::properties
