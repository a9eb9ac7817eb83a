// json_pointer: bytes → a pointer (up to the first newline) and a document (the rest, when it
// is JSON; a fixed document otherwise). Invariants:
//  - ParsePointer accepts exactly what nlohmann::json::json_pointer accepts;
//  - parse → render gives back the text, and render → parse the tokens;
//  - escaping a token and unescaping it (as a one-token pointer) is the identity;
//  - ResolvePointer finds the value nlohmann's json::at(json_pointer) finds, or nothing
//    where nlohmann throws.
#include <cstdint>
#include <nlohmann/json.hpp>

#include "harness_support.h"
#include "shapeguard/json_pointer.h"

namespace shapeguard::fuzz {
namespace {

// Pointers and documents past this size exercise nothing new.
constexpr std::size_t kMaxInput = 4096;

// Used when the input carries no document: keys that need escaping, an empty key, a key that
// looks like an index, nested arrays.
const nlohmann::json& FixedDocument() {
  static const auto* document = new nlohmann::json(nlohmann::json::parse(R"({
    "a/b": 1, "m~n": {"": [10, [20, 21], {"0": "zero"}]}, "": {"x": null},
    "list": [{"path": "/variables/a~1b"}, true], "01": "leading zero key"})"));
  return *document;
}

void CheckAgreesWithNlohmann(std::string_view text, bool ours_ok) {
  bool theirs_ok = true;
  try {
    nlohmann::json::json_pointer pointer{std::string(text)};
  } catch (const nlohmann::json::exception&) {
    theirs_ok = false;
  }
  Require(ours_ok == theirs_ok, "ParsePointer accepts what nlohmann's json_pointer accepts",
          std::string(text));
}

void CheckRoundTrips(std::string_view text, const std::vector<std::string>& tokens) {
  Require(RenderPointer(tokens) == text, "rendering parsed tokens gives back the pointer",
          std::string(text));
  for (const std::string& token : tokens) {
    // Appended rather than "/" + EscapePointerToken(token): g++ 12 at -O3 wrongly warns
    // (-Wrestrict) that the latter copies between overlapping buffers.
    auto again = ParsePointer(std::string("/").append(EscapePointerToken(token)));
    Require(again.ok() && again.value().size() == 1 && again.value()[0] == token,
            "an escaped token parses back to itself", token);
  }
}

void CheckResolution(const nlohmann::json& document, std::string_view text) {
  const nlohmann::json* ours = ResolvePointer(document, text);
  const nlohmann::json* theirs = nullptr;
  try {
    theirs = &document.at(nlohmann::json::json_pointer(std::string(text)));
  } catch (const nlohmann::json::exception&) {
  }
  Require(ours == theirs, "ResolvePointer finds what nlohmann's at(json_pointer) finds",
          std::string(text) + " in " + document.dump());
}

}  // namespace
}  // namespace shapeguard::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace shapeguard;
  using namespace shapeguard::fuzz;
  if (size > kMaxInput) return 0;
  ByteReader reader(data, size);
  std::string_view text = reader.Until('\n');
  std::string_view rest = reader.Rest();

  auto tokens = ParsePointer(text);
  CheckAgreesWithNlohmann(text, tokens.ok());
  if (!tokens.ok()) {
    Require(!tokens.error().empty(), "a refused pointer has a message");
    Require(ResolvePointer(FixedDocument(), text) == nullptr,
            "a refused pointer resolves to nothing");
    return 0;
  }
  CheckRoundTrips(text, tokens.value());
  nlohmann::json document = nlohmann::json::parse(rest, nullptr, /*allow_exceptions=*/false);
  CheckResolution(document.is_discarded() ? FixedDocument() : document, text);
  return 0;
}
