#include "emulator/resource_store.h"

#include "shapeguard/json_pointer.h"

namespace shapeguard::emulator {

std::string ResourceStore::Key(std::initializer_list<std::string_view> segments) {
  std::string key;
  for (std::string_view segment : segments) {
    if (!key.empty()) key += '/';
    key += EscapePointerToken(segment);
  }
  return key;
}

nlohmann::json* ResourceStore::Find(const std::string& key) {
  auto it = resources_.find(key);
  return it == resources_.end() ? nullptr : &it->second;
}

void ResourceStore::Put(const std::string& key, nlohmann::json resource) {
  resources_[key] = std::move(resource);
}

bool ResourceStore::Erase(const std::string& key) {
  if (resources_.erase(key) == 0) return false;
  std::string prefix = key + "/";
  auto it = resources_.lower_bound(prefix);
  while (it != resources_.end() && it->first.compare(0, prefix.size(), prefix) == 0) {
    it = resources_.erase(it);
  }
  return true;
}

std::vector<const nlohmann::json*> ResourceStore::Children(const std::string& prefix) const {
  std::vector<const nlohmann::json*> children;
  std::string start = prefix + "/";
  for (auto it = resources_.lower_bound(start); it != resources_.end(); ++it) {
    if (it->first.compare(0, start.size(), start) != 0) break;
    if (IsDirectChild(prefix, it->first)) children.push_back(&it->second);
  }
  return children;
}

bool ResourceStore::IsDirectChild(std::string_view prefix, std::string_view key) {
  return key.size() > prefix.size() + 1 &&
         key.find('/', prefix.size() + 1) == std::string_view::npos;
}

std::string ResourceStore::NewId(std::size_t length) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string id;
  for (std::size_t i = 0; i < length; ++i) id += kAlphabet[pick(random_)];
  return id;
}

}  // namespace shapeguard::emulator
