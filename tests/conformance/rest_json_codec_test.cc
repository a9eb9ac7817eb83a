// Wire rules the seeded operations do not exercise, on a small model of our own
// (tests/data/wire/wiresvc.json): greedy labels, query lists and maps, header timestamps
// and lists, header maps, statusCode, structure and raw payloads, body timestamps and blobs,
// and the failures.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "shapeguard/catalog.h"
#include "test_support.h"
#include "wire/rest_json_request.h"
#include "wire/rest_json_response.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using testing_support::ReadSourceFile;

const Catalog& WireCatalog() {
  static const Catalog* catalog = [] {
    auto* c = new Catalog;
    Status s = c->AddModel("wiresvc", ReadSourceFile("tests/data/wire/wiresvc.json"), "wiresvc");
    EXPECT_TRUE(s.ok()) << s.message();
    return c;
  }();
  return *catalog;
}

std::shared_ptr<const Schema> WireSchema(const std::string& operation, Direction direction) {
  auto schema = WireCatalog().GetSchema("wiresvc." + operation, direction);
  EXPECT_TRUE(schema.ok()) << schema.error();
  return schema.ok() ? schema.value() : nullptr;
}

std::shared_ptr<const Operation> WireOperation(const std::string& operation) {
  auto view = WireCatalog().GetOperation("wiresvc." + operation);
  EXPECT_TRUE(view.ok()) << view.error();
  return view.ok() ? view.value() : nullptr;
}

Result<HttpRequest> Encode(const std::string& operation, const json& params) {
  return EncodeRequest(*WireOperation(operation), params);
}

Result<DecodedResponse> Decode(const std::string& operation, HttpResponse response) {
  return DecodeResponse(*WireOperation(operation), response);
}

using Headers = std::vector<std::pair<std::string, std::string>>;

TEST(RestJsonRequest, PlacesEveryLocation) {
  auto request = Encode("PutObject", {{"Bucket", "my bucket"},
                                      {"Key", "a/b c/d~e.txt"},
                                      {"Ids", {"1", "2 3"}},
                                      {"Filters", {{"status", "on"}, {"kind", "a&b"}}},
                                      {"Since", "2024-06-07T12:00:00.5Z"},
                                      {"Expires", "2024-06-07T14:00:00+02:00"},
                                      {"ExpiresEpoch", 1717761600},
                                      {"Labels", {"a", "b,c", "say \"hi\""}},
                                      {"Counts", {1, 2}},
                                      {"Ratio", 0.5},
                                      {"Metadata", {{"owner", "me"}}},
                                      {"Settings",
                                       {{"CreatedAt", "2024-06-07T12:00:00Z"},
                                        {"Stamp", 1717761600.25},
                                        {"Secret", "hello"},
                                        {"Child", {{"Stamp", "2024-06-07T12:00:00+02:00"}}}}}});
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(request->method, "PUT");
  // The greedy {Key+} keeps its slashes; the requestUri's own query comes first.
  EXPECT_EQ(request->path, "/buckets/my%20bucket/a/b%20c/d~e.txt");
  EXPECT_EQ(request->query,
            "mode=put&kind=a%26b&status=on&id=1&id=2%203&since=2024-06-07T12%3A00%3A00.500Z");
  EXPECT_EQ(request->headers, (Headers{{"X-Counts", "1,2"},
                                       {"Expires", "Fri, 07 Jun 2024 12:00:00 GMT"},
                                       {"X-Expires-Epoch", "1717761600"},
                                       {"X-Labels", R"(a,"b,c","say \"hi\"")"},
                                       {"x-meta-owner", "me"},
                                       {"X-Ratio", "0.5"},
                                       {"Content-Type", "application/json"}}));
  // The structure payload is the whole body: default timestamps as epoch seconds, iso8601
  // ones as UTC strings, blobs in base64.
  EXPECT_EQ(json::parse(request->body), json({{"createdAt", 1717761600},
                                              {"stamp", "2024-06-07T12:00:00.250Z"},
                                              {"secret", "aGVsbG8="},
                                              {"child", {{"stamp", "2024-06-07T10:00:00Z"}}}}));
}

TEST(RestJsonRequest, AnUnsetStructurePayloadSendsNoBody) {
  auto request = Encode("PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Labels", json::array()}});
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(request->target(), "/buckets/b/k?mode=put");
  EXPECT_TRUE(request->headers.empty());  // nor a header for the empty list
  EXPECT_EQ(request->body, "");
}

