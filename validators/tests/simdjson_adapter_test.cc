// The walker's view of simdjson's tape must show each document as simdjson's own element API
// does: every member in order (repeats included), every item, each number in its
// representation, and the entry counts, also past the count the tape saturates at.
#include "simdjson_adapter.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstring>
#include <string>
#include <vector>

namespace shapeguard::internal {
namespace {

using Value = SimdjsonAdapter::Value;

// A rendering that keeps what the walker reads: kinds, number representations, sizes.
std::string Render(Value v) {
  switch (SimdjsonAdapter::Kind(v)) {
    case JsonKind::kNull:
      return "null";
    case JsonKind::kBool:
      return SimdjsonAdapter::GetBool(v) ? "true" : "false";
    case JsonKind::kString:
      return "\"" + std::string(SimdjsonAdapter::String(v)) + "\"";
    case JsonKind::kNumber: {
      Number n = SimdjsonAdapter::GetNumber(v);
      if (n.repr == Number::Repr::kInt) return "i" + std::to_string(n.i);
      if (n.repr == Number::Repr::kUint) return "u" + std::to_string(n.u);
      return "d" + std::to_string(n.d);
    }
    case JsonKind::kArray: {
      std::string out = "[" + std::to_string(SimdjsonAdapter::Size(v)) + ":";
      SimdjsonAdapter::ForEachItem(v, [&](std::size_t i, Value item) {
        out += (i ? "," : "") + Render(item);
        return true;
      });
      return out + "]";
    }
    case JsonKind::kObject: {
      std::string out = "{" + std::to_string(SimdjsonAdapter::Size(v)) + ":";
      bool first = true;
      SimdjsonAdapter::ForEachMember(v, [&](std::string_view key, Value member) {
        out += (first ? "" : ",") + std::string(key) + "=" + Render(member);
        first = false;
        return true;
      });
      return out + "}";
    }
  }
  return "?";
}

// The same rendering through simdjson's element API.
std::string RenderElement(simdjson::dom::element e) {
  using T = simdjson::dom::element_type;
  switch (e.type()) {
    case T::NULL_VALUE:
      return "null";
    case T::BOOL:
      return e.get_bool().value() ? "true" : "false";
    case T::STRING:
      return "\"" + std::string(e.get_string().value()) + "\"";
    case T::INT64:
      return "i" + std::to_string(e.get_int64().value());
    case T::UINT64:
      return "u" + std::to_string(e.get_uint64().value());
    case T::DOUBLE:
      return "d" + std::to_string(e.get_double().value());
    case T::ARRAY: {
      simdjson::dom::array array = e.get_array().value();
      std::string out = "[" + std::to_string(array.size()) + ":";
      bool first = true;
      for (simdjson::dom::element item : array) {
        out += (first ? "" : ",") + RenderElement(item);
        first = false;
      }
      return out + "]";
    }
    case T::OBJECT: {
      simdjson::dom::object object = e.get_object().value();
      std::string out = "{" + std::to_string(object.size()) + ":";
      bool first = true;
      for (auto field : object) {
        out += (first ? "" : ",") + std::string(field.key) + "=" + RenderElement(field.value);
        first = false;
      }
      return out + "}";
    }
  }
  return "?";
}

TEST(SimdjsonAdapter, ReadsTheTapeAsTheElementApiDoes) {
  const std::vector<std::string> documents = {
      R"({})",
      R"([])",
      R"({"a":1,"b":-2,"c":18446744073709551615,"d":1.5,"e":"x","f":true,"g":false,"h":null})",
      R"({"n":[1,2.5,[],{},[[3]],{"x":{"y":[4,{"z":5}]}}],"after":"kept"})",
      R"({"a":1,"a":"again","b":{"a":[1],"a":2}})",
      R"([{"k":9223372036854775807},{"k":-9223372036854775808},{"k":1e300},"\u00e9\n"])",
      R"({"deep":[[[[[[[[{"x":[[]]}]]]]]]]],"last":18446744073709551615})",
      R"("just a string")",
      R"(12)",
  };
  simdjson::dom::parser parser;
  for (const std::string& text : documents) {
    simdjson::dom::element root = parser.parse(text).value();
    Tape tape = Tape::Of(parser.doc);
    EXPECT_EQ(Render(Value{&tape, Tape::kRoot}), RenderElement(root)) << text;
  }
}

TEST(SimdjsonAdapter, FindsTheFirstOfARepeatedName) {
  simdjson::dom::parser parser;
  (void)parser.parse(std::string(R"({"a":[1,2],"b":2,"a":3})")).value();
  Tape tape = Tape::Of(parser.doc);
  Value root{&tape, Tape::kRoot};
  auto a = SimdjsonAdapter::Find(root, "a");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(Render(*a), "[2:i1,i2]");
  EXPECT_EQ(Render(*SimdjsonAdapter::Find(root, "b")), "i2");
  EXPECT_FALSE(SimdjsonAdapter::Find(root, "c").has_value());
}

TEST(SimdjsonAdapter, StopsWhenTheCallbackSaysSo) {
  simdjson::dom::parser parser;
  (void)parser.parse(std::string(R"({"a":1,"b":2,"c":3})")).value();
  Tape tape = Tape::Of(parser.doc);
  std::vector<std::string> seen;
  SimdjsonAdapter::ForEachMember(Value{&tape, Tape::kRoot}, [&](std::string_view key, Value) {
    seen.emplace_back(key);
    return key != "b";
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "b"}));
}

// simdjson stores at most 0xFFFFFF as a container's count; a tape written by hand (a document
// that large would take gigabytes to test) shows the entries are then counted one by one.
TEST(SimdjsonAdapter, CountsEntriesPastTheSaturatedCount) {
  auto word = [](char type, std::uint64_t payload) {
    return (std::uint64_t{static_cast<unsigned char>(type)} << 56) | payload;
  };
  std::vector<std::uint8_t> strings;
  auto add_string = [&](std::string_view s) {
    std::uint64_t offset = strings.size();
    auto size = static_cast<std::uint32_t>(s.size());
    strings.resize(strings.size() + 4);
    std::memcpy(strings.data() + offset, &size, 4);
    strings.insert(strings.end(), s.begin(), s.end());
    strings.push_back(0);
    return offset;
  };
  std::uint64_t key_a = add_string("a"), key_b = add_string("b");
  constexpr std::uint64_t kSaturated = std::uint64_t{Tape::kCountSaturated} << 32;
  // {"a":[7,true,8],"b":null}, both counts saturated: root, {, "a", [, l, 7, t, l, 8, ], "b", n, }
  std::vector<std::uint64_t> words = {word('r', 13),
                                      word('{', kSaturated | 13),
                                      word('"', key_a),
                                      word('[', kSaturated | 10),
                                      word('l', 0),
                                      7,
                                      word('t', 0),
                                      word('l', 0),
                                      8,
                                      word(']', 3),
                                      word('"', key_b),
                                      word('n', 0),
                                      word('}', 1),
                                      word('r', 0)};
  Tape tape{words.data(), strings.data()};
  Value root{&tape, Tape::kRoot};
  EXPECT_EQ(SimdjsonAdapter::Size(root), 2u);
  EXPECT_EQ(SimdjsonAdapter::Size(*SimdjsonAdapter::Find(root, "a")), 3u);
  EXPECT_EQ(Render(root), "{2:a=[3:i7,true,i8],b=null}");
}

}  // namespace
}  // namespace shapeguard::internal
