// Property: the fast path (simdjson) and the reference path (nlohmann) give identical
// reports for the same text, including repeated member names, odd numbers and documents
// the generators would never write. And on the fast path, the walks generated at build time
// for the seeded operations report exactly what the walker does, error caps included.
#include <gtest/gtest.h>

#include "choice.h"
#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"
#include "shapeguard/text_validation.h"

namespace shapeguard::properties {
namespace {

// Both paths on the text; the fast one may decline (then ValidateText uses the reference).
void ExpectSameReport(const Schema& schema, const std::string& text) {
  ValidateOptions options;
  auto fast = ValidateTextFast(schema, text, options);
  auto reference = ValidateTextReference(schema, text, options);
  RC_LOG() << text;
  if (!fast) return;
  RC_ASSERT(reference.ok());
  RC_LOG() << "fast:\n" << Describe(*fast) << "reference:\n" << Describe(reference.value());
  RC_ASSERT(fast->errors == reference.value().errors);
  RC_ASSERT(fast->warnings == reference.value().warnings);
}

// The text of a document with one member of one object written twice (the copy first or
// last, with another value): JSON allows it, nlohmann keeps one, simdjson both.
std::string WithRepeatedMember(const nlohmann::json& document) {
  std::vector<const nlohmann::json*> objects;
  std::function<void(const nlohmann::json&)> collect = [&](const nlohmann::json& v) {
    if (v.is_object() && !v.empty()) objects.push_back(&v);
    if (v.is_structured()) {
      for (const auto& child : v) collect(child);
    }
  };
  collect(document);
  if (objects.empty()) return document.dump();
  const nlohmann::json* target = PickFrom(objects);
  std::string key = std::next(target->begin(), Pick<std::size_t>(0, target->size())).key();
  bool copy_first = Coin();
  nlohmann::json other = Coin() ? nlohmann::json(12) : nlohmann::json("other");
  std::function<std::string(const nlohmann::json&)> write = [&](const nlohmann::json& v) {
    if (v.is_object()) {
      std::string out = "{";
      bool first = true;
      for (auto it = v.begin(); it != v.end(); ++it) {
        auto member = [&](const nlohmann::json& value) {
          out += (first ? "" : ",") + nlohmann::json(it.key()).dump() + ":" + write(value);
          first = false;
        };
        bool repeat = &v == target && it.key() == key;
        if (repeat && copy_first) member(other);
        member(it.value());
        if (repeat && !copy_first) member(other);
      }
      return out + "}";
    }
    if (v.is_array()) {
      std::string out = "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + write(v[i]);
      return out + "]";
    }
    return v.dump();
  };
  return write(document);
}

// The text of a document with its members in any order and some of its leaves below the
// root's own members of the wrong type (a string made a number, anything else a string):
// several reports from the containers of a root whose own values are fine, in an order that
// is not the model's, so an error cap cuts a walk that goes in the model's order at another
// diagnostic than one that goes in the document's.
std::string Scrambled(const nlohmann::json& v, std::size_t depth = 0) {
  if (v.is_object()) {
    std::vector<std::string> keys;
    for (auto it = v.begin(); it != v.end(); ++it) keys.push_back(it.key());
    for (std::size_t i = keys.size(); i > 1; --i) {
      std::swap(keys[i - 1], keys[Pick<std::size_t>(0, i)]);
    }
    std::string out = "{";
    for (const std::string& key : keys) {
      out += (out.size() > 1 ? "," : "") + nlohmann::json(key).dump() + ":" +
             Scrambled(v[key], depth + 1);
    }
    return out + "}";
  }
  if (v.is_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + Scrambled(v[i], depth + 1);
    return out + "]";
  }
  if (depth < 2 || Coin()) return v.dump();
  return v.is_string() ? "12" : "\"x\"";
}

// The generated walk (ValidateTextFast) and the walker alone on the same parse: identical
// reports, also under an error cap (both stop at the same diagnostic).
void ExpectWalkerReport(const Schema& schema, const std::string& text,
                        std::size_t max_errors = Coin() ? Pick<std::size_t>(1, 5) : 0) {
  ValidateOptions options;
  if (max_errors != 0) options.max_errors = max_errors;
  auto compiled = ValidateTextFast(schema, text, options);
  auto walked = ValidateTextWalked(schema, text, options);
  RC_LOG() << text;
  RC_ASSERT(compiled.has_value() == walked.has_value());
  if (!compiled) return;
  RC_LOG() << "compiled:\n" << Describe(*compiled) << "walked:\n" << Describe(*walked);
  RC_ASSERT(compiled->errors == walked->errors);
  RC_ASSERT(compiled->warnings == walked->warnings);
  RC_ASSERT(compiled->truncated == walked->truncated);
}

TEST(FastPath, AgreesOnGeneratedDocuments) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = PickFrom(AllSchemas());
    nlohmann::json document = Coin() ? *ValidInstance(schema) : (*OneViolation(schema)).document;
    ExpectSameReport(*schema, document.dump());
  });
}

