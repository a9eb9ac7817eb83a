// Properties of the one JSON Pointer implementation: escaping round-trips for any string,
// and pointer resolution agrees with nlohmann::json::json_pointer on any document.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_property.h"
#include "shapeguard/json_pointer.h"

namespace shapeguard::properties {
namespace {

// Tokens from a small alphabet heavy in the characters that need escaping; documents nest
// three levels with up to six entries per container.
rc::Gen<std::string> Token() {
  return rc::gen::container<std::string>(
      rc::gen::element('~', '/', '0', '1', 'a', '-', ' ', '\xC3', '\xA9'));
}

rc::Gen<nlohmann::json> Document(int depth = 0) {
  auto scalar = rc::gen::map(rc::gen::inRange(0, 4), [](int i) -> nlohmann::json {
    return i == 0 ? nlohmann::json(nullptr) : i == 1 ? nlohmann::json(i) : nlohmann::json("s");
  });
  if (depth >= 3) return scalar;
  return rc::gen::oneOf(
      scalar,
      rc::gen::map(rc::gen::resize(6, rc::gen::container<std::vector<nlohmann::json>>(
                                          rc::gen::lazy([depth] { return Document(depth + 1); }))),
                   [](std::vector<nlohmann::json> items) { return nlohmann::json(items); }),
      rc::gen::map(
          rc::gen::resize(6, rc::gen::container<std::map<std::string, nlohmann::json>>(
                                 Token(), rc::gen::lazy([depth] { return Document(depth + 1); }))),
          [](std::map<std::string, nlohmann::json> members) { return nlohmann::json(members); }));
}

TEST(JsonPointerProperty, EscapeThenParseRoundTrips) {
  CheckProperty([] {
    std::vector<std::string> tokens = *rc::gen::container<std::vector<std::string>>(Token());
    std::string pointer = RenderPointer(tokens);
    auto parsed = ParsePointer(pointer);
    RC_ASSERT(parsed.ok());
    RC_ASSERT(parsed.value() == tokens);
    // nlohmann agrees on the pointer's text.
    RC_ASSERT(nlohmann::json::json_pointer(pointer).to_string() == pointer);
  });
}

TEST(JsonPointerProperty, ParseAcceptsWhatNlohmannAccepts) {
  CheckProperty([] {
    std::string text =
        *rc::gen::container<std::string>(rc::gen::element('~', '/', '0', '1', '2', 'a'));
    bool ours = ParsePointer(text).ok();
    bool theirs = true;
    try {
      nlohmann::json::json_pointer pointer(text);
    } catch (const nlohmann::json::exception&) {
      theirs = false;
    }
    RC_ASSERT(ours == theirs);
  });
}

TEST(JsonPointerProperty, ResolutionAgreesWithNlohmann) {
  CheckProperty([] {
    nlohmann::json document = *Document();
    // Pointers to existing values and made-up ones.
    std::vector<std::string> tokens = *rc::gen::container<std::vector<std::string>>(
        rc::gen::oneOf(Token(), rc::gen::element<std::string>("0", "1", "01", "-", "10")));
    std::string pointer = RenderPointer(tokens);
    const nlohmann::json* ours = ResolvePointer(document, pointer);
    const nlohmann::json* theirs = nullptr;
    try {
      nlohmann::json::json_pointer p(pointer);
      if (document.contains(p)) theirs = &document.at(p);
    } catch (const nlohmann::json::exception&) {
    }
    RC_ASSERT((ours == nullptr) == (theirs == nullptr));
    if (ours) RC_ASSERT(*ours == *theirs);
  });
}

// Every (pointer, value) pair of a document, built with the escaper.
void AllPointers(const nlohmann::json& value, const std::string& pointer,
                 std::vector<std::pair<std::string, const nlohmann::json*>>& out) {
  out.emplace_back(pointer, &value);
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      std::string child = pointer;
      AppendPointerToken(child, it.key());
      AllPointers(it.value(), child, out);
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      AllPointers(value[i], pointer + "/" + std::to_string(i), out);
    }
  }
}

TEST(JsonPointerProperty, EveryValueOfADocumentIsReachable) {
  CheckProperty([] {
    nlohmann::json document = *Document();
    std::vector<std::pair<std::string, const nlohmann::json*>> pointers;
    AllPointers(document, "", pointers);
    for (const auto& [pointer, value] : pointers) {
      RC_ASSERT(ResolvePointer(document, pointer) == value);
      RC_ASSERT(&document.at(nlohmann::json::json_pointer(pointer)) == value);
    }
  });
}

}  // namespace
}  // namespace shapeguard::properties
