// Conversions between Python values and the library's: str to UTF-8, JSON to Python.
#ifndef SHAPEGUARD_PYTHON_PYTHON_VALUES_H_
#define SHAPEGUARD_PYTHON_PYTHON_VALUES_H_

#include <pybind11/pybind11.h>

#include <nlohmann/json.hpp>
#include <string_view>

namespace shapeguard::python {

// The UTF-8 of a str, valid while the str lives; raises TypeError for anything else.
std::string_view Utf8Of(pybind11::handle text);

// A JSON value as Python's json.loads gives it (dict, list, str, int, float, bool, None).
// Text that is not UTF-8 is decoded with surrogate escapes, never an error.
pybind11::object ToPython(const nlohmann::json& value);

}  // namespace shapeguard::python

#endif  // SHAPEGUARD_PYTHON_PYTHON_VALUES_H_
