// proxy_bench: what `shapeguard proxy` adds to a request, measured against the direct call
// in the same run. A trivial upstream (an HttpServer answering a fixed GetStage body) is
// called directly and through the proxy (library, in process: the same code the CLI runs),
// interleaved request by request, at 1 and at 64 concurrent clients; then each path alone
// at 64 clients for throughput. Not a test: nothing is asserted.
//   proxy_bench [--requests N] [--seconds S] [--rounds R] [--workers W]
// (W: the proxy's handler threads; `shapeguard proxy` defaults to 32.)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "http/http_server.h"
#include "proxy/proxy.h"
#include "shapeguard/catalog.h"
#include "wire/http_client.h"

namespace {

using namespace shapeguard;
using Clock = std::chrono::steady_clock;
using conformance::HttpClient;
using conformance::HttpRequest;
using conformance::HttpResponse;

HttpResponse StageAnswer(const HttpRequest&) {
  HttpResponse response;
  response.status = 200;
  response.headers["content-type"] = "application/json";
  response.body =
      R"({"stageName":"prod","autoDeploy":false,"createdDate":"2024-01-02T03:04:05Z",)"
      R"("stageVariables":{"version":"v1"},"defaultRouteSettings":{"throttlingBurstLimit":10}})";
  return response;
}

HttpRequest GetStage() {
  return {"GET",
          "/v2/apis/a1b2c3/stages/prod",
          "",
          {{"Host", "localhost"},
           {"X-Amz-Date", "20260101T000000Z"},
           {"Authorization",
            "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature=00"}},
          ""};
}

struct Running {
  std::unique_ptr<http::HttpServer> server;
  std::thread thread;
  std::string url;
  void Start(std::unique_ptr<http::HttpServer> bound) {
    server = std::move(bound);
    url = "http://127.0.0.1:" + std::to_string(server->port());
    thread = std::thread([this] { server->Run(); });
  }
  ~Running() {
    if (server) server->Stop();
    if (thread.joinable()) thread.join();
  }
};

double Micros(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  std::size_t index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  return values[index];
}

HttpClient Client(const std::string& url) {
  auto client = HttpClient::Create(url);
  if (!client.ok()) {
    std::fprintf(stderr, "%s\n", client.error().c_str());
    std::exit(2);
  }
  return std::move(client).value();
}

// Each client sends `requests` pairs: one direct, one through the proxy.
void Interleaved(int clients, int requests, const std::string& direct_url,
                 const std::string& proxy_url) {
  std::vector<std::vector<double>> direct(clients), proxied(clients);
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      HttpClient to_upstream = Client(direct_url);
      HttpClient to_proxy = Client(proxy_url);
      HttpRequest request = GetStage();
      for (int i = 0; i < requests; ++i) {
        for (int which = 0; which < 2; ++which) {
          bool via_proxy = (which + i) % 2 == 1;  // alternate which goes first
          Clock::time_point start = Clock::now();
          auto response = (via_proxy ? to_proxy : to_upstream).Send(request);
          double took = Micros(Clock::now() - start);
          if (!response.ok() || response.value().status != 200) ++failures;
          (via_proxy ? proxied : direct)[c].push_back(took);
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  std::vector<double> all_direct, all_proxied;
  for (int c = 0; c < clients; ++c) {
    all_direct.insert(all_direct.end(), direct[c].begin(), direct[c].end());
    all_proxied.insert(all_proxied.end(), proxied[c].begin(), proxied[c].end());
  }
  double d50 = Percentile(all_direct, 0.5), d99 = Percentile(all_direct, 0.99);
  double p50 = Percentile(all_proxied, 0.5), p99 = Percentile(all_proxied, 0.99);
  std::printf(
      "%3d clients: direct p50 %7.1f us p99 %7.1f us | proxy p50 %7.1f us p99 %7.1f us | added "
      "p50 %7.1f us p99 %7.1f us | %d failures\n",
      clients, d50, d99, p50, p99, p50 - d50, p99 - d99, failures.load());
}

// Requests per second to `url` from `clients` clients for `seconds`.
double Throughput(int clients, double seconds, const std::string& url) {
  std::atomic<long> done{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&] {
      HttpClient client = Client(url);
      HttpRequest request = GetStage();
      while (!stop.load()) {
        if (client.Send(request).ok()) ++done;
      }
    });
  }
  Clock::time_point start = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (std::thread& t : threads) t.join();
  return static_cast<double>(done.load()) /
         std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  int requests = 2000;
  double seconds = 3;
  int rounds = 3;
  int workers = 32;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--requests")) requests = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--seconds")) seconds = std::atof(argv[i + 1]);
    if (!std::strcmp(argv[i], "--rounds")) rounds = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--workers")) workers = std::atoi(argv[i + 1]);
  }
  auto catalog = Catalog::Builtin();
  if (!catalog.ok()) return 2;
  http::ServerOptions upstream_options;
  upstream_options.workers = 4;
  Running upstream;
  upstream.Start(std::move(http::HttpServer::Bind(upstream_options, &StageAnswer)).value());
  proxy::ProxyRecord record(upstream.url, "observe");
  auto created =
      proxy::Proxy::Create(catalog.value(), {upstream.url, proxy::Mode::kObserve, {}}, record);
  if (!created.ok()) return 2;
  proxy::Proxy& handler = *created.value();
  http::ServerOptions proxy_options;
  proxy_options.workers = workers;
  Running proxied;
  proxied.Start(std::move(http::HttpServer::Bind(proxy_options, [&handler](const HttpRequest& r) {
                  return handler.Handle(r);
                })).value());

  std::printf(
      "GetStage (apigatewayv2, rest-json) to a trivial upstream; %d request pairs per "
      "client; %d rounds\n",
      requests, rounds);
  for (int round = 1; round <= rounds; ++round) {
    std::printf("round %d\n", round);
    Interleaved(1, requests, upstream.url, proxied.url);
    Interleaved(64, std::max(1, requests / 64), upstream.url, proxied.url);
    double direct = Throughput(64, seconds, upstream.url);
    double through = Throughput(64, seconds, proxied.url);
    std::printf(
        "64 clients, %.0f s each: direct %.0f requests/s, through the proxy %.0f "
        "requests/s\n",
        seconds, direct, through);
  }
  proxy::ProxySummary summary = record.Summary();
  std::printf("the proxy judged %llu exchanges, %llu with violations\n",
              static_cast<unsigned long long>(summary.exchanges),
              static_cast<unsigned long long>(summary.violating_exchanges));
  return 0;
}
