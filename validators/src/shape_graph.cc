#include "shape_graph.h"

#include <string_view>

namespace shapeguard::internal {
namespace {

// FNV-1a, 64 bits: the same fingerprint wherever it is computed.
class Fingerprint {
 public:
  void Add(std::string_view bytes) {
    AddNumber(bytes.size());
    for (char c : bytes) Byte(static_cast<std::uint8_t>(c));
  }
  void AddNumber(std::uint64_t n) {
    for (int i = 0; i < 8; ++i) Byte(static_cast<std::uint8_t>(n >> (8 * i)));
  }
  std::uint64_t value() const { return hash_; }

 private:
  void Byte(std::uint8_t b) {
    hash_ ^= b;
    hash_ *= 0x100000001b3;
  }
  std::uint64_t hash_ = 0xcbf29ce484222325;
};

class GraphBuilder {
 public:
  explicit GraphBuilder(const Program& program) : program_(program) {}

  ShapeGraph Build(const Slot& root) {
    Visit(root.node);
    // Numbers first, then the facts, which name nodes by number.
    for (const Node* node : graph_.nodes) AddNode(*node);
    AddSlot(root);
    graph_.fingerprint = fingerprint_.value();
    return std::move(graph_);
  }

 private:
  void Visit(NodeId id) {
    if (!graph_.number.emplace(id, graph_.nodes.size()).second) return;
    const Node& node = program_.nodes[id];
    graph_.nodes.push_back(&node);
    for (const Member& member : node.members) Visit(member.slot.node);
    if (node.type == ShapeType::kList) Visit(node.item.node);
    if (node.type == ShapeType::kMap) {
      Visit(node.key.node);
      Visit(node.value.node);
    }
  }

  // What generated code decides from, per slot: where it leads, whether it has checks and an
  // acceptor (their contents are read from the program at run time), whether null passes.
  void AddSlot(const Slot& slot) {
    fingerprint_.AddNumber(graph_.NumberOf(slot));
    fingerprint_.AddNumber(slot.checks.size());
    fingerprint_.AddNumber(slot.accept != nullptr);
    fingerprint_.AddNumber(slot.nullable);
  }

  void AddNode(const Node& node) {
    fingerprint_.AddNumber(static_cast<std::uint64_t>(node.type));
    fingerprint_.AddNumber(node.is_union);
    fingerprint_.AddNumber(node.sensitive);
    fingerprint_.AddNumber(node.members.size());
    for (const Member& member : node.members) {
      fingerprint_.Add(member.name);
      AddSlot(member.slot);
    }
    fingerprint_.AddNumber(node.required.size());
    for (std::uint32_t i : node.required) fingerprint_.AddNumber(i);
    if (node.type == ShapeType::kList) AddSlot(node.item);
    if (node.type == ShapeType::kMap) {
      AddSlot(node.key);
      AddSlot(node.value);
    }
  }

  const Program& program_;
  ShapeGraph graph_;
  Fingerprint fingerprint_;
};

}  // namespace

ShapeGraph GraphOf(const Program& program, const Slot& root) {
  return GraphBuilder(program).Build(root);
}

}  // namespace shapeguard::internal
