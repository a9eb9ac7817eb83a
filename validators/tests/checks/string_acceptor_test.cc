// A slot's StringAcceptor may skip its checks only for strings every check passes: for
// random strings (ASCII, multi-byte, lengths at every bound) an accepted string must draw no
// diagnostic from any check of the slot; and it must accept the common valid strings (else
// it saves nothing).
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "checks/registry.h"
#include "program.h"

namespace shapeguard::internal {
namespace {

// Counts what checks report.
class CountingSink : public Sink {
 public:
  void Error(const Check&, Code, std::string, std::optional<std::string_view>) override {
    ++errors;
  }
  void Warning(const Check&, Code, std::string, std::optional<std::string_view>) override {}
  int errors = 0;
};

std::shared_ptr<const Check> Make(std::string_view kind, const nlohmann::json& args,
                                  RegexCache& regexes) {
  auto check = MakeCheck(kind, CheckSpec{args, "test", ShapeType::kString, regexes});
  EXPECT_TRUE(check.ok()) << check.error();
  return check.value();
}

Slot SlotWith(CheckList checks) {
  Slot slot;
  slot.checks = std::move(checks);
  slot.MakeAcceptor(ShapeType::kString);
  return slot;
}

std::string RandomString(std::mt19937& random) {
  static const std::vector<std::string> pieces = {
      "a", "Z", "0", "_", "-", ".", " ", "~", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80"};
  std::string text;
  std::size_t length = random() % 3 == 0 ? random() % 12 : random() % 4;
  for (std::size_t i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
  return text;
}

TEST(StringAcceptor, AcceptsOnlyWhatEveryCheckPasses) {
  RegexCache regexes;
  auto pattern = [&](const char* regex, const char* anchoring) {
    return Make("pattern", {{"regex", regex}, {"anchoring", anchoring}}, regexes);
  };
  auto length = [&](int min, int max) {
    return Make("length", {{"min", min}, {"max", max}}, regexes);
  };
  auto one_of = [&](std::vector<std::string> values) {
    return Make("enum", {{"values", values}}, regexes);
  };
  // Each slot's checks, and strings they pass that the acceptor must settle itself.
  std::vector<std::pair<CheckList, std::vector<std::string>>> slots = {
      {{length(1, 3)}, {"a", "\xC3\xA9"}},
      {{length(2, 3)}, {}},  // a short minimum and maximum: bytes alone cannot tell
      {{length(0, 8)}, {"", "abc", "\xC3\xA9t\xC3\xA9"}},
      {{length(1, 1024)}, {"abcd", "Z\xC3\xBCrich"}},
      {{pattern("[A-Za-z0-9_]+", "full")}, {"a", "stage_1"}},
      {{pattern("[a-z0-9.-]{2,5}", "full"), length(3, 10)}, {"a.b", "ab-cd"}},
      {{length(2, 4), pattern("[A-Z_a-z]*", "full")}, {"ab", "AB_c"}},
      {{one_of({"a", "Z0", "\xC3\xA9", "_-."})}, {"a", "Z0", "\xC3\xA9", "_-."}},
      {{one_of({"a", "ab", "abc", "~~~~"}), length(2, 3)}, {"ab", "abc"}},
      {{pattern("[a-z_]+", "full"), one_of({"a_", "Z", "-", "ab"})}, {"a_", "ab"}},
  };
  std::mt19937 random(20261202);
  for (const auto& [checks, typical] : slots) {
    Slot slot = SlotWith(checks);
    ASSERT_NE(slot.accept, nullptr);
    for (const std::string& text : typical) {
      EXPECT_TRUE(slot.accept->Accepts(text)) << testing::PrintToString(text);
    }
    for (int i = 0; i < 5000; ++i) {
      std::string text = RandomString(random);
      if (!slot.accept->Accepts(text)) continue;
      ValueView view;
      view.kind = JsonKind::kString;
      view.text = text;
      CountingSink sink;
      ApplyAll(slot.checks, view, sink);
      ASSERT_EQ(sink.errors, 0) << "accepted " << testing::PrintToString(text);
    }
  }
}

TEST(StringAcceptor, ChecksThatCannotSayLeaveTheSlotWithout) {
  RegexCache regexes;
  EXPECT_EQ(SlotWith({Make("enum", {{"values", {"a"}}}, regexes),
                      Make("enum", {{"values", {"a", "b"}}}, regexes)})
                .accept,
            nullptr);
  EXPECT_EQ(SlotWith({Make("arn",
                           {{"kinds",
                             {{{"name", "a log group"},
                               {"service", "logs"},
                               {"resource", "log-group:[a-z]+"}}}}},
                           regexes)})
                .accept,
            nullptr);
  EXPECT_EQ(SlotWith({Make("pattern", {{"regex", "^ab[0-9]+$"}, {"anchoring", "search"}}, regexes)})
                .accept,
            nullptr);
  EXPECT_EQ(SlotWith({Make("pattern", {{"regex", "[a-z]+"}, {"anchoring", "full"}}, regexes),
                      Make("pattern", {{"regex", "[a-c]+"}, {"anchoring", "full"}}, regexes)})
                .accept,
            nullptr);
  EXPECT_EQ(SlotWith({}).accept, nullptr);
}

// Without a byte class the acceptor knows only that UTF-8 has at least bytes / 4 code points:
// "éé" (4 bytes, 2 code points) must go to the checks when the minimum is 3.
TEST(StringAcceptor, LeavesMultiByteStringsNearTheMinimumToTheChecks) {
  RegexCache regexes;
  Slot slot = SlotWith({Make("length", {{"min", 3}, {"max", 100}}, regexes)});
  ASSERT_NE(slot.accept, nullptr);
  EXPECT_FALSE(slot.accept->Accepts("\xC3\xA9\xC3\xA9"));
  EXPECT_FALSE(slot.accept->Accepts("abc"));          // 3 bytes may be a single code point
  EXPECT_TRUE(slot.accept->Accepts("abcdefghijkl"));  // 12 bytes: at least 3 code points
  EXPECT_FALSE(slot.accept->Accepts(std::string(101, 'a')));
}

// With a minimum of 1 a short text is taken when its first byte starts a code point, and
// only then: a lone continuation byte counts no code point, so it goes to the checks.
TEST(StringAcceptor, TakesShortTextsForAMinimumOfOne) {
  RegexCache regexes;
  Slot slot = SlotWith({Make("length", {{"min", 1}, {"max", 128}}, regexes)});
  ASSERT_NE(slot.accept, nullptr);
  EXPECT_TRUE(slot.accept->Accepts("v1"));
  EXPECT_TRUE(slot.accept->Accepts("\xC3\xA9"));
  EXPECT_FALSE(slot.accept->Accepts(""));
  EXPECT_FALSE(slot.accept->Accepts("\x80\x80"));
}

// An enum's acceptor takes its values, and only them, whatever their case or length.
TEST(StringAcceptor, TakesAnEnumsValuesOnly) {
  RegexCache regexes;
  Slot slot = SlotWith({Make("enum", {{"values", {"ERROR", "INFO", "OFF"}}}, regexes)});
  ASSERT_NE(slot.accept, nullptr);
  for (const char* value : {"ERROR", "INFO", "OFF"}) EXPECT_TRUE(slot.accept->Accepts(value));
  for (const char* value : {"", "error", "INFO ", "OF", "OFFF", "DEBUG"}) {
    EXPECT_FALSE(slot.accept->Accepts(value)) << value;
  }
}

}  // namespace
}  // namespace shapeguard::internal
