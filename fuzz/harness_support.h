// What the harnesses share: the built-in catalog, every schema in it, a byte reader for
// choices, and the one way a harness reports a broken invariant.
#ifndef SHAPEGUARD_FUZZ_HARNESS_SUPPORT_H_
#define SHAPEGUARD_FUZZ_HARNESS_SUPPORT_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "shapeguard/catalog.h"
#include "shapeguard/report.h"
#include "shapeguard/utf8.h"

namespace shapeguard::fuzz {

// Prints which invariant broke and on what, then traps: libFuzzer saves the input as a
// crash, and the replay test fails.
[[noreturn]] inline void Fail(std::string_view invariant, std::string_view detail = {}) {
  std::fprintf(stderr, "INVARIANT BROKEN: %.*s\n%.*s\n", static_cast<int>(invariant.size()),
               invariant.data(), static_cast<int>(detail.size()), detail.data());
  std::fflush(stderr);
  __builtin_trap();
}

inline void Require(bool condition, std::string_view invariant, std::string_view detail = {}) {
  if (!condition) Fail(invariant, detail);
}

// The built-in catalog, built once per process (compiling it per input would dominate).
inline const Catalog& Builtin() {
  static const Catalog* catalog = [] {
    auto built = Catalog::Builtin();
    if (!built.ok()) Fail("the built-in catalog loads", built.error());
    return new Catalog(std::move(built).value());
  }();
  return *catalog;
}

// Every operation of every seeded service (the ones with overlays, scenarios and emulator
// routes), requests then responses, in a fixed order so the same input byte picks the same
// schema in every run.
inline const std::vector<std::shared_ptr<const Schema>>& AllSchemas() {
  static const auto* schemas = [] {
    auto* out = new std::vector<std::shared_ptr<const Schema>>;
    for (Direction direction : {Direction::kInput, Direction::kOutput}) {
      for (const std::string& service : Builtin().SeededServices()) {
        for (const std::string& op : Builtin().Operations(service).value()) {
          auto schema = Builtin().GetSchema(service + "." + op, direction);
          if (!schema.ok()) Fail("every built-in schema compiles", schema.error());
          out->push_back(std::move(schema).value());
        }
      }
    }
    return out;
  }();
  return *schemas;
}

// Consumes the fuzz input front to back: choices first, the rest as text.
class ByteReader {
 public:
  ByteReader(const std::uint8_t* data, std::size_t size)
      : data_(reinterpret_cast<const char*>(data), size) {}

  // One byte (0 once the input is used up).
  std::uint8_t Byte() {
    if (data_.empty()) return 0;
    auto b = static_cast<std::uint8_t>(data_.front());
    data_.remove_prefix(1);
    return b;
  }

  // An index below n (n > 0) from two bytes, little-endian: the built-in services have more
  // than 256 schemas.
  std::size_t Index(std::size_t n) {
    std::size_t low = Byte();
    return ((static_cast<std::size_t>(Byte()) << 8) | low) % n;
  }

  // Up to eight bytes, little-endian.
  std::uint64_t Word() {
    std::uint64_t word = 0;
    for (int i = 0; i < 8; ++i) word |= static_cast<std::uint64_t>(Byte()) << (8 * i);
    return word;
  }

  // Text up to the next separator byte (consumed), or the rest.
  std::string_view Until(char separator) {
    std::size_t at = data_.find(separator);
    std::string_view part = data_.substr(0, at);
    data_.remove_prefix(at == std::string_view::npos ? data_.size() : at + 1);
    return part;
  }

  std::string_view Rest() {
    std::string_view rest = data_;
    data_ = {};
    return rest;
  }

 private:
  std::string_view data_;
};

// A report as text, for failure messages.
inline std::string DescribeReport(const Report& report) {
  std::string out;
  auto list = [&](const char* what, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics) {
      out += std::string(what) + " " + d.path + " " + std::string(CodeName(d.code)) + " " +
             d.message + " [" + d.source + "]\n";
    }
  };
  list("error", report.errors);
  list("warning", report.warnings);
  if (report.truncated) out += "(truncated)\n";
  return out;
}

// True when every diagnostic message is well-formed UTF-8: the CLI writes them into JSON,
// which nlohmann refuses to serialise otherwise.
inline bool MessagesAreUtf8(const Report& report) {
  for (const auto* list : {&report.errors, &report.warnings}) {
    for (const Diagnostic& d : *list) {
      if (!IsValidUtf8(d.message) || !IsValidUtf8(d.path)) return false;
    }
  }
  return true;
}

}  // namespace shapeguard::fuzz

#endif  // SHAPEGUARD_FUZZ_HARNESS_SUPPORT_H_
