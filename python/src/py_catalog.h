// The Catalog as Python sees it: the library's catalog, with the schemas Python asked for
// kept by name so that a call costs one lookup.
#ifndef SHAPEGUARD_PYTHON_PY_CATALOG_H_
#define SHAPEGUARD_PYTHON_PY_CATALOG_H_

#include <pybind11/pybind11.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "shapeguard/catalog.h"
#include "shapeguard/report.h"

namespace shapeguard::python {

// One validation's outcome, with the schema's names for the report's repr.
struct PyReport {
  Report report;
  std::string operation;  // "apigatewayv2.CreateStage"
  Direction direction = Direction::kInput;
};

class PyCatalog {
 public:
  // The built-in services, then each botocore data directory of `models`, then each
  // overlay file. Raises ValueError naming the directory or file that could not be read.
  PyCatalog(const std::vector<std::string>& models, const std::vector<std::string>& overlays);

  // Validates a Python value against the operation's input (or output) shape. The GIL is
  // released while the validator walks.
  PyReport Validate(pybind11::handle operation, pybind11::handle params, bool output);

  std::string Explain(const std::string& operation, bool output);

  // `count` documents from `seed`: valid ones, or one-violation ones (each a dict of
  // "document" and "violation", as `shapeguard generate --invalid` writes them).
  pybind11::list Generate(const std::string& operation, bool valid, std::uint64_t count,
                          std::uint64_t seed, bool output, const std::optional<std::string>& kind);

  std::vector<std::string> Services() const { return catalog_.Services(); }
  std::vector<std::string> Operations(const std::string& service) const;
  std::string Resolve(const std::string& operation) const;
  std::string ModelsVersion() const { return catalog_.ModelsVersion(); }

 private:
  // Transparent lookups: a str's UTF-8 finds its schema without a std::string.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const {
      return std::hash<std::string_view>{}(name);
    }
  };
  using SchemaCache =
      std::unordered_map<std::string, std::shared_ptr<const Schema>, NameHash, std::equal_to<>>;

  // The schema by the name the caller gave; compiled (GIL released) on first use. Only
  // touched with the GIL held, so the cache needs no lock of its own.
  std::shared_ptr<const Schema> SchemaFor(std::string_view operation, Direction direction);

  Catalog catalog_;
  SchemaCache schemas_[2];  // by Direction
};

}  // namespace shapeguard::python

#endif  // SHAPEGUARD_PYTHON_PY_CATALOG_H_
