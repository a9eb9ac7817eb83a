// The library's Chooser (shapeguard/constraint.h) answered by RapidCheck with the choices of
// choice.h, so a rule's own Generate picks the way the rest of a generated document does.
// For use inside rc::gen::exec.
#ifndef SHAPEGUARD_PROPERTIES_RC_CHOOSER_H_
#define SHAPEGUARD_PROPERTIES_RC_CHOOSER_H_

#include <rapidcheck.h>

#include <string>

#include "choice.h"
#include "shapeguard/constraint.h"
#include "string_generator.h"

namespace shapeguard::properties {

class RcChooser : public Chooser {
 public:
  std::size_t Below(std::size_t n) override { return Pick<std::size_t>(0, n); }

  std::string Matching(const std::string& regex) override {
    auto parsed = RegexOf(regex);
    if (!parsed.ok()) Fail(parsed.error());
    return *parsed.value().Matching();
  }

  [[noreturn]] void Fail(const std::string& why) override { throw rc::GenerationFailure(why); }
};

}  // namespace shapeguard::properties

#endif  // SHAPEGUARD_PROPERTIES_RC_CHOOSER_H_
