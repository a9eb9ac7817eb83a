#include "instance_sequence.h"

#include <algorithm>
#include <utility>

namespace shapeguard::properties {
namespace {

// RapidCheck grows its size parameter from 0 to 100 over a run; a sequence does the same,
// so that it holds small documents and larger ones.
constexpr int kMaxSize = 100;

}  // namespace

std::optional<Code> ViolationKindFromName(std::string_view name) {
  std::optional<Code> code = CodeFromName(name);
  const auto& kinds = ViolationKinds();
  if (!code || std::find(kinds.begin(), kinds.end(), *code) == kinds.end()) return std::nullopt;
  return code;
}

std::string ViolationKindNames() {
  std::string known;
  for (Code kind : ViolationKinds()) {
    known += (known.empty() ? "" : ", ") + std::string(CodeName(kind));
  }
  return known;
}

InstanceSequence::InstanceSequence(std::shared_ptr<const Schema> schema, std::uint64_t seed,
                                   std::optional<Code> kind)
    : valid_(ValidInstance(schema)),
      invalid_(OneViolation(std::move(schema), kind)),
      stream_(seed) {}

template <typename T>
T InstanceSequence::Draw(const rc::Gen<T>& gen) {
  int size = static_cast<int>(index_++ % (kMaxSize + 1));
  return gen(stream_.split(), size).value();
}

nlohmann::json InstanceSequence::NextValid() { return Draw(valid_); }

Violation InstanceSequence::NextInvalid() { return Draw(invalid_); }

}  // namespace shapeguard::properties