TEST(RestJsonRequest, BodyTimestampsBlobsAndDocuments) {
  auto request = Encode("Configure", {{"When", "2024-06-07T12:00:00.5Z"},
                                      {"Secret", ""},
                                      {"Doc", {{"any", {1, {{"x", nullptr}}}}}}});
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(
      json::parse(request->body),
      json({{"when", 1717761600.5}, {"secret", ""}, {"doc", {{"any", {1, {{"x", nullptr}}}}}}}));
}

TEST(RestJsonRequest, AnUnreadableTimestampIsSentAsItIs) {
  auto request = Encode("Configure", {{"When", "yesterday"}});
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(json::parse(request->body), json({{"when", "yesterday"}}));
}

TEST(RestJsonRequest, AStringPayloadIsRawWithTheContentTypeItNames) {
  auto request = Encode("Upload", {{"Body", "plain text, not JSON"}, {"Type", "text/plain"}});
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(request->body, "plain text, not JSON");
  EXPECT_EQ(request->headers, (Headers{{"Content-Type", "text/plain"}}));
}

TEST(RestJsonRequest, NullMembersAreNotSent) {
  auto request = Encode("Configure", {{"When", nullptr}, {"Secret", "a"}});
  ASSERT_TRUE(request.ok()) << request.error();
  EXPECT_EQ(json::parse(request->body), json({{"secret", "YQ=="}}));
}

TEST(RestJsonRequest, FailsWhereThereIsNoWireForm) {
  EXPECT_FALSE(Encode("Configure", json::array()).ok());
  auto composite = Encode("PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Ratio", {{"x", 1}}}});
  ASSERT_FALSE(composite.ok());
  EXPECT_NE(composite.error().find("Ratio"), std::string::npos) << composite.error();
  auto undeclared = Encode("PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Extra", 1}});
  ASSERT_FALSE(undeclared.ok());
  EXPECT_NE(undeclared.error().find("Extra"), std::string::npos) << undeclared.error();
  auto injected =
      Encode("PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Labels", {"ok\r\nX-Injected: 1"}}});
  ASSERT_FALSE(injected.ok());
  EXPECT_NE(injected.error().find("line break"), std::string::npos) << injected.error();
  EXPECT_FALSE(
      Encode("PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Metadata", {{"a\nb", "v"}}}}).ok());
}

TEST(RestJsonRequest, NeedsAnHttpBinding) {
  Catalog catalog;
  Status added = catalog.AddModel("bare", R"({"metadata": {"protocol": "rest-json"},
      "operations": {"Op": {"name": "Op", "http": {"method": "POST"}}}, "shapes": {}})",
                                  "bare");
  ASSERT_TRUE(added.ok()) << added.message();
  auto op = catalog.GetOperation("bare.Op");
  ASSERT_TRUE(op.ok()) << op.error();
  auto request = EncodeRequest(*op.value(), json::object());
  ASSERT_FALSE(request.ok());
  EXPECT_EQ(request.error(), "bare.Op: http.method or http.requestUri is missing");
}

TEST(RestJsonRequest, RefusesUnboundedNesting) {
  json settings = json::object();
  for (int i = 0; i < 200; ++i) settings = {{"Child", settings}};
  auto request = Encode("PutObject", {{"Bucket", "b"}, {"Key", "k"}, {"Settings", settings}});
  ASSERT_FALSE(request.ok());
  EXPECT_NE(request.error().find("deeper"), std::string::npos) << request.error();
}

TEST(RestJsonResponse, ReadsStatusHeadersAndPayload) {
  HttpResponse response;
  response.status = 200;
  response.headers = {{"last-modified", "Fri, 07 Jun 2024 12:00:00 GMT"},
                      {"X-Version", "42"},
                      {"x-deleted", "true"},
                      {"x-labels", "a, \"b,c\""},
                      {"X-Meta-Owner", "me"},
                      {"x-meta-team", "core"}};
  response.body = R"({"createdAt": 1717761600, "stamp": "2024-06-07T12:00:00Z",
                      "secret": "aGVsbG8=", "child": {"secret": "//79"}})";
  auto decoded = Decode("PutObject", response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->params, json({{"Status", 200},
                                   {"LastModified", "2024-06-07T12:00:00Z"},
                                   {"Version", 42},
                                   {"Deleted", true},
                                   {"Labels", {"a", "b,c"}},
                                   {"Metadata", {{"owner", "me"}, {"team", "core"}}},
                                   // Bytes that are not UTF-8 ("//79" is ff fe fd) stay in base64.
                                   {"Settings",
                                    {{"CreatedAt", 1717761600},
                                     {"Stamp", "2024-06-07T12:00:00Z"},
                                     {"Secret", "hello"},
                                     {"Child", {{"Secret", "//79"}}}}}}));
  EXPECT_TRUE(decoded->body_error.empty()) << decoded->body_error;
  EXPECT_TRUE(WireSchema("PutObject", Direction::kOutput)->Validate(decoded->params).valid());
}

