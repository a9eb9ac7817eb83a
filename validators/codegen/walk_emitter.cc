#include "walk_emitter.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "compiled_walk.h"

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

const char* const kNodeParameters =
    "(CompiledContext& c, const Node& node, std::uint32_t at, std::size_t depth)";

// The walk of one schema: its node functions go to the source, which shares them.
class WalkEmitter {
 public:
  WalkEmitter(const Program& program, const ShapeGraph& graph, const std::string& entry,
              WalkSource& source)
      : program_(program),
        graph_(graph),
        entry_(entry),
        source_(source),
        names_(graph.nodes.size()),
        open_(graph.nodes.size(), false),
        reentered_(graph.nodes.size(), false) {}

  // The body of the entry function.
  std::string EntryBody(const Slot& root) {
    std::string body = "  const Tape& t = c.tape;\n";
    EmitSlot(root, "c.root", "at", "0", "", "  ", body);
    return body;
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

  // The name of node n's function, defined on first use. A node reached again while its
  // body is being written (a recursive shape) keeps a name of this walk's own, since
  // bodies that call it were written with that name before its own body was known.
  std::string FunctionOf(std::uint32_t n) {
    if (!names_[n].empty()) return names_[n];
    std::string own_name = entry_ + "_" + std::to_string(n);
    if (open_[n]) {
      reentered_[n] = true;
      return own_name;
    }
    open_[n] = true;
    std::string body = NodeBody(*graph_.nodes[n]);
    open_[n] = false;
    names_[n] = source_.Define(body, reentered_[n] ? own_name : "", graph_.nodes[n]->shape);
    return names_[n];
  }

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

  // The code walking the value at tape index `v`, depth `depth`, of this slot; `token` is
  // its place in the pointer ("c.out.PushKey(name)", or "" at the root). The token is pushed
  // only around code that may report: a value settled in place needs no pointer.
  void EmitSlot(const Slot& slot, const std::string& slot_expr, const std::string& v,
                const std::string& depth, const std::string& token, const std::string& indent,
                std::string& out) {
    std::string walker = "c.walker.Walk(" + slot_expr + ", {&t, " + v + "}, " + depth + ");";
    // Code that may report, at this indent: inside the value's place in the pointer.
    auto reporting = [&](const std::string& at_indent, const std::string& code) {
      if (token.empty()) return code;
      return at_indent + token + ";\n" + code + at_indent + "c.out.Pop();\n";
    };
    const Node& node = program_.nodes[slot.node];
    if (WalkedHere(slot)) {
      char opening = node.type == ShapeType::kList ? '[' : '{';
      // The root (depth 0) is never deeper than the limit.
      std::string within_limit = depth == "0" ? "" : " && " + depth + " <= c.max_depth";
      std::string function = FunctionOf(graph_.NumberOf(slot));
      std::string walk = indent + "if (t.Type(" + v + ") == '" + opening + "'" + within_limit +
                         ") {\n" + indent + "  " + function + "(c, c.nodes[" + slot_expr +
                         ".node], " + v + ", " + depth + ");\n" + indent + "} else {\n" + indent +
                         "  " + walker + "\n" + indent + "}\n";
      out += reporting(indent, walk);
      return;
    }
    std::string test = FastTest(slot, slot_expr, v);
    if (test.empty()) {
      out += reporting(indent, indent + walker + "\n");
    } else {
      std::string inner = indent + "  ";
      out += indent + "if (!(" + test + ")) {\n" + reporting(inner, inner + walker + "\n") +
             indent + "}\n";
    }
  }

  std::string NodeBody(const Node& node) {
    std::string body = "  const Tape& t = c.tape;\n";
    switch (node.type) {
      case ShapeType::kStructure:
        EmitStructure(node, body);
        break;
      case ShapeType::kList:
        EmitList(node, body);
        break;
      default:
        EmitMap(node, body);
        break;
    }
    return body;
  }

  // The member lookup: by length, then by bytes.
  void EmitLookup(const Node& node, std::string& out) {
    std::map<std::size_t, std::vector<std::size_t>> by_length;
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      by_length[node.members[i].name.size()].push_back(i);
    }
    out += "    int m = -1;\n    switch (name.size()) {\n";
    for (const auto& [length, members] : by_length) {
      out += "      case " + std::to_string(length) + ":\n";
      for (std::size_t i : members) {
        out += "        if (std::memcmp(name.data(), " + Quoted(node.members[i].name) + ", " +
               std::to_string(length) + ") == 0) m = " + std::to_string(i) + ";\n";
      }
      out += "        break;\n";
    }
    out += "      default:\n        break;\n    }\n";
  }

