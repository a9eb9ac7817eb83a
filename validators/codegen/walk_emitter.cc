#include "walk_emitter.h"

#include <cstdio>
#include <map>
#include <vector>

namespace shapeguard::codegen {
namespace {

using internal::Member;
using internal::Node;
using internal::Program;
using internal::ShapeGraph;
using internal::ShapeType;
using internal::Slot;

// A structure's seen members are bits of one 64-bit word.
constexpr std::size_t kMaxMembers = 64;

class WalkEmitter {
 public:
  WalkEmitter(const Program& program, const ShapeGraph& graph, const std::string& entry,
              std::string& out)
      : program_(program), graph_(graph), entry_(entry), out_(out) {}

  void Emit(const Slot& root) {
    emitted_.assign(graph_.nodes.size(), false);
    Reach(root);
    for (std::uint32_t n = 0; n < graph_.nodes.size(); ++n) {
      if (emitted_[n]) {
        out_ += "void " + NodeFunction(n) +
                "(CompiledContext& c, std::uint32_t at, std::size_t depth);\n";
      }
    }
    for (std::uint32_t n = 0; n < graph_.nodes.size(); ++n) EmitNode(n);
    std::string signature = "void " + entry_ + "(CompiledContext& c, std::uint32_t at)";
    out_ += "}  // namespace\n\n" + signature + ";\n" + signature +
            " {\n"
            "  const Tape& t = c.tape;\n";
    EmitSlot(root, "c.root", "at", "0", "  ");
    out_ += "}\n\nnamespace {\n\n";
  }

 private:
  // Containers walked by generated code: structures of up to kMaxMembers members, lists and
  // maps, none of them sensitive (the walker keeps the count of sensitive containers it is
  // inside, which generated code does not: it leaves them to the walker).
  static bool Walkable(const Node& node) {
    if (node.sensitive) return false;
    switch (node.type) {
      case ShapeType::kStructure:
        return node.members.size() <= kMaxMembers;
      case ShapeType::kList:
      case ShapeType::kMap:
        return true;
      default:
        return false;
    }
  }

  // A slot whose value generated code walks itself, when it is a container.
  bool WalkedHere(const Slot& slot) const {
    return slot.checks.empty() && Walkable(program_.nodes[slot.node]);
  }

  // Marks the nodes whose functions the walk from this slot calls.
  void Reach(const Slot& slot) {
    if (!WalkedHere(slot)) return;
    std::uint32_t n = graph_.NumberOf(slot);
    if (emitted_[n]) return;
    emitted_[n] = true;
    const Node& node = *graph_.nodes[n];
    for (const Member& member : node.members) Reach(member.slot);
    if (node.type == ShapeType::kList) Reach(node.item);
    if (node.type == ShapeType::kMap) Reach(node.value);
  }

  std::string NodeFunction(std::uint32_t n) const { return entry_ + "_" + std::to_string(n); }

  // The test that settles a value of this slot without the walker, or "" when there is none.
  std::string FastTest(const Slot& slot, const std::string& slot_expr, const std::string& v) const {
    const Node& node = program_.nodes[slot.node];
    if (node.type == ShapeType::kString) {
      if (slot.checks.empty()) return "IsString(t, " + v + ")";
      if (!slot.accept) return "";
      return "IsString(t, " + v + ") && " + slot_expr + ".accept->Accepts<true>(t.String(" + v +
             "))";
    }
    if (!slot.checks.empty()) return "";
    switch (node.type) {
      case ShapeType::kBoolean:
        return "IsBoolean(t, " + v + ")";
      case ShapeType::kDouble:
        return "IsNumber(t, " + v + ")";
      case ShapeType::kInteger:
        return "IsInt32(t, " + v + ")";
      case ShapeType::kLong:
        return "IsInt64(t, " + v + ")";
      default:
        break;
    }
    return "";
  }

  // The code walking the value at tape index `v`, depth `depth`, of this slot.
  void EmitSlot(const Slot& slot, const std::string& slot_expr, const std::string& v,
                const std::string& depth, const std::string& indent) {
    std::string walker = "c.walker.Walk(" + slot_expr + ", {&t, " + v + "}, " + depth + ");\n";
    const Node& node = program_.nodes[slot.node];
    if (WalkedHere(slot)) {
      char opening = node.type == ShapeType::kList ? '[' : '{';
      // The root (depth 0) is never deeper than the limit.
      std::string within_limit = depth == "0" ? "" : " && " + depth + " <= c.max_depth";
      out_ += indent + "if (t.Type(" + v + ") == '" + opening + "'" + within_limit + ") {\n" +
              indent + "  " + NodeFunction(graph_.NumberOf(slot)) + "(c, " + v + ", " + depth +
              ");\n" + indent + "} else {\n" + indent + "  " + walker + indent + "}\n";
      return;
    }
    std::string test = FastTest(slot, slot_expr, v);
    if (test.empty()) {
      out_ += indent + walker;
    } else {
      out_ += indent + "if (!(" + test + ")) " + walker;
    }
  }

  void EmitNode(std::uint32_t n) {
    if (!emitted_[n]) return;
    const Node& node = *graph_.nodes[n];
    out_ += "void " + NodeFunction(n) +
            "(CompiledContext& c, std::uint32_t at, std::size_t depth) {\n"
            "  const Tape& t = c.tape;\n"
            "  const Node& node = *c.nodes[" +
            std::to_string(n) + "];\n";
    switch (node.type) {
      case ShapeType::kStructure:
        EmitStructure(node);
        break;
      case ShapeType::kList:
        EmitList(node);
        break;
      default:
        EmitMap(node);
        break;
    }
    out_ += "}\n\n";
  }

