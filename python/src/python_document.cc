#include "python_document.h"

#include <datetime.h>

#include <climits>
#include <cmath>
#include <cstring>
#include <utility>

namespace py = pybind11;

namespace shapeguard::python {
namespace {

// A file or stream (botocore's StreamingBody, an open file): a streaming blob's body.
bool IsStream(py::handle value) { return py::hasattr(value, "read"); }

// decimal.Decimal: botocore takes one for a float or double.
bool IsDecimal(py::handle value) {
  return std::strcmp(Py_TYPE(value.ptr())->tp_name, "decimal.Decimal") == 0;
}

DocumentNumber IntegerOf(py::handle value) {
  DocumentNumber number;
  int overflow = 0;
  long long signed_value = PyLong_AsLongLongAndOverflow(value.ptr(), &overflow);
  if (overflow == 0) {
    number.type = DocumentNumber::Type::kInt;
    number.int_value = signed_value;
    return number;
  }
  if (overflow > 0) {
    unsigned long long unsigned_value = PyLong_AsUnsignedLongLong(value.ptr());
    if (!PyErr_Occurred()) {
      number.type = DocumentNumber::Type::kUint;
      number.uint_value = unsigned_value;
      return number;
    }
    PyErr_Clear();
  }
  // Beyond 64 bits: as a double, which no integer shape's range holds.
  number.type = DocumentNumber::Type::kDouble;
  number.double_value = PyLong_AsDouble(value.ptr());
  if (PyErr_Occurred()) {
    PyErr_Clear();
    number.double_value = overflow > 0 ? HUGE_VAL : -HUGE_VAL;
  }
  return number;
}

DocumentNumber DoubleOf(double value) {
  DocumentNumber number;
  number.type = DocumentNumber::Type::kDouble;
  number.double_value = value;
  return number;
}

}  // namespace

PythonDocument::PythonDocument(py::handle root, std::size_t max_depth) : max_depth_(max_depth) {
  if (PyDateTimeAPI == nullptr) PyDateTime_IMPORT;
  Read(root, 0);
}

std::uint32_t PythonDocument::Read(py::handle value, std::size_t depth) {
  auto index = static_cast<std::uint32_t>(entries_.size());
  entries_.emplace_back();
  if (PyDict_Check(value.ptr())) {
    ReadObject(value, depth, index);
  } else if (PyList_Check(value.ptr()) || PyTuple_Check(value.ptr())) {
    ReadArray(value, depth, index);
  } else {
    ReadScalar(value, entries_[index]);
  }
  return index;
}

void PythonDocument::ReadScalar(py::handle value, Entry& entry) {
  PyObject* object = value.ptr();
  entry.kind = DocumentKind::kString;
  if (object == Py_None) {
    entry.kind = DocumentKind::kNull;
  } else if (PyBool_Check(object)) {
    entry.kind = DocumentKind::kBool;
    entry.boolean = object == Py_True;
  } else if (PyLong_Check(object)) {
    entry.kind = DocumentKind::kNumber;
    entry.number = IntegerOf(value);
  } else if (PyFloat_Check(object)) {
    entry.kind = DocumentKind::kNumber;
    entry.number = DoubleOf(PyFloat_AS_DOUBLE(object));
  } else if (PyUnicode_Check(object)) {
    entry.text = Utf8(value);
  } else if (PyBytes_Check(object)) {
    entry.form = StringForm::kBytes;
    entry.text =
        Keep(py::reinterpret_borrow<py::object>(value),
             {PyBytes_AS_STRING(object), static_cast<std::size_t>(PyBytes_GET_SIZE(object))});
  } else if (PyByteArray_Check(object) || PyMemoryView_Check(object)) {
    // Copied: another thread may resize a bytearray while the GIL is released.
    entry.form = StringForm::kBytes;
    py::bytes copy(py::reinterpret_steal<py::object>(PyBytes_FromObject(object)));
    entry.text = Keep(copy, {PyBytes_AS_STRING(copy.ptr()),
                             static_cast<std::size_t>(PyBytes_GET_SIZE(copy.ptr()))});
  } else if (PyDateTime_Check(object)) {
    // A naive datetime reads as UTC, as botocore sends it.
    entry.text = Own(std::string(py::str(value.attr("isoformat")())));
  } else if (IsDecimal(value)) {
    entry.kind = DocumentKind::kNumber;
    entry.number = DoubleOf(PyFloat_AsDouble(object));
  } else if (IsStream(value)) {
    entry.form = StringForm::kStream;
  } else {
    entry.form = StringForm::kForeign;
    entry.text = Keep(py::reinterpret_borrow<py::object>(py::type::handle_of(value)),
                      Py_TYPE(object)->tp_name);
  }
}

void PythonDocument::ReadObject(py::handle dict, std::size_t depth, std::uint32_t index) {
  entries_[index].kind = DocumentKind::kObject;
  if (depth > max_depth_) return;
  // The pairs first: reading a value may run Python code (a stream's attributes), and the
  // dict must not change under PyDict_Next.
  std::vector<std::pair<py::object, py::object>> pairs;
  pairs.reserve(static_cast<std::size_t>(PyDict_GET_SIZE(dict.ptr())));
  Py_ssize_t position = 0;
  PyObject* key = nullptr;
  PyObject* value = nullptr;
  while (PyDict_Next(dict.ptr(), &position, &key, &value)) {
    pairs.emplace_back(py::reinterpret_borrow<py::object>(key),
                       py::reinterpret_borrow<py::object>(value));
  }
  auto first = static_cast<std::uint32_t>(members_.size());
  entries_[index].first = first;
  entries_[index].count = static_cast<std::uint32_t>(pairs.size());
  members_.resize(members_.size() + pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const py::object& name = pairs[i].first;
    members_[first + i].name =
        PyUnicode_Check(name.ptr()) ? Utf8(name) : Own(std::string(py::str(name)));
    members_[first + i].value = Read(pairs[i].second, depth + 1);
  }
}

void PythonDocument::ReadArray(py::handle sequence, std::size_t depth, std::uint32_t index) {
  entries_[index].kind = DocumentKind::kArray;
  if (depth > max_depth_) return;
  std::vector<py::object> values;
  Py_ssize_t size = PySequence_Fast_GET_SIZE(sequence.ptr());
  values.reserve(static_cast<std::size_t>(size));
  for (Py_ssize_t i = 0; i < size; ++i) {
    values.push_back(
        py::reinterpret_borrow<py::object>(PySequence_Fast_GET_ITEM(sequence.ptr(), i)));
  }
  auto first = static_cast<std::uint32_t>(items_.size());
  entries_[index].first = first;
  entries_[index].count = static_cast<std::uint32_t>(values.size());
  items_.resize(items_.size() + values.size());
  for (std::size_t i = 0; i < values.size(); ++i) items_[first + i] = Read(values[i], depth + 1);
}

std::string_view PythonDocument::Utf8(py::handle text) {
  Py_ssize_t size = 0;
  const char* bytes = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
  if (bytes != nullptr) {
    return Keep(py::reinterpret_borrow<py::object>(text), {bytes, static_cast<std::size_t>(size)});
  }
  // Lone surrogates have no UTF-8: their bytes as Python would write them.
  PyErr_Clear();
  auto encoded = py::reinterpret_steal<py::object>(
      PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
  if (!encoded) throw py::error_already_set();
  return Keep(encoded, {PyBytes_AS_STRING(encoded.ptr()),
                        static_cast<std::size_t>(PyBytes_GET_SIZE(encoded.ptr()))});
}

std::string_view PythonDocument::Keep(py::object object, std::string_view view) {
  held_.push_back(std::move(object));
  return view;
}

std::string_view PythonDocument::Own(std::string text) {
  owned_.push_back(std::move(text));
  return owned_.back();
}

std::optional<DocumentSource::Node> PythonDocument::Find(Node object, std::string_view name) const {
  const Entry& entry = At(object);
  for (std::uint32_t i = entry.first; i < entry.first + entry.count; ++i) {
    if (members_[i].name == name) return &entries_[members_[i].value];
  }
  return std::nullopt;
}

void PythonDocument::ForEachMember(Node object, MemberVisitor& visit) const {
  const Entry& entry = At(object);
  for (std::uint32_t i = entry.first; i < entry.first + entry.count; ++i) {
    if (!visit.Visit(members_[i].name, &entries_[members_[i].value])) return;
  }
}

void PythonDocument::ForEachItem(Node array, ItemVisitor& visit) const {
  const Entry& entry = At(array);
  for (std::uint32_t i = 0; i < entry.count; ++i) {
    if (!visit.Visit(i, &entries_[items_[entry.first + i]])) return;
  }
}

}  // namespace shapeguard::python
