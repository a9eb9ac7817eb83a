// The nodes one schema reaches, numbered in the order a depth-first walk from its root first
// meets them, and a fingerprint of every fact of them that code compiled for the schema
// relies on. The numbering does not depend on how the program was compiled (one operation
// or the whole service), so code generated from one program binds to another holding the
// same shapes, and the fingerprint tells when it does not.
#ifndef SHAPEGUARD_SHAPE_GRAPH_H_
#define SHAPEGUARD_SHAPE_GRAPH_H_

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "program.h"

namespace shapeguard::internal {

struct ShapeGraph {
  std::vector<const Node*> nodes;                    // by number
  std::unordered_map<NodeId, std::uint32_t> number;  // program node id -> number
  std::uint64_t fingerprint = 0;

  std::uint32_t NumberOf(const Slot& slot) const { return number.at(slot.node); }
};

ShapeGraph GraphOf(const Program& program, const Slot& root);

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_SHAPE_GRAPH_H_
