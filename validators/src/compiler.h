// Model + overlays -> Program.
#ifndef SHAPEGUARD_COMPILER_H_
#define SHAPEGUARD_COMPILER_H_

#include <memory>
#include <string>
#include <vector>

#include "overlay.h"
#include "program.h"
#include "shapeguard/result.h"

namespace shapeguard::internal {

// Compiles every operation of the model, both directions, with the overlays merged in.
// Model rules that cannot be compiled become warnings (a model is data we do not control);
// an overlay rule that cannot be compiled is an error (overlays are ours to fix).
Result<std::shared_ptr<const Program>> CompileService(std::shared_ptr<const ServiceModel> model,
                                                      const std::vector<const Overlay*>& overlays);

// Compiles one operation of the model, both directions: the program holds only the nodes that
// operation reaches, so a caller that needs one operation does not pay for the whole service.
// Fails exactly when CompileService fails; warnings cover only the shapes compiled.
Result<std::shared_ptr<const Program>> CompileOperation(std::shared_ptr<const ServiceModel> model,
                                                        const std::vector<const Overlay*>& overlays,
                                                        const std::string& operation);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_COMPILER_H_
