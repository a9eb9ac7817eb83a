// The HTTP server under serve and proxy, against many clients, slow clients and hostile
// bytes, over real loopback sockets.
#include "http/http_server.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "wire/http_client.h"

namespace shapeguard::http {
namespace {

using conformance::HttpClient;
using conformance::HttpRequest;
using conformance::HttpResponse;
using Clock = std::chrono::steady_clock;

// Echoes "METHOD path body"; "/throw" throws; "/slow" takes 50 ms.
HttpResponse Echo(const HttpRequest& request) {
  if (request.path == "/throw") throw std::runtime_error("boom");
  if (request.path == "/slow") std::this_thread::sleep_for(std::chrono::milliseconds(50));
  HttpResponse response;
  response.status = 200;
  response.headers["content-type"] = "text/plain";
  response.body = request.method + " " + request.path + " " + request.body;
  return response;
}

// A server on a free loopback port, run on its own thread for the test's duration.
class RunningServer {
 public:
  explicit RunningServer(ServerOptions options = {}) {
    auto bound = HttpServer::Bind(std::move(options), &Echo);
    if (!bound.ok()) throw std::runtime_error(bound.error());
    server_ = std::move(bound).value();
    thread_ = std::thread([this] { ran_ = server_->Run(); });
  }
  ~RunningServer() {
    server_->Stop();
    thread_.join();
  }
  int port() const { return server_->port(); }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port()); }
  bool ran() const { return ran_; }

 private:
  std::unique_ptr<HttpServer> server_;
  std::thread thread_;
  std::atomic<bool> ran_{false};
};

// A raw connection, for what no well-behaved client sends.
class RawSocket {
 public:
  explicit RawSocket(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    timeval timeout{2, 0};
    setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  }
  ~RawSocket() { ::close(fd_); }
  bool connected() const { return connected_; }
  void Send(const std::string& bytes) { ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL); }
  // Everything until the server closes or `until` is in what was read (or 2 s pass).
  std::string Read(const std::string& until = "") {
    std::string all;
    char chunk[4096];
    while (until.empty() || all.find(until) == std::string::npos) {
      ssize_t got = ::recv(fd_, chunk, sizeof chunk, 0);
      if (got <= 0) break;
      all.append(chunk, static_cast<std::size_t>(got));
    }
    return all;
  }

 private:
  int fd_;
  bool connected_ = false;
};

HttpClient Client(const std::string& url) {
  auto client = HttpClient::Create(url);
  if (!client.ok()) throw std::runtime_error(client.error());
  return std::move(client).value();
}

// One ordinary request; how long its answer took.
std::chrono::milliseconds TimeOneRequest(const std::string& url) {
  HttpClient client = Client(url);
  Clock::time_point start = Clock::now();
  auto response = client.Send({"POST", "/probe", "", {}, "x"});
  auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
  EXPECT_TRUE(response.ok()) << response.error();
  if (response.ok()) {
    EXPECT_EQ(response.value().body, "POST /probe x");
  }
  return took;
}

