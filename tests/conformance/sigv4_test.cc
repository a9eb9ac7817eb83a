#include "wire/sigv4.h"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"
#include "wire/aws_credentials.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using testing_support::BuiltinCatalog;
using testing_support::ReadSourceFile;

const json& Suite() {
  static const json* suite =
      new json(json::parse(ReadSourceFile("tests/data/sigv4/aws_sigv4_test_suite.json")));
  return *suite;
}

SigningParams SuiteParams(const json& test_case) {
  SigningParams params;
  params.credentials.access_key_id = Suite().at("access_key_id");
  params.credentials.secret_access_key = Suite().at("secret_access_key");
  params.credentials.session_token = test_case.at("session_token");
  params.region = Suite().at("region");
  params.service = Suite().at("service");
  params.amz_date = Suite().at("amz_date");
  return params;
}

HttpRequest SuiteRequest(const json& test_case) {
  const json& r = test_case.at("request");
  HttpRequest request;
  request.method = r.at("method");
  request.path = r.at("path");
  request.query = r.at("query");
  request.body = r.at("body");
  for (const json& header : r.at("headers")) request.headers.emplace_back(header[0], header[1]);
  return request;
}

TEST(SigV4TestSuite, EveryStepMatchesAwsVectors) {
  ASSERT_GE(Suite().at("cases").size(), 25u);
  for (const json& test_case : Suite().at("cases")) {
    SCOPED_TRACE(test_case.at("name").get<std::string>());
    auto signature = ComputeSignature(SuiteRequest(test_case), SuiteParams(test_case));
    ASSERT_TRUE(signature.ok()) << signature.error();
    EXPECT_EQ(signature->canonical_request, test_case.at("canonical_request"));
    EXPECT_EQ(signature->string_to_sign, test_case.at("string_to_sign"));
    EXPECT_EQ(signature->authorization, test_case.at("authorization"));
  }
}

TEST(SigV4TestSuite, SignRequestAddsDateTokenAndAuthorization) {
  // The suite's requests without the headers SignRequest is responsible for.
  for (const json& test_case : Suite().at("cases")) {
    SCOPED_TRACE(test_case.at("name").get<std::string>());
    HttpRequest request = SuiteRequest(test_case);
    std::erase_if(request.headers, [](const auto& h) {
      return EqualsIgnoreCase(h.first, "x-amz-date") ||
             EqualsIgnoreCase(h.first, "x-amz-security-token");
    });
    SigningParams params = SuiteParams(test_case);
    ASSERT_TRUE(SignRequest(request, params).ok());
    ASSERT_NE(request.FindHeader("authorization"), nullptr);
    EXPECT_EQ(*request.FindHeader("authorization"), test_case.at("authorization"));
    EXPECT_EQ(*request.FindHeader("x-amz-date"), "20150830T123600Z");
    const std::string* token = request.FindHeader("x-amz-security-token");
    EXPECT_EQ(token ? *token : "", params.credentials.session_token);
  }
}

TEST(SigV4, SigningTwiceLeavesOneAuthorization) {
  const json& vanilla = Suite().at("cases")[5];
  ASSERT_EQ(vanilla.at("name"), "get-vanilla");
  HttpRequest request = SuiteRequest(vanilla);
  ASSERT_TRUE(SignRequest(request, SuiteParams(vanilla)).ok());
  ASSERT_TRUE(SignRequest(request, SuiteParams(vanilla)).ok());
  int count = 0;
  for (const auto& [name, value] : request.headers)
    count += EqualsIgnoreCase(name, "authorization");
  EXPECT_EQ(count, 1);
  EXPECT_EQ(*request.FindHeader("Authorization"), vanilla.at("authorization"));
}

TEST(SigV4, CanonicalUriEncodesTheWirePathAgainExceptForS3) {
  EXPECT_EQ(CanonicalUri("/v2/apis/a%2Fb/stages", false), "/v2/apis/a%252Fb/stages");
  EXPECT_EQ(CanonicalUri("/@connections/L0SM9cOFvHcCIhw%3D", false),
            "/%40connections/L0SM9cOFvHcCIhw%253D");
  EXPECT_EQ(CanonicalUri("/bucket/a%2Fb/../c", true), "/bucket/a%2Fb/../c");
  EXPECT_EQ(CanonicalUri("", false), "/");
}

TEST(SigV4, CanonicalQueryNormalisesEncodingAndSorts) {
  EXPECT_EQ(CanonicalQuery("b=2&a=%7e&a=1&flag"), "a=1&a=~&b=2&flag=");
  EXPECT_EQ(CanonicalQuery("k=a%2fb%20c"), "k=a%2Fb%20c");
  EXPECT_EQ(CanonicalQuery(""), "");
}

