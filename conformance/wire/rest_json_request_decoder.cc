#include "wire/rest_json_request_decoder.h"

#include <set>
#include <utility>

#include "json_text.h"
#include "wire/json_body.h"
#include "wire/model_view.h"
#include "wire/percent_encoding.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using QueryPairs = std::vector<std::pair<std::string, std::string>>;

QueryPairs ParseQuery(std::string_view query) {
  QueryPairs pairs;
  while (!query.empty()) {
    std::size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
    if (pair.empty()) continue;
    std::size_t equals = pair.find('=');
    std::string key = PercentDecode(pair.substr(0, equals));
    std::string value =
        equals == std::string_view::npos ? "" : PercentDecode(pair.substr(equals + 1));
    pairs.emplace_back(std::move(key), std::move(value));
  }
  return pairs;
}

bool IsBlank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Reads the non-body members of a request into the parameter form.
class LocatedMembers {
 public:
  LocatedMembers(const json& shapes, const HttpRequest& request,
                 const std::map<std::string, std::string>& labels)
      : shapes_(shapes), request_(request), labels_(labels), query_(ParseQuery(request.query)) {}

  void Read(const std::vector<MemberView>& members, json& params) {
    for (const MemberView& member : members) {
      if (member.location == "querystring" && ShapeTypeOf(*member.shape) != "map") {
        claimed_keys_.insert(member.wire_name);
      }
    }
    for (const MemberView& member : members) {
      std::optional<json> value = ReadMember(member);
      if (value) params[member.name] = std::move(*value);
    }
  }

 private:
  std::optional<json> ReadMember(const MemberView& member) const {
    if (member.location == "uri") return Label(member);
    if (member.location == "querystring") return Query(member);
    if (member.location == "header") return Header(member);
    if (member.location == "headers") return HeaderMap(member);
    return std::nullopt;
  }

  std::optional<json> Label(const MemberView& member) const {
    auto it = labels_.find(member.wire_name);
    if (it == labels_.end()) return std::nullopt;
    return HeaderTextToParam(shapes_, *member.shape, it->second,
                             TimestampFormatOf(member, TimestampFormat::kIso8601));
  }

  std::optional<json> Query(const MemberView& member) const {
    TimestampFormat format = TimestampFormatOf(member, TimestampFormat::kIso8601);
    std::string type = ShapeTypeOf(*member.shape);
    if (type == "map") return QueryMap(member, format);
    std::vector<std::string> values = QueryValues(member.wire_name);
    if (values.empty()) return std::nullopt;
    if (type != "list") return HeaderTextToParam(shapes_, *member.shape, values.front(), format);
    const json* item_shape = member.shape->contains("member")
                                 ? TargetShape(shapes_, member.shape->at("member"))
                                 : nullptr;
    json items = json::array();
    for (const std::string& text : values) {
      items.push_back(item_shape ? HeaderTextToParam(shapes_, *item_shape, text, format)
                                 : json(text));
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
    const json* value_shape =
        member.shape->contains("value") ? TargetShape(shapes_, member.shape->at("value")) : nullptr;
    json map = json::object();
    for (const auto& [name, value] : query_) {
      if (claimed_keys_.count(name) || map.contains(name)) continue;
      map[name] =
          value_shape ? HeaderTextToParam(shapes_, *value_shape, value, format) : json(value);
    }
    if (map.empty()) return std::nullopt;
    return map;
  }

  std::optional<json> Header(const MemberView& member) const {
    const std::string* text = request_.FindHeader(member.wire_name);
    if (!text) return std::nullopt;
    return HeaderTextToParam(shapes_, *member.shape, *text,
                             TimestampFormatOf(member, TimestampFormat::kHttpDate));
  }

  std::optional<json> HeaderMap(const MemberView& member) const {
    std::string prefix = AsciiLower(member.wire_name);
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

  const json& shapes_;
  const HttpRequest& request_;
  const std::map<std::string, std::string>& labels_;
  QueryPairs query_;
  std::set<std::string> claimed_keys_;
};

// The body into the payload member, or into the body members of the input.
void ReadBody(const json& shapes, const json& input, const std::string& body, DecodedRequest& out) {
  std::string payload = PayloadMemberName(input);
  std::optional<MemberView> member =
      payload.empty() ? std::nullopt : FindMember(shapes, input, payload);
  std::string type = member ? ShapeTypeOf(*member->shape) : "";
  if (member && (type == "blob" || type == "string")) {
    if (!body.empty()) out.params[member->name] = body;
    return;
  }
  if (IsBlank(body)) return;
  auto parsed = internal::ParseJsonText(body, kMaxBodyDepth);
  if (!parsed.ok()) {
    out.body_error = "the body is not JSON: " + parsed.error();
    return;
  }
  auto undeclared =
      ReadObjectBody(shapes, input, member ? &*member : nullptr, parsed->document, out.params);
  if (!undeclared.ok()) {
    out.body_error = undeclared.error();
    return;
  }
  out.undeclared = std::move(undeclared).value();
}

}  // namespace

Result<DecodedRequest> DecodeRequest(const Schema& input_schema, const HttpRequest& request,
                                     const std::map<std::string, std::string>& labels) {
  if (input_schema.direction() != Direction::kInput) {
    return Status::Error(input_schema.qualified_name() + ": requests need the input schema");
  }
  auto op = ViewOperation(input_schema);
  if (!op.ok()) return op.status();
  DecodedRequest out;
  if (!op->input) {
    if (!IsBlank(request.body)) out.body_error = "the operation takes no body";
    return out;
  }
  ReadBody(*op->shapes, *op->input, request.body, out);
  LocatedMembers(*op->shapes, request, labels)
      .Read(StructureMembers(*op->shapes, *op->input), out.params);
  return out;
}

}  // namespace shapeguard::conformance
