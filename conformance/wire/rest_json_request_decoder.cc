#include "wire/rest_json_request_decoder.h"

#include <set>
#include <utility>

#include "shapeguard/json_text.h"
#include "wire/content_encoding.h"
#include "wire/json_body.h"
#include "wire/percent_encoding.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using QueryPairs = std::vector<std::pair<std::string, std::string>>;

QueryPairs ParseQuery(std::string_view query) { return ParseUrlEncoded(query, Plus::kLiteral); }

bool IsEmptyObject(const std::string& text) {
  auto parsed = ParseJsonText(text, 1);
  return parsed.ok() && parsed.value().is_object() && parsed.value().empty();
}

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Reads the non-body members of a request into the parameter form.
class LocatedMembers {
 public:
  LocatedMembers(const HttpRequest& request, const std::map<std::string, std::string>& labels)
      : request_(request), labels_(labels), query_(ParseQuery(request.query)) {}

  void Read(const std::vector<MemberView>& members, json& params) {
    for (const MemberView& member : members) {
      if (member.location() == Location::kQueryString && member.shape().kind() != ShapeKind::kMap) {
        claimed_keys_.insert(member.wire_name());
      }
    }
    for (const MemberView& member : members) {
      std::optional<json> value = ReadMember(member);
      if (value) params[member.name()] = std::move(*value);
    }
  }

 private:
  std::optional<json> ReadMember(const MemberView& member) const {
    switch (member.location()) {
      case Location::kUri:
        return Label(member);
      case Location::kQueryString:
        return Query(member);
      case Location::kHeader:
        return Header(member);
      case Location::kHeaders:
        return HeaderMap(member);
      default:
        return std::nullopt;
    }
  }

  std::optional<json> Label(const MemberView& member) const {
    auto it = labels_.find(member.wire_name());
    if (it == labels_.end()) return std::nullopt;
    return HeaderTextToParam(member.shape(), it->second,
                             member.timestamp_format(TimestampFormat::kIso8601));
  }

  std::optional<json> Query(const MemberView& member) const {
    TimestampFormat format = member.timestamp_format(TimestampFormat::kIso8601);
    ShapeView shape = member.shape();
    if (shape.kind() == ShapeKind::kMap) return QueryMap(member, format);
    std::vector<std::string> values = QueryValues(member.wire_name());
    if (values.empty()) return std::nullopt;
    if (shape.kind() != ShapeKind::kList) return HeaderTextToParam(shape, values.front(), format);
    json items = json::array();
    for (const std::string& text : values) {
      items.push_back(HeaderTextToParam(*shape.list_member(), text, format));
    }
    return items;
  }

  std::vector<std::string> QueryValues(const std::string& key) const {
    std::vector<std::string> values;
    for (const auto& [name, value] : query_) {
      if (name == key) values.push_back(value);
    }
    return values;
  }

  // A querystring map takes every key no other querystring member claims.
  std::optional<json> QueryMap(const MemberView& member, TimestampFormat format) const {
    ShapeView value_shape = *member.shape().map_value();
    json map = json::object();
    for (const auto& [name, value] : query_) {
      if (claimed_keys_.count(name) || map.contains(name)) continue;
      map[name] = HeaderTextToParam(value_shape, value, format);
    }
    if (map.empty()) return std::nullopt;
    return map;
  }

  std::optional<json> Header(const MemberView& member) const {
    const std::string* text = request_.FindHeader(member.wire_name());
    if (!text) return std::nullopt;
    return HeaderTextToParam(member.shape(), *text,
                             member.timestamp_format(TimestampFormat::kHttpDate));
  }

  std::optional<json> HeaderMap(const MemberView& member) const {
    std::string prefix = AsciiLower(member.wire_name());
    json map = json::object();
    for (const auto& [name, value] : request_.headers) {
      std::string lower = AsciiLower(name);
      if (lower.size() > prefix.size() && lower.compare(0, prefix.size(), prefix) == 0) {
        map[lower.substr(prefix.size())] = value;
      }
    }
    if (map.empty()) return std::nullopt;
    return map;
  }

  const HttpRequest& request_;
  const std::map<std::string, std::string>& labels_;
  QueryPairs query_;
  std::set<std::string> claimed_keys_;
};

// The body into the payload member, or into the body members of the input.
void ReadBody(ShapeView input, const std::string& body, DecodedRequest& out) {
  std::optional<MemberView> member = input.payload();
  ShapeKind kind = member ? member->shape().kind() : ShapeKind::kStructure;
  if (member && (kind == ShapeKind::kBlob || kind == ShapeKind::kString)) {
    if (!body.empty()) out.params[member->name()] = RawPayloadParam(kind, body);
    return;
  }
  if (IsBlank(body)) return;
  auto parsed = ParseJsonText(body, kMaxBodyDepth);
  if (!parsed.ok()) {
    out.body_error = "the body is not JSON: " + parsed.error();
    return;
  }
  if (member && kind == ShapeKind::kDocument) {  // a document payload is any JSON value
    out.params[member->name()] = std::move(parsed).value();
    return;
  }
  auto undeclared = ReadObjectBody(input, member ? &*member : nullptr, parsed.value(), out.params);
  if (!undeclared.ok()) {
    out.body_error = undeclared.error();
    return;
  }
  out.undeclared = std::move(undeclared).value();
}

}  // namespace

bool TakesBody(const Operation& operation) {
  std::optional<ShapeView> input = operation.input();
  if (!input) return false;
  if (input->payload()) return true;
  for (const MemberView& member : input->members()) {
    if (member.location() == Location::kBody) return true;
  }
  return false;
}

Result<DecodedRequest> DecodeRequest(const Operation& operation, const HttpRequest& request,
                                     const std::map<std::string, std::string>& labels) {
  DecodedRequest out;
  auto body = RequestBody(request);
  if (!body.ok()) {
    out.body_error = body.error();
    return out;
  }
  std::optional<ShapeView> input = operation.input();
  if (!input) {
    // json SDKs send "{}" for an operation without input.
    if (!IsBlank(body.value()) && !IsEmptyObject(body.value())) {
      out.body_error = "the operation takes no body";
    }
    return out;
  }
  ReadBody(*input, body.value(), out);
  LocatedMembers(request, labels).Read(input->members(), out.params);
  return out;
}

}  // namespace shapeguard::conformance
