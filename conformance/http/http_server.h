// The HTTP/1.1 server under `serve` and `proxy`: one event loop owns every connection and
// never blocks on a client, so slow, idle or half-open clients cost a buffer each and delay
// nobody; handlers run on a pool of worker threads, so a slow handler (a proxy waiting for
// its upstream) delays only its own client. Bodies over the limit are refused from their
// Content-Length with 413 before they are read; malformed requests get 4xx and a close.
#ifndef SHAPEGUARD_CONFORMANCE_HTTP_HTTP_SERVER_H_
#define SHAPEGUARD_CONFORMANCE_HTTP_HTTP_SERVER_H_

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "http/request_parser.h"
#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 0;  // 0 takes a free port
  ParserLimits limits;
  // Handlers that may run at once. A proxy's handler waits on its upstream, so it wants
  // more than the machine has cores.
  int workers = 8;
  // A connection with no request in progress and nothing to write is closed after this
  // long: kept-alive clients that went away, and clients that send a request a byte at a
  // time forever.
  std::chrono::milliseconds idle_timeout{60000};
  // On Stop, answers still being made or written get this long to go out.
  std::chrono::milliseconds drain_timeout{5000};
};

// Answers one request. Called on a worker thread, many at once: it must be thread-safe.
// Exceptions it throws become 500 answers.
using Handler = std::function<conformance::HttpResponse(const conformance::HttpRequest&)>;

// Bind, then Run on one thread; Stop from any other thread ends Run.
class HttpServer {
 public:
  // Listens on options.host:options.port. Fails, saying why, when the address cannot be
  // resolved or bound.
  static Result<std::unique_ptr<HttpServer>> Bind(ServerOptions options, Handler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // The port bound (the free one picked when options.port was 0).
  int port() const;

  // Serves until Stop is called, then lets the answers in progress go out (up to
  // drain_timeout) and returns. Starts the worker threads itself, so they inherit the
  // calling thread's signal mask. False when the event loop failed.
  bool Run();

  // Makes Run return; safe from any thread, at any time (before Run too).
  void Stop();

 private:
  struct Impl;
  explicit HttpServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace shapeguard::http

#endif  // SHAPEGUARD_CONFORMANCE_HTTP_HTTP_SERVER_H_
