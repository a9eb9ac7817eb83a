// Writes the C++ of one schema's compiled walk (validators/src/compiled_walk.h): a function
// per structure, list and map node it can walk itself, and the entry function.
#ifndef SHAPEGUARD_CODEGEN_WALK_EMITTER_H_
#define SHAPEGUARD_CODEGEN_WALK_EMITTER_H_

#include <cstdint>
#include <string>

#include "program.h"
#include "shape_graph.h"

namespace shapeguard::codegen {

// Appends to `out` the definitions of the walk of the schema rooted at `root`, its entry
// function named `entry` (external linkage), the node functions `entry`_N (internal).
void EmitWalk(const internal::Program& program, const internal::Slot& root,
              const internal::ShapeGraph& graph, const std::string& entry, std::string& out);

}  // namespace shapeguard::codegen

#endif  // SHAPEGUARD_CODEGEN_WALK_EMITTER_H_
