// Resident memory and time of the compiled schemas: compiles every operation of the seeded
// services (or, with --all, of every built-in service), both directions, and prints the RSS
// before and after and the time taken as one RESULT line.
//
// usage: memory_bench [--all]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

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

int main(int argc, char** argv) {
  bool all = argc == 2 && std::strcmp(argv[1], "--all") == 0;
  if (argc > 2 || (argc == 2 && !all)) {
    std::fprintf(stderr, "usage: memory_bench [--all]\n");
    return 2;
  }
  long before = StatusKb("VmRSS");
  auto start = std::chrono::steady_clock::now();
  auto catalog = shapeguard::Catalog::Builtin();
  if (!catalog.ok()) {
    std::fprintf(stderr, "%s\n", catalog.error().c_str());
    return 2;
  }
  std::vector<std::string> services = all ? catalog->Services() : catalog->SeededServices();
  std::size_t schemas = 0;
  for (const std::string& service : services) {
    for (const std::string& op : catalog->Operations(service).value()) {
      for (auto direction : {shapeguard::Direction::kInput, shapeguard::Direction::kOutput}) {
        schemas += catalog->GetSchema(service + "." + op, direction).ok();
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long after = StatusKb("VmRSS");
  std::printf(
      "RESULT {\"name\": \"%s\", \"services\": %zu, \"schemas\": %zu, "
      "\"compile_seconds\": %.3f, \"rss_before_kb\": %ld, \"rss_after_kb\": %ld, "
      "\"rss_growth_kb\": %ld, \"peak_kb\": %ld}\n",
      all ? "compiled_schemas_all" : "compiled_schemas", services.size(), schemas, seconds, before,
      after, after - before, StatusKb("VmHWM"));
  return 0;
}
