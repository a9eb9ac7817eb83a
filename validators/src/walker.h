// The validation walk, written once for every JSON representation. An Adapter gives
// read-only access to one representation (nlohmann::json here; others plug in the same
// way), so every path validates with the same rules and reports the same diagnostics.
//
// An Adapter provides, for its `Value` type (a cheap handle):
//   static JsonKind Kind(Value);
//   static std::string_view String(Value);       // kString
//   static Number GetNumber(Value);              // kNumber
//   static bool GetBool(Value);                  // kBool
//   static std::size_t Size(Value);              // kArray, kObject
//   static std::optional<Value> Find(Value, std::string_view);   // kObject
//   template <class F> static void ForEachMember(Value, F);      // F(string_view, Value) -> bool
//   template <class F> static void ForEachItem(Value, F);        // F(size_t, Value) -> bool
// The callbacks return false to stop the iteration.
#ifndef SHAPEGUARD_WALKER_H_
#define SHAPEGUARD_WALKER_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "collector.h"
#include "program.h"
#include "value_types.h"

namespace shapeguard::internal {

template <class Adapter>
class Walker {
 public:
  using Value = typename Adapter::Value;

  Walker(const Program& program, Collector& out, std::size_t max_depth)
      : program_(program), out_(out), max_depth_(max_depth) {}

  void Walk(const Slot& slot, Value value, std::size_t depth) {
    const Node& node = program_.nodes[slot.node];
    ValueView view = ViewOf(value);
    if (view.kind == JsonKind::kNull && slot.nullable) return;
    if (!CheckValueType(node, view, out_)) return;
    if (depth > max_depth_ && IsContainer(view.kind)) {
      out_.StructuralError(Code::kDepth, "nested deeper than the limit of " +
                                             std::to_string(max_depth_) + " levels");
      return;
    }
    ObjectView object(value);
    if (view.kind == JsonKind::kObject) view.object = &object;
    RunChecks(slot, view);
    switch (node.type) {
      case ShapeType::kStructure: return WalkStructure(node, value, depth);
      case ShapeType::kList: return WalkList(node, value, depth);
      case ShapeType::kMap: return WalkMap(node, value, depth);
      default: return;
    }
  }

 private:
  // The object access checkers use on structures (a patch operation's members).
  class ObjectView : public ObjectAccess {
   public:
    explicit ObjectView(Value value) : value_(value) {}
    bool HasMember(std::string_view name) const override {
      return Adapter::Find(value_, name).has_value();
    }
    std::optional<std::string_view> StringMember(std::string_view name) const override {
      auto member = Adapter::Find(value_, name);
      if (!member || Adapter::Kind(*member) != JsonKind::kString) return std::nullopt;
      return Adapter::String(*member);
    }

   private:
    Value value_;
  };

  static bool IsContainer(JsonKind kind) {
    return kind == JsonKind::kObject || kind == JsonKind::kArray;
  }

  static ValueView ViewOf(Value value) {
    ValueView view;
    view.kind = Adapter::Kind(value);
    switch (view.kind) {
      case JsonKind::kString: view.text = Adapter::String(value); break;
      case JsonKind::kNumber: view.number = Adapter::GetNumber(value); break;
      case JsonKind::kBool: view.boolean = Adapter::GetBool(value); break;
      case JsonKind::kArray:
      case JsonKind::kObject: view.size = Adapter::Size(value); break;
      case JsonKind::kNull: break;
    }
    return view;
  }

  void RunChecks(const Slot& slot, const ValueView& view) {
    for (const auto& check : slot.checks) {
      if (out_.done()) return;
      check->Apply(view, out_);
    }
  }

  void WalkStructure(const Node& node, Value value, std::size_t depth) {
    // One flag per declared member, kept on a shared stack so a walk does not allocate per
    // structure once the stack has grown.
    std::size_t base = seen_.size();
    seen_.resize(base + node.members.size(), 0);
    std::size_t set_members = 0;
    Adapter::ForEachMember(value, [&](std::string_view name, Value member_value) {
      const Member* member = node.FindMember(name);
      out_.PushKey(name);
      if (!member) {
        out_.StructuralError(Code::kUnknown, UnknownMemberMessage(node, name));
      } else {
        seen_[base + static_cast<std::size_t>(member - node.members.data())] = 1;
        if (Adapter::Kind(member_value) != JsonKind::kNull) ++set_members;
        Walk(member->slot, member_value, depth + 1);
      }
      out_.Pop();
      return !out_.done();
    });
    for (std::size_t i = 0; i < node.members.size() && !out_.done(); ++i) {
      if (node.members[i].required && !seen_[base + i]) {
        out_.StructuralError(Code::kRequired,
                             "missing required member \"" + node.members[i].name + "\"",
                             node.members[i].name);
      }
    }
    seen_.resize(base);
    if (node.is_union && set_members != 1 && !out_.done()) {
      out_.StructuralError(Code::kUnion, "union " + node.shape + " must have exactly one member "
                                         "set, has " + std::to_string(set_members));
    }
  }

  void WalkList(const Node& node, Value value, std::size_t depth) {
    Adapter::ForEachItem(value, [&](std::size_t index, Value item) {
      out_.PushIndex(index);
      Walk(node.item, item, depth + 1);
      out_.Pop();
      return !out_.done();
    });
  }

  void WalkMap(const Node& node, Value value, std::size_t depth) {
    Adapter::ForEachMember(value, [&](std::string_view key, Value entry) {
      out_.PushKey(key);
      ValueView key_view;
      key_view.kind = JsonKind::kString;
      key_view.text = key;
      key_view.is_map_key = true;
      if (CheckValueType(program_.nodes[node.key.node], key_view, out_)) {
        RunChecks(node.key, key_view);
      }
      if (!out_.done()) Walk(node.value, entry, depth + 1);
      out_.Pop();
      return !out_.done();
    });
  }

  const Program& program_;
  Collector& out_;
  std::size_t max_depth_;
  std::vector<std::uint8_t> seen_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_WALKER_H_
