// XML responses read into a small tree: the query and ec2 protocols answer in XML. Names are
// kept without their namespace prefix (AWS's parsers match local names), attributes are
// dropped (no query or ec2 output member is an attribute), and text is unescaped.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_XML_DOCUMENT_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_XML_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/result.h"

namespace shapeguard::conformance {

struct XmlElement {
  std::string name;  // the local name: "Foo" for <ns:Foo>
  std::string text;  // the character data directly inside it (CDATA included)
  std::vector<XmlElement> children;

  // The first child of this name, or nullptr.
  const XmlElement* Child(std::string_view child_name) const;
};

// Parses a whole document (expat). Fails, saying where, when it is not well-formed, nests
// deeper than max_depth or declares entities (no billion laughs).
Result<XmlElement> ParseXml(std::string_view text, int max_depth = 128);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_XML_DOCUMENT_H_
