#include "wire/query_response_decoder.h"

#include "shapeguard/json_pointer.h"
#include "wire/json_body.h"
#include "wire/wire_scalar.h"
#include "wire/xml_document.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;

class XmlReader {
 public:
  json Structure(ShapeView shape, const XmlElement& element, const std::string& pointer, int depth,
                 bool top) {
    json out = json::object();
    std::vector<bool> claimed(element.children.size(), false);
    for (const MemberView& member : shape.members()) {
      const std::string& name = member.wire_name();  // flattened lists too (Smithy)
      ShapeView member_shape = member.shape();
      bool flattened = member.flattened() || member_shape.flattened();
      std::vector<const XmlElement*> found;
      for (std::size_t i = 0; i < element.children.size(); ++i) {
        if (element.children[i].name != name) continue;
        claimed[i] = true;
        found.push_back(&element.children[i]);
      }
      if (found.empty()) continue;
      std::string child = pointer;
      AppendPointerToken(child, name);
      if (flattened && member_shape.kind() == ShapeKind::kList) {
        json items = json::array();
        for (const XmlElement* item : found) {
          items.push_back(Value(*member_shape.list_member(), *item, nullptr, child, depth + 1));
        }
        out[member.name()] = std::move(items);
      } else if (flattened && member_shape.kind() == ShapeKind::kMap) {
        out[member.name()] = MapEntries(member_shape, found, child, depth + 1);
      } else {
        out[member.name()] = Value(member_shape, *found.front(), &member, child, depth + 1);
      }
    }
    for (std::size_t i = 0; i < element.children.size(); ++i) {
      const std::string& name = element.children[i].name;
      if (claimed[i] || (top && (name == "ResponseMetadata" || name == "requestId"))) continue;
      std::string child = pointer;
      AppendPointerToken(child, name);
      undeclared.push_back(std::move(child));
    }
    return out;
  }

  std::vector<std::string> undeclared;

 private:
  json Value(ShapeView shape, const XmlElement& element, const MemberView* member,
             const std::string& pointer, int depth) {
    if (depth > kMaxBodyDepth) return element.text;
    switch (shape.kind()) {
      case ShapeKind::kStructure:
      case ShapeKind::kUnion:
        return Structure(shape, element, pointer, depth, false);
      case ShapeKind::kList: {
        std::string item_name =
            shape.list_member_name().empty() ? "member" : shape.list_member_name();
        json items = json::array();
        for (const XmlElement& item : element.children) {
          if (item.name != item_name) continue;
          items.push_back(Value(*shape.list_member(), item, nullptr, pointer, depth + 1));
        }
        return items;
      }
      case ShapeKind::kMap: {
        std::vector<const XmlElement*> entries;
        for (const XmlElement& entry : element.children) {
          if (entry.name == "entry") entries.push_back(&entry);
        }
        return MapEntries(shape, entries, pointer, depth);
      }
      case ShapeKind::kString:
        return element.text;
      case ShapeKind::kBlob:
        return BlobParam(element.text);
      default:
        return HeaderTextToParam(
            shape, element.text,
            member ? member->timestamp_format(TimestampFormat::kIso8601)
                   : shape.timestamp_format().value_or(TimestampFormat::kIso8601));
    }
  }

  json MapEntries(ShapeView shape, const std::vector<const XmlElement*>& entries,
                  const std::string& pointer, int depth) {
    std::string key_name = shape.map_key_name().empty() ? "key" : shape.map_key_name();
    std::string value_name = shape.map_value_name().empty() ? "value" : shape.map_value_name();
    json out = json::object();
    for (const XmlElement* entry : entries) {
      const XmlElement* key = entry->Child(key_name);
      const XmlElement* value = entry->Child(value_name);
      if (!key) continue;
      out[key->text] =
          value ? Value(*shape.map_value(), *value, nullptr, pointer, depth + 1) : json();
    }
    return out;
  }
};

// <ErrorResponse><Error> (query) or <Response><Errors><Error> (ec2).
const XmlElement* FindError(const XmlElement& root) {
  if (root.name == "Error") return &root;
  if (const XmlElement* error = root.Child("Error")) return error;
  if (const XmlElement* errors = root.Child("Errors")) return errors->Child("Error");
  return nullptr;
}

}  // namespace

Result<DecodedResponse> DecodeQueryResponse(const Operation& operation,
                                            const HttpResponse& response) {
  DecodedResponse out;
  out.status = response.status;
  out.headers = response.headers;
  out.raw_body_text = response.body;
  if (response.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    if (out.is_error()) return out;
    out.params = json::object();
    return out;
  }
  auto document = ParseXml(response.body);
  if (!document.ok()) {
    out.body_error = document.error();
    return out;
  }
  const XmlElement& root = document.value();
  if (out.is_error()) {
    if (const XmlElement* error = FindError(root)) {
      if (const XmlElement* code = error->Child("Code")) out.error_type = code->text;
      if (const XmlElement* message = error->Child("Message")) out.error_message = message->text;
    }
    return out;
  }
  out.params = json::object();
  std::optional<ShapeView> output = operation.output();
  const XmlElement* result = root.Child(operation.name() + "Result");
  const XmlElement& members = result ? *result : root;
  if (!output) {  // no output shape: every element is undeclared
    for (const XmlElement& child : members.children) {
      if (child.name == "ResponseMetadata" || child.name == "requestId") continue;
      out.undeclared.push_back(RenderPointer({child.name}));
    }
    return out;
  }
  XmlReader reader;
  out.params = reader.Structure(*output, members, "", 0, true);
  out.undeclared = std::move(reader.undeclared);
  return out;
}

}  // namespace shapeguard::conformance
