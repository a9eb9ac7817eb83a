// A blocking HTTP/1.1 client for one endpoint (an emulator such as moto or LocalStack),
// keeping its connection alive between requests.
#ifndef SHAPEGUARD_CONFORMANCE_WIRE_HTTP_CLIENT_H_
#define SHAPEGUARD_CONFORMANCE_WIRE_HTTP_CLIENT_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "shapeguard/result.h"
#include "wire/http_message.h"

namespace shapeguard::conformance {

// Limits of one exchange.
struct HttpClientOptions {
  // How long establishing the TCP connection may take.
  std::chrono::milliseconds connect_timeout{2000};
  // How long a whole exchange may take, connecting included.
  std::chrono::milliseconds total_timeout{10000};
  // Larger response bodies fail the exchange: a misbehaving server must not exhaust memory.
  std::size_t max_response_bytes = 64 << 20;
};

// Sends requests to one base URL ("http://127.0.0.1:4566") over a reused libcurl handle, so
// consecutive requests share a kept-alive connection. Environment proxies are ignored:
// emulators listen locally, and an HTTP_PROXY meant for other tools must not capture them.
// Movable, not copyable (a moved-from client may only be destroyed or assigned to); not safe
// to use from several threads at once (one handle, one connection): give each thread its
// own client.
class HttpClient {
 public:
  // A client for base_url (scheme, host, port and optionally a path prefix; a trailing "/"
  // is dropped). Fails when base_url is not an http:// or https:// URL or libcurl cannot
  // make a handle.
  static Result<HttpClient> Create(std::string base_url, HttpClientOptions options = {});

  HttpClient(HttpClient&&) noexcept;
  HttpClient& operator=(HttpClient&&) noexcept;
  ~HttpClient();

  // The endpoint's "host[:port]", the value of the Host header that SigV4 signs.
  const std::string& authority() const { return authority_; }

  // Sends the request (its method, target, headers and body exactly as they are) and
  // returns the response, whatever its status. Fails, with a message that says which, when
  // the connection is refused, an exchange times out, the response is too large, or the
  // transfer breaks: the server could not be reached or did not answer, which callers report
  // as an error of the run, never as a finding about the server's contract.
  Result<HttpResponse> Send(const HttpRequest& request);

 private:
  struct Handle;
  HttpClient(std::string base_url, std::string authority, HttpClientOptions options,
             std::unique_ptr<Handle> handle);

  std::string base_url_;
  std::string authority_;
  HttpClientOptions options_;
  std::unique_ptr<Handle> handle_;
};

}  // namespace shapeguard::conformance

#endif  // SHAPEGUARD_CONFORMANCE_WIRE_HTTP_CLIENT_H_
