// The walker's view of a DocumentSource: each question is one virtual call to the source.
#ifndef SHAPEGUARD_DOCUMENT_SOURCE_ADAPTER_H_
#define SHAPEGUARD_DOCUMENT_SOURCE_ADAPTER_H_

#include <optional>
#include <string_view>

#include "checks/check.h"
#include "shapeguard/document_source.h"

namespace shapeguard::internal {

struct DocumentSourceAdapter {
  struct Value {
    const DocumentSource* source;
    DocumentSource::Node node;
  };
  // The interface says an object holds each name once (Python dicts, maps).
  static constexpr bool kMayRepeatKeys = false;
  // Sources hand over bytes as they hold them.
  static constexpr bool kMayHoldIllFormedUtf8 = true;
  // Native values: bytes, streams, types no shape takes (StringForm).
  static constexpr bool kMayHoldNonText = true;
  // Strings come from the caller's objects: nothing past their end may be read.
  static constexpr bool kStringsPadded = false;

  static JsonKind Kind(Value v) { return static_cast<JsonKind>(v.source->Kind(v.node)); }
  static std::string_view String(Value v) { return v.source->String(v.node); }
  static StringForm Form(Value v) { return v.source->Form(v.node); }
  static Number GetNumber(Value v) {
    DocumentNumber n = v.source->Number(v.node);
    switch (n.type) {
      case DocumentNumber::Type::kInt:
        return Number::Int(n.int_value);
      case DocumentNumber::Type::kUint:
        return Number::Uint(n.uint_value);
      case DocumentNumber::Type::kDouble:
        break;
    }
    return Number::Double(n.double_value);
  }
  static bool GetBool(Value v) { return v.source->Bool(v.node); }
  static std::size_t Size(Value v) { return v.source->Size(v.node); }
  static std::optional<Value> Find(Value v, std::string_view name) {
    std::optional<DocumentSource::Node> found = v.source->Find(v.node, name);
    if (!found) return std::nullopt;
    return Value{v.source, *found};
  }
  template <class F>
  static void ForEachMember(Value v, F f) {
    Forward<DocumentSource::MemberVisitor, std::string_view, F> visitor(v.source, f);
    v.source->ForEachMember(v.node, visitor);
  }
  template <class F>
  static void ForEachItem(Value v, F f) {
    Forward<DocumentSource::ItemVisitor, std::size_t, F> visitor(v.source, f);
    v.source->ForEachItem(v.node, visitor);
  }

 private:
  // A source's visitor that hands each (key, node) to the walker's callback as a Value.
  template <class Visitor, class Key, class F>
  struct Forward final : Visitor {
    Forward(const DocumentSource* source, F& f) : source(source), f(f) {}
    bool Visit(Key key, DocumentSource::Node value) override {
      return f(key, Value{source, value});
    }
    const DocumentSource* source;
    F& f;
  };
};

// The two enums must agree value for value: Kind() casts one into the other.
constexpr bool SameKind(DocumentKind a, JsonKind b) {
  return static_cast<int>(a) == static_cast<int>(b);
}
static_assert(SameKind(DocumentKind::kNull, JsonKind::kNull) &&
              SameKind(DocumentKind::kBool, JsonKind::kBool) &&
              SameKind(DocumentKind::kNumber, JsonKind::kNumber) &&
              SameKind(DocumentKind::kString, JsonKind::kString) &&
              SameKind(DocumentKind::kArray, JsonKind::kArray) &&
              SameKind(DocumentKind::kObject, JsonKind::kObject));

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_DOCUMENT_SOURCE_ADAPTER_H_
