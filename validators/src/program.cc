#include "program.h"

namespace shapeguard::internal {

void Slot::MakeAcceptor(ShapeType type) {
  accept.reset();
  if (type != ShapeType::kString || checks.empty()) return;
  auto acceptor = std::make_shared<StringAcceptor>();
  for (const auto& check : checks) {
    if (!check->NarrowAcceptor(*acceptor)) return;
  }
  accept = std::move(acceptor);
}

void Node::IndexMembers() {
  required.clear();
  std::vector<std::string_view> names;
  for (std::uint32_t i = 0; i < members.size(); ++i) {
    names.push_back(members[i].name);
    if (members[i].required) required.push_back(i);
  }
  member_index = NameIndex(names);
}

}  // namespace shapeguard::internal
