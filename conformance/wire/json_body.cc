#include "wire/json_body.h"

#include <map>

#include "shapeguard/json_pointer.h"
#include "utf8.h"
#include "wire/digest.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

Status TooDeep() {
  return Status::Error("the value nests deeper than " + std::to_string(kMaxBodyDepth) + " levels");
}

// The shape a list's "member" or a map's "key"/"value" reference targets, or nullptr.
const json* ChildShape(const json& shapes, const json& shape, const char* key) {
  auto it = shape.find(key);
  return it == shape.end() ? nullptr : TargetShape(shapes, *it);
}

class Encoder {
 public:
  explicit Encoder(const json& shapes) : shapes_(shapes) {}

  Result<json> Value(const json& shape, const json* ref, const json& value, int depth) {
    if (depth > kMaxBodyDepth) return TooDeep();
    std::string type = ShapeTypeOf(shape);
    if (type == "structure" && value.is_object()) return Structure(shape, value, depth);
    if (type == "list" && value.is_array()) return List(shape, value, depth);
    if (type == "map" && value.is_object()) return Map(shape, value, depth);
    if (type == "timestamp") return Timestamp(shape, ref, value);
    if (type == "blob" && value.is_string()) return json(Base64Encode(value.get<std::string>()));
    return value;
  }

 private:
  Result<json> Structure(const json& shape, const json& value, int depth) {
    json out = json::object();
    for (const auto& [name, member_value] : value.items()) {
      if (member_value.is_null()) continue;
      std::optional<MemberView> member = FindMember(shapes_, shape, name);
      if (!member) {
        out[name] = member_value;
        continue;
      }
      auto encoded = Value(*member->shape, member->ref, member_value, depth + 1);
      if (!encoded.ok()) return encoded;
      out[member->wire_name] = std::move(encoded).value();
    }
    return out;
  }

  Result<json> List(const json& shape, const json& value, int depth) {
    const json* item_shape = ChildShape(shapes_, shape, "member");
    if (!item_shape) return value;
    json out = json::array();
    for (const json& item : value) {
      auto encoded = Value(*item_shape, nullptr, item, depth + 1);
      if (!encoded.ok()) return encoded;
      out.push_back(std::move(encoded).value());
    }
    return out;
  }

  Result<json> Map(const json& shape, const json& value, int depth) {
    const json* value_shape = ChildShape(shapes_, shape, "value");
    if (!value_shape) return value;
    json out = json::object();
    for (const auto& [key, item] : value.items()) {
      auto encoded = Value(*value_shape, nullptr, item, depth + 1);
      if (!encoded.ok()) return encoded;
      out[key] = std::move(encoded).value();
    }
    return out;
  }

  Result<json> Timestamp(const json& shape, const json* ref, const json& value) {
    std::optional<EpochMillis> time = TimestampFromParam(value);
    if (!time) return value;
    MemberView view;
    view.ref = ref;
    view.shape = &shape;
    TimestampFormat format = TimestampFormatOf(view, TimestampFormat::kEpochSeconds);
    if (format == TimestampFormat::kEpochSeconds) return EpochSecondsJson(*time);
    return json(FormatTimestampText(*time, format));
  }

  const json& shapes_;
};

class Decoder {
 public:
  explicit Decoder(const json& shapes) : shapes_(shapes) {}

  // `pointer` is where `value` is in the wire body, for reporting undeclared keys.
  Result<json> Value(const json& shape, const json& value, const std::string& pointer, int depth,
                     bool body_only) {
    if (depth > kMaxBodyDepth) return TooDeep();
    std::string type = ShapeTypeOf(shape);
    if (type == "structure" && value.is_object()) {
      return Structure(shape, value, pointer, depth, body_only);
    }
    if (type == "list" && value.is_array()) return List(shape, value, pointer, depth);
    if (type == "map" && value.is_object()) return Map(shape, value, pointer, depth);
    if (type == "blob" && value.is_string()) return Blob(value.get<std::string>());
    return value;
  }

  std::vector<std::string> TakeUndeclared() { return std::move(undeclared_); }

 private:
  Result<json> Structure(const json& shape, const json& value, const std::string& pointer,
                         int depth, bool body_only) {
    std::map<std::string, MemberView, std::less<>> by_wire_name;
    for (MemberView& member : StructureMembers(shapes_, shape)) {
      if (body_only && !member.location.empty()) continue;
      std::string wire_name = member.wire_name;
      by_wire_name.emplace(std::move(wire_name), std::move(member));
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
      auto decoded = Value(*it->second.shape, member_value, child, depth + 1, false);
      if (!decoded.ok()) return decoded;
      out[it->second.name] = std::move(decoded).value();
    }
    return out;
  }

  Result<json> List(const json& shape, const json& value, const std::string& pointer, int depth) {
    const json* item_shape = ChildShape(shapes_, shape, "member");
    if (!item_shape) return value;
    json out = json::array();
    for (std::size_t i = 0; i < value.size(); ++i) {
      auto decoded =
          Value(*item_shape, value[i], pointer + "/" + std::to_string(i), depth + 1, false);
      if (!decoded.ok()) return decoded;
      out.push_back(std::move(decoded).value());
    }
    return out;
  }

  Result<json> Map(const json& shape, const json& value, const std::string& pointer, int depth) {
    const json* value_shape = ChildShape(shapes_, shape, "value");
    if (!value_shape) return value;
    json out = json::object();
    for (const auto& [key, item] : value.items()) {
      std::string child = pointer;
      AppendPointerToken(child, key);
      auto decoded = Value(*value_shape, item, child, depth + 1, false);
      if (!decoded.ok()) return decoded;
      out[key] = std::move(decoded).value();
    }
    return out;
  }

  // Base64 that does not decode to UTF-8 text stays base64: the parameter form is JSON text,
  // which cannot hold arbitrary bytes.
  static json Blob(const std::string& text) {
    std::optional<std::string> bytes = Base64Decode(text);
    if (!bytes || !internal::IsValidUtf8(*bytes)) return text;
    return *bytes;
  }

  const json& shapes_;
  std::vector<std::string> undeclared_;
};

}  // namespace

Result<json> EncodeBodyValue(const json& shapes, const json& shape, const json* ref,
                             const json& value) {
  return Encoder(shapes).Value(shape, ref, value, 0);
}

Result<DecodedBody> DecodeBodyValue(const json& shapes, const json& shape, const json& value,
                                    bool body_only) {
  Decoder decoder(shapes);
  auto decoded = decoder.Value(shape, value, "", 0, body_only);
  if (!decoded.ok()) return decoded.status();
  return DecodedBody{std::move(decoded).value(), decoder.TakeUndeclared()};
}

Result<std::vector<std::string>> ReadObjectBody(const nlohmann::json& shapes,
                                                const nlohmann::json& structure,
                                                const MemberView* payload,
                                                const nlohmann::json& body,
                                                nlohmann::json& params) {
  if (!body.is_object()) return Status::Error("the body is JSON but not an object");
  auto decoded = payload ? DecodeBodyValue(shapes, *payload->shape, body)
                         : DecodeBodyValue(shapes, structure, body, /*body_only=*/true);
  if (!decoded.ok()) return decoded.status();
  if (payload) {
    params[payload->name] = std::move(decoded->value);
  } else {
    for (auto& [name, value] : decoded->value.items()) params[name] = std::move(value);
  }
  return std::move(decoded->undeclared);
}

}  // namespace shapeguard::conformance
