// Documents the validator reads through callbacks: values held in neither JSON text nor
// nlohmann::json (a Python object's dicts and lists, say) are validated where they are, with
// nothing copied. A source implements the eight questions below for its own handles; the
// walk asks them as it goes, exactly as it reads parsed JSON, so every rule and every
// diagnostic is the same.
#ifndef SHAPEGUARD_DOCUMENT_SOURCE_H_
#define SHAPEGUARD_DOCUMENT_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace shapeguard {

// What one value is, in JSON's terms.
enum class DocumentKind : std::uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

// What a kString value holds. JSON has only text; a source of native values (a Python
// object, say) also holds bytes, streams and values JSON has no form for, which only a blob
// takes or nothing does.
enum class StringForm : std::uint8_t {
  kText,     // text, checked as a string (the only form JSON sources have)
  kBytes,    // raw bytes: a blob's value, any bytes; a type error anywhere else
  kStream,   // a file or stream: a blob whose bytes are not read, so nothing is checked
  kForeign,  // a value of a type no shape takes; String() names the type, for the message
};

// A number as the source holds it: a signed or an unsigned 64-bit integer, or a double.
struct DocumentNumber {
  enum class Type : std::uint8_t { kInt, kUint, kDouble };
  Type type = Type::kInt;
  std::int64_t int_value = 0;    // kInt
  std::uint64_t uint_value = 0;  // kUint
  double double_value = 0;       // kDouble
};

class DocumentSource {
 public:
  // The source's handle of one value (a pointer to its node, a PyObject*, ...).
  using Node = const void*;

  // Called for each member of an object; returns false to stop.
  class MemberVisitor {
   public:
    virtual bool Visit(std::string_view name, Node value) = 0;

   protected:
    ~MemberVisitor() = default;
  };
  // Called for each item of an array, in order; returns false to stop.
  class ItemVisitor {
   public:
    virtual bool Visit(std::size_t index, Node value) = 0;

   protected:
    ~ItemVisitor() = default;
  };

  virtual ~DocumentSource() = default;

  virtual DocumentKind Kind(Node value) const = 0;
  // kString: its bytes, valid until the validation returns (they may be ill-formed UTF-8:
  // the validator reports that).
  virtual std::string_view String(Node value) const = 0;
  // kString: what the value holds. Only sources of native values override it.
  virtual StringForm Form(Node value) const { return StringForm::kText; }
  virtual DocumentNumber Number(Node value) const = 0;  // kNumber
  virtual bool Bool(Node value) const = 0;              // kBool
  virtual std::size_t Size(Node value) const = 0;       // kArray, kObject
  // kObject: the member of this name. An object holds each name once.
  virtual std::optional<Node> Find(Node object, std::string_view name) const = 0;
  virtual void ForEachMember(Node object, MemberVisitor& visit) const = 0;  // kObject
  virtual void ForEachItem(Node array, ItemVisitor& visit) const = 0;       // kArray
};

}  // namespace shapeguard

#endif  // SHAPEGUARD_DOCUMENT_SOURCE_H_
