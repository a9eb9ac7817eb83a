// The validation walk: types, required and unknown members, unions, maps and lists,
// nesting limits, error limits and the order of diagnostics.
#include "shapeguard/schema.h"

#include "test_support.h"

namespace shapeguard {
namespace {

using namespace testing_support;

TEST(SchemaTypes, AcceptsEveryTypeInItsParameterForm) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({
      "Name": "n", "Count": 5, "Big": -9223372036854775808, "Ratio": 1e3, "Small": 1.5,
      "Flag": false, "When": "2024-02-29T23:59:60.123+05:30", "Payload": "ab",
      "Color": "GREEN", "Code": "007", "Tags": {"a": "x"}, "Items": [{"Id": "1"}],
      "Choice": {"B": 3}, "Tree": {"Child": {"Child": {"Label": "leaf"}}},
      "Doc": {"anything": [1, {"goes": null}]}, "Sparse": ["a", null]})");
  EXPECT_TRUE(report.valid()) << report.errors[0].path << ": " << report.errors[0].message;
}

TEST(SchemaTypes, ReportsWrongJsonTypes) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Name": 5, "Flag": "true", "Ratio": "1",
      "Tags": [], "Items": {}, "Tree": "x", "When": true, "Payload": 1})");
  EXPECT_EQ(PathsAndCodes(report), (PathCodes{{"/Flag", "type"},
                                              {"/Items", "type"},
                                              {"/Name", "type"},
                                              {"/Payload", "type"},
                                              {"/Ratio", "type"},
                                              {"/Tags", "type"},
                                              {"/Tree", "type"},
                                              {"/When", "type"}}));
  EXPECT_EQ(report.errors[0].message, "expected a boolean, got \"true\"");
}

TEST(SchemaTypes, IntegersAcceptIntegralNumbersOnly) {
  Catalog catalog = TestCatalog();
  // JSON does not tell 100 from 100.0 or 1e2: integral values are integers.
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Count": 100.0})").valid());
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Count": 1e1})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Count": 1.5})")),
            (PathCodes{{"/Count", "type"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Count": true})")),
            (PathCodes{{"/Count", "type"}}));
}

TEST(SchemaTypes, IntegerWidths) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Name": "n", "Choice": {"B": 2147483648}})");
  EXPECT_EQ(PathsAndCodes(report), (PathCodes{{"/Choice/B", "range"}}));
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Big": 9223372036854775807})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Big": 9223372036854775808})")),
            (PathCodes{{"/Big", "range"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Small": 1e39})")),
            (PathCodes{{"/Small", "range"}}));
}

TEST(SchemaTypes, Timestamps) {
  Catalog catalog = TestCatalog();
  for (const char* ok :
       {"2024-06-07", "2024-06-07T12:00Z", "2024-06-07T12:00:00.5-0700", "2024-06-07 12:00:00"}) {
    EXPECT_TRUE(Validate(catalog, std::string(R"({"Name": "n", "When": ")") + ok + "\"}").valid())
        << ok;
  }
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "When": 1717761600.25})").valid());
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-06-07T24:00:00Z", "yesterday",
                          "2024-06-07T12:00:00Zjunk", ""}) {
    EXPECT_EQ(
        PathsAndCodes(Validate(catalog, std::string(R"({"Name": "n", "When": ")") + bad + "\"}")),
        (PathCodes{{"/When", "timestamp"}}))
        << bad;
  }
}

TEST(SchemaMembers, MissingRequiredAtTheMemberPointer) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Items": [{"Id": "1"}, {}]})");
  EXPECT_EQ(PathsAndCodes(report), (PathCodes{{"/Items/1/Id", "required"}, {"/Name", "required"}}));
}

TEST(SchemaMembers, NullIsNotAValue) {
  Catalog catalog = TestCatalog();
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": null})")), (PathCodes{{"/Name", "type"}}));
}

TEST(SchemaMembers, UnknownMembersWithHints) {
  Catalog catalog = TestCatalog();
  Report report = Validate(catalog, R"({"Name": "n", "name": "x", "tags": {}, "Zzz": 1})");
  ASSERT_EQ(PathsAndCodes(report),
            (PathCodes{{"/Zzz", "unknown"}, {"/name", "unknown"}, {"/tags", "unknown"}}));
  EXPECT_NE(report.errors[1].message.find("did you mean \"Name\""), std::string::npos);
  // "tags" is the wire name (locationName) of Tags.
  EXPECT_NE(report.errors[2].message.find("did you mean \"Tags\""), std::string::npos);
}