TEST(FastPath, AgreesOnRepeatedMembers) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = PickFrom(AllSchemas());
    nlohmann::json document = Coin() ? *ValidInstance(schema) : (*OneViolation(schema)).document;
    ExpectSameReport(*schema, WithRepeatedMember(document));
  });
}

TEST(CompiledWalk, ReportsAsTheWalkerDoes) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = PickFrom(AllSchemas());
    nlohmann::json document = Coin() ? *ValidInstance(schema) : (*OneViolation(schema)).document;
    ExpectWalkerReport(*schema, Coin() ? document.dump() : WithRepeatedMember(document));
  });
}

TEST(CompiledWalk, ReportsAsTheWalkerDoesOnScrambledDocuments) {
  CheckProperty(
      [] {
        std::shared_ptr<const Schema> schema = PickFrom(AllSchemas());
        ExpectWalkerReport(*schema, Scrambled(*ValidInstance(schema)), Pick<std::size_t>(1, 3));
      },
      PropertyCases(1000));  // few documents have two containers to report on
}

// Maps of every size, small ones told apart by a filter and a scan of the tape, large ones
// by a hash set, with keys drawn from few enough names that some repeat.
TEST(CompiledWalk, TellsRepeatedKeysOfMapsOfAnySize) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = BuiltinSchema("apigatewayv2.CreateStage");
    std::size_t names = Pick<std::size_t>(1, 100);
    std::string tags;
    for (std::size_t i = Pick<std::size_t>(0, 80); i > 0; --i) {
      tags += (tags.empty() ? "\"k" : ",\"k") + std::to_string(Pick<std::size_t>(0, names)) +
              "\":\"v\"";
    }
    std::string text = "{\"ApiId\":\"a\",\"StageName\":\"s\",\"Tags\":{" + tags + "}}";
    ExpectWalkerReport(*schema, text);
    ExpectSameReport(*schema, text);
  });
}

TEST(FastPath, AgreesOnOddNumbersAndTexts) {
  static const std::vector<std::string> kValues = {"-0",
                                                   "0.0",
                                                   "1e2",
                                                   "1E+2",
                                                   "100.000",
                                                   "2147483648",
                                                   "-2147483649",
                                                   "9223372036854775807",
                                                   "9223372036854775808",
                                                   "18446744073709551615",
                                                   "18446744073709551616",
                                                   "1e308",
                                                   "-1.5e-300",
                                                   "\"\\u00e9\"",
                                                   "\"\\ud83d\\ude00\"",
                                                   "\"a\\u0000b\"",
                                                   "true",
                                                   "null",
                                                   "[]",
                                                   "{}",
                                                   "{\"a\":{\"a\":1,\"a\":2}}",
                                                   "\"\\/\""};
  CheckProperty([] {
    std::shared_ptr<const Schema> schema = BuiltinSchema("apigatewayv2.CreateStage");
    std::string text = "{\"ApiId\":" + PickFrom(kValues) + ",\"StageName\":\"s\"," +
                       "\"DefaultRouteSettings\":{\"ThrottlingBurstLimit\":" + PickFrom(kValues) +
                       ",\"ThrottlingRateLimit\":" + PickFrom(kValues) +
                       "},\"Tags\":{\"k\":" + PickFrom(kValues) + "}}";
    ExpectSameReport(*schema, text);
    ExpectWalkerReport(*schema, text);
  });
}

TEST(FastPath, DeclinesWhatItCannotParseAndTheReferenceExplains) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  for (std::string text : {"{", "[1]x", "{\"a\":18446744073709551616}", "\"\\ud800\""}) {
    auto fast = ValidateTextFast(*schema, text, {});
    auto reference = ValidateTextReference(*schema, text, {});
    if (!fast) {
      if (text.find("18446744073709551616") == std::string::npos) {
        EXPECT_FALSE(reference.ok()) << text;
      }
    } else {
      ASSERT_TRUE(reference.ok()) << text;
      EXPECT_EQ(fast->errors, reference.value().errors) << text;
    }
  }
}

}  // namespace
}  // namespace shapeguard::properties
