#include "wire/rest_json_response_encoder.h"

#include <utility>

#include "wire/json_body.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

constexpr char kJsonContentType[] = "application/json";

std::string JsonText(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Places one member of the output; returns false when its value has no wire form there.
Status PlaceMember(const MemberView& member, const json& value, json& body,
                   HttpResponse& response) {
  if (member.location() == Location::kStatusCode) return Status();
  if (member.location() == Location::kHeader) {
    auto text = member.shape().kind() == ShapeKind::kList
                    ? HeaderListText(member.shape(), value)
                    : ScalarText(member.shape(), value,
                                 member.timestamp_format(TimestampFormat::kHttpDate));
    if (!text) return Status::Error("member " + member.name() + " has no header form");
    response.headers[AsciiLower(member.wire_name())] = std::move(*text);
    return Status();
  }
  if (member.location() == Location::kHeaders) {
    if (!value.is_object()) return Status::Error("member " + member.name() + " is not a map");
    for (const auto& [key, item] : value.items()) {
      response.headers[AsciiLower(member.wire_name() + key)] =
          item.is_string() ? item.get<std::string>() : item.dump();
    }
    return Status();
  }
  auto encoded = EncodeBodyValue(member.shape(), &member, value);
  if (!encoded.ok()) return Status::Error("member " + member.name() + ": " + encoded.error());
  body[member.wire_name()] = std::move(encoded).value();
  return Status();
}

Status PlacePayload(const MemberView& member, const json& value, HttpResponse& response) {
  ShapeKind kind = member.shape().kind();
  if ((kind == ShapeKind::kBlob || kind == ShapeKind::kString) && value.is_string()) {
    response.body = value.get<std::string>();
    return Status();
  }
  auto encoded = EncodeBodyValue(member.shape(), &member, value);
  if (!encoded.ok()) return Status::Error("member " + member.name() + ": " + encoded.error());
  response.body = JsonText(encoded.value());
  response.headers["content-type"] = kJsonContentType;
  return Status();
}

}  // namespace

Result<HttpResponse> EncodeResponse(const Operation& operation, const json& params, int status) {
  HttpResponse response;
  response.status = status;
  std::optional<ShapeView> output = operation.output();
  if (!output || !params.is_object()) return response;
  std::optional<MemberView> payload_member = output->payload();
  std::string payload = payload_member ? payload_member->name() : "";
  json body = json::object();
  for (const MemberView& member : output->members()) {
    auto it = params.find(member.name());
    if (it == params.end() || it->is_null()) continue;
    Status placed = member.name() == payload && member.location() == Location::kBody
                        ? PlacePayload(member, *it, response)
                        : PlaceMember(member, *it, body, response);
    if (!placed.ok()) {
      return Status::Error(operation.qualified_name() + ": " + placed.message());
    }
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