  static std::string MemberSlot(std::size_t i) {
    return "node.members[" + std::to_string(i) + "].slot";
  }

  // The code walking member i's value, at tape index v, named `name`.
  void EmitMemberValue(const Node& node, std::size_t i, const std::string& indent,
                       std::string& out) {
    EmitSlot(node.members[i].slot, MemberSlot(i), "v", "depth + 1", "c.out.PushKey(name)", indent,
             out);
  }

  void EmitStructure(const Node& node, std::string& out) {
    std::uint64_t required = 0;
    for (std::uint32_t i : node.required) required |= std::uint64_t{1} << i;
    if (HasQuickPass(node)) EmitQuickPass(node, required, out);
    if (!node.members.empty()) out += "  std::uint64_t seen = 0;\n";
    // Only a union counts its members that are set (the fingerprint holds is_union).
    if (node.is_union) out += "  std::size_t set_members = 0;\n";
    out +=
        "  std::optional<Walker<SimdjsonAdapter>::Names> unknown;\n"
        "  for (std::uint32_t k = at + 1, end = t.End(at) - 1; k < end; k = t.After(k + 1)) {\n"
        "    std::string_view name = t.String(k);\n"
        "    std::uint32_t v = k + 1;\n";
    EmitLookup(node, out);
    out += "    switch (m) {\n";
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      std::string bit = Bit(i);
      out += "      case " + std::to_string(i) + ":\n        if (seen & " + bit +
             ") {\n          c.out.Duplicate(name);\n          break;\n        }\n"
             "        seen |= " +
             bit + ";\n";
      if (node.is_union) out += "        set_members += t.Type(v) != 'n';\n";
      EmitMemberValue(node, i, "        ", out);
      out += "        break;\n";
    }
    out +=
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
      out += "  constexpr std::uint64_t kRequired = " + std::to_string(required) +
             "u;\n"
             "  if ((seen & kRequired) != kRequired) {\n"
             "    c.walker.ReportMissing(node, [seen](std::uint32_t i) { return (seen >> i) & 1; "
             "});\n"
             "  }\n";
    }
    if (node.is_union) out += "  c.walker.CheckUnion(node, set_members);\n";
  }

  // A structure with no two member names of one length gets a quick pass before its exact
  // walk. The exact walk's switch on a member's name jumps to a place that depends on which
  // members a document has, and is mispredicted most on the documents that vary most. The
  // quick pass finds a member by a table indexed by its name's length and one comparison, and
  // tests every value a FastTest settles with no jump that depends on which members are there;
  // the other values (containers, mostly) it walks in document order after that, as the exact
  // walk would, so reports and the error cap come out the same. It only takes documents whose
  // settled values have nothing to report: on anything else (an unknown or repeated name, a
  // value its test does not take, a required member missing) it leaves the structure to the
  // exact walk after it, which reports.
  bool HasQuickPass(const Node& node) const {
    if (node.is_union || node.members.empty()) return false;
    std::set<std::size_t> lengths;
    for (const Member& member : node.members) {
      if (member.name.size() >= internal::kQuickNameBytes ||
          !lengths.insert(member.name.size()).second) {
        return false;
      }
    }
    return true;
  }

  bool Settled(const Member& member) const {
    return !WalkedHere(member.slot) && !FastTest(member.slot, "s", "v").empty();
  }

  static std::string Bit(std::size_t i) {
    return "(std::uint64_t{1} << " + std::to_string(i) + ")";
  }

  void EmitQuickPass(const Node& node, std::uint64_t required, std::string& out) {
    std::size_t longest = 0;
    std::uint64_t in_order = 0;
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      longest = std::max(longest, node.members[i].name.size());
      if (!Settled(node.members[i])) in_order |= std::uint64_t{1} << i;
    }
    std::vector<int> by_length(longest + 1, -1);
    std::string names, table;
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      by_length[node.members[i].name.size()] = static_cast<int>(i);
      names += (i ? ", " : "") + Quoted(node.members[i].name);
    }
    for (int m : by_length) table += (table.empty() ? "" : ", ") + std::to_string(m);
    std::string count = std::to_string(node.members.size());
    // Whole words, and room for the literal's terminating zero.
    std::size_t width = (longest / 8 + 1) * 8;
    std::map<std::string, std::string> values = {
        {"$COUNT", count},
        {"$WIDTH", std::to_string(width)},
        {"$LENGTHS", std::to_string(longest + 1)},
        {"$TABLE", table},
        {"$NAMES", names},
        // The members walked in document order after the tests, when there are any.
        {"$ORDER_DECLARED",
         in_order == 0 ? ""
                       : "    std::uint8_t order[" + count + "];\n    std::size_t ordered = 0;\n"},
        {"$ORDER_KEPT", in_order == 0 ? ""
                                      : "      order[ordered] = static_cast<std::uint8_t>(m);\n"
                                        "      ordered += (" +
                                            std::to_string(in_order) + "u >> m) & 1;\n"},
        {"$REQUIRED", std::to_string(required) + "u"}};
    out += Filled(R"(  {  // the quick pass: nothing to report, or on to the exact walk
    static constexpr std::int8_t kByLength[$LENGTHS] = {$TABLE};
    static constexpr char kNames[$COUNT][$WIDTH] = {$NAMES};
    std::uint32_t pos[$COUNT];
    for (std::uint32_t& p : pos) p = at;  // an absent member's test reads the '{'
$ORDER_DECLARED    std::uint64_t present = 0;
    bool odd = false;
    for (std::uint32_t k = at + 1, end = t.End(at) - 1; k < end; k = t.After(k + 1)) {
      std::string_view name = t.String(k);
      int m = name.size() < $LENGTHS ? kByLength[name.size()] : -1;
      if (m < 0 || !SameQuickName<$WIDTH>(name, kNames[m]) || ((present >> m) & 1)) {
        odd = true;
        break;
      }
      present |= std::uint64_t{1} << m;
      pos[m] = k + 1;
$ORDER_KEPT    }
    if (!odd && (present & $REQUIRED) == $REQUIRED) {
      bool ok = true;
)",
                  values);
    EmitSettledTests(node, in_order, out);
    out += "      if (ok) {\n";
    if (in_order != 0) EmitInOrder(node, in_order, out);
    out +=
        "        return;\n"
        "      }\n"
        "    }\n"
        "  }\n";
  }

  // The template's placeholders replaced by their values.
  static std::string Filled(std::string text, const std::map<std::string, std::string>& values) {
    for (const auto& [placeholder, value] : values) {
      for (std::size_t at = text.find(placeholder); at != std::string::npos;
           at = text.find(placeholder, at + value.size())) {
        text.replace(at, placeholder.size(), value);
      }
    }
    return text;
  }

  // Every settled member's test (those not walked in order), masked by whether the member is
  // there.
  void EmitSettledTests(const Node& node, std::uint64_t in_order, std::string& out) const {
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      if ((in_order >> i) & 1) continue;
      const Slot& slot = node.members[i].slot;
      std::string test = FastTest(slot, MemberSlot(i), "pos[" + std::to_string(i) + "]");
      // A test that calls an acceptor runs only for a member that is there; the others are
      // cheap enough to run on the '{' for an absent one, and masked.
      const Node& value = program_.nodes[slot.node];
      if (value.type == ShapeType::kString && !slot.checks.empty()) {
        out += "      if (present & " + Bit(i) + ") ok = ok && (" + test + ");\n";
      } else {
        out += "      ok &= ((present & " + Bit(i) + ") == 0) | (" + test + ");\n";
      }
    }
  }

  // The members the quick pass does not settle, walked in document order as the exact walk
  // walks them.
  void EmitInOrder(const Node& node, std::uint64_t in_order, std::string& out) {
    out +=
        "        for (std::size_t i = 0; i < ordered; ++i) {\n"
        "          std::uint32_t v = pos[order[i]];\n"
        "          std::string_view name = t.String(v - 1);\n"
        "          switch (order[i]) {\n";
    for (std::size_t i = 0; i < node.members.size(); ++i) {
      if (((in_order >> i) & 1) == 0) continue;
      out += "            case " + std::to_string(i) + ":\n";
      EmitMemberValue(node, i, "              ", out);
      out += "              break;\n";
    }
    out +=
        "            default:\n"
        "              break;\n"
        "          }\n"
        "          if (c.out.done()) return;\n"
        "        }\n";
  }

  void EmitList(const Node& node, std::string& out) {
    out +=
        "  std::size_t index = 0;\n"
        "  for (std::uint32_t v = at + 1, end = t.End(at) - 1; v < end; v = t.After(v), ++index) "
        "{\n";
    EmitSlot(node.item, "node.item", "v", "depth + 1", "c.out.PushIndex(index)", "    ", out);
    out +=
        "    if (c.out.done()) return;\n"
        "  }\n";
  }

  void EmitMap(const Node& node, std::string& out) {
    const Node& key_node = program_.nodes[node.key.node];
    out +=
        "  TapeKeys keys(c, at);\n"
        "  for (std::uint32_t k = at + 1, end = t.End(at) - 1; k < end; k = t.After(k + 1)) {\n"
        "    std::string_view key = t.String(k);\n"
        "    std::uint32_t v = k + 1;\n"
        "    if (keys.Repeats(t, k, key)) {\n"
        "      c.out.Duplicate(key);\n"
        "      if (c.out.done()) return;\n"
        "      continue;\n"
        "    }\n";
    std::string check_key =
        "c.out.PushKey(key);\n      c.walker.CheckMapKey(node, key);\n      c.out.Pop();\n";
    if (key_node.type == ShapeType::kString && node.key.accept) {
      out += "    if (!node.key.accept->Accepts<true>(key)) {\n      " + check_key + "    }\n";
    } else if (key_node.type != ShapeType::kString || !node.key.checks.empty()) {
      out += "    {\n      " + check_key + "    }\n";
    }
    out += "    if (!c.out.done()) {\n";
    EmitSlot(node.value, "node.value", "v", "depth + 1", "c.out.PushKey(key)", "      ", out);
    out +=
        "    }\n"
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
  WalkSource& source_;
  // By node number: its function's name once defined; whether its body is being written;
  // whether it was reached again meanwhile.
  std::vector<std::string> names_;
  std::vector<bool> open_, reentered_;
};

}  // namespace

void WalkSource::Add(const Program& program, const Slot& root, const ShapeGraph& graph,
                     const std::string& entry, const std::string& about) {
  std::string body = WalkEmitter(program, graph, entry, *this).EntryBody(root);
  std::string signature = "void " + entry + "(CompiledContext& c, std::uint32_t at)";
  entries_ += "// " + about + "\n" + signature + ";\n" + signature + " {\n" + body + "}\n\n";
}

std::string WalkSource::Define(const std::string& body, std::string name,
                               const std::string& shape) {
  if (name.empty()) {
    auto found = by_body_.find(body);
    if (found != by_body_.end()) return found->second;
    name = "Walk" + std::to_string(functions_);
  }
  by_body_.emplace(body, name);
  ++functions_;
  std::string signature = "void " + name + kNodeParameters;
  declarations_ += signature + ";\n";
  definitions_ += "// first written for " + (shape.empty() ? "an unnamed shape" : shape) + "\n" +
                  signature + " {\n" + body + "}\n\n";
  return name;
}

std::string WalkSource::Text() const {
  return "namespace {\n\n" + declarations_ + "\n" + definitions_ + "}  // namespace\n\n" + entries_;
}

}  // namespace shapeguard::codegen
