// Scalars in text: how a parameter value is written into a URI label, a query string or a
// header, and how a header's text is read back into a parameter value.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_WIRE_SCALAR_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_WIRE_SCALAR_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "shapeguard/operation.h"
#include "shapeguard/timestamp.h"

namespace shapeguard::conformance {

// The text of a scalar value of `shape`: strings as they are, booleans "true"/"false",
// numbers as JSON writes them, timestamps in `timestamp_format`. A value that does not fit
// its shape (an invalid document) is written as it is, so that it still reaches the server;
// nullopt for objects, arrays and null, which have no text form.
std::optional<std::string> ScalarText(ShapeView shape, const nlohmann::json& value,
                                      TimestampFormat timestamp_format);

// A header list: the items' text joined with ",". String items holding "," or '"' are
// quoted, with '"' escaped (RFC 7230 lists, as botocore writes them). nullopt when an item
// has no text form.
std::optional<std::string> HeaderListText(ShapeView list_shape, const nlohmann::json& items);

// Reads a header's text as a parameter value of `shape`: integers, floats and booleans are
// converted, timestamps become ISO-8601 strings, lists are split at commas. Text that does
// not read as its shape's type is kept as a string, so validation reports it.
nlohmann::json HeaderTextToParam(ShapeView shape, std::string_view text,
                                 TimestampFormat timestamp_format);

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_WIRE_SCALAR_H_
