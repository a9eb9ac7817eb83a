// A Python value (a boto3 call's parameters: dicts, lists, str, int, float, bool, None,
// bytes, datetime, files) as a DocumentSource. It is read once, with the GIL held, into an
// index that the validator then walks with the GIL released. Strings are not copied: the
// index points into CPython's own UTF-8 and bytes buffers, and holds a reference to each
// object it points into, so another thread changing the dicts cannot pull them away.
#ifndef SHAPEGUARD_PYTHON_PYTHON_DOCUMENT_H_
#define SHAPEGUARD_PYTHON_PYTHON_DOCUMENT_H_

#include <pybind11/pybind11.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/document_source.h"

namespace shapeguard::python {

class PythonDocument final : public DocumentSource {
 public:
  // Reads `root`; the GIL must be held, and must be held again when the document is
  // destroyed. Containers deeper than `max_depth` + 1 are read as empty: the validator
  // refuses them before looking inside, and a list holding itself stays finite.
  PythonDocument(pybind11::handle root, std::size_t max_depth);

  Node root() const { return entries_.data(); }

  DocumentKind Kind(Node value) const override { return At(value).kind; }
  std::string_view String(Node value) const override { return At(value).text; }
  StringForm Form(Node value) const override { return At(value).form; }
  DocumentNumber Number(Node value) const override { return At(value).number; }
  bool Bool(Node value) const override { return At(value).boolean; }
  std::size_t Size(Node value) const override { return At(value).count; }
  std::optional<Node> Find(Node object, std::string_view name) const override;
  void ForEachMember(Node object, MemberVisitor& visit) const override;
  void ForEachItem(Node array, ItemVisitor& visit) const override;

 private:
  // One value. A container's children are `count` consecutive members_ (an object) or
  // items_ (an array) from `first`.
  struct Entry {
    DocumentKind kind = DocumentKind::kNull;
    StringForm form = StringForm::kText;
    bool boolean = false;
    std::uint32_t first = 0;
    std::uint32_t count = 0;
    std::string_view text;
    DocumentNumber number;
  };
  struct Member {
    std::string_view name;
    std::uint32_t value;  // an index into entries_
  };

  static const Entry& At(Node value) { return *static_cast<const Entry*>(value); }

  std::uint32_t Read(pybind11::handle value, std::size_t depth);
  void ReadScalar(pybind11::handle value, Entry& entry);
  void ReadObject(pybind11::handle dict, std::size_t depth, std::uint32_t index);
  void ReadArray(pybind11::handle sequence, std::size_t depth, std::uint32_t index);
  // The UTF-8 of a str, kept alive by the document (ill-formed where the str holds lone
  // surrogates: the validator reports those).
  std::string_view Utf8(pybind11::handle text);
  std::string_view Keep(pybind11::object object, std::string_view view);
  std::string_view Own(std::string text);

  std::size_t max_depth_;
  std::vector<Entry> entries_;
  std::vector<Member> members_;
  std::vector<std::uint32_t> items_;
  std::vector<pybind11::object> held_;  // the objects whose buffers the index points into
  std::deque<std::string> owned_;       // text made here (datetimes, key names)
};

}  // namespace shapeguard::python

#endif  // SHAPEGUARD_PYTHON_PYTHON_DOCUMENT_H_
