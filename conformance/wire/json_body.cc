#include "wire/json_body.h"

#include <map>

#include "shapeguard/json_pointer.h"
#include "shapeguard/timestamp.h"
#include "shapeguard/utf8.h"
#include "wire/digest.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

Status TooDeep() {
  return Status::Error("the value nests deeper than " + std::to_string(kMaxBodyDepth) + " levels");
}

class Encoder {
 public:
  Result<json> Value(ShapeView shape, const MemberView* member, const json& value, int depth) {
    if (depth > kMaxBodyDepth) return TooDeep();
    ShapeKind kind = shape.kind();
    if (shape.has_members() && value.is_object()) return Structure(shape, value, depth);
    if (kind == ShapeKind::kList && value.is_array()) return List(shape, value, depth);
    if (kind == ShapeKind::kMap && value.is_object()) return Map(shape, value, depth);
    if (kind == ShapeKind::kTimestamp) return Timestamp(shape, member, value);
    if (kind == ShapeKind::kBlob && value.is_string()) {
      return json(Base64Encode(value.get<std::string>()));
    }
    return value;
  }

 private:
  Result<json> Structure(ShapeView shape, const json& value, int depth) {
    json out = json::object();
    for (const auto& [name, member_value] : value.items()) {
      if (member_value.is_null()) continue;
      std::optional<MemberView> member = shape.FindMember(name);
      if (!member) {
        out[name] = member_value;
        continue;
      }
      auto encoded = Value(member->shape(), &*member, member_value, depth + 1);
      if (!encoded.ok()) return encoded;
      out[member->wire_name()] = std::move(encoded).value();
    }
    return out;
  }

  Result<json> List(ShapeView shape, const json& value, int depth) {
    ShapeView item_shape = *shape.list_member();
    json out = json::array();
    for (const json& item : value) {
      auto encoded = Value(item_shape, nullptr, item, depth + 1);
      if (!encoded.ok()) return encoded;
      out.push_back(std::move(encoded).value());
    }
    return out;
  }

  Result<json> Map(ShapeView shape, const json& value, int depth) {
    ShapeView value_shape = *shape.map_value();
    json out = json::object();
    for (const auto& [key, item] : value.items()) {
      auto encoded = Value(value_shape, nullptr, item, depth + 1);
      if (!encoded.ok()) return encoded;
      out[key] = std::move(encoded).value();
    }
    return out;
  }

  static Result<json> Timestamp(ShapeView shape, const MemberView* member, const json& value) {
    std::optional<EpochMillis> time = TimestampFromParam(value);
    if (!time) return value;
    TimestampFormat format =
        member ? member->timestamp_format(TimestampFormat::kEpochSeconds)
               : shape.timestamp_format().value_or(TimestampFormat::kEpochSeconds);
    if (format == TimestampFormat::kEpochSeconds) return EpochSecondsJson(*time);
    return json(FormatTimestampText(*time, format));
  }
};

// An HTTP-date timestamp ("rfc822" format) in the parameter form's ISO-8601; other texts
// stay as they are (ISO-8601 already is; anything else is for validation to report).
json TimestampParam(const json& value) {
  auto time = ParseHttpDate(value.get<std::string>());
  return time ? json(FormatIso8601(*time)) : value;
}

class Decoder {
 public:
  // `pointer` is where `value` is in the wire body, for reporting undeclared keys.
  Result<json> Value(ShapeView shape, const json& value, const std::string& pointer, int depth,
                     bool body_only) {
    if (depth > kMaxBodyDepth) return TooDeep();
    ShapeKind kind = shape.kind();
    if (shape.has_members() && value.is_object()) {
      return Structure(shape, value, pointer, depth, body_only);
    }
    if (kind == ShapeKind::kList && value.is_array()) return List(shape, value, pointer, depth);
    if (kind == ShapeKind::kMap && value.is_object()) return Map(shape, value, pointer, depth);
    if (kind == ShapeKind::kBlob && value.is_string()) return BlobParam(value.get<std::string>());
    if (kind == ShapeKind::kTimestamp && value.is_string()) return TimestampParam(value);
    return value;
  }

  std::vector<std::string> TakeUndeclared() { return std::move(undeclared_); }

 private:
  Result<json> Structure(ShapeView shape, const json& value, const std::string& pointer, int depth,
                         bool body_only) {
    std::map<std::string_view, MemberView, std::less<>> by_wire_name;
    for (const MemberView& member : shape.members()) {
      if (body_only && member.location() != Location::kBody) continue;
      by_wire_name.emplace(member.wire_name(), member);
    }
    json out = json::object();
    for (const auto& [key, member_value] : value.items()) {
      std::string child = pointer;
      AppendPointerToken(child, key);
      auto it = by_wire_name.find(key);
      if (it == by_wire_name.end()) {
        undeclared_.push_back(std::move(child));
        continue;
      }
      if (member_value.is_null()) continue;
      auto decoded = Value(it->second.shape(), member_value, child, depth + 1, false);
      if (!decoded.ok()) return decoded;
      out[it->second.name()] = std::move(decoded).value();
    }
    return out;
  }

  Result<json> List(ShapeView shape, const json& value, const std::string& pointer, int depth) {
    ShapeView item_shape = *shape.list_member();
    json out = json::array();
    for (std::size_t i = 0; i < value.size(); ++i) {
      auto decoded =
          Value(item_shape, value[i], pointer + "/" + std::to_string(i), depth + 1, false);
      if (!decoded.ok()) return decoded;
      out.push_back(std::move(decoded).value());
    }
    return out;
  }

  Result<json> Map(ShapeView shape, const json& value, const std::string& pointer, int depth) {
    ShapeView value_shape = *shape.map_value();
    json out = json::object();
    for (const auto& [key, item] : value.items()) {
      std::string child = pointer;
      AppendPointerToken(child, key);
      auto decoded = Value(value_shape, item, child, depth + 1, false);
      if (!decoded.ok()) return decoded;
      out[key] = std::move(decoded).value();
    }
    return out;
  }

  std::vector<std::string> undeclared_;
};

}  // namespace

json RawPayloadParam(ShapeKind kind, const std::string& body) {
  if (kind != ShapeKind::kBlob || IsValidUtf8(body)) return body;
  return Base64Encode(body);
}

json BlobParam(const std::string& base64) {
  std::optional<std::string> bytes = Base64Decode(base64);
  if (!bytes || !IsValidUtf8(*bytes)) return base64;
  return *bytes;
}

Result<json> EncodeBodyValue(ShapeView shape, const MemberView* member, const json& value) {
  return Encoder().Value(shape, member, value, 0);
}

Result<DecodedBody> DecodeBodyValue(ShapeView shape, const json& value, bool body_only) {
  Decoder decoder;
  auto decoded = decoder.Value(shape, value, "", 0, body_only);
  if (!decoded.ok()) return decoded.status();
  return DecodedBody{std::move(decoded).value(), decoder.TakeUndeclared()};
}

Result<std::vector<std::string>> ReadObjectBody(ShapeView structure, const MemberView* payload,
                                                const json& body, json& params) {
  if (!body.is_object()) return Status::Error("the body is JSON but not an object");
  auto decoded = payload ? DecodeBodyValue(payload->shape(), body)
                         : DecodeBodyValue(structure, body, /*body_only=*/true);
  if (!decoded.ok()) return decoded.status();
  if (payload) {
    params[payload->name()] = std::move(decoded->value);
  } else {
    for (auto& [name, value] : decoded->value.items()) params[name] = std::move(value);
  }
  return std::move(decoded->undeclared);
}

}  // namespace shapeguard::conformance
