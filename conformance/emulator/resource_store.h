// The emulator's state: resources in the parameter form, addressed by hierarchical keys
// such as "apigatewayv2/apis/a1b2c3d4e5/stages/prod", so that a parent's children are the
// keys under its own.
#ifndef SHAPEGUARD_CONFORMANCE_EMULATOR_RESOURCE_STORE_H_
#define SHAPEGUARD_CONFORMANCE_EMULATOR_RESOURCE_STORE_H_

#include <cstdint>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace shapeguard::emulator {

// Not thread-safe: the emulator serves one request at a time against it.
class ResourceStore {
 public:
  // Ids come from a seeded generator, so a run is reproducible.
  explicit ResourceStore(std::uint32_t seed = 1) : random_(seed) {}

  // The key of a resource from its path segments ({"apigatewayv2", "apis", id, "stages",
  // name}); each segment is escaped as an RFC 6901 token, so a name holding "/" stays one
  // segment.
  static std::string Key(std::initializer_list<std::string_view> segments);

  // The resource at key, or nullptr.
  nlohmann::json* Find(const std::string& key);
  // Stores (or replaces) the resource at key.
  void Put(const std::string& key, nlohmann::json resource);
  // Removes the resource and everything under it; false when there was none.
  bool Erase(const std::string& key);
  // The resources directly under prefix ("apigatewayv2/apis/x/stages"), in key order.
  std::vector<const nlohmann::json*> Children(const std::string& prefix) const;
  // The first resource directly under prefix for which `matches` holds, with its key.
  template <typename Predicate>
  std::pair<std::string, nlohmann::json*> FindChild(const std::string& prefix, Predicate matches);

  // A new id of lower-case letters and digits: API Gateway's are 10 characters, AppConfig's
  // match [a-z0-9]{4,7}.
  std::string NewId(std::size_t length);
  // The next number of a sequence (deployment numbers, version numbers), from 1.
  int NextNumber(const std::string& sequence) { return ++sequences_[sequence]; }

 private:
  static bool IsDirectChild(std::string_view prefix, std::string_view key);

  std::map<std::string, nlohmann::json> resources_;
  std::map<std::string, int> sequences_;
  std::mt19937 random_;
};

template <typename Predicate>
std::pair<std::string, nlohmann::json*> ResourceStore::FindChild(const std::string& prefix,
                                                                 Predicate matches) {
  for (auto it = resources_.lower_bound(prefix + "/"); it != resources_.end(); ++it) {
    if (it->first.compare(0, prefix.size() + 1, prefix + "/") != 0) break;
    if (IsDirectChild(prefix, it->first) && matches(it->second)) return {it->first, &it->second};
  }
  return {"", nullptr};
}

}  // namespace shapeguard::emulator

#endif  // SHAPEGUARD_CONFORMANCE_EMULATOR_RESOURCE_STORE_H_
