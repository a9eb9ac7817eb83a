// UTF-8 and JSON-string helpers: counting code points, checking well-formedness, and
// escaping text as the inside of a JSON string (output lines and messages that quote values).
#ifndef SHAPEGUARD_UTF8_H_
#define SHAPEGUARD_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace shapeguard {

// The number of Unicode code points in well-formed UTF-8 text: every byte that is not a
// continuation byte (10xxxxxx) starts one, so no decoding is needed (and ill-formed text
// counts those bytes).
std::size_t CountCodePoints(std::string_view text);

// True when text is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// The position of the first byte at or after `from` that JSON text must escape (below 0x20,
// '"' or '\\'), or text.size(). Sixteen bytes at a time where the CPU allows.
std::size_t NextJsonEscape(std::string_view text, std::size_t from);

// Appends c, a byte JSON text must escape (below 0x20, '"' or '\\') or another ASCII byte a
// reader should see escaped (DEL), as JSON writes it: \" \\ \b \f \n \r \t, else \u00XX.
void AppendJsonEscape(std::string& out, unsigned char c);

// Appends text with every byte NextJsonEscape finds escaped (AppendJsonEscape): the inside
// of a JSON string.
void AppendJsonEscaped(std::string& out, std::string_view text);

// The text as a quoted, escaped JSON string, cut to at most max_code_points code points
// (with "…" appended when cut), for messages that show a bad value.
std::string QuoteForMessage(std::string_view text, std::size_t max_code_points = 80);

}  // namespace shapeguard

#endif  // SHAPEGUARD_UTF8_H_
