// What a Schema holds, for the project's own tools (explain, the generators, the fuzzers):
// the compiled program, the slot of the document's root and the generated walk. Not a stable
// interface, and not installed.
#ifndef SHAPEGUARD_SCHEMA_INTERNALS_H_
#define SHAPEGUARD_SCHEMA_INTERNALS_H_

#include "program.h"
#include "shapeguard/schema.h"

namespace shapeguard::internal {

// The compiled program the schema walks (shared by every schema of its service).
const Program& ProgramOf(const Schema& schema);

// The slot of the schema's root: the operation's input or output structure.
const Slot& RootOf(const Schema& schema);

// The walk generated for the schema at build time (compiled_walk.h), or null.
const CompiledWalk* CompiledWalkOf(const Schema& schema);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SCHEMA_INTERNALS_H_
