#include "wire/operation_recognizer.h"

#include <gtest/gtest.h>

#include <regex>

namespace shapeguard::conformance {
namespace {

const Catalog& Builtin() {
  static const Catalog* catalog = new Catalog(std::move(Catalog::Builtin().value()));
  return *catalog;
}

HttpRequest Signed(std::string signing_name, std::string method, std::string path,
                   std::string query = "", std::string body = "") {
  HttpRequest request{std::move(method), std::move(path), std::move(query), {}, std::move(body)};
  request.headers.push_back(
      {"Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/" +
                            signing_name + "/aws4_request, SignedHeaders=host, Signature=abc"});
  return request;
}

std::string Recognized(const HttpRequest& request) {
  static const OperationRecognizer recognizer(Builtin());
  auto call = recognizer.Recognize(request);
  return call.ok() ? call.value().operation.qualified() : "error: " + call.error();
}

TEST(CredentialScope, NamesTheService) {
  EXPECT_EQ(CredentialScopeService(Signed("apigateway", "GET", "/")), "apigateway");
  HttpRequest unsigned_request{"GET", "/", "", {}, ""};
  EXPECT_EQ(CredentialScopeService(unsigned_request), "");
}

// Every operation of the seeded rest-json services, from a request built from its own
// method and URI template (each label filled in), is recognized as itself.
TEST(OperationRecognizer, EverySeededRestOperationFromItsTemplate) {
  for (const std::string& service : Builtin().SeededServices()) {
    for (const std::string& name : Builtin().Operations(service).value()) {
      auto op = Builtin().GetOperation(OperationName{service, name}).value();
      std::string uri = op->request_uri();
      std::string query;
      if (std::size_t q = uri.find('?'); q != std::string::npos) {
        query = uri.substr(q + 1);
        uri.resize(q);
      }
      uri = std::regex_replace(uri, std::regex(R"(\{[^}+]+\+\})"), "a/b");
      uri = std::regex_replace(uri, std::regex(R"(\{[^}]+\})"), "x1");
      HttpRequest request = Signed(op->signing_name(), op->http_method(), uri, query);
      EXPECT_EQ(Recognized(request), service + "." + name) << op->http_method() << " " << uri;
    }
  }
}

TEST(OperationRecognizer, EachProtocolsWayOfNamingTheOperation) {
  HttpRequest json = Signed("dynamodb", "POST", "/");
  json.headers.push_back({"X-Amz-Target", "DynamoDB_20120810.PutItem"});
  EXPECT_EQ(Recognized(json), "dynamodb.PutItem");
  HttpRequest query = Signed("sts", "POST", "/");
  query.body = "Action=GetCallerIdentity&Version=2011-06-15";
  EXPECT_EQ(Recognized(query), "sts.GetCallerIdentity");
  EXPECT_EQ(Recognized(Signed("ec2", "GET", "/", "Action=RunInstances&Version=2016-11-15")),
            "ec2.RunInstances");
  // rest-xml: S3, greedy keys and query-bound operations.
  EXPECT_EQ(Recognized(Signed("s3", "GET", "/bucket/dir/key.txt")), "s3.GetObject");
  EXPECT_EQ(Recognized(Signed("s3", "GET", "/bucket/dir/key.txt", "tagging")),
            "s3.GetObjectTagging");
  EXPECT_EQ(Recognized(Signed("s3", "POST", "/bucket/key", "uploads")), "s3.CreateMultipartUpload");
}

HttpRequest Json(std::string signing_name, std::string target) {
  HttpRequest request = Signed(std::move(signing_name), "POST", "/");
  request.headers.push_back({"X-Amz-Target", std::move(target)});
  return request;
}

// Services that share a signing name and operation names are told apart by what the
// request carries: X-Amz-Target's prefix (json), Version (query).
TEST(OperationRecognizer, ServicesSharingASigningNameByTargetPrefixAndVersion) {
  EXPECT_EQ(Recognized(Json("kinesisanalytics", "KinesisAnalytics_20150814.AddApplicationInput")),
            "kinesisanalytics.AddApplicationInput");
  EXPECT_EQ(Recognized(Json("kinesisanalytics", "KinesisAnalytics_20180523.AddApplicationInput")),
            "kinesisanalyticsv2.AddApplicationInput");
  EXPECT_EQ(Recognized(Json("cloudhsm", "BaldrApiService.CreateHsm")), "cloudhsmv2.CreateHsm");
  EXPECT_EQ(Recognized(Signed("elasticloadbalancing", "POST", "/", "",
                              "Action=CreateLoadBalancer&Version=2015-12-01")),
            "elbv2.CreateLoadBalancer");
  EXPECT_EQ(Recognized(Signed("elasticloadbalancing", "POST", "/", "",
                              "Action=CreateLoadBalancer&Version=2012-06-01")),
            "elb.CreateLoadBalancer");
  // rds, docdb and neptune send the same Action and Version: the signing name's own service.
  EXPECT_EQ(Recognized(Signed("rds", "POST", "/", "", "Action=CreateDBCluster&Version=2014-10-31")),
            "rds.CreateDBCluster");
  // timestream-query and -write share even the target prefix: said, not guessed.
  EXPECT_EQ(Recognized(Json("timestream", "Timestream_20181101.DescribeEndpoints"))
                .rfind("error: POST / matches both timestream-query.DescribeEndpoints and "
                       "timestream-write.DescribeEndpoints",
                       0),
            0u);
}

TEST(OperationRecognizer, SaysWhyNothingMatched) {
  HttpRequest unsigned_request{"GET", "/", "", {}, ""};
  EXPECT_EQ(Recognized(unsigned_request), "error: not signed with SigV4: no credential scope");
  EXPECT_EQ(Recognized(Signed("nosuchsigner", "GET", "/")),
            "error: no built-in service signs as \"nosuchsigner\"");
  HttpRequest unknown = Signed("dynamodb", "POST", "/");
  unknown.headers.push_back({"X-Amz-Target", "DynamoDB_20120810.NoSuchThing"});
  EXPECT_EQ(Recognized(unknown).rfind("error: no operation of dynamodb matches POST /", 0), 0u)
      << Recognized(unknown);
  // Two services sign as "bedrock" and both have GET /tags/{resourceArn}.
  EXPECT_EQ(Recognized(Signed("bedrock", "GET", "/tags/arn1")),
            "error: GET /tags/arn1 matches both bedrock-agent.ListTagsForResource and "
            "bedrock-agent-runtime.ListTagsForResource (services signing as \"bedrock\" "
            "differ only by host)");
}

}  // namespace
}  // namespace shapeguard::conformance
