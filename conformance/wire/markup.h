// Text for XML and HTML: the error bodies of the XML protocols, and the JUnit and HTML
// reports.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_MARKUP_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_MARKUP_H_

#include <string>

namespace shapeguard::conformance {

// Text for XML and HTML character data and attribute values: & < > " ' escaped, control
// characters XML 1.0 forbids (even escaped) replaced by "?".
std::string EscapeMarkup(const std::string& text);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_MARKUP_H_
