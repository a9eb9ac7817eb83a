#include "model.h"

#include "model_json.h"
#include "shape_type.h"

namespace shapeguard::internal {
namespace {

using nlohmann::json;

Status Fail(const std::string& where, const std::string& what) {
  return Status::Error(where + ": " + what);
}

// A reference {"shape": "Name", ...} must name a shape of the model.
Status CheckShapeRef(const json& shapes, const json& ref, const std::string& where) {
  if (!ref.is_object()) return Fail(where, "must be an object");
  auto it = ref.find("shape");
  if (it == ref.end() || !it->is_string()) return Fail(where, "has no \"shape\" name");
  if (!shapes.contains(it->get<std::string>())) {
    return Fail(where, "refers to unknown shape \"" + it->get<std::string>() + "\"");
  }
  for (const char* trait : {"location", "locationName", "queryName"}) {
    if (auto t = ref.find(trait); t != ref.end() && !t->is_string()) {
      return Fail(where, std::string("\"") + trait + "\" must be a string");
    }
  }
  return Status();
}

Status CheckStructure(const json& shapes, const json& shape, const std::string& where) {
  if (auto members = shape.find("members"); members != shape.end()) {
    if (!members->is_object()) return Fail(where, "\"members\" must be an object");
    for (const auto& [name, ref] : members->items()) {
      if (Status s = CheckShapeRef(shapes, ref, where + " member " + name); !s.ok()) return s;
    }
  }
  if (auto required = shape.find("required"); required != shape.end()) {
    if (!required->is_array()) return Fail(where, "\"required\" must be an array");
    for (const auto& name : *required) {
      if (!name.is_string()) return Fail(where, "\"required\" must list member names");
    }
  }
  for (const char* flag : {"union", "document", "eventstream", "event", "exception"}) {
    if (auto f = shape.find(flag); f != shape.end() && !f->is_boolean()) {
      return Fail(where, std::string("\"") + flag + "\" must be a boolean");
    }
  }
  return Status();
}

Status CheckScalarTraits(const json& shape, const std::string& where) {
  for (const char* bound : {"min", "max"}) {
    if (auto b = shape.find(bound); b != shape.end() && !b->is_number()) {
      return Fail(where, std::string("\"") + bound + "\" must be a number");
    }
  }
  if (auto p = shape.find("pattern"); p != shape.end() && !p->is_string()) {
    return Fail(where, "\"pattern\" must be a string");
  }
  if (auto e = shape.find("enum"); e != shape.end()) {
    if (!e->is_array()) return Fail(where, "\"enum\" must be an array");
    for (const auto& v : *e) {
      if (!v.is_string()) return Fail(where, "\"enum\" must contain only strings");
    }
  }
  if (auto f = shape.find("timestampFormat"); f != shape.end() && !f->is_string()) {
    return Fail(where, "\"timestampFormat\" must be a string");
  }
  if (auto f = shape.find("sparse"); f != shape.end() && !f->is_boolean()) {
    return Fail(where, "\"sparse\" must be a boolean");
  }
  return Status();
}

Status CheckShape(const json& shapes, const std::string& name, const json& shape) {
  std::string where = "shape " + name;
  if (!shape.is_object()) return Fail(where, "must be an object");
  auto type_it = shape.find("type");
  if (type_it == shape.end() || !type_it->is_string()) return Fail(where, "has no \"type\"");
  auto type = ShapeTypeFromName(type_it->get<std::string>());
  if (!type || *type == ShapeType::kDocument) {
    return Fail(where, "has unknown type \"" + type_it->get<std::string>() + "\"");
  }
  if (Status s = CheckScalarTraits(shape, where); !s.ok()) return s;
  switch (*type) {
    case ShapeType::kStructure:
      return CheckStructure(shapes, shape, where);
    case ShapeType::kList:
      return CheckShapeRef(shapes, shape.value("member", json()), where + " list member");
    case ShapeType::kMap: {
      if (Status s = CheckShapeRef(shapes, shape.value("key", json()), where + " map key");
          !s.ok()) {
        return s;
      }
      return CheckShapeRef(shapes, shape.value("value", json()), where + " map value");
    }
    default:
      return Status();
  }
}

Status CheckOperation(const json& shapes, const std::string& name, const json& op) {
  std::string where = "operation " + name;
  if (!op.is_object()) return Fail(where, "must be an object");
  for (const char* direction : {"input", "output"}) {
    if (auto ref = op.find(direction); ref != op.end()) {
      if (Status s = CheckShapeRef(shapes, *ref, where + " " + direction); !s.ok()) return s;
    }
  }
  if (auto http = op.find("http"); http != op.end()) {
    if (!http->is_object()) return Fail(where, "\"http\" must be an object");
    for (const char* field : {"method", "requestUri"}) {
      if (auto f = http->find(field); f != http->end() && !f->is_string()) {
        return Fail(where, std::string("http \"") + field + "\" must be a string");
      }
    }
    if (auto code = http->find("responseCode"); code != http->end() && !code->is_number_integer()) {
      return Fail(where, "http \"responseCode\" must be an integer");
    }
  }
  if (auto errors = op.find("errors"); errors != op.end()) {
    if (!errors->is_array()) return Fail(where, "\"errors\" must be an array");
    for (const auto& ref : *errors) {
      if (Status s = CheckShapeRef(shapes, ref, where + " error"); !s.ok()) return s;
    }
  }
  return Status();
}

Status CheckModel(const json& doc) {
  if (!doc.is_object()) return Status::Error("a model must be a JSON object");
  auto metadata = doc.find("metadata");
  if (metadata != doc.end() && !metadata->is_object()) {
    return Status::Error("\"metadata\" must be an object");
  }
  auto shapes = doc.find("shapes");
  if (shapes == doc.end() || !shapes->is_object()) {
    return Status::Error("\"shapes\" must be an object");
  }
  auto operations = doc.find("operations");
  if (operations == doc.end() || !operations->is_object()) {
    return Status::Error("\"operations\" must be an object");
  }
  for (const auto& [name, shape] : shapes->items()) {
    if (Status s = CheckShape(*shapes, name, shape); !s.ok()) return s;
  }
  for (const auto& [name, op] : operations->items()) {
    if (Status s = CheckOperation(*shapes, name, op); !s.ok()) return s;
  }
  return Status();
}

}  // namespace

ServiceModel::ServiceModel(std::string service, std::string origin)
    : service_(std::move(service)), origin_(std::move(origin)) {}

ServiceModel::~ServiceModel() = default;

const json& ServiceModel::document() const {
  std::lock_guard lock(mutex_);
  if (!whole_) whole_ = parts_->Whole();
  return *whole_;
}

const json* ServiceModel::FindPart(const char* kind, std::map<std::string, json>& parts,
                                   const std::string& name) const {
  std::lock_guard lock(mutex_);
  if (!parts_) {
    const json& all = whole_->at(kind);
    auto it = all.find(name);
    return it == all.end() ? nullptr : &*it;
  }
  if (auto it = parts.find(name); it != parts.end()) return &it->second;
  auto part = kind == std::string_view("shapes") ? parts_->Shape(name) : parts_->Operation(name);
  if (!part) return nullptr;
  return &parts.emplace(name, std::move(*part)).first->second;
}

const json* ServiceModel::FindShape(const std::string& name) const {
  return FindPart("shapes", shapes_, name);
}

const json* ServiceModel::FindOperation(const std::string& name) const {
  return FindPart("operations", operations_, name);
}

std::vector<std::string> ServiceModel::OperationNames() const {
  if (parts_) return parts_->OperationNames();
  std::vector<std::string> names;
  for (const auto& [name, op] : document().at("operations").items()) names.push_back(name);
  return names;  // nlohmann objects iterate in key order
}

std::string ServiceModel::MetadataString(std::string_view key) const {
  if (parts_) return parts_->MetadataString(key);
  auto metadata = whole_->find("metadata");
  if (metadata == whole_->end() || !metadata->is_object()) return "";
  auto value = metadata->find(std::string(key));
  return value != metadata->end() && value->is_string() ? value->get<std::string>() : "";
}

Result<std::shared_ptr<const ServiceModel>> ParseServiceModel(std::string service,
                                                              std::string_view text,
                                                              std::string origin) {
  json doc = ParseModelJson(text);
  if (doc.is_discarded()) return Status::Error(origin + ": not valid JSON");
  if (Status s = CheckModel(doc); !s.ok()) return Status::Error(origin + ": " + s.message());
  auto model = std::make_shared<ServiceModel>(std::move(service), std::move(origin));
  if (auto metadata = doc.find("metadata"); metadata != doc.end()) {
    if (auto v = metadata->find("apiVersion"); v != metadata->end() && v->is_string()) {
      model->api_version_ = v->get<std::string>();
    }
  }
  model->whole_ = std::move(doc);
  return std::shared_ptr<const ServiceModel>(std::move(model));
}

Result<std::shared_ptr<const ServiceModel>> ParseBuiltinServiceModel(std::string service,
                                                                     std::string_view text,
                                                                     std::string origin) {
  auto parts = ModelJsonParts::Parse(text, /*padded=*/true);
  if (!parts) {
    return Status::Error(origin + ": not JSON with \"shapes\" and \"operations\" objects");
  }
  auto model = std::make_shared<ServiceModel>(std::move(service), std::move(origin));
  model->api_version_ = parts->ApiVersion();
  model->parts_ = std::move(parts);
  return std::shared_ptr<const ServiceModel>(std::move(model));
}

}  // namespace shapeguard::internal
