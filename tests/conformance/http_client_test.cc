// HttpClient against a small in-process cpp-httplib server on a free loopback port.
#include "wire/http_client.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "conformance/test_server.h"

namespace shapeguard::conformance {
namespace {

HttpClient MakeClient(const std::string& url, HttpClientOptions options = {}) {
  auto client = HttpClient::Create(url, options);
  EXPECT_TRUE(client.ok()) << client.error();
  return std::move(client).value();
}

TEST(HttpClient, SendsTheRequestAsItIsAndCollectsTheResponse) {
  httplib::Request seen;
  TestServer server([&](httplib::Server& s) {
    s.Post(R"(/echo/.*)", [&](const httplib::Request& req, httplib::Response& res) {
      seen = req;
      res.status = 201;
      res.set_header("X-Custom", "a value");
      res.set_header("X-Multi", "one");
      res.set_header("X-Multi", "two");
      res.set_content(R"({"ok": true})", "application/json");
    });
  });
  HttpClient client = MakeClient(server.url());
  HttpRequest request{
      "POST", "/echo/a%2Fb", "x=1&y=%20", {{"X-Test", "v"}, {"X-Empty", ""}}, "hello"};
  auto response = client.Send(request);
  ASSERT_TRUE(response.ok()) << response.error();
  EXPECT_EQ(response->status, 201);
  EXPECT_EQ(response->body, R"({"ok": true})");
  EXPECT_EQ(response->headers.at("content-type"), "application/json");
  EXPECT_EQ(response->headers.at("x-custom"), "a value");
  EXPECT_EQ(response->headers.at("x-multi"), "one, two");

  EXPECT_EQ(seen.method, "POST");
  EXPECT_EQ(seen.target, "/echo/a%2Fb?x=1&y=%20");
  EXPECT_EQ(seen.body, "hello");
  EXPECT_EQ(seen.get_header_value("X-Test"), "v");
  EXPECT_EQ(seen.get_header_value("Host"), client.authority());
}

// Accepts one connection on a free loopback port, keeps the raw bytes of one request and
// answers 200: what the client puts on the wire, without a server library's parsing.
class RawServer {
 public:
  RawServer() {
    listener_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    EXPECT_EQ(bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    EXPECT_EQ(listen(listener_, 1), 0);
    EXPECT_EQ(getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length), 0);
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { ServeOne(); });
  }
  ~RawServer() {
    thread_.join();
    close(listener_);
  }

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  // The request's bytes; call after the exchange.
  const std::string& received() const { return received_; }

