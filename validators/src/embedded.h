// The models and overlays compiled into the library (generated at build time from
// schemas/models and schemas/overlays by cmake/embed_files.cmake).
#ifndef SHAPEGUARD_EMBEDDED_H_
#define SHAPEGUARD_EMBEDDED_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace shapeguard::internal {

// Readable bytes after each embedded text (simdjson's padding): it is parsed in place.
inline constexpr std::size_t kEmbeddedPadding = 64;

struct EmbeddedFile {
  std::string_view path;  // relative to schemas/, e.g. "overlays/apigatewayv2.json"
  std::string_view text;  // followed by kEmbeddedPadding readable bytes
};

std::span<const EmbeddedFile> EmbeddedFiles();

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_EMBEDDED_H_