TEST(HttpServer, ServesManyKeepAliveClientsWithoutAWrongAnswer) {
  RunningServer server;
  constexpr int kClients = 256;
  constexpr int kRequestsEach = 20;
  std::atomic<int> wrong{0};
  std::atomic<int> right{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      HttpClient client = Client(server.url());
      for (int i = 0; i < kRequestsEach; ++i) {
        std::string body = std::to_string(c) + ":" + std::to_string(i);
        auto response = client.Send({"PUT", "/c" + std::to_string(c), "", {}, body});
        bool ok = response.ok() && response.value().status == 200 &&
                  response.value().body == "PUT /c" + std::to_string(c) + " " + body;
        (ok ? right : wrong).fetch_add(1);
      }
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(wrong.load(), 0);
  EXPECT_EQ(right.load(), kClients * kRequestsEach);
}

TEST(HttpServer, HalfSentRequestsDoNotDelayOthers) {
  RunningServer server;
  std::vector<std::unique_ptr<RawSocket>> stalled;
  for (int i = 0; i < 500; ++i) {
    stalled.push_back(std::make_unique<RawSocket>(server.port()));
    ASSERT_TRUE(stalled.back()->connected());
    stalled.back()->Send(i % 2 ? "POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\nab"
                               : "GET /x HTTP/1.1\r\nHost: a\r\nX-Half: ");
  }
  EXPECT_LT(TimeOneRequest(server.url()).count(), 1000);
}

TEST(HttpServer, ASlowHandlerDelaysOnlyItsOwnClient) {
  ServerOptions options;
  options.workers = 4;
  RunningServer server(options);
  std::vector<std::thread> slow;
  for (int i = 0; i < 3; ++i) {
    slow.emplace_back([&] {
      HttpClient client = Client(server.url());
      for (int j = 0; j < 5; ++j) EXPECT_TRUE(client.Send({"GET", "/slow", "", {}, ""}).ok());
    });
  }
  EXPECT_LT(TimeOneRequest(server.url()).count(), 1000);
  for (std::thread& t : slow) t.join();
}

TEST(HttpServer, RefusesAnOversizedBodyBeforeReadingIt) {
  ServerOptions options;
  options.limits.max_body_bytes = 1 << 20;
  RunningServer server(options);
  RawSocket socket(server.port());
  socket.Send("PUT /big HTTP/1.1\r\nContent-Length: 209715200\r\n\r\n");
  std::string answer = socket.Read();  // the server answers and closes without the body
  EXPECT_EQ(answer.rfind("HTTP/1.1 413 ", 0), 0u) << answer;
  EXPECT_NE(answer.find("Connection: close"), std::string::npos);
  EXPECT_NE(answer.find("209715200"), std::string::npos);
}

TEST(HttpServer, SurvivesMalformedHttpAndKeepsServing) {
  RunningServer server;
  std::mt19937 random(7);
  std::vector<std::string> hostile = {
      "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  // a TLS hello
      "GET / HTTP/1.1\r\n" + std::string(200000, 'X') + "\r\n\r\n",
      "GET / HTTP/1.1\r\n" +
          [] {
            std::string headers;
            for (int i = 0; i < 5000; ++i) headers += "H" + std::to_string(i) + ": v\r\n";
            return headers;
          }() +
          "\r\n",
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort",
      "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
      "\r\n\r\n\r\n",
      std::string("GET /\0 HTTP/1.1\r\n\r\n", 19),
  };
  for (int i = 0; i < 50; ++i) {
    std::string noise(static_cast<std::size_t>(random() % 3000), '\0');
    for (char& c : noise) c = static_cast<char>(random());
    hostile.push_back(noise);
  }
  for (const std::string& bytes : hostile) {
    RawSocket socket(server.port());
    socket.Send(bytes);
  }
  for (const std::string& bytes : hostile) {  // and with the answers read, where there are any
    RawSocket socket(server.port());
    socket.Send(bytes + "\r\n\r\n");
    std::string answer = socket.Read("\r\n\r\n");
    if (!answer.empty()) {
      EXPECT_EQ(answer.rfind("HTTP/1.1 4", 0), 0u) << answer.substr(0, 80);
    }
  }
  EXPECT_LT(TimeOneRequest(server.url()).count(), 1000);
}

TEST(HttpServer, AnswersAThrowingHandlerWith500) {
  RunningServer server;
  HttpClient client = Client(server.url());
  auto response = client.Send({"GET", "/throw", "", {}, ""});
  ASSERT_TRUE(response.ok()) << response.error();
  EXPECT_EQ(response.value().status, 500);
  EXPECT_NE(response.value().body.find("boom"), std::string::npos);
}

TEST(HttpServer, AnswersPipelinedRequestsInOrder) {
  RunningServer server;
  RawSocket socket(server.port());
  socket.Send(
      "POST /1 HTTP/1.1\r\nContent-Length: 1\r\n\r\naPOST /2 HTTP/1.1\r\nContent-Length: 1\r\n"
      "Connection: close\r\n\r\nb");
  std::string answers = socket.Read();
  std::size_t first = answers.find("POST /1 a");
  std::size_t second = answers.find("POST /2 b");
  ASSERT_NE(first, std::string::npos) << answers;
  ASSERT_NE(second, std::string::npos) << answers;
  EXPECT_LT(first, second);
}

TEST(HttpServer, SendsContinueToAClientThatWaitsForIt) {
  RunningServer server;
  RawSocket socket(server.port());
  socket.Send("PUT /c HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
  EXPECT_EQ(socket.Read("\r\n\r\n"), "HTTP/1.1 100 Continue\r\n\r\n");
  socket.Send("body");
  std::string answer = socket.Read("PUT /c body");
  EXPECT_EQ(answer.rfind("HTTP/1.1 200 OK", 0), 0u) << answer;
}

TEST(HttpServer, AnswersHeadWithoutABody) {
  RunningServer server;
  RawSocket socket(server.port());
  socket.Send("HEAD /h HTTP/1.1\r\nConnection: close\r\n\r\n");
  std::string answer = socket.Read();
  EXPECT_EQ(answer.rfind("HTTP/1.1 200 OK", 0), 0u) << answer;
  EXPECT_NE(answer.find("Content-Length: 8\r\n"), std::string::npos) << answer;
  EXPECT_EQ(answer.substr(answer.size() - 4), "\r\n\r\n");
}

TEST(HttpServer, StopEndsRunWithKeptAliveClientsConnected) {
  auto bound = HttpServer::Bind({}, &Echo);
  ASSERT_TRUE(bound.ok()) << bound.error();
  HttpServer& server = *bound.value();
  std::atomic<bool> ran{false};
  std::thread thread([&] { ran = server.Run(); });
  HttpClient client = Client("http://127.0.0.1:" + std::to_string(server.port()));
  ASSERT_TRUE(client.Send({"GET", "/", "", {}, ""}).ok());
  Clock::time_point start = Clock::now();
  server.Stop();
  thread.join();
  EXPECT_TRUE(ran.load());
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(1));
}

TEST(HttpServer, BindFailsSayingWhere) {
  RunningServer taken;
  ServerOptions options;
  options.port = taken.port();
  auto second = HttpServer::Bind(options, &Echo);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.error().find("127.0.0.1:" + std::to_string(taken.port())), std::string::npos)
      << second.error();
}

}  // namespace
}  // namespace shapeguard::http