 private:
  void ServeOne() {
    int connection = accept(listener_, nullptr, nullptr);
    if (connection < 0) return;
    char buffer[4096];
    while (!Complete()) {
      ssize_t n = recv(connection, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      received_.append(buffer, static_cast<std::size_t>(n));
    }
    std::string reply = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    send(connection, reply.data(), reply.size(), 0);
    close(connection);
  }

  // Headers received, and as many body bytes as Content-Length says.
  bool Complete() const {
    std::size_t end = received_.find("\r\n\r\n");
    if (end == std::string::npos) return false;
    std::size_t length_at = received_.find("Content-Length: ");
    std::size_t length = length_at < end ? std::stoul(received_.substr(length_at + 16)) : 0;
    return received_.size() >= end + 4 + length;
  }

  int listener_ = -1;
  int port_ = -1;
  std::string received_;
  std::thread thread_;
};

TEST(HttpClient, PutsExactlyTheRequestOnTheWire) {
  RawServer server;
  {
    HttpClient client = MakeClient(server.url());
    auto response = client.Send(HttpRequest{"PATCH",
                                            "/a/../b%2Fc",
                                            "q=%20",
                                            {{"X-Empty", ""}, {"X-Amz-Date", "20150830T123600Z"}},
                                            "{}"});
    ASSERT_TRUE(response.ok()) << response.error();
    EXPECT_EQ(response->status, 200);
  }
  const std::string& raw = server.received();
  // The path as it was signed: no dot-segment removal, no re-encoding.
  EXPECT_EQ(raw.rfind("PATCH /a/../b%2Fc?q=%20 HTTP/1.1\r\n", 0), 0u) << raw;
  EXPECT_NE(raw.find("\r\nX-Empty:\r\n"), std::string::npos) << raw;
  EXPECT_NE(raw.find("\r\nX-Amz-Date: 20150830T123600Z\r\n"), std::string::npos) << raw;
  EXPECT_NE(raw.find("\r\nContent-Length: 2\r\n"), std::string::npos) << raw;
  // Nothing that would change how the body is read or make the client wait.
  EXPECT_EQ(raw.find("Content-Type"), std::string::npos) << raw;
  EXPECT_EQ(raw.find("Expect"), std::string::npos) << raw;
  EXPECT_EQ(raw.substr(raw.size() - 2), "{}");
}

TEST(HttpClient, ReusesTheConnectionAcrossRequestsAndMethods) {
  std::mutex mutex;
  std::vector<int> client_ports;
  std::vector<std::string> methods_and_bodies;
  auto record = [&](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mutex);
    client_ports.push_back(req.remote_port);
    methods_and_bodies.push_back(req.method + ":" + req.body);
    res.set_content("{}", "application/json");
  };
  TestServer server([&](httplib::Server& s) {
    s.Get("/r", record);
    s.Post("/r", record);
    s.Delete("/r", record);
  });
  HttpClient client = MakeClient(server.url() + "/");
  for (const HttpRequest& request :
       {HttpRequest{"GET", "/r", "", {}, ""}, HttpRequest{"POST", "/r", "", {}, "{\"a\":1}"},
        HttpRequest{"DELETE", "/r", "", {}, ""}, HttpRequest{"POST", "/r", "", {}, ""}}) {
    auto response = client.Send(request);
    ASSERT_TRUE(response.ok()) << response.error();
    EXPECT_EQ(response->status, 200);
  }
  ASSERT_EQ(client_ports.size(), 4u);
  for (int port : client_ports) EXPECT_EQ(port, client_ports[0]) << "a new connection was made";
  // Options of one request (a POST body) do not leak into the next (a DELETE without one).
  EXPECT_EQ(methods_and_bodies,
            (std::vector<std::string>{"GET:", "POST:{\"a\":1}", "DELETE:", "POST:"}));
}

TEST(HttpClient, ARefusedConnectionIsAFailureThatSaysSo) {
  HttpClient client = MakeClient("http://127.0.0.1:" + std::to_string(ClosedPort()));
  auto response = client.Send(HttpRequest{"GET", "/", "", {}, ""});
  ASSERT_FALSE(response.ok());
  EXPECT_NE(response.error().find("connection refused"), std::string::npos) << response.error();
}

TEST(HttpClient, ASlowServerIsATimeoutThatSaysSo) {
  TestServer server([](httplib::Server& s) {
    s.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.set_content("late", "text/plain");
    });
  });
  HttpClientOptions options;
  options.total_timeout = std::chrono::milliseconds(200);
  HttpClient client = MakeClient(server.url(), options);
  auto start = std::chrono::steady_clock::now();
  auto response = client.Send(HttpRequest{"GET", "/slow", "", {}, ""});
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(response.ok());
  EXPECT_NE(response.error().find("timed out"), std::string::npos) << response.error();
  EXPECT_LT(elapsed, std::chrono::milliseconds(1200));
}

TEST(HttpClient, AnOversizedResponseIsRefused) {
  TestServer server([](httplib::Server& s) {
    s.Get("/big", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(4096, 'x'), "text/plain");
    });
  });
  HttpClientOptions options;
  options.max_response_bytes = 100;
  HttpClient client = MakeClient(server.url(), options);
  auto response = client.Send(HttpRequest{"GET", "/big", "", {}, ""});
  ASSERT_FALSE(response.ok());
  EXPECT_NE(response.error().find("larger than 100 bytes"), std::string::npos) << response.error();
}

TEST(HttpClient, ErrorStatusesAreResponsesNotFailures) {
  TestServer server([](httplib::Server& s) {
    s.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_header("x-amzn-ErrorType", "NotFoundException");
      res.set_content(R"({"message": "no"})", "application/json");
    });
  });
  HttpClient client = MakeClient(server.url());
  auto response = client.Send(HttpRequest{"GET", "/missing", "", {}, ""});
  ASSERT_TRUE(response.ok()) << response.error();
  EXPECT_EQ(response->status, 404);
  EXPECT_EQ(response->headers.at("x-amzn-errortype"), "NotFoundException");
}

TEST(HttpClient, CreateChecksTheBaseUrl) {
  EXPECT_FALSE(HttpClient::Create("127.0.0.1:4566").ok());
  EXPECT_FALSE(HttpClient::Create("ftp://127.0.0.1").ok());
  EXPECT_FALSE(HttpClient::Create("http://").ok());
  auto client = HttpClient::Create("http://127.0.0.1:4566/prefix/");
  ASSERT_TRUE(client.ok()) << client.error();
  EXPECT_EQ(client->authority(), "127.0.0.1:4566");
}

}  // namespace
}  // namespace shapeguard::conformance
