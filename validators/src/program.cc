#include "program.h"

#include <algorithm>

namespace shapeguard::internal {

const Member* Node::FindMember(std::string_view name) const {
  auto it = std::lower_bound(by_name.begin(), by_name.end(), name,
                             [&](std::uint32_t index, std::string_view n) {
                               return std::string_view(members[index].name) < n;
                             });
  if (it == by_name.end() || members[*it].name != name) return nullptr;
  return &members[*it];
}

}  // namespace shapeguard::internal