TEST(RestJsonResponse, HeaderTextOfTheWrongTypeStaysText) {
  HttpResponse response{
      200, {{"x-version", "forty-two"}, {"x-deleted", "yes"}, {"last-modified", "not a date"}}, ""};
  auto decoded = Decode("PutObject", response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->params, json({{"Status", 200},
                                   {"Version", "forty-two"},
                                   {"Deleted", "yes"},
                                   {"LastModified", "not a date"}}));
  Report report = WireSchema("PutObject", Direction::kOutput)->Validate(decoded->params);
  EXPECT_EQ(testing_support::PathsAndCodes(report),
            (testing_support::PathCodes{
                {"/Deleted", "type"}, {"/LastModified", "timestamp"}, {"/Version", "type"}}));
}

TEST(RestJsonResponse, HeaderTimestampsInOtherFormatsAreStillRead) {
  HttpResponse response{200, {{"last-modified", "2024-06-07T12:00:00Z"}}, ""};
  auto decoded = Decode("PutObject", response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->params.at("LastModified"), "2024-06-07T12:00:00Z");
}

TEST(RestJsonResponse, ARawPayloadNeedNotBeJson) {
  HttpResponse response{200, {{"content-type", "application/octet-stream"}}, "not {json"};
  auto decoded = Decode("Upload", response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->params, json({{"Body", "not {json"}}));
  EXPECT_TRUE(decoded->body_error.empty()) << decoded->body_error;
}

// A blob payload holds any bytes; the parameter form (JSON text) holds them as base64 when
// they are not UTF-8 text, as blobs in JSON bodies are.
TEST(RestJsonResponse, ABlobPayloadOfAnyBytesIsItsBase64) {
  HttpResponse response{
      200, {{"content-type", "application/octet-stream"}}, std::string("\xff\xfe\x00", 3)};
  auto decoded = Decode("Upload", response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->params, json({{"Body", "//4A"}}));
  EXPECT_TRUE(WireSchema("Upload", Direction::kOutput)->Validate(decoded->params).valid());
}

TEST(RestJsonResponse, ABodyThatIsNotAnObjectIsReported) {
  HttpResponse response{200, {}, "[1, 2]"};
  auto decoded = Decode("Configure", response);
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_EQ(decoded->params, json::object());
  EXPECT_EQ(decoded->body_error, "the body is JSON but not an object");
}

TEST(RestJsonResponse, AnOverlyDeepBodyIsReportedNotFollowed) {
  std::string body;
  for (int i = 0; i < 300; ++i) body += R"({"child":)";
  body += "{}";
  for (int i = 0; i < 300; ++i) body += "}";
  auto decoded = Decode("PutObject", HttpResponse{200, {}, body});
  ASSERT_TRUE(decoded.ok()) << decoded.error();
  EXPECT_NE(decoded->body_error.find("not JSON"), std::string::npos) << decoded->body_error;
  EXPECT_TRUE(decoded->raw_body.is_null());
}

TEST(RestJsonResponse, ErrorTypeSourcesInOrder) {
  struct Case {
    HttpResponse response;
    std::optional<std::string> type;
    std::string message;
  } cases[] = {
      {{400, {{"X-Amzn-ErrorType", "aws.protocoltests#Boom:http://x/"}}, R"({"__type": "Other"})"},
       "Boom",
       ""},
      {{400, {}, R"({"__type": "com.amazonaws.x#Boom", "code": "Other", "message": "m"})"},
       "Boom",
       "m"},
      {{400, {}, R"({"Code": "Boom", "Message": "M"})"}, "Boom", "M"},
      {{503, {}, "Service Unavailable"}, std::nullopt, ""},
      {{302, {{"location", "/elsewhere"}}, ""}, std::nullopt, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.response.body);
    auto decoded = Decode("Configure", c.response);
    ASSERT_TRUE(decoded.ok()) << decoded.error();
    EXPECT_TRUE(decoded->is_error());
    EXPECT_EQ(decoded->error_type, c.type);
    EXPECT_EQ(decoded->error_message, c.message);
    EXPECT_TRUE(decoded->params.is_null());
  }
}

}  // namespace
}  // namespace shapeguard::conformance
