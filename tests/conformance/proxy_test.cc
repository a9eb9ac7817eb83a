// The proxy in process, in front of a scripted upstream on a loopback port.
#include "proxy/proxy.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <thread>

#include "http/http_server.h"
#include "test_support.h"
#include "wire/http_client.h"

namespace shapeguard::proxy {
namespace {

using conformance::HttpRequest;
using conformance::HttpResponse;
using testing_support::BuiltinCatalog;

HttpRequest Signed(std::string method, std::string path, std::string signing_name, std::string body,
                   std::vector<std::pair<std::string, std::string>> extra = {}) {
  HttpRequest request{std::move(method), std::move(path), "", {}, std::move(body)};
  request.headers.emplace_back("Host", "localhost");
  request.headers.emplace_back(
      "Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/" + signing_name +
                           "/aws4_request, SignedHeaders=host, Signature=00");
  for (auto& header : extra) request.headers.push_back(std::move(header));
  return request;
}

// An upstream that answers every request with `answer` and keeps what it was sent.
class ScriptedUpstream {
 public:
  explicit ScriptedUpstream(HttpResponse answer) : answer_(std::move(answer)) {
    auto bound = http::HttpServer::Bind({}, [this](const HttpRequest& request) {
      std::lock_guard lock(mutex_);
      seen_.push_back(request);
      return answer_;
    });
    server_ = std::move(bound).value();
    thread_ = std::thread([this] { server_->Run(); });
  }
  ~ScriptedUpstream() {
    server_->Stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(server_->port()); }
  std::vector<HttpRequest> seen() {
    std::lock_guard lock(mutex_);
    return seen_;
  }

