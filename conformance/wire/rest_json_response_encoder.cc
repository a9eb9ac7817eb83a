#include "wire/rest_json_response_encoder.h"

#include <utility>

#include "wire/json_body.h"
#include "wire/model_view.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

constexpr char kJsonContentType[] = "application/json";

std::string JsonText(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Places one member of the output; returns false when its value has no wire form there.
Status PlaceMember(const json& shapes, const MemberView& member, const json& value, json& body,
                   HttpResponse& response) {
  if (member.location == "statusCode") return Status();
  if (member.location == "header") {
    auto text = ShapeTypeOf(*member.shape) == "list"
                    ? HeaderListText(*member.shape, shapes, value)
                    : ScalarText(*member.shape, value,
                                 TimestampFormatOf(member, TimestampFormat::kHttpDate));
    if (!text) return Status::Error("member " + member.name + " has no header form");
    response.headers[AsciiLower(member.wire_name)] = std::move(*text);
    return Status();
  }
  if (member.location == "headers") {
    if (!value.is_object()) return Status::Error("member " + member.name + " is not a map");
    for (const auto& [key, item] : value.items()) {
      response.headers[AsciiLower(member.wire_name + key)] =
          item.is_string() ? item.get<std::string>() : item.dump();
    }
    return Status();
  }
  auto encoded = EncodeBodyValue(shapes, *member.shape, member.ref, value);
  if (!encoded.ok()) return Status::Error("member " + member.name + ": " + encoded.error());
  body[member.wire_name] = std::move(encoded).value();
  return Status();
}

Status PlacePayload(const json& shapes, const MemberView& member, const json& value,
                    HttpResponse& response) {
  std::string type = ShapeTypeOf(*member.shape);
  if ((type == "blob" || type == "string") && value.is_string()) {
    response.body = value.get<std::string>();
    return Status();
  }
  auto encoded = EncodeBodyValue(shapes, *member.shape, member.ref, value);
  if (!encoded.ok()) return Status::Error("member " + member.name + ": " + encoded.error());
  response.body = JsonText(encoded.value());
  response.headers["content-type"] = kJsonContentType;
  return Status();
}

}  // namespace

Result<HttpResponse> EncodeResponse(const Schema& output_schema, const json& params, int status) {
  if (output_schema.direction() != Direction::kOutput) {
    return Status::Error(output_schema.qualified_name() + ": responses need the output schema");
  }
  auto op = ViewOperation(output_schema);
  if (!op.ok()) return op.status();
  HttpResponse response;
  response.status = status;
  if (!op->output || !params.is_object()) return response;
  std::string payload = PayloadMemberName(*op->output);
  json body = json::object();
  for (const MemberView& member : StructureMembers(*op->shapes, *op->output)) {
    auto it = params.find(member.name);
    if (it == params.end() || it->is_null()) continue;
    Status placed = member.name == payload && member.location.empty()
                        ? PlacePayload(*op->shapes, member, *it, response)
                        : PlaceMember(*op->shapes, member, *it, body, response);
    if (!placed.ok())
      return Status::Error(output_schema.qualified_name() + ": " + placed.message());
  }
  if (payload.empty()) {
    response.body = JsonText(body);
    response.headers["content-type"] = kJsonContentType;
  }
  return response;
}

HttpResponse EncodeErrorResponse(int status, const std::string& error_type,
                                 const std::string& message) {
  HttpResponse response;
  response.status = status;
  response.headers["x-amzn-errortype"] = error_type;
  response.headers["content-type"] = kJsonContentType;
  response.body = JsonText(json{{"message", message}});
  return response;
}

}  // namespace shapeguard::conformance
