#include "wire/rest_json_request.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "wire/json_body.h"
#include "wire/percent_encoding.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

// Writes JSON text without throwing on strings that are not UTF-8 (a generator may make
// them); such bytes become U+FFFD.
std::string JsonText(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

Status NoTextForm(const MemberView& member, const char* where) {
  return Status::Error("member " + member.name() + " goes in " + where +
                       " and needs a scalar value (or a list of them)");
}

// Collects the parts of a request while members are placed, then assembles it.
class RequestBuilder {
 public:
  Status Place(const MemberView& member, const json& value) {
    switch (member.location()) {
      case Location::kUri:
        return Label(member, value);
      case Location::kQueryString:
        return Query(member, value);
      case Location::kHeader:
        return Header(member, value);
      case Location::kHeaders:
        return HeaderMap(member, value);
      default:
        break;
    }
    if (!payload_name_.empty()) {
      return member.name() == payload_name_ ? Payload(member, value) : Status();
    }
    auto encoded = EncodeBodyValue(member.shape(), &member, value);
    if (!encoded.ok()) return Status::Error("member " + member.name() + ": " + encoded.error());
    body_[member.wire_name()] = std::move(encoded).value();
    return Status();
  }

  // A member the input does not declare: into the JSON body under its own name.
  Status PlaceUndeclared(const std::string& name, const json& value) {
    if (!payload_name_.empty()) {
      return Status::Error("member " + name + " is not declared, and the input's body is its " +
                           payload_name_ + " payload");
    }
    body_[name] = value;
    return Status();
  }

  void SetPayloadName(std::string name) { payload_name_ = std::move(name); }

  HttpRequest Finish(const std::string& method, const std::string& request_uri) {
    HttpRequest request;
    request.method = method;
    std::size_t question = request_uri.find('?');
    request.path = RenderPath(request_uri.substr(0, question));
    request.query = question == std::string::npos ? "" : request_uri.substr(question + 1);
    for (const auto& [key, value] : query_) {
      if (!request.query.empty()) request.query += "&";
      request.query += PercentEncode(key) + "=" + PercentEncode(value);
    }
    request.headers = std::move(headers_);
    if (!body_.empty()) {
      raw_body_ = JsonText(body_);
      json_body_ = true;
    }
    if (raw_body_) request.body = std::move(*raw_body_);
    // A header member may already name the type (botocore keeps it too).
    if (json_body_ && !request.FindHeader("content-type")) {
      request.headers.emplace_back("Content-Type", "application/json");
    }
    return request;
  }

 private:
  Status Label(const MemberView& member, const json& value) {
    auto text =
        ScalarText(member.shape(), value, member.timestamp_format(TimestampFormat::kIso8601));
    if (!text) return NoTextForm(member, "the URI");
    labels_[member.wire_name()] = std::move(*text);
    return Status();
  }

  Status Query(const MemberView& member, const json& value) {
    ShapeKind kind = member.shape().kind();
    if (kind == ShapeKind::kMap && value.is_object()) return QueryMap(member, value);
    if (kind == ShapeKind::kList && value.is_array()) {
      return QueryList(member, member.wire_name(), value);
    }
    return QueryScalar(member, member.shape(), member.wire_name(), value);
  }

  Status QueryMap(const MemberView& member, const json& value) {
    ShapeView value_shape = *member.shape().map_value();
    for (const auto& [key, item] : value.items()) {
      Status s = item.is_array() ? QueryList(member, key, item)
                                 : QueryScalar(member, value_shape, key, item);
      if (!s.ok()) return s;
    }
    return Status();
  }

  // A list repeats its key, once per item (botocore, and what API Gateway's servers read).
  Status QueryList(const MemberView& member, const std::string& key, const json& items) {
    // Inside a query map, `member` is the map: the items are then written as plain text.
    ShapeView shape = member.shape();
    std::optional<ShapeView> item_shape = shape.list_member();
    for (const json& item : items) {
      Status s = QueryScalar(member, item_shape ? *item_shape : shape, key, item);
      if (!s.ok()) return s;
    }
    return Status();
  }

  Status QueryScalar(const MemberView& member, ShapeView shape, const std::string& key,
                     const json& value) {
    auto text = ScalarText(shape, value, member.timestamp_format(TimestampFormat::kIso8601));
    if (!text) return NoTextForm(member, "the query string");
    query_.emplace_back(key, std::move(*text));
    return Status();
  }

  Status Header(const MemberView& member, const json& value) {
    std::optional<std::string> text;
    if (member.shape().kind() == ShapeKind::kList && value.is_array()) {
      if (value.empty()) return Status();  // an empty list sends no header (botocore)
      text = HeaderListText(member.shape(), value);
    } else {
      text = ScalarText(member.shape(), value, member.timestamp_format(TimestampFormat::kHttpDate));
    }
    if (!text) return NoTextForm(member, "a header");
    return AddHeader(member, member.wire_name(), std::move(*text));
  }

  Status HeaderMap(const MemberView& member, const json& value) {
    if (!value.is_object()) return NoTextForm(member, "headers");
    for (const auto& [key, item] : value.items()) {
      if (item.is_null()) continue;
      if (!item.is_string() && !item.is_number() && !item.is_boolean()) {
        return NoTextForm(member, "headers");
      }
      Status added = AddHeader(member, member.wire_name() + key,
                               item.is_string() ? item.get<std::string>() : item.dump());
      if (!added.ok()) return added;
    }
    return Status();
  }

  // A line break or NUL in a header would split it into other headers (or another request)
  // on the wire; SDKs refuse to send such values, and so does the encoder.
  Status AddHeader(const MemberView& member, std::string name, std::string value) {
    if ((name + value).find_first_of(std::string("\r\n\0", 3)) != std::string::npos) {
      return Status::Error(
          "member " + member.name() +
          " goes in a header and holds a line break or NUL, which has no wire form");
    }
    headers_.emplace_back(std::move(name), std::move(value));
    return Status();
  }

  // A blob or string payload is sent as its bytes and, like botocore's streaming bodies,
  // without a Content-Type; any other payload is the JSON of that one member.
  Status Payload(const MemberView& member, const json& value) {
    ShapeKind kind = member.shape().kind();
    if ((kind == ShapeKind::kBlob || kind == ShapeKind::kString) && value.is_string()) {
      raw_body_ = value.get<std::string>();
      return Status();
    }
    auto encoded = EncodeBodyValue(member.shape(), &member, value);
    if (!encoded.ok()) return Status::Error("member " + member.name() + ": " + encoded.error());
    raw_body_ = JsonText(encoded.value());
    json_body_ = true;
    return Status();
  }

  // Replaces each {label} or greedy {label+} of the template by its encoded value.
  std::string RenderPath(const std::string& path_template) const {
    std::string out;
    std::size_t pos = 0;
    while (pos < path_template.size()) {
      std::size_t open = path_template.find('{', pos);
      std::size_t close = open == std::string::npos ? open : path_template.find('}', open);
      if (close == std::string::npos) break;
      out.append(path_template, pos, open - pos);
      std::string name = path_template.substr(open + 1, close - open - 1);
      bool greedy = !name.empty() && name.back() == '+';
      if (greedy) name.pop_back();
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        out += PercentEncode(it->second, greedy ? Slashes::kKeep : Slashes::kEncode);
      }
      pos = close + 1;
    }
    out.append(path_template, pos, std::string::npos);
    return out;
  }

  std::string payload_name_;
  std::map<std::string, std::string> labels_;
  std::vector<std::pair<std::string, std::string>> query_;
  std::vector<std::pair<std::string, std::string>> headers_;
  json body_ = json::object();
  std::optional<std::string> raw_body_;
  bool json_body_ = false;
};

}  // namespace

Result<HttpRequest> EncodeRequest(const Operation& operation, const json& params) {
  if (!params.is_object()) {
    return Status::Error(operation.qualified_name() + ": the parameters must be an object");
  }
  if (!operation.has_http_binding()) {
    return Status::Error(operation.qualified_name() +
                         ": http.method or http.requestUri is missing");
  }
  std::optional<ShapeView> input = operation.input();
  RequestBuilder builder;
  if (input && input->payload()) builder.SetPayloadName(input->payload()->name());
  for (const auto& [name, value] : params.items()) {
    if (value.is_null()) continue;  // SDKs send nothing for an unset (None) parameter
    std::optional<MemberView> member = input ? input->FindMember(name) : std::nullopt;
    Status placed = member ? builder.Place(*member, value) : builder.PlaceUndeclared(name, value);
    if (!placed.ok()) return Status::Error(operation.qualified_name() + ": " + placed.message());
  }
  return builder.Finish(operation.http_method(), operation.request_uri());
}

}  // namespace shapeguard::conformance
