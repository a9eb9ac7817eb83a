// Transitional: the UTF-8 helpers are public now, declared in shapeguard/utf8.h in namespace
// shapeguard. This header only keeps their old spelling, internal::..., for the generator
// side that still uses it (properties/string_generator.cc, properties/violation_generator.cc,
// and fuzz/check_support.h through fuzz/harness_support.h); delete it when they move.
#ifndef SHAPEGUARD_INTERNAL_UTF8_H_
#define SHAPEGUARD_INTERNAL_UTF8_H_

#include "shapeguard/utf8.h"

namespace shapeguard::internal {

using shapeguard::AppendJsonEscape;
using shapeguard::AppendJsonEscaped;
using shapeguard::CountCodePoints;
using shapeguard::IsValidUtf8;
using shapeguard::NextJsonEscape;
using shapeguard::QuoteForMessage;

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_INTERNAL_UTF8_H_
