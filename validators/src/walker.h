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
//   static constexpr bool kMayRepeatKeys;  // can an object hold a member name twice?
//   static constexpr bool kMayHoldIllFormedUtf8;  // can strings be ill-formed UTF-8?
//   static constexpr bool kStringsPadded;  // readable bytes past each string (kReadPast)?
//   static constexpr bool kMayHoldNonText;  // strings of another StringForm? Then also:
//   static StringForm Form(Value);                // kString
// The callbacks return false to stop the iteration. Where objects may repeat a name, the
// first occurrence is walked and each repeat is reported ("duplicate"), also inside values
// the walk does not enter (unknown members, mistyped values), so every object of the
// document is looked at once.
#ifndef SHAPEGUARD_WALKER_H_
#define SHAPEGUARD_WALKER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "collector.h"
#include "name_index.h"
#include "program.h"
#include "shapeguard/utf8.h"
#include "value_types.h"

namespace shapeguard::internal {

// Buffers a walk reuses, so validating a valid document allocates nothing once they have
// grown. One per thread (they are not shared).
struct WalkScratch {
  Collector::Buffers collector;
  std::vector<std::uint8_t> seen;
  std::vector<std::string_view> names;
};

template <class Adapter>
class Walker {
 public:
  using Value = typename Adapter::Value;

  Walker(const Program& program, Collector& out, std::size_t max_depth, WalkScratch& scratch)
      : program_(program),
        out_(out),
        max_depth_(max_depth),
        seen_(scratch.seen),
        names_(scratch.names) {
    seen_.clear();
    names_.clear();
  }

  void Walk(const Slot& slot, Value value, std::size_t depth) {
    const Node& node = program_.nodes[slot.node];
    JsonKind kind = Adapter::Kind(value);
    if constexpr (Adapter::kMayHoldNonText) {
      if (kind == JsonKind::kString) {
        StringForm form = Adapter::Form(value);
        if (form != StringForm::kText) return WalkNonText(slot, node, value, form);
      }
    }
    if (kind == JsonKind::kString && IllFormed(Adapter::String(value))) {
      // No rule applies to bytes that are not text: a length would count garbage.
      out_.StructuralError(Code::kEncoding, "the string is not well-formed UTF-8");
      return;
    }
    // The common cases first, without building a full view: a string where a string
    // belongs, an object where a structure or map belongs.
    if (kind == JsonKind::kString && node.type == ShapeType::kString) {
      if (slot.checks.empty()) return;
      ValueView view;
      view.kind = kind;
      view.text = Adapter::String(value);
      view.sensitive = Sensitive(node);
      if (slot.accept && slot.accept->Accepts<Adapter::kStringsPadded>(view.text)) return;
      RunChecks(slot, view);
      return;
    }
    if (kind == JsonKind::kObject && slot.checks.empty() && depth <= max_depth_) {
      if (node.type == ShapeType::kStructure) return WalkStructure(node, value, depth);
      if (node.type == ShapeType::kMap) return WalkMap(node, value, depth);
    }
    if (slot.checks.empty() && FitsTrivially(node.type, kind, value)) return;
    WalkValue(slot, node, value, depth);
  }

  // The pieces of a structure's and a map's walk, shared with the code compiled for the
  // built-in operations (compiled_walk.h), which walks the common cases itself and leaves
  // everything else to these, so both report alike.
  class Names;
  // A set of names met in one object, made where it is first needed (most structures have
  // no unknown member).
  void StartNames(std::optional<Names>& names, std::size_t expected) {
    names.emplace(names_, expected);
  }

  // A member the structure does not declare, at the current pointer: reported, and its value
  // (at value_depth) scanned for repeated names.
  void ReportUnknown(const Node& node, std::string_view name, Value value,
                     std::size_t value_depth) {
    out_.StructuralError(Code::kUnknown, UnknownMemberMessage(node, name));
    ScanForRepeats(value, value_depth);
  }

  // Reports each required member of the structure that is_set(index) says is absent, in the
  // model's order, until the error limit.
  template <class IsSet>
  void ReportMissing(const Node& node, IsSet is_set) {
    for (std::uint32_t i : node.required) {
      if (out_.done()) return;
      if (!is_set(i)) {
        out_.StructuralError(Code::kRequired,
                             "missing required member \"" + node.members[i].name + "\"",
                             node.members[i].name);
      }
    }
  }

