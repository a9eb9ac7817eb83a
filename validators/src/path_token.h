// A step of a JSON Pointer as the walk records it: an object key or an array index. Kept
// apart until a diagnostic is rendered, so reports sort array indexes numerically.
#ifndef SHAPEGUARD_PATH_TOKEN_H_
#define SHAPEGUARD_PATH_TOKEN_H_

#include <cstddef>
#include <string>
#include <vector>

namespace shapeguard::internal {

struct PathToken {
  std::string key;
  std::size_t index = 0;
  bool is_index = false;

  // Indexes before keys; indexes by number, keys by bytes.
  bool operator<(const PathToken& other) const {
    if (is_index != other.is_index) return is_index;
    return is_index ? index < other.index : key < other.key;
  }
};

using Path = std::vector<PathToken>;

}  // namespace shapeguard::internal

#endif  // SHAPEGUARD_PATH_TOKEN_H_
