// Property: Schema::ValidatePaddedLines, which parses a batch of NDJSON lines together,
// gives for every line exactly what ValidatePaddedText gives for that line alone: the same
// report, or the same error. Batches mix valid and invalid documents with lines that are not
// one document (two on a line, one over two lines, parse errors, scalars, nesting past the
// limit, texts over the size limit), which the batch must hand back to the one-line path.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "choice.h"
#include "instance_generator.h"
#include "property_support.h"
#include "run_property.h"

namespace shapeguard::properties {
namespace {

// A line that is not one well-formed document of its own, or is one of an odd kind.
std::string OddLine() {
  static const std::vector<std::string> kLines = {
      "{",
      "{\"ApiId\":\"a\"",
      "\"ApiId\":\"a\"}",
      "[1]x",
      "{} {}",
      "{}{}",
      "123",
      "\"abc\"",
      "null",
      "1{",
      "1 {}",
      "\"a\"[]",
      "true{\"ApiId\":\"a\"}",
      "  {\"ApiId\":\"a\",\"StageName\":\"s\"}\t ",
      "{\"ApiId\":\"a\",\"StageName\":\"s\",\"ApiId\":\"b\"}",
      "{\"ApiId\":\"\xff\",\"StageName\":\"s\"}",
      "{\"ApiId\":\"a\\u0000\",\"StageName\":\"unterminated",
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]"
      "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
      "{\"Tags\":{\"k\":1e999}}",
  };
  return PickFrom(kLines);
}

std::string DocumentLine(const std::shared_ptr<const Schema>& schema) {
  nlohmann::json document = Coin() ? *ValidInstance(schema) : (*OneViolation(schema)).document;
  return document.dump();
}

TEST(PaddedLines, EachLineAsIfAlone) {
  CheckProperty([] {
    std::shared_ptr<const Schema> schema =
        Coin() ? BuiltinSchema("apigatewayv2.CreateStage") : PickFrom(AllSchemas());
    // The batch's text: lines joined by line breaks, some blank lines between, padding after.
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // offset, size of each line
    std::size_t count = Pick<std::size_t>(1, 25);
    for (std::size_t i = 0; i < count; ++i) {
      if (Pick<int>(0, 8) == 0) text += Coin() ? "\n" : "  \n";
      int kind = Pick<int>(0, 10);
      if (kind == 0) {
        // One document written over two lines: each line alone is not JSON.
        std::string whole = DocumentLine(schema);
        std::size_t cut = whole.find(',');
        if (cut == std::string::npos) cut = whole.size() / 2;
        spans.emplace_back(text.size(), cut + 1);
        text += whole.substr(0, cut + 1) + "\n";
        spans.emplace_back(text.size(), whole.size() - cut - 1);
        text += whole.substr(cut + 1) + "\n";
        continue;
      }
      std::string line = kind == 1 ? OddLine() : DocumentLine(schema);
      spans.emplace_back(text.size(), line.size());
      text += line + (Coin() ? "\n" : "\r\n");
    }
    text.append(kJsonTextPadding, ' ');
    // Any of the buffer's lines may be left out: the others still get their own reports.
    std::vector<std::string_view> lines;
    for (auto [offset, size] : spans) {
      if (Pick<int>(0, 10) > 0) lines.push_back(std::string_view(text).substr(offset, size));
    }

    ValidateOptions options;
    if (Pick<int>(0, 4) == 0) options.max_bytes = Pick<std::size_t>(1, 400);
    if (Pick<int>(0, 4) == 0) options.max_depth = Pick<std::size_t>(1, 8);
    if (Coin()) options.max_errors = Pick<std::size_t>(1, 5);
    RC_LOG() << text;

    std::vector<Result<Report>> results;
    schema->ValidatePaddedLines(text, lines, results, options);
    RC_ASSERT(results.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      Result<Report> alone = schema->ValidatePaddedText(lines[i], options);
      RC_LOG() << "line " << i << ": " << lines[i];
      RC_ASSERT(results[i].ok() == alone.ok());
      if (!alone.ok()) {
        RC_ASSERT(results[i].error() == alone.error());
        continue;
      }
      RC_LOG() << "batch:\n"
               << Describe(results[i].value()) << "alone:\n"
               << Describe(alone.value());
      RC_ASSERT(results[i].value().errors == alone.value().errors);
      RC_ASSERT(results[i].value().warnings == alone.value().warnings);
      RC_ASSERT(results[i].value().truncated == alone.value().truncated);
    }
  });
}

// The line left out is as long as the one after it: the batch's first document is not the
// first line's, though it has its length.
TEST(PaddedLines, ALineLeftOutOfTheSameLength) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  std::string text =
      "{\"ApiId\":\"a\",\"StageName\":\"s\"}\n{\"ApiId\":\"a\",\"StageNamX\":\"s\"}\n";
  text.append(kJsonTextPadding, ' ');
  std::string_view second = std::string_view(text).substr(text.find('\n') + 1, 29);
  std::vector<Result<Report>> results;
  schema->ValidatePaddedLines(text, {second}, results);
  ASSERT_EQ(results.size(), 1u);
  ASSERT_TRUE(results[0].ok());
  EXPECT_FALSE(results[0].value().valid());
  EXPECT_EQ(results[0].value().errors, schema->ValidatePaddedText(second).value().errors);
}

