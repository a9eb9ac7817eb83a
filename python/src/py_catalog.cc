#include "py_catalog.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "instance_sequence.h"
#include "python_document.h"
#include "python_values.h"
#include "shapeguard/explain.h"

namespace py = pybind11;

namespace shapeguard::python {
namespace {

Direction DirectionOf(bool output) { return output ? Direction::kOutput : Direction::kInput; }

// Raises ValueError with the status's message.
void Check(const Status& status) {
  if (!status.ok()) throw py::value_error(status.message());
}

template <typename T>
T Take(Result<T> result) {
  if (!result.ok()) throw py::value_error(result.error());
  return std::move(result).value();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw py::value_error("cannot read overlay " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

PyCatalog::PyCatalog(const std::vector<std::string>& models,
                     const std::vector<std::string>& overlays)
    : catalog_(Take(Catalog::Builtin())) {
  for (const std::string& directory : models) Check(catalog_.AddModelsDirectory(directory));
  for (const std::string& file : overlays) Check(catalog_.AddOverlay(ReadFile(file), file));
}

std::shared_ptr<const Schema> PyCatalog::SchemaFor(std::string_view operation,
                                                   Direction direction) {
  SchemaCache& cache = schemas_[static_cast<int>(direction)];
  if (auto cached = cache.find(operation); cached != cache.end()) return cached->second;
  Result<std::shared_ptr<const Schema>> schema = Status::Error("");
  {
    py::gil_scoped_release release;
    schema = catalog_.GetSchema(operation, direction);
  }
  return cache.emplace(std::string(operation), Take(std::move(schema))).first->second;
}

PyReport PyCatalog::Validate(py::handle operation, py::handle params, bool output) {
  std::shared_ptr<const Schema> schema = SchemaFor(Utf8Of(operation), DirectionOf(output));
  ValidateOptions options;
  PythonDocument document(params, options.max_depth);
  PyReport result{{}, schema->qualified_name(), schema->direction()};
  {
    py::gil_scoped_release release;
    result.report = schema->Validate(document, document.root(), options);
  }
  return result;
}

std::string PyCatalog::Explain(const std::string& operation, bool output) {
  return shapeguard::Explain(*SchemaFor(operation, DirectionOf(output)));
}

py::list PyCatalog::Generate(const std::string& operation, bool valid, std::uint64_t count,
                             std::uint64_t seed, bool output,
                             const std::optional<std::string>& kind) {
  std::shared_ptr<const Schema> schema = SchemaFor(operation, DirectionOf(output));
  std::optional<Code> code;
  if (kind) {
    code = properties::ViolationKindFromName(*kind);
    if (!code) {
      throw py::value_error("unknown kind \"" + *kind + "\" (one of " +
                            properties::ViolationKindNames() + ")");
    }
  }
  std::vector<nlohmann::json> documents;
  documents.reserve(count);
  try {
    py::gil_scoped_release release;
    properties::InstanceSequence sequence(schema, seed, code);
    for (std::uint64_t i = 0; i < count; ++i) {
      if (valid) {
        documents.push_back(sequence.NextValid());
        continue;
      }
      properties::Violation v = sequence.NextInvalid();
      documents.push_back({{"document", std::move(v.document)},
                           {"violation",
                            {{"path", v.pointer},
                             {"code", std::string(CodeName(v.code))},
                             {"description", v.description}}}});
    }
  } catch (const rc::GenerationFailure& failure) {
    throw py::value_error("cannot generate for " + schema->qualified_name() + ": " +
                          failure.what());
  }
  py::list out;
  for (const nlohmann::json& document : documents) out.append(ToPython(document));
  return out;
}

std::vector<std::string> PyCatalog::Operations(const std::string& service) const {
  return Take(catalog_.Operations(service));
}

std::string PyCatalog::Resolve(const std::string& operation) const {
  return Take(catalog_.Resolve(operation)).qualified();
}

}  // namespace shapeguard::python