  // The member lookup: by length, then by bytes.
  void EmitLookup(const Node& node) {
    std::map<std::size_t, std::vector<std::size_t>> by_length;
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      by_length[node.members[i].name.size()].push_back(i);
    }
    out_ += "    int m = -1;\n    switch (name.size()) {\n";
    for (const auto& [length, members] : by_length) {
      out_ += "      case " + std::to_string(length) + ":\n";
      for (std::size_t i : members) {
        out_ += "        if (std::memcmp(name.data(), " + Quoted(node.members[i].name) + ", " +
                std::to_string(length) + ") == 0) m = " + std::to_string(i) + ";\n";
      }
      out_ += "        break;\n";
    }
    out_ += "      default:\n        break;\n    }\n";
  }

  void EmitStructure(const Node& node) {
    std::uint64_t required = 0;
    for (std::uint32_t i : node.required) required |= std::uint64_t{1} << i;
    if (!node.members.empty()) out_ += "  std::uint64_t seen = 0;\n";
    // Only a union counts its members that are set (the fingerprint holds is_union).
    if (node.is_union) out_ += "  std::size_t set_members = 0;\n";
    out_ +=
        "  std::optional<Walker<SimdjsonAdapter>::Names> unknown;\n"
        "  for (std::uint32_t k = at + 1, end = t.End(at) - 1; k < end; k = t.After(k + 1)) {\n"
        "    std::string_view name = t.String(k);\n"
        "    std::uint32_t v = k + 1;\n";
    EmitLookup(node);
    out_ += "    switch (m) {\n";
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      std::string bit = "(std::uint64_t{1} << " + std::to_string(i) + ")";
      out_ += "      case " + std::to_string(i) + ":\n        if (seen & " + bit +
              ") {\n          c.out.Duplicate(name);\n          break;\n        }\n"
              "        seen |= " +
              bit + ";\n";
      if (node.is_union) out_ += "        set_members += t.Type(v) != 'n';\n";
      out_ += "        c.out.PushKey(name);\n";
      EmitSlot(node.members[i].slot, "node.members[" + std::to_string(i) + "].slot", "v",
               "depth + 1", "        ");
      out_ += "        c.out.Pop();\n        break;\n";
    }
    out_ +=
        "      default:\n"
        "        if (!unknown) c.walker.StartNames(unknown, 0);\n"
        "        if (unknown->Repeats(name)) {\n"
        "          c.out.Duplicate(name);\n"
        "          break;\n"
        "        }\n"
        "        c.out.PushKey(name);\n"
        "        c.walker.ReportUnknown(node, name, {&t, v}, depth + 1);\n"
        "        c.out.Pop();\n"
        "        break;\n"
        "    }\n"
        "    if (c.out.done()) return;\n"
        "  }\n";
    if (required != 0) {
      out_ += "  constexpr std::uint64_t kRequired = " + std::to_string(required) +
              "u;\n"
              "  if ((seen & kRequired) != kRequired) {\n"
              "    c.walker.ReportMissing(node, [seen](std::uint32_t i) { return (seen >> i) & 1; "
              "});\n"
              "  }\n";
    }
    if (node.is_union) out_ += "  c.walker.CheckUnion(node, set_members);\n";
  }

  void EmitList(const Node& node) {
    out_ +=
        "  std::size_t index = 0;\n"
        "  for (std::uint32_t v = at + 1, end = t.End(at) - 1; v < end; v = t.After(v)) {\n"
        "    c.out.PushIndex(index++);\n";
    EmitSlot(node.item, "node.item", "v", "depth + 1", "    ");
    out_ +=
        "    c.out.Pop();\n"
        "    if (c.out.done()) return;\n"
        "  }\n";
  }

  void EmitMap(const Node& node) {
    const Node& key_node = program_.nodes[node.key.node];
    out_ +=
        "  TapeKeys keys(c, at);\n"
        "  for (std::uint32_t k = at + 1, end = t.End(at) - 1; k < end; k = t.After(k + 1)) {\n"
        "    std::string_view key = t.String(k);\n"
        "    std::uint32_t v = k + 1;\n"
        "    if (keys.Repeats(t, k, key)) {\n"
        "      c.out.Duplicate(key);\n"
        "      if (c.out.done()) return;\n"
        "      continue;\n"
        "    }\n"
        "    c.out.PushKey(key);\n";
    if (key_node.type == ShapeType::kString && node.key.accept) {
      out_ += "    if (!node.key.accept->Accepts<true>(key)) c.walker.CheckMapKey(node, key);\n";
    } else if (key_node.type != ShapeType::kString || !node.key.checks.empty()) {
      out_ += "    c.walker.CheckMapKey(node, key);\n";
    }
    out_ += "    if (!c.out.done()) {\n";
    EmitSlot(node.value, "node.value", "v", "depth + 1", "      ");
    out_ +=
        "    }\n"
        "    c.out.Pop();\n"
        "    if (c.out.done()) return;\n"
        "  }\n";
  }

  static std::string Quoted(const std::string& text) {
    std::string out = "\"";
    for (unsigned char ch : text) {
      if (ch == '"' || ch == '\\') {
        out += '\\';
        out += static_cast<char>(ch);
      } else if (ch < 0x20 || ch >= 0x7f) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\%03o", ch);
        out += buffer;
      } else {
        out += static_cast<char>(ch);
      }
    }
    return out + "\"";
  }

  const Program& program_;
  const ShapeGraph& graph_;
  const std::string& entry_;
  std::string& out_;
  std::vector<bool> emitted_;  // by node number: has a function
};

}  // namespace

void EmitWalk(const Program& program, const Slot& root, const ShapeGraph& graph,
              const std::string& entry, std::string& out) {
  WalkEmitter(program, graph, entry, out).Emit(root);
}

}  // namespace shapeguard::codegen
