#include "wire/xml_document.h"

#include <expat.h>

namespace shapeguard::conformance {
namespace {

struct Builder {
  std::vector<XmlElement*> open;  // the path from the root to the element being read
  XmlElement root;
  bool has_root = false;
  int max_depth = 0;
  std::string error;
  XML_Parser parser = nullptr;

  void Stop(std::string why) {
    if (error.empty()) error = std::move(why);
    XML_StopParser(parser, XML_FALSE);
  }
};

std::string LocalName(const char* name) {
  std::string_view text(name);
  std::size_t colon = text.rfind(':');
  return std::string(colon == std::string_view::npos ? text : text.substr(colon + 1));
}

void OnStart(void* user, const XML_Char* name, const XML_Char** /*attributes*/) {
  auto* builder = static_cast<Builder*>(user);
  if (static_cast<int>(builder->open.size()) >= builder->max_depth) {
    builder->Stop("the XML nests deeper than " + std::to_string(builder->max_depth) + " levels");
    return;
  }
  XmlElement* element;
  if (builder->open.empty()) {
    builder->has_root = true;
    element = &builder->root;
  } else {
    builder->open.back()->children.emplace_back();
    element = &builder->open.back()->children.back();
  }
  element->name = LocalName(name);
  builder->open.push_back(element);
}

void OnEnd(void* user, const XML_Char* /*name*/) { static_cast<Builder*>(user)->open.pop_back(); }

void OnText(void* user, const XML_Char* text, int length) {
  auto* builder = static_cast<Builder*>(user);
  if (!builder->open.empty())
    builder->open.back()->text.append(text, static_cast<std::size_t>(length));
}

void OnEntityDeclaration(void* user, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                         const XML_Char*, const XML_Char*, const XML_Char*) {
  static_cast<Builder*>(user)->Stop("the XML declares entities");
}

}  // namespace

const XmlElement* XmlElement::Child(std::string_view child_name) const {
  for (const XmlElement& child : children) {
    if (child.name == child_name) return &child;
  }
  return nullptr;
}

Result<XmlElement> ParseXml(std::string_view text, int max_depth) {
  // Namespace processing off: names come as written ("ns:Foo"), and LocalName strips the
  // prefix.
  XML_Parser parser = XML_ParserCreate("UTF-8");
  if (!parser) return Status::Error("expat: cannot create a parser");
  Builder builder;
  builder.parser = parser;
  builder.max_depth = max_depth;
  builder.open.reserve(static_cast<std::size_t>(max_depth));
  XML_SetUserData(parser, &builder);
  XML_SetElementHandler(parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser, OnText);
  XML_SetEntityDeclHandler(parser, OnEntityDeclaration);
  XML_Status status = XML_Parse(parser, text.data(), static_cast<int>(text.size()), XML_TRUE);
  std::string where = "line " + std::to_string(XML_GetCurrentLineNumber(parser)) + ", column " +
                      std::to_string(XML_GetCurrentColumnNumber(parser));
  const XML_LChar* described = XML_ErrorString(XML_GetErrorCode(parser));  // null for no error
  std::string expat_error = described ? described : "";
  XML_ParserFree(parser);
  if (!builder.error.empty()) return Status::Error(builder.error);
  if (status != XML_STATUS_OK) return Status::Error("not XML (" + where + "): " + expat_error);
  if (!builder.has_root) return Status::Error("not XML: no root element");
  return std::move(builder.root);
}

}  // namespace shapeguard::conformance