TEST(SchemaMembers, UnionNeedsExactlyOneMember) {
  Catalog catalog = TestCatalog();
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Choice": {}})")),
            (PathCodes{{"/Choice", "union"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Choice": {"A": "x", "B": 1}})")),
            (PathCodes{{"/Choice", "union"}}));
}

TEST(SchemaMembers, SparseListsAllowNullItemsOthersDoNot) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, R"({"Name": "n", "Sparse": [null]})").valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Items": [null]})")),
            (PathCodes{{"/Items/0", "type"}}));
}

TEST(SchemaOperations, OperationWithoutInputTakesAnEmptyObject) {
  Catalog catalog = TestCatalog();
  EXPECT_TRUE(Validate(catalog, "{}", "testsvc.Ping").valid());
  EXPECT_TRUE(Validate(catalog, "{}", "testsvc.Ping", Direction::kOutput).valid());
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"x": 1})", "testsvc.Ping")),
            (PathCodes{{"/x", "unknown"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, "[]", "testsvc.Ping")), (PathCodes{{"", "type"}}));
}

TEST(SchemaOrder, ReportDoesNotDependOnMemberOrder) {
  Catalog catalog = TestCatalog();
  Report a = Validate(catalog, R"({"Zed": 1, "Count": -1, "Items": [{}, {"Id": 1}], "Aaa": 2})");
  Report b = Validate(catalog, R"({"Aaa": 2, "Items": [{}, {"Id": 1}], "Count": -1, "Zed": 1})");
  EXPECT_EQ(a.errors, b.errors);
  EXPECT_EQ(PathsAndCodes(a), (PathCodes{{"/Aaa", "unknown"},
                                         {"/Count", "range"},
                                         {"/Items/0/Id", "required"},
                                         {"/Items/1/Id", "type"},
                                         {"/Name", "required"},
                                         {"/Zed", "unknown"}}));
}

TEST(SchemaOrder, ArrayIndexesSortNumerically) {
  Catalog catalog = TestCatalog();
  std::string items;
  for (int i = 0; i < 12; ++i) items += std::string(i ? "," : "") + "{}";
  Report report = Validate(catalog, R"({"Name": "n", "Items": [)" + items + "]}");
  ASSERT_EQ(report.errors.size(), 12u);
  EXPECT_EQ(report.errors[2].path, "/Items/2/Id");
  EXPECT_EQ(report.errors[11].path, "/Items/11/Id");
}

TEST(SchemaLimits, StopAtFirst) {
  Catalog catalog = TestCatalog();
  ValidateOptions options;
  options.stop_at_first = true;
  Report report =
      Validate(catalog, R"({"Count": -1, "Flag": 1})", "testsvc.Put", Direction::kInput, options);
  EXPECT_EQ(report.errors.size(), 1u);
  EXPECT_TRUE(report.truncated);
}

TEST(SchemaLimits, MaxErrors) {
  Catalog catalog = TestCatalog();
  ValidateOptions options;
  options.max_errors = 2;
  Report report = Validate(catalog, R"({"a": 1, "b": 2, "c": 3, "d": 4})", "testsvc.Put",
                           Direction::kInput, options);
  EXPECT_EQ(report.errors.size(), 2u);
  EXPECT_TRUE(report.truncated);
}

TEST(SchemaLimits, RecursiveShapesStopAtTheDepthLimit) {
  Catalog catalog = TestCatalog();
  std::string deep = R"({"Name": "n", "Tree": )";
  for (int i = 0; i < 20; ++i) deep += R"({"Child": )";
  deep += "{}";
  for (int i = 0; i < 21; ++i) deep += "}";
  ValidateOptions options;
  options.max_depth = 10;
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  auto parsed = nlohmann::json::parse(deep);
  Report report = schema->Validate(parsed, options);
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].code, Code::kDepth);
  EXPECT_EQ(report.errors[0].path,
            "/Tree/Child/Child/Child/Child/Child/Child/Child/Child/Child/Child");
}

TEST(SchemaText, MalformedJsonIsAnErrorWithLineAndColumn) {
  Catalog catalog = TestCatalog();
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  auto report = schema->ValidateText("{\n  \"Name\": \"n\",\n  oops\n}");
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().find("line 3, column 3"), std::string::npos) << report.error();
  EXPECT_EQ(report.error().find("[json.exception"), std::string::npos) << report.error();
}