// Lines out of order, or one from another buffer: not parsed together, each still gets
// its own report.
TEST(PaddedLines, LinesOutOfOrderOrElsewhere) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  std::string text = "{\"ApiId\":\"a\",\"StageName\":\"s\"}\n{\"ApiId\":1}\n";
  text.append(kJsonTextPadding, ' ');
  std::string other = "{\"StageName\":\"t\"}" + std::string(kJsonTextPadding, ' ');
  std::string_view first = std::string_view(text).substr(0, text.find('\n'));
  std::string_view second = std::string_view(text).substr(text.find('\n') + 1, 12);
  std::string_view elsewhere = std::string_view(other).substr(0, other.find(' '));
  std::vector<Result<Report>> results;
  for (const auto& lines : std::vector<std::vector<std::string_view>>{
           {second, first}, {first, elsewhere}, {elsewhere, second}, {first, first}}) {
    schema->ValidatePaddedLines(text, lines, results);
    ASSERT_EQ(results.size(), lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      ASSERT_TRUE(results[i].ok()) << lines[i];
      EXPECT_EQ(results[i].value().errors, schema->ValidatePaddedText(lines[i]).value().errors)
          << lines[i];
    }
  }
}

// Found by fast_vs_reference: a scalar before a brace on one line, and a line with a broken
// UTF-8 sequence after it.
TEST(PaddedLines, ScalarThenBraceBeforeBrokenUtf8) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  std::string text = "\n\n\n1{\n\xe1}";
  text.append(kJsonTextPadding, ' ');
  std::vector<std::string_view> lines = {std::string_view(text).substr(3, 2),
                                         std::string_view(text).substr(6, 2)};
  ValidateOptions options;
  options.max_errors = 1;
  std::vector<Result<Report>> results;
  schema->ValidatePaddedLines(text, lines, results, options);
  ASSERT_EQ(results.size(), lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Result<Report> alone = schema->ValidatePaddedText(lines[i], options);
    ASSERT_EQ(results[i].ok(), alone.ok())
        << i << ": " << results[i].error() << " / " << alone.error();
    EXPECT_EQ(results[i].error(), alone.error()) << i;
    if (alone.ok()) {
      EXPECT_EQ(results[i].value().errors, alone.value().errors) << i;
    }
  }
}

TEST(PaddedLines, NoLinesNoResults) {
  auto schema = BuiltinSchema("apigatewayv2.CreateStage");
  std::vector<Result<Report>> results = {Status::Error("left over")};
  std::string text(kJsonTextPadding, ' ');
  schema->ValidatePaddedLines(text.substr(0, 0), {}, results);
  EXPECT_TRUE(results.empty());
}

}  // namespace
}  // namespace shapeguard::properties
