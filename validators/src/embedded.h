// The models and overlays compiled into the library (generated at build time from
// schemas/models and schemas/overlays by cmake/embed_files.cmake).
#ifndef SHAPEGUARD_EMBEDDED_H_
#define SHAPEGUARD_EMBEDDED_H_

#include <span>
#include <string_view>

namespace shapeguard::internal {

struct EmbeddedFile {
  std::string_view path;  // relative to schemas/, e.g. "overlays/apigatewayv2.json"
  std::string_view text;
};

std::span<const EmbeddedFile> EmbeddedFiles();

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_EMBEDDED_H_
