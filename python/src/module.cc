// shapeguard._shapeguard: the library's catalog, validator, explainer and generators for
// Python. The package's __init__.py is the public face; this module is its engine.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "py_catalog.h"
#include "shapeguard/diagnostic.h"

namespace py = pybind11;
using shapeguard::Diagnostic;
using shapeguard::python::PyCatalog;
using shapeguard::python::PyReport;

namespace {

std::string CodeOf(const Diagnostic& d) { return std::string(shapeguard::CodeName(d.code)); }

py::dict DiagnosticDict(const Diagnostic& d) {
  py::dict out;
  out["path"] = d.path;
  out["code"] = CodeOf(d);
  out["message"] = d.message;
  out["source"] = d.source;
  return out;
}

std::string DiagnosticRepr(const Diagnostic& d) {
  return "Diagnostic(path=" + py::repr(py::str(d.path)).cast<std::string>() +
         ", code=" + py::repr(py::str(CodeOf(d))).cast<std::string>() +
         ", message=" + py::repr(py::str(d.message)).cast<std::string>() +
         ", source=" + py::repr(py::str(d.source)).cast<std::string>() + ")";
}

std::string DirectionOf(const PyReport& r) {
  return std::string(shapeguard::DirectionName(r.direction));
}

// The line `shapeguard validate --format json` writes for the document.
py::dict ReportDict(const PyReport& r) {
  py::dict out;
  out["operation"] = r.operation;
  out["direction"] = DirectionOf(r);
  out["valid"] = r.report.valid();
  py::list errors;
  for (const Diagnostic& d : r.report.errors) errors.append(DiagnosticDict(d));
  out["errors"] = errors;
  return out;
}

std::string ReportRepr(const PyReport& r) {
  return "<Report " + r.operation + " " + DirectionOf(r) + ": " +
         (r.report.valid() ? std::string("valid")
                           : std::to_string(r.report.errors.size()) + " error(s)") +
         ">";
}

void BindDiagnostic(py::module_& m) {
  py::class_<Diagnostic>(m, "Diagnostic",
                         "One violation: where (a JSON Pointer), which rule, why, and where "
                         "the rule comes from.")
      .def_readonly("path", &Diagnostic::path,
                    "RFC 6901 JSON Pointer into the parameters, e.g. '/StageVariables/x'.")
      .def_property_readonly("code", &CodeOf,
                             "The rule's stable short name: 'required', 'pattern', ...")
      .def_readonly("message", &Diagnostic::message, "What is wrong, with the value.")
      .def_readonly("source", &Diagnostic::source,
                    "'model', or 'overlay:<seed file>' for a documented rule.")
      .def("to_dict", &DiagnosticDict, "The diagnostic as the CLI's JSON output writes it.")
      .def("__repr__", &DiagnosticRepr)
      .def("__eq__", [](const Diagnostic& a, const Diagnostic& b) { return a == b; })
      .def("__hash__", [](const Diagnostic& d) {
        return py::hash(py::make_tuple(d.path, CodeOf(d), d.message, d.source));
      });
}

void BindReport(py::module_& m) {
  py::class_<PyReport>(m, "Report", "The outcome of validating one set of parameters.")
      .def_property_readonly(
          "valid", [](const PyReport& r) { return r.report.valid(); },
          "True when no rule is broken.")
      .def_property_readonly(
          "errors", [](const PyReport& r) { return r.report.errors; },
          "The violations, in document order.")
      .def_property_readonly(
          "warnings", [](const PyReport& r) { return r.report.warnings; },
          "Findings that do not make the parameters invalid.")
      .def_property_readonly(
          "truncated", [](const PyReport& r) { return r.report.truncated; },
          "True when the validator stopped collecting errors early.")
      .def_readonly("operation", &PyReport::operation, "'service.Operation'.")
      .def_property_readonly("direction", &DirectionOf, "'input' or 'output'.")
      .def("to_dict", &ReportDict, "The report as `shapeguard validate --format json` writes it.")
      .def("__repr__", &ReportRepr);
}

void BindCatalog(py::module_& m) {
  py::class_<PyCatalog>(m, "Catalog",
                        "Every built-in AWS service model, with any further botocore data "
                        "directories and overlay files. Safe to share between threads.")
      .def(py::init<const std::vector<std::string>&, const std::vector<std::string>&>(),
           py::arg("models"), py::arg("overlays"))
      .def("validate", &PyCatalog::Validate, py::arg("operation"), py::arg("params"), py::kw_only(),
           py::arg("output") = false)
      .def("explain", &PyCatalog::Explain, py::arg("operation"), py::kw_only(),
           py::arg("output") = false)
      .def("generate", &PyCatalog::Generate, py::arg("operation"), py::arg("valid") = true,
           py::arg("count") = 10, py::arg("seed") = 1, py::kw_only(), py::arg("output") = false,
           py::arg("kind") = py::none(),
           "Generated parameters, valid or with one violation each; see shapeguard.generate.")
      .def("services", &PyCatalog::Services, "Service names, sorted.")
      .def("operations", &PyCatalog::Operations, py::arg("service"),
           "The service's operation names, sorted.")
      .def("resolve", &PyCatalog::Resolve, py::arg("operation"),
           "'service.Operation' for a name in any form validate takes.")
      .def_property_readonly("models_version", &PyCatalog::ModelsVersion,
                             "Where the built-in models come from, e.g. 'botocore 1.43.11'.");
}

}  // namespace

PYBIND11_MODULE(_shapeguard, m) {
  m.doc() = "The native core of the shapeguard package.";
  m.attr("__version__") = SHAPEGUARD_VERSION;
  BindDiagnostic(m);
  BindReport(m);
  BindCatalog(m);
}
