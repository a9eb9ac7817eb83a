#include "compiled_walk.h"

#include <algorithm>
#include <tuple>

#include "shape_graph.h"

namespace shapeguard::internal {

std::shared_ptr<const CompiledWalk> BindCompiledWalk(const Program& program, const Slot& root,
                                                     std::string_view service,
                                                     std::string_view operation,
                                                     Direction direction) {
  auto entries = CompiledEntries();
  auto key = [](const CompiledEntry& e) { return std::tuple(e.service, e.operation, e.direction); };
  auto wanted = std::tuple(service, operation, direction);
  auto found = std::lower_bound(entries.begin(), entries.end(), wanted,
                                [&](const CompiledEntry& e, const auto& w) { return key(e) < w; });
  if (found == entries.end() || key(*found) != wanted) return nullptr;
  if (GraphOf(program, root).fingerprint != found->fingerprint) return nullptr;
  return std::make_shared<const CompiledWalk>(CompiledWalk{found->walk});
}

}  // namespace shapeguard::internal
