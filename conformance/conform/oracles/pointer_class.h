// Pointers as findings' rules name them: by the top-level member only, so that findings
// about map keys or list items of one member de-duplicate into one.
#ifndef SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_POINTER_CLASS_H_
#define SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_POINTER_CLASS_H_

#include <string>

namespace shapeguard::conformance {

// "/StageVariables/a~1b" -> "/StageVariables/…"; "/Name" -> "/Name"; "" -> "/".
inline std::string PointerClass(const std::string& pointer) {
  if (pointer.empty()) return "/";
  auto next = pointer.find('/', 1);
  return next == std::string::npos ? pointer : pointer.substr(0, next) + "/…";
}

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_CONFORM_ORACLES_POINTER_CLASS_H_