 private:
  HttpResponse answer_;
  std::mutex mutex_;
  std::vector<HttpRequest> seen_;
  std::unique_ptr<http::HttpServer> server_;
  std::thread thread_;
};

HttpResponse Json(int status, std::string body, std::string type = "application/json") {
  HttpResponse response;
  response.status = status;
  response.headers["content-type"] = std::move(type);
  response.body = std::move(body);
  return response;
}

const char kStageBody[] = R"({"stageName":"s1","stageVariables":{"bad-name":"v"}})";

struct Fixture {
  ProxyRecord record;
  std::unique_ptr<Proxy> proxy;
  Fixture(const std::string& upstream, Mode mode) : record(upstream, ModeName(mode)) {
    auto created = Proxy::Create(BuiltinCatalog(), {upstream, mode, {}}, record);
    EXPECT_TRUE(created.ok()) << created.error();
    proxy = std::move(created).value();
  }
};

TEST(Proxy, ObserveForwardsABrokenRequestUnchangedAndRecordsIt) {
  ScriptedUpstream upstream(Json(201, R"({"stageName":"s1"})"));
  Fixture fixture(upstream.url(), Mode::kObserve);
  HttpRequest request = Signed("POST", "/v2/apis/a1/stages", "apigateway", kStageBody);
  HttpResponse response = fixture.proxy->Handle(request);
  EXPECT_EQ(response.status, 201);
  ASSERT_EQ(upstream.seen().size(), 1u);
  EXPECT_EQ(upstream.seen()[0].body, kStageBody);  // byte-identical
  // The request's pattern, and the upstream's success for it (negative-rejection).
  EXPECT_EQ(response.headers[kViolationsHeader], "2");
  ProxySummary summary = fixture.record.Summary();
  ASSERT_EQ(summary.violations.size(), 2u);
  EXPECT_EQ(summary.violations[1].violation.check, "negative-rejection");
  EXPECT_EQ(summary.violations[0].operation, "apigatewayv2.CreateStage");
  EXPECT_EQ(summary.violations[0].violation.pointer, "/StageVariables/bad-name");
  EXPECT_EQ(summary.violations[0].violation.check, "pattern");
}

TEST(Proxy, EnforceAnswersABrokenRequestAsApiGatewayWouldWithoutForwarding) {
  ScriptedUpstream upstream(Json(201, R"({"stageName":"s1"})"));
  Fixture fixture(upstream.url(), Mode::kEnforce);
  HttpResponse response =
      fixture.proxy->Handle(Signed("POST", "/v2/apis/a1/stages", "apigateway", kStageBody));
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(response.headers["x-amzn-errortype"], "BadRequestException");
  auto body = nlohmann::json::parse(response.body);
  std::string message = body.at("message");
  EXPECT_NE(message.find("/StageVariables/bad-name"), std::string::npos) << message;
  EXPECT_NE(message.find("[pattern, overlay:"), std::string::npos) << message;
  EXPECT_TRUE(upstream.seen().empty());
  EXPECT_EQ(response.headers[kViolationsHeader], "1");
}

TEST(Proxy, EnforceAnswersAJsonProtocolRequestWithValidationException) {
  ScriptedUpstream upstream(Json(200, "{}", "application/x-amz-json-1.0"));
  Fixture fixture(upstream.url(), Mode::kEnforce);
  std::string body = R"({"QueueName":"q","Attributes":{"NotAnAttribute":"1"}})";
  HttpResponse response = fixture.proxy->Handle(
      Signed("POST", "/", "sqs", body, {{"X-Amz-Target", "AmazonSQS.CreateQueue"}}));
  EXPECT_EQ(response.status, 400);
  auto parsed = nlohmann::json::parse(response.body);
  EXPECT_EQ(parsed.at("__type"), "ValidationException");
  EXPECT_NE(parsed.at("message").get<std::string>().find("/Attributes/NotAnAttribute"),
            std::string::npos);
  EXPECT_TRUE(upstream.seen().empty());
}

TEST(Proxy, ValidRequestsPassAndTheirAnswersAreJudged) {
  // A create answered 200 as text/html: two deviations moto shows.
  ScriptedUpstream upstream(Json(200, R"({"stageName":"s1"})", "text/html; charset=utf-8"));
  Fixture fixture(upstream.url(), Mode::kEnforce);
  HttpResponse response = fixture.proxy->Handle(
      Signed("POST", "/v2/apis/a1/stages", "apigateway", R"({"stageName":"s1"})"));
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers[kViolationsHeader], "2");
  ProxySummary summary = fixture.record.Summary();
  std::vector<std::string> checks;
  for (const RecordedViolation& v : summary.violations) checks.push_back(v.violation.check);
  EXPECT_EQ(checks, (std::vector<std::string>{"content-type", "positive-acceptance"}));
  EXPECT_EQ(summary.operations["apigatewayv2.CreateStage"]["request"].violating, 0u);
  EXPECT_EQ(summary.operations["apigatewayv2.CreateStage"]["response"].violating, 1u);
}

TEST(Proxy, CountsAndForwardsWhatItCannotPlace) {
  ScriptedUpstream upstream(Json(200, "{}"));
  Fixture fixture(upstream.url(), Mode::kEnforce);
  HttpRequest unsigned_request{"GET", "/health", "", {{"Host", "x"}}, ""};
  EXPECT_EQ(fixture.proxy->Handle(unsigned_request).status, 200);
  HttpRequest rest_xml = Signed("GET", "/my-bucket", "s3", "");
  EXPECT_EQ(fixture.proxy->Handle(rest_xml).status, 200);
  EXPECT_EQ(upstream.seen().size(), 2u);
  ProxySummary summary = fixture.record.Summary();
  EXPECT_EQ(summary.unrecognised["GET /health"], 1u);
  ASSERT_EQ(summary.not_validated.size(), 1u);
  EXPECT_EQ(summary.not_validated.begin()->first.rfind("s3.", 0), 0u);
  EXPECT_EQ(summary.violating_exchanges, 0u);
}

// The proxy on the server `shapeguard proxy` runs, under 256 kept-alive clients at once:
// every answer is the upstream's, and none is judged a violation.
TEST(Proxy, ManyKeptAliveClientsGetTheirOwnAnswers) {
  ScriptedUpstream upstream(Json(200, R"({"stageName":"s1"})"));
  Fixture fixture(upstream.url(), Mode::kEnforce);
  Proxy& proxy = *fixture.proxy;
  http::ServerOptions options;
  options.workers = 32;
  auto server = http::HttpServer::Bind(
      options, [&proxy](const HttpRequest& request) { return proxy.Handle(request); });
  ASSERT_TRUE(server.ok()) << server.error();
  std::thread serving([&] { server.value()->Run(); });
  std::string url = "http://127.0.0.1:" + std::to_string(server.value()->port());
  constexpr int kClients = 256;
  constexpr int kRequestsEach = 10;
  std::atomic<int> right{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&] {
      auto client = conformance::HttpClient::Create(url);
      if (!client.ok()) return;
      for (int i = 0; i < kRequestsEach; ++i) {
        auto response =
            client.value().Send(Signed("GET", "/v2/apis/a1/stages/s1", "apigateway", ""));
        bool ok = response.ok() && response.value().status == 200 &&
                  response.value().body == R"({"stageName":"s1"})" &&
                  !response.value().headers.count(kViolationsHeader);
        if (ok) ++right;
      }
    });
  }
  for (std::thread& client : clients) client.join();
  server.value()->Stop();
  serving.join();
  EXPECT_EQ(right.load(), kClients * kRequestsEach);
  EXPECT_EQ(fixture.record.Summary().exchanges,
            static_cast<std::uint64_t>(kClients * kRequestsEach));
}

TEST(Proxy, AnswersAnUnreachableUpstreamWith502NamingIt) {
  std::string dead = "http://127.0.0.1:1";
  Fixture fixture(dead, Mode::kObserve);
  HttpResponse response =
      fixture.proxy->Handle(Signed("GET", "/v2/apis/a1/stages/s1", "apigateway", ""));
  EXPECT_EQ(response.status, 502);
  EXPECT_NE(response.body.find(dead), std::string::npos) << response.body;
  EXPECT_EQ(fixture.record.Summary().upstream_failures, 1u);
}

}  // namespace
}  // namespace shapeguard::proxy
