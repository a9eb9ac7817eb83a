// The generator's own table: it generates the real one (compiled_walk.h).
#include "compiled_walk.h"

namespace shapeguard::internal {

std::span<const CompiledEntry> CompiledEntries() { return {}; }

}  // namespace shapeguard::internal