TEST(SigV4, RefusesRequestsWithoutHostOrWithABadDate) {
  HttpRequest request{"GET", "/", "", {}, ""};
  SigningParams params;
  params.region = "us-east-1";
  params.service = "service";
  params.amz_date = "20150830T123600Z";
  auto no_host = ComputeSignature(request, params);
  ASSERT_FALSE(no_host.ok());
  EXPECT_NE(no_host.error().find("Host"), std::string::npos);
  request.headers.emplace_back("Host", "example.amazonaws.com");
  params.amz_date = "2015-08-30T12:36:00Z";
  EXPECT_FALSE(ComputeSignature(request, params).ok());
  EXPECT_FALSE(SignRequest(request, params).ok());
}

TEST(SigV4, S3SignsThePayloadHashHeader) {
  HttpRequest request{"PUT", "/bucket/key", "", {{"Host", "s3.amazonaws.com"}}, "data"};
  SigningParams params{{"AKID", "SECRET", ""}, "us-east-1", "s3", "20150830T123600Z"};
  ASSERT_TRUE(SignRequest(request, params).ok());
  ASSERT_NE(request.FindHeader("x-amz-content-sha256"), nullptr);
  EXPECT_EQ(*request.FindHeader("x-amz-content-sha256"),
            "3a6eb0790f39ac87c94f3856b2dd2c5d110e6811602261a9a923d3bb23adc8b7");
  EXPECT_NE(request.FindHeader("authorization")->find("x-amz-content-sha256"), std::string::npos);
}

TEST(SigV4, AmzDateIsBasicIso8601InUtc) {
  auto time = std::chrono::system_clock::time_point(std::chrono::seconds(1440938160));
  EXPECT_EQ(AmzDate(time), "20150830T123600Z");
}

const char* FakeEnvironment(const char* name) {
  static const std::map<std::string, std::string> kValues = {{"AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"},
                                                             {"AWS_SECRET_ACCESS_KEY", "secret"},
                                                             {"AWS_SESSION_TOKEN", "token"},
                                                             {"AWS_DEFAULT_REGION", "eu-west-3"}};
  auto it = kValues.find(name);
  return it == kValues.end() ? nullptr : it->second.c_str();
}

const char* EmptyEnvironment(const char*) { return nullptr; }

TEST(AwsCredentials, ReadTheEnvironment) {
  Credentials credentials = CredentialsFromEnvironment(&FakeEnvironment);
  EXPECT_EQ(credentials.access_key_id, "AKIDEXAMPLE");
  EXPECT_EQ(credentials.secret_access_key, "secret");
  EXPECT_EQ(credentials.session_token, "token");
  EXPECT_EQ(RegionFromEnvironment(&FakeEnvironment), "eu-west-3");
}

TEST(AwsCredentials, DefaultToWhatEmulatorsAccept) {
  Credentials credentials = CredentialsFromEnvironment(&EmptyEnvironment);
  EXPECT_EQ(credentials.access_key_id, "testing");
  EXPECT_EQ(credentials.secret_access_key, "testing");
  EXPECT_EQ(credentials.session_token, "");
  EXPECT_EQ(RegionFromEnvironment(&EmptyEnvironment), "us-east-1");
}

TEST(AwsCredentials, RegionPrefersAwsRegion) {
  auto both = [](const char* name) -> const char* {
    std::string n = name;
    return n == "AWS_REGION" ? "ap-south-1" : n == "AWS_DEFAULT_REGION" ? "eu-west-3" : nullptr;
  };
  EXPECT_EQ(RegionFromEnvironment(both), "ap-south-1");
}

TEST(AwsCredentials, SigningNameComesFromTheModel) {
  std::map<std::string, std::string> expected = {
      {"apigatewayv2.CreateStage", "apigateway"},  // signingName
      {"apigateway.UpdateStage", "apigateway"},    // endpointPrefix (no signingName)
      {"appconfig.GetExtension", "appconfig"},     // signingName
      {"apigatewaymanagementapi.GetConnection", "execute-api"}};
  for (const auto& [operation, name] : expected) {
    auto view = BuiltinCatalog().GetOperation(operation);
    ASSERT_TRUE(view.ok()) << view.error();
    EXPECT_EQ(view.value()->signing_name(), name) << operation;
  }
}

}  // namespace
}  // namespace shapeguard::conformance
