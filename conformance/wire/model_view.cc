#include "wire/model_view.h"

#include "program.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

const json* Field(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

const json* StructureOf(const json& shapes, const json& op, const char* direction) {
  const json* ref = Field(op, direction);
  return ref ? TargetShape(shapes, *ref) : nullptr;
}

MemberView MakeMember(const json& shapes, const std::string& name, const json& ref) {
  MemberView member;
  member.name = name;
  member.wire_name = StringField(ref, "locationName");
  if (member.wire_name.empty()) member.wire_name = name;
  member.location = StringField(ref, "location");
  member.ref = &ref;
  member.shape = TargetShape(shapes, ref);
  return member;
}

}  // namespace

std::string StringField(const json& object, const char* key) {
  const json* value = Field(object, key);
  return value && value->is_string() ? value->get<std::string>() : "";
}

Result<OperationView> ViewOperation(const Schema& schema) {
  const json& document = schema.program().model->document();
  const json* operations = Field(document, "operations");
  const json* op = operations ? Field(*operations, schema.operation().c_str()) : nullptr;
  const json* http = op ? Field(*op, "http") : nullptr;
  OperationView view;
  view.shapes = Field(document, "shapes");
  if (!http || !view.shapes) {
    return Status::Error(schema.qualified_name() + ": the model has no HTTP binding for it");
  }
  view.method = StringField(*http, "method");
  view.request_uri = StringField(*http, "requestUri");
  if (view.method.empty() || view.request_uri.empty()) {
    return Status::Error(schema.qualified_name() + ": http.method or http.requestUri is missing");
  }
  if (const json* code = Field(*http, "responseCode"); code && code->is_number_integer()) {
    view.response_code = code->get<int>();
  }
  if (const json* errors = Field(*op, "errors"); errors && errors->is_array()) {
    for (const json& error : *errors) view.errors.push_back(StringField(error, "shape"));
  }
  view.input = StructureOf(*view.shapes, *op, "input");
  view.output = StructureOf(*view.shapes, *op, "output");
  return view;
}

const json* TargetShape(const json& shapes, const json& ref) {
  std::string name = StringField(ref, "shape");
  return name.empty() ? nullptr : Field(shapes, name.c_str());
}

std::vector<MemberView> StructureMembers(const json& shapes, const json& structure) {
  std::vector<MemberView> members;
  const json* refs = Field(structure, "members");
  if (!refs || !refs->is_object()) return members;
  for (const auto& [name, ref] : refs->items()) {
    MemberView member = MakeMember(shapes, name, ref);
    if (member.shape) members.push_back(std::move(member));
  }
  return members;
}

std::optional<MemberView> FindMember(const json& shapes, const json& structure,
                                     const std::string& name) {
  const json* refs = Field(structure, "members");
  const json* ref = refs ? Field(*refs, name.c_str()) : nullptr;
  if (!ref) return std::nullopt;
  MemberView member = MakeMember(shapes, name, *ref);
  if (!member.shape) return std::nullopt;
  return member;
}

std::string ShapeTypeOf(const json& shape) {
  const json* document = Field(shape, "document");
  if (document && document->is_boolean() && document->get<bool>()) return "document";
  return StringField(shape, "type");
}

std::string PayloadMemberName(const json& structure) { return StringField(structure, "payload"); }

TimestampFormat TimestampFormatOf(const MemberView& member, TimestampFormat location_default) {
  for (const json* traits : {member.ref, member.shape}) {
    if (!traits) continue;
    if (auto format = TimestampFormatFromName(StringField(*traits, "timestampFormat"))) {
      return *format;
    }
  }
  return location_default;
}

}  // namespace shapeguard::conformance
