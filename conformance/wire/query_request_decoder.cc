#include "wire/query_request_decoder.h"

#include <cctype>
#include <map>
#include <set>
#include <string_view>

#include "wire/content_encoding.h"
#include "wire/json_body.h"
#include "wire/percent_encoding.h"
#include "wire/wire_scalar.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using FormKeys = std::map<std::string, std::string, std::less<>>;

// The form's pairs into keys; the first of a repeated name wins.
void ReadForm(std::string_view form, FormKeys& keys) {
  for (auto& [name, value] : ParseUrlEncoded(form, Plus::kSpace)) {
    keys.emplace(std::move(name), std::move(value));
  }
}

class QueryReader {
 public:
  QueryReader(const FormKeys& keys, bool ec2) : keys_(keys), ec2_(ec2) {}

  // The value of `shape` under `prefix`, or nullopt when no key is there. `member` is the
  // member that reached it (nullptr for the input itself, list items and map entries).
  std::optional<json> Read(ShapeView shape, const std::string& prefix, const MemberView* member,
                           int depth) {
    if (depth > kMaxBodyDepth) return std::nullopt;
    bool flattened = shape.flattened() || (member && member->flattened());
    switch (shape.kind()) {
      case ShapeKind::kStructure:
      case ShapeKind::kUnion:
        return ReadStructure(shape, prefix, depth);
      case ShapeKind::kList:
        return ReadList(shape, prefix, flattened, depth);
      case ShapeKind::kMap:
        return ReadMap(shape, prefix, flattened, depth);
      default:
        return ReadScalar(shape, prefix,
                          member ? member->timestamp_format(TimestampFormat::kIso8601)
                                 : shape.timestamp_format().value_or(TimestampFormat::kIso8601));
    }
  }

  // Every key read so far.
  const std::set<std::string>& used() const { return used_; }

 private:
  // True when a key is `prefix` itself or starts with `prefix` + ".".
  bool Present(const std::string& prefix) const {
    return keys_.count(prefix) > 0 || HasChild(prefix);
  }

  bool HasChild(const std::string& prefix) const {
    auto it = keys_.lower_bound(prefix + ".");
    return it != keys_.end() && it->first.compare(0, prefix.size() + 1, prefix + ".") == 0;
  }

  // The indexes N of the keys "prefix.N" and "prefix.N.…", in numeric order.
  std::set<long> Indexes(const std::string& prefix) const {
    std::set<long> indexes;
    std::string start = prefix + ".";
    for (auto it = keys_.lower_bound(start);
         it != keys_.end() && it->first.compare(0, start.size(), start) == 0; ++it) {
      std::string_view rest = std::string_view(it->first).substr(start.size());
      std::size_t digits = 0;
      while (digits < rest.size() && digits < 9 &&
             std::isdigit(static_cast<unsigned char>(rest[digits]))) {
        ++digits;
      }
      if (digits == 0 || (digits < rest.size() && rest[digits] != '.')) continue;
      indexes.insert(std::stol(std::string(rest.substr(0, digits))));
    }
    return indexes;
  }

  // ec2: queryName, else the locationName or member name capitalised (Smithy's ec2Query).
  std::string MemberName(const MemberView& member) const {
    if (!ec2_) return member.wire_name();
    if (!member.query_name().empty()) return member.query_name();
    std::string name = member.wire_name();
    if (!name.empty())
      name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    return name;
  }

  std::optional<json> ReadStructure(ShapeView shape, const std::string& prefix, int depth) {
    json object = json::object();
    bool any = false;
    for (const MemberView& member : shape.members()) {
      std::string name = MemberName(member);
      std::string child = prefix.empty() ? name : prefix + "." + name;
      if (!Present(child)) continue;
      auto value = Read(member.shape(), child, &member, depth + 1);
      if (value) {
        object[member.name()] = std::move(*value);
        any = true;
      }
    }
    if (!any && !prefix.empty()) return std::nullopt;
    return object;
  }

  // A flattened list keeps the member's name for its items (Smithy's awsQuery), and ec2
  // lists are always flat ("Name.N").
  std::optional<json> ReadList(ShapeView shape, const std::string& prefix, bool flattened,
                               int depth) {
    std::string items = prefix;
    if (!ec2_ && !flattened) {
      items =
          prefix + "." + (shape.list_member_name().empty() ? "member" : shape.list_member_name());
    }
    json array = json::array();
    for (long index : Indexes(items)) {
      auto item =
          Read(*shape.list_member(), items + "." + std::to_string(index), nullptr, depth + 1);
      if (item) array.push_back(std::move(*item));
    }
    // "Name=" is how the query protocol sends an empty list.
    if (auto it = keys_.find(prefix); it != keys_.end() && it->second.empty()) used_.insert(prefix);
    return array;
  }

  std::optional<json> ReadMap(ShapeView shape, const std::string& prefix, bool flattened,
                              int depth) {
    std::string entries = flattened ? prefix : prefix + ".entry";
    std::string key_name = shape.map_key_name().empty() ? "key" : shape.map_key_name();
    std::string value_name = shape.map_value_name().empty() ? "value" : shape.map_value_name();
    json object = json::object();
    for (long index : Indexes(entries)) {
      std::string entry = entries + "." + std::to_string(index) + ".";
      auto key = Read(*shape.map_key(), entry + key_name, nullptr, depth + 1);
      auto value = Read(*shape.map_value(), entry + value_name, nullptr, depth + 1);
      if (key && key->is_string()) object[key->get<std::string>()] = value ? *value : json();
    }
    return object;
  }

  std::optional<json> ReadScalar(ShapeView shape, const std::string& prefix,
                                 TimestampFormat format) {
    auto it = keys_.find(prefix);
    if (it == keys_.end()) return std::nullopt;
    used_.insert(prefix);
    if (shape.kind() == ShapeKind::kString) return it->second;
    if (shape.kind() == ShapeKind::kBlob) return BlobParam(it->second);
    return HeaderTextToParam(shape, it->second, format);
  }

  const FormKeys& keys_;
  bool ec2_;
  std::set<std::string> used_;
};

}  // namespace

Result<DecodedRequest> DecodeQueryRequest(const Operation& operation, const HttpRequest& request) {
  FormKeys keys;
  DecodedRequest decoded;
  auto body = RequestBody(request);
  if (!body.ok()) {
    decoded.body_error = body.error();
    return decoded;
  }
  ReadForm(request.query, keys);
  ReadForm(body.value(), keys);
  auto input = operation.input();
  if (!input) return decoded;
  QueryReader reader(keys, operation.protocol() == Protocol::kEc2);
  auto params = reader.Read(*input, "", nullptr, 0);
  if (params) decoded.params = std::move(*params);
  for (const auto& [key, value] : keys) {
    if (key == "Action" || key == "Version" || reader.used().count(key)) continue;
    decoded.undeclared.push_back(key);
  }
  return decoded;
}

}  // namespace shapeguard::conformance