  // A union must have exactly one member that is not null.
  void CheckUnion(const Node& node, std::size_t set_members) {
    if (node.is_union && set_members != 1 && !out_.done()) {
      out_.StructuralError(Code::kUnion, "union " + node.shape +
                                             " must have exactly one member "
                                             "set, has " +
                                             std::to_string(set_members));
    }
  }

  // A map's key, at the current pointer. JSON keys are strings: a map keyed by another type
  // is a type error per key.
  void CheckMapKey(const Node& map, std::string_view key) {
    const Node& key_node = program_.nodes[map.key.node];
    if (map.key.accept && map.key.accept->Accepts<Adapter::kStringsPadded>(key)) return;
    if (key_node.type == ShapeType::kString && map.key.checks.empty()) return;
    ValueView key_view;
    key_view.kind = JsonKind::kString;
    key_view.text = key;
    key_view.is_map_key = true;
    key_view.sensitive = Sensitive(key_node);
    if (key_node.type == ShapeType::kString || CheckValueType(key_node, key_view, out_)) {
      RunChecks(map.key, key_view);
    }
  }

 private:
  // A boolean or number that the type check could only accept: a boolean for a boolean,
  // any number for a double, an integer of 32 bits for an integer, of 64 for a long. Most
  // of them have no rules of their own, and are settled without building a view.
  static bool FitsTrivially(ShapeType type, JsonKind kind, Value value) {
    switch (type) {
      case ShapeType::kBoolean:
        return kind == JsonKind::kBool;
      case ShapeType::kDouble:
        return kind == JsonKind::kNumber;
      case ShapeType::kInteger:
      case ShapeType::kLong: {
        if (kind != JsonKind::kNumber) return false;
        Number n = Adapter::GetNumber(value);
        return n.repr == Number::Repr::kInt &&
               (type == ShapeType::kLong || (n.i >= INT32_MIN && n.i <= INT32_MAX));
      }
      default:
        return false;
    }
  }

  // Bytes, a stream or a foreign value (StringForm): only a blob takes the first two, and
  // a stream's bytes are not there to check.
  void WalkNonText(const Slot& slot, const Node& node, Value value, StringForm form) {
    if (node.type == ShapeType::kBlob && form == StringForm::kStream) return;
    if (node.type == ShapeType::kBlob && form == StringForm::kBytes) {
      ValueView view;
      view.kind = JsonKind::kString;
      view.text = Adapter::String(value);
      view.binary = true;
      view.sensitive = Sensitive(node);
      RunChecks(slot, view);
      return;
    }
    ReportNonTextType(node, form, Adapter::String(value), out_);
  }

  // Every other value: its type checked against the node's, then its checks and children.
  void WalkValue(const Slot& slot, const Node& node, Value value, std::size_t depth) {
    ValueView view = ViewOf(value);
    view.sensitive = Sensitive(node);
    if constexpr (Adapter::kMayRepeatKeys) {
      if (view.kind == JsonKind::kObject) view.size = DistinctMembers(value);
    }
    if (view.kind == JsonKind::kNull && slot.nullable) return;
    if (!CheckValueType(node, view, out_) || node.type == ShapeType::kDocument) {
      ScanForRepeats(value, depth);
      return;
    }
    if (depth > max_depth_ && IsContainer(view.kind)) {
      out_.StructuralError(Code::kDepth, "nested deeper than the limit of " +
                                             std::to_string(max_depth_) + " levels");
      return;
    }
    ObjectView object(value);
    if (view.kind == JsonKind::kObject) view.object = &object;
    RunChecks(slot, view);
    switch (node.type) {
      case ShapeType::kStructure:
        return WalkStructure(node, value, depth);
      case ShapeType::kList:
        return WalkList(node, value, depth);
      case ShapeType::kMap:
        return WalkMap(node, value, depth);
      default:
        return;
    }
  }

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
      // Not text: the member's own walk reports it.
      if (IllFormed(Adapter::String(*member))) return std::nullopt;
      return Adapter::String(*member);
    }

