#include "checks/method_setting.h"

#include <array>

namespace shapeguard::internal {
namespace {

constexpr std::array<std::string_view, 9> kMethods = {"GET",  "PUT",     "POST", "DELETE", "PATCH",
                                                      "HEAD", "OPTIONS", "ANY",  "*"};

bool IsPathChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == ':' || c == '-';
}

bool IsPathPart(std::string_view part) {
  if (part.empty()) return false;
  if (part.front() == '{') {
    if (part.size() < 3 || part.back() != '}') return false;
    std::string_view name = part.substr(1, part.size() - 2);
    if (name.back() == '+') name.remove_suffix(1);
    if (name.empty()) return false;
    for (char c : name) {
      if (!IsPathChar(c) || c == ':') return false;
    }
    return true;
  }
  for (char c : part) {
    if (!IsPathChar(c)) return false;
  }
  return true;
}

}  // namespace

bool IsResourcePath(std::string_view path) {
  if (path.empty() || path.front() != '/') return false;
  if (path == "/") return true;
  std::size_t start = 1;
  while (true) {
    std::size_t slash = path.find('/', start);
    std::string_view part =
        path.substr(start, slash == std::string_view::npos ? slash : slash - start);
    if (!IsPathPart(part)) return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

bool IsHttpMethodOrWildcard(std::string_view method) {
  for (std::string_view m : kMethods) {
    if (m == method) return true;
  }
  return false;
}

std::span<const std::string_view> HttpMethods() { return kMethods; }

std::string_view HttpMethodsText() {
  return "GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS, ANY or *";
}

}  // namespace shapeguard::internal