TEST(SchemaText, IllFormedUtf8IsAParseError) {
  Catalog catalog = TestCatalog();
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  EXPECT_FALSE(schema->ValidateText("{\"Name\": \"\xC3\x28\"}").ok());
  EXPECT_FALSE(schema->ValidateText("{\"Name\": \"\xED\xA0\x80\"}").ok());  // a surrogate
}

TEST(SchemaText, HundredThousandNestedArraysAreRefusedNotFatal) {
  Catalog catalog = TestCatalog();
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  std::string nested(100000, '[');
  nested += std::string(100000, ']');
  auto report = schema->ValidateText(nested);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().find("nests more than 128 levels"), std::string::npos) << report.error();
  // Brackets inside strings do not count.
  EXPECT_TRUE(schema->ValidateText(R"({"Name": "[[[[[[[[", "Doc": {}})").ok());
}

TEST(SchemaValidate, IllFormedUtf8InABuiltDocumentIsAnEncodingError) {
  Catalog catalog = TestCatalog();
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  // "\xC3\x28" is two bytes, one character's worth at most: neither a length nor a pattern
  // error may be reported for it, only the encoding.
  nlohmann::json document = {{"Name", "\xC3\x28"},
                             {"Code", "\xFF"},
                             {"Tags", {{"a", "ok"}, {"\xED\xA0\x80", "surrogate key"}}}};
  Report report = schema->Validate(document);
  std::vector<std::pair<std::string, std::string>> got;
  for (const Diagnostic& d : report.errors) got.emplace_back(d.path, CodeName(d.code));
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"/Code", "encoding"}, {"/Name", "encoding"}, {"/Tags", "encoding"}}));
}

TEST(SchemaText, ARepeatedMapKeyIsNotCountedTwiceBySizeRules) {
  Catalog catalog = TestCatalog();
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  // TagMap allows 2 entries: "a" repeated makes 3 members but 2 entries, on both paths.
  auto report = schema->ValidateText(R"({"Name": "n", "Tags": {"a": "x", "b": "y", "a": "z"}})");
  ASSERT_TRUE(report.ok()) << report.error();
  ASSERT_EQ(report.value().errors.size(), 1u);
  EXPECT_EQ(report.value().errors[0].path, "/Tags/a");
  EXPECT_EQ(report.value().errors[0].code, Code::kDuplicate);
}

TEST(SchemaText, DocumentsOverTheSizeLimitAreRefused) {
  Catalog catalog = TestCatalog();
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput).value();
  std::string text = R"({"Name": "n"})";  // 13 bytes
  ValidateOptions options;
  options.max_bytes = text.size();
  EXPECT_TRUE(schema->ValidateText(text, options).ok());
  options.max_bytes = text.size() - 1;
  auto refused = schema->ValidateText(text, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error(), "the document is longer than the limit of 12 bytes");
}

// A null member is an error of its own (null is not a value) and does not count as the
// union's one member set, in either adapter (text through simdjson, documents through
// nlohmann): the union is judged on the members that hold values.
TEST(SchemaMembers, NullUnionMembersAreNotSet) {
  Catalog catalog = TestCatalog();
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Choice": {"A": "x", "B": null}})")),
            (PathCodes{{"/Choice/B", "type"}}));
  EXPECT_EQ(PathsAndCodes(Validate(catalog, R"({"Name": "n", "Choice": {"A": null}})")),
            (PathCodes{{"/Choice", "union"}, {"/Choice/A", "type"}}));
  auto schema = catalog.GetSchema("testsvc.Put", Direction::kInput);
  ASSERT_TRUE(schema.ok()) << schema.error();
  auto document = nlohmann::json::parse(R"({"Name": "n", "Choice": {"A": null, "B": 1}})");
  EXPECT_EQ(PathsAndCodes(schema.value()->Validate(document)), (PathCodes{{"/Choice/A", "type"}}));
  document["Choice"]["B"] = nullptr;
  EXPECT_EQ(PathsAndCodes(schema.value()->Validate(document)),
            (PathCodes{{"/Choice", "union"}, {"/Choice/A", "type"}, {"/Choice/B", "type"}}));
}

}  // namespace
}  // namespace shapeguard
