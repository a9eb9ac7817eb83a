// `shapeguard explain`: a compiled schema as text, every rule with its source.
#ifndef SHAPEGUARD_EXPLAIN_H_
#define SHAPEGUARD_EXPLAIN_H_

#include <string>

#include "shapeguard/schema.h"

namespace shapeguard {

// The text `shapeguard explain` prints for the schema: the operation's HTTP binding and the
// shape tree of the schema, each member with its shape, type, whether it is required and
// where it travels on the wire, then each rule that holds there ("kind: description
// [source]"), and for a patch checker its path table. A structure already printed is
// referred back to, not printed again.
std::string Explain(const Schema& schema);

}  // namespace shapeguard

#endif  // SHAPEGUARD_EXPLAIN_H_
