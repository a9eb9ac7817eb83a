#include "wire/rest_json_response.h"

#include "shapeguard/json_pointer.h"
#include "shapeguard/json_text.h"
#include "wire/json_body.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Header names lower-cased, in case the response was not built by HttpClient; values of
// names that differed only in case are joined as repeated headers are.
std::map<std::string, std::string> LowerCaseHeaders(const std::map<std::string, std::string>& in) {
  std::map<std::string, std::string> out;
  for (const auto& [name, value] : in) {
    auto [it, inserted] = out.emplace(AsciiLower(name), value);
    if (!inserted) it->second += ", " + value;
  }
  return out;
}

// "aws.protocoltests#NotFoundException:http://internal/" -> "NotFoundException".
std::string ErrorTypeName(std::string code) {
  code = code.substr(0, code.find(':'));
  std::size_t hash = code.rfind('#');
  return hash == std::string::npos ? code : code.substr(hash + 1);
}

std::optional<std::string> BodyString(const json& body, const char* key) {
  if (!body.is_object()) return std::nullopt;
  auto it = body.find(key);
  if (it == body.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

void ReadError(DecodedResponse& out) {
  std::optional<std::string> type;
  if (auto header = out.headers.find("x-amzn-errortype"); header != out.headers.end()) {
    type = header->second;
  }
  for (const char* key : {"__type", "code", "Code"}) {
    if (!type) type = BodyString(out.raw_body, key);
  }
  if (type) out.error_type = ErrorTypeName(*type);
  std::optional<std::string> message = BodyString(out.raw_body, "message");
  if (!message) message = BodyString(out.raw_body, "Message");
  out.error_message = message.value_or("");
}

// Members bound to the status line and headers.
void ReadHeaderMembers(ShapeView output, DecodedResponse& out) {
  for (const MemberView& member : output.members()) {
    if (member.location() == Location::kStatusCode) {
      out.params[member.name()] = out.status;
    } else if (member.location() == Location::kHeader) {
      auto it = out.headers.find(AsciiLower(member.wire_name()));
      if (it == out.headers.end()) continue;
      TimestampFormat format = member.timestamp_format(TimestampFormat::kHttpDate);
      out.params[member.name()] = HeaderTextToParam(member.shape(), it->second, format);
    } else if (member.location() == Location::kHeaders) {
      std::string prefix = AsciiLower(member.wire_name());
      json map = json::object();
      for (const auto& [name, value] : out.headers) {
        if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0) {
          map[name.substr(prefix.size())] = value;
        }
      }
      if (!map.empty()) out.params[member.name()] = std::move(map);
    }
  }
}

// The body into the payload member, or into the body members of the output.
void ReadBody(const std::optional<ShapeView>& output, DecodedResponse& out) {
  std::optional<MemberView> member = output ? output->payload() : std::nullopt;
  ShapeKind kind = member ? member->shape().kind() : ShapeKind::kStructure;
  if (member && (kind == ShapeKind::kBlob || kind == ShapeKind::kString)) {
    out.body_error.clear();  // a raw payload need not be JSON
    if (!out.raw_body_text.empty()) {
      out.params[member->name()] = RawPayloadParam(kind, out.raw_body_text);
    }
    return;
  }
  if (!out.body_error.empty() || out.raw_body.is_null()) return;
  if (member && kind == ShapeKind::kDocument) {  // a document payload is any JSON value
    out.params[member->name()] = out.raw_body;
    return;
  }
  if (!output) {
    // No output shape: every key is undeclared.
    if (!out.raw_body.is_object()) {
      out.body_error = "the body is JSON but not an object";
      return;
    }
    for (const auto& item : out.raw_body.items()) {
      out.undeclared.push_back(RenderPointer({item.key()}));
    }
    return;
  }
  auto undeclared = ReadObjectBody(*output, member ? &*member : nullptr, out.raw_body, out.params);
  if (!undeclared.ok()) {
    out.body_error = undeclared.error();
    return;
  }
  out.undeclared = std::move(undeclared).value();
}

}  // namespace

Result<DecodedResponse> DecodeResponse(const Operation& operation, const HttpResponse& response) {
  DecodedResponse out;
  out.status = response.status;
  out.headers = LowerCaseHeaders(response.headers);
  out.raw_body_text = response.body;
  if (!IsBlank(response.body)) {
    auto parsed = ParseJsonText(response.body, kMaxBodyDepth);
    if (parsed.ok()) {
      out.raw_body = std::move(parsed).value();
    } else {
      out.body_error = "the body is not JSON: " + parsed.error();
    }
  }
  if (out.is_error()) {
    ReadError(out);
    return out;
  }
  out.params = json::object();
  std::optional<ShapeView> output = operation.output();
  ReadBody(output, out);
  if (output) ReadHeaderMembers(*output, out);
  return out;
}

}  // namespace shapeguard::conformance
