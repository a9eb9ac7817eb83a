// Resident memory of the compiled schemas: compiles every operation of the four built-in
// services, both directions, and prints the RSS before and after as one RESULT line.
//
// usage: memory_bench
#include <cstdio>
#include <fstream>
#include <string>

#include "shapeguard/catalog.h"

namespace {

// A field of /proc/self/status, in kB ("VmRSS", "VmHWM").
long StatusKb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string name;
  long value = 0;
  while (status >> name) {
    if (name == field + ":") {
      status >> value;
      return value;
    }
    std::getline(status, name);
  }
  return -1;
}

}  // namespace

int main() {
  long before = StatusKb("VmRSS");
  auto catalog = shapeguard::Catalog::Builtin();
  if (!catalog.ok()) {
    std::fprintf(stderr, "%s\n", catalog.error().c_str());
    return 2;
  }
  std::size_t schemas = 0;
  for (const std::string& service : catalog->Services()) {
    for (const std::string& op : catalog->Operations(service).value()) {
      for (auto direction : {shapeguard::Direction::kInput, shapeguard::Direction::kOutput}) {
        schemas += catalog->GetSchema(service + "." + op, direction).ok();
      }
    }
  }
  long after = StatusKb("VmRSS");
  std::printf(
      "RESULT {\"name\": \"compiled_schemas\", \"services\": %zu, \"schemas\": %zu, "
      "\"rss_before_kb\": %ld, \"rss_after_kb\": %ld, \"rss_growth_kb\": %ld, "
      "\"peak_kb\": %ld}\n",
      catalog->Services().size(), schemas, before, after, after - before, StatusKb("VmHWM"));
  return 0;
}