   private:
    Value value_;
  };

  // Only representations built without a parser (a nlohmann::json made in code) can hold
  // ill-formed UTF-8; the others skip the scan.
  static bool IllFormed(std::string_view text) {
    if constexpr (!Adapter::kMayHoldIllFormedUtf8) return false;
    return !IsValidUtf8(text);
  }

  // A name that is not text cannot go into a JSON Pointer: reported at its object, and the
  // member skipped.
  bool ReportIllFormedName() {
    out_.StructuralError(Code::kEncoding, "a member name is not well-formed UTF-8");
    return !out_.done();
  }

  static bool IsContainer(JsonKind kind) {
    return kind == JsonKind::kObject || kind == JsonKind::kArray;
  }

  static ValueView ViewOf(Value value) {
    ValueView view;
    view.kind = Adapter::Kind(value);
    switch (view.kind) {
      case JsonKind::kString:
        view.text = Adapter::String(value);
        break;
      case JsonKind::kNumber:
        view.number = Adapter::GetNumber(value);
        break;
      case JsonKind::kBool:
        view.boolean = Adapter::GetBool(value);
        break;
      case JsonKind::kArray:
      case JsonKind::kObject:
        view.size = Adapter::Size(value);
        break;
      case JsonKind::kNull:
        break;
    }
    return view;
  }

  void RunChecks(const Slot& slot, const ValueView& view) {
    for (const auto& check : slot.checks) {
      if (out_.done()) return;
      check->Apply(view, out_);
    }
  }

  // Counts the sensitive containers the walk is inside, for as long as it is: every value
  // within a sensitive map, list or structure is sensitive too.
  class SensitiveScope {
   public:
    SensitiveScope(std::size_t& depth, bool sensitive) : depth_(depth), sensitive_(sensitive) {
      depth_ += sensitive_;
    }
    ~SensitiveScope() { depth_ -= sensitive_; }
    SensitiveScope(const SensitiveScope&) = delete;
    SensitiveScope& operator=(const SensitiveScope&) = delete;

   private:
    std::size_t& depth_;
    bool sensitive_;
  };

  bool Sensitive(const Node& node) const { return node.sensitive || sensitive_depth_ > 0; }

  void WalkStructure(const Node& node, Value value, std::size_t depth) {
    SensitiveScope sensitive(sensitive_depth_, node.sensitive);
    // One flag per declared member, kept on a shared stack so a walk does not allocate per
    // structure once the stack has grown.
    std::size_t base = seen_.size();
    seen_.resize(base + node.members.size(), 0);
    std::size_t set_members = 0;
    Names unknown(names_, 0);
    Adapter::ForEachMember(value, [&](std::string_view name, Value member_value) {
      if (IllFormed(name)) return ReportIllFormedName();
      const Member* member = node.FindMember(name);
      if (!member) {
        if (unknown.Repeats(name)) {
          out_.Duplicate(name);
          return !out_.done();
        }
        out_.PushKey(name);
        ReportUnknown(node, name, member_value, depth + 1);
      } else {
        std::uint8_t& seen = seen_[base + static_cast<std::size_t>(member - node.members.data())];
        if (Adapter::kMayRepeatKeys && seen) {
          out_.Duplicate(name);
          return !out_.done();
        }
        seen = 1;
        if (Adapter::Kind(member_value) != JsonKind::kNull) ++set_members;
        out_.PushKey(name);
        Walk(member->slot, member_value, depth + 1);
      }
      out_.Pop();
      return !out_.done();
    });
    ReportMissing(node, [&](std::uint32_t i) { return seen_[base + i] != 0; });
    seen_.resize(base);
    CheckUnion(node, set_members);
  }

  void WalkList(const Node& node, Value value, std::size_t depth) {
    SensitiveScope sensitive(sensitive_depth_, node.sensitive);
    Adapter::ForEachItem(value, [&](std::size_t index, Value item) {
      out_.PushIndex(index);
      Walk(node.item, item, depth + 1);
      out_.Pop();
      return !out_.done();
    });
  }

  void WalkMap(const Node& node, Value value, std::size_t depth) {
    SensitiveScope sensitive(sensitive_depth_, node.sensitive);
    Names keys(names_, Adapter::Size(value));
    Adapter::ForEachMember(value, [&](std::string_view key, Value entry) {
      if (IllFormed(key)) return ReportIllFormedName();
      if (keys.Repeats(key)) {
        out_.Duplicate(key);
        return !out_.done();
      }
      out_.PushKey(key);
      CheckMapKey(node, key);
      if (!out_.done()) Walk(node.value, entry, depth + 1);
      out_.Pop();
      return !out_.done();
    });
  }

 public:
  // The names met so far in one object, to tell a repeated name. Small objects use a
  // segment of a stack shared by the walk (no allocation); large ones a hash set, so a
  // hostile object of many members costs linear time, not quadratic.
  class Names {
   public:
    Names(std::vector<std::string_view>& stack, std::size_t expected)
        : stack_(stack), first_(stack.size()) {
      if (Adapter::kMayRepeatKeys && expected > kLinearLimit) {
        big_ = std::make_unique<std::unordered_set<std::string_view>>();
      }
    }
    ~Names() { stack_.resize(first_); }

    // True when name was met before; records it otherwise.
    bool Repeats(std::string_view name) {
      if constexpr (!Adapter::kMayRepeatKeys) return false;
      if (big_) return !big_->insert(name).second;
      // A name whose bit is clear was not met: most names of most objects are settled here,
      // without comparing them to the others.
      std::uint64_t bit = std::uint64_t{1} << (NameHash(name) & 63);
      if (bits_ & bit) {
        for (std::size_t i = first_; i < stack_.size(); ++i) {
          if (stack_[i] == name) return true;
        }
      }
      bits_ |= bit;
      stack_.push_back(name);
      if (stack_.size() - first_ > kLinearLimit) {
        big_ = std::make_unique<std::unordered_set<std::string_view>>(
            stack_.begin() + static_cast<std::ptrdiff_t>(first_), stack_.end());
      }
      return false;
    }

   private:
    static constexpr std::size_t kLinearLimit = 32;

    std::vector<std::string_view>& stack_;
    std::size_t first_;
    std::uint64_t bits_ = 0;  // bit NameHash(name) % 64 set for every name recorded
    // Allocated only for objects of many names. (A std::optional here set off g++ 12's
    // -Wmaybe-uninitialized inside the hash table once more of the walk was inlined.)
    std::unique_ptr<std::unordered_set<std::string_view>> big_;
  };

 private:
  // The entries of an object as the reference path counts them: a repeated name once (only
  // the first occurrence is validated), so size rules give the same verdict on both paths.
  // (Found by the fast_vs_reference fuzzer: an 11-member map with one repeat broke a
  // 10-entry limit on the fast path only.)
  std::size_t DistinctMembers(Value value) {
    Names names(names_, Adapter::Size(value));
    std::size_t count = 0;
    Adapter::ForEachMember(value, [&](std::string_view key, Value) {
      if (!names.Repeats(key)) ++count;
      return true;
    });
    return count;
  }

  // Reports repeated member names inside a value the walk does not enter.
  void ScanForRepeats(Value value, std::size_t depth) {
    if constexpr (!Adapter::kMayRepeatKeys) return;
    JsonKind kind = Adapter::Kind(value);
    if (kind == JsonKind::kArray) {
      Adapter::ForEachItem(value, [&](std::size_t index, Value item) {
        out_.PushIndex(index);
        ScanForRepeats(item, depth + 1);
        out_.Pop();
        return !out_.done();
      });
    } else if (kind == JsonKind::kObject) {
      Names keys(names_, Adapter::Size(value));
      Adapter::ForEachMember(value, [&](std::string_view key, Value member) {
        if (keys.Repeats(key)) {
          out_.Duplicate(key);
        } else {
          out_.PushKey(key);
          ScanForRepeats(member, depth + 1);
          out_.Pop();
        }
        return !out_.done();
      });
    }
  }

  const Program& program_;
  Collector& out_;
  std::size_t max_depth_;
  std::vector<std::uint8_t>& seen_;
  std::size_t sensitive_depth_ = 0;  // see SensitiveScope
  // Names met so far in the objects being walked (unknown members, map keys), a stack of
  // one segment per open object.
  std::vector<std::string_view>& names_;
};

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_WALKER_H_
