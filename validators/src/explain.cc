#include "shapeguard/explain.h"

#include <set>
#include <sstream>

#include "program.h"
#include "schema_internals.h"

namespace shapeguard {
namespace internal {
namespace {

class Explainer {
 public:
  explicit Explainer(const Program& program) : program_(program) {}

  std::string Run(const Schema& schema) {
    Header(schema);
    const Slot& root = RootOf(schema);
    const Node& node = program_.nodes[root.node];
    out_ << "\n"
         << (node.shape.empty() ? "(no members: the document is {})" : node.shape) << " ("
         << ShapeTypeName(node.type) << ")\n";
    Rules(root, 1);
    Children(root.node, "", 1);
    return out_.str();
  }

 private:
  void Header(const Schema& schema) {
    out_ << schema.qualified_name() << " " << DirectionName(schema.direction()) << "\n";
    const auto& operations = program_.model->document().at("operations");
    auto op = operations.find(schema.operation());
    if (op == operations.end()) return;
    auto http = op->find("http");
    if (http == op->end()) return;
    out_ << "  " << http->value("method", "?") << " " << http->value("requestUri", "?");
    if (schema.direction() == Direction::kOutput) {
      out_ << " -> " << (http->contains("responseCode") ? http->at("responseCode").dump() : "200");
    }
    out_ << "\n";
  }

  void Rules(const Slot& slot, int depth) {
    for (const auto& check : slot.checks) {
      Indent(depth + 1);
      out_ << "- " << check->kind() << ": " << check->Describe() << "  [" << check->source()
           << "]\n";
      for (const std::string& line : check->Details()) {
        Indent(depth + 2);
        out_ << line << "\n";
      }
    }
  }

  void Position(const std::string& label, const Slot& slot, const std::string& traits,
                const std::string& pointer, int depth) {
    const Node& node = program_.nodes[slot.node];
    Indent(depth);
    out_ << label << "  " << node.shape << " (" << ShapeTypeName(node.type) << ")" << traits
         << ShapeTraits(node) << "\n";
    Rules(slot, depth);
    Children(slot.node, pointer, depth + 1);
  }

  void Children(NodeId id, const std::string& pointer, int depth) {
    const Node& node = program_.nodes[id];
    bool container = node.type == ShapeType::kStructure || node.type == ShapeType::kList ||
                     node.type == ShapeType::kMap;
    if (!container) return;
    if (auto seen = printed_.find(id); seen != printed_.end()) {
      Indent(depth);
      out_ << "(as above at " << (seen->second.empty() ? "the top" : seen->second) << ")\n";
      return;
    }
    printed_.emplace(id, pointer);
    switch (node.type) {
      case ShapeType::kStructure:
        if (node.is_union) {
          Indent(depth);
          out_ << "(a union: exactly one member)\n";
        }
        for (const Member& m : node.members) {
          Position(m.name, m.slot, Traits(m), pointer + "/" + m.name, depth);
        }
        break;
      case ShapeType::kList:
        Position("[items]", node.item, node.item.nullable ? ", null allowed" : "", pointer + "/0",
                 depth);
        break;
      default:
        Position("{keys}", node.key, "", pointer + "/{key}", depth);
        Position("{values}", node.value, node.value.nullable ? ", null allowed" : "",
                 pointer + "/{key}", depth);
        break;
    }
  }

  // What the parameter form does with streams, on a shape or a member.
  static std::string StreamTraits(bool eventstream, bool streaming, bool requires_length) {
    std::string traits;
    if (eventstream) {
      traits += ", event stream (not validated: the parameter form holds an iterator of events)";
    } else if (streaming) {
      traits +=
          ", streaming (validated as bytes or text when given whole; a file or stream "
          "object is not read)";
    }
    if (requires_length) traits += ", its length must be known before sending";
    return traits;
  }

  // The shape's traits, where they matter to a user.
  static std::string ShapeTraits(const Node& node) {
    std::string traits = StreamTraits(node.eventstream, node.streaming, node.requires_length);
    if (node.sensitive) traits += ", sensitive (messages never show its value)";
    return traits;
  }

  static std::string Traits(const Member& m) {
    std::string traits = m.required ? ", required" : "";
    if (m.idempotency_token) traits += ", idempotency token (SDKs fill it in when absent)";
    if (m.host_label) traits += ", host label (also part of the endpoint's host name)";
    traits += StreamTraits(false, m.streaming, m.requires_length);
    if (!m.location.empty()) {
      traits += ", in " + m.location +
                (m.location == "uri" ? " {" + m.wire_name + "}" : " " + m.wire_name);
    } else if (m.wire_name != m.name) {
      traits += ", JSON key " + m.wire_name;
    }
    return traits;
  }

  void Indent(int depth) { out_ << std::string(2 * depth, ' '); }

  const Program& program_;
  std::ostringstream out_;
  std::map<NodeId, std::string> printed_;
};

}  // namespace
}  // namespace internal

std::string Explain(const Schema& schema) {
  return internal::Explainer(internal::ProgramOf(schema)).Run(schema);
}

}  // namespace shapeguard
