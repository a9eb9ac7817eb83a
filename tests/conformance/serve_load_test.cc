// `serve`'s server under the load that once broke it: 32 clients, each running 100
// create-api / create-stage / get-stage sequences with "Connection: close" (a new connection
// per request), against the reference emulator on the same server `shapeguard serve` runs.
// Every answer must be the right one. (Before the event-loop server, this load got 5 to 20
// connection resets.)
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "emulator/emulator.h"
#include "http/http_server.h"
#include "test_support.h"
#include "wire/http_client.h"
#include "wire/rest_json_request.h"
#include "wire/rest_json_response.h"

namespace shapeguard::conformance {
namespace {

using nlohmann::json;
using testing_support::BuiltinCatalog;

// Sends one operation's request with Connection: close; its decoded answer, or a status of
// -1 when the exchange failed.
DecodedResponse Call(HttpClient& client, const std::string& operation, const json& params) {
  auto view = BuiltinCatalog().GetOperation(operation);
  auto request = EncodeRequest(*view.value(), params);
  request.value().SetHeader("Connection", "close");
  auto response = client.Send(request.value());
  if (!response.ok()) {
    DecodedResponse failed;
    failed.status = -1;
    return failed;
  }
  return DecodeResponse(*view.value(), response.value()).value();
}

TEST(ServeUnderLoad, ClosingClientsGetOnlyRightAnswers) {
  auto emulator = emulator::Emulator::Create(BuiltinCatalog());
  ASSERT_TRUE(emulator.ok()) << emulator.error();
  emulator::Emulator& handler = *emulator.value();
  http::ServerOptions options;
  options.workers = 2;  // as `shapeguard serve` runs it
  auto server = http::HttpServer::Bind(
      options, [&handler](const HttpRequest& request) { return handler.Handle(request); });
  ASSERT_TRUE(server.ok()) << server.error();
  std::thread serving([&] { server.value()->Run(); });
  std::string url = "http://127.0.0.1:" + std::to_string(server.value()->port());

  constexpr int kClients = 32;
  constexpr int kSequences = 100;
  std::atomic<int> right{0};
  std::atomic<int> wrong{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      HttpClient client = std::move(HttpClient::Create(url)).value();
      for (int i = 0; i < kSequences; ++i) {
        std::string stage = "s" + std::to_string(c) + "x" + std::to_string(i);
        auto api =
            Call(client, "apigatewayv2.CreateApi", {{"Name", "a"}, {"ProtocolType", "HTTP"}});
        bool ok = api.status == 201 && api.params.contains("ApiId");
        if (ok) {
          std::string id = api.params["ApiId"];
          auto created =
              Call(client, "apigatewayv2.CreateStage", {{"ApiId", id}, {"StageName", stage}});
          auto read = Call(client, "apigatewayv2.GetStage", {{"ApiId", id}, {"StageName", stage}});
          ok = created.status == 201 && read.status == 200 &&
               read.params.value("StageName", "") == stage;
        }
        (ok ? right : wrong).fetch_add(1);
      }
    });
  }
  for (std::thread& client : clients) client.join();
  server.value()->Stop();
  serving.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(right.load(), kClients * kSequences);
}

}  // namespace
}  // namespace shapeguard::conformance
