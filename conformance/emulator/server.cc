#include "emulator/server.h"

#include <httplib.h>

namespace shapeguard::emulator {
namespace {

using conformance::HttpRequest;
using conformance::HttpResponse;

// The request as it came: httplib's `target` keeps the percent-encoding that `path` has
// decoded, and the router needs it (an encoded "/" stays inside its label).
HttpRequest FromHttplib(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  std::string target = in.target.empty() ? in.path : in.target;
  std::size_t question = target.find('?');
  out.path = target.substr(0, question);
  out.query = question == std::string::npos ? "" : target.substr(question + 1);
  for (const auto& [name, value] : in.headers) out.headers.emplace_back(name, value);
  out.body = in.body;
  return out;
}

void ToHttplib(const HttpResponse& in, httplib::Response& out) {
  out.status = in.status;
  std::string content_type;
  for (const auto& [name, value] : in.headers) {
    if (name == "content-type") {
      content_type = value;
    } else {
      out.set_header(name, value);
    }
  }
  // httplib writes Content-Type itself from set_content; a body-less answer has none.
  if (!in.body.empty() || !content_type.empty()) out.set_content(in.body, content_type);
}

}  // namespace

struct EmulatorServer::Impl {
  httplib::Server server;
};

Result<std::unique_ptr<EmulatorServer>> EmulatorServer::Bind(Emulator& emulator,
                                                             const std::string& host, int port) {
  auto impl = std::make_unique<Impl>();
  auto handler = [&emulator](const httplib::Request& request, httplib::Response& response) {
    ToHttplib(emulator.Handle(FromHttplib(request)), response);
  };
  // Every method and path goes to the emulator, which routes by the models. The pattern is
  // "[\s\S]*" rather than ".*": std::regex's "." does not match a line break, and a path
  // whose decoded form holds one would get httplib's bare 404. (A pre-routing handler would
  // run before httplib reads the body.)
  const char* kAnyPath = "[\\s\\S]*";
  impl->server.Get(kAnyPath, handler);
  impl->server.Post(kAnyPath, handler);
  impl->server.Put(kAnyPath, handler);
  impl->server.Patch(kAnyPath, handler);
  impl->server.Delete(kAnyPath, handler);
  impl->server.Options(kAnyPath, handler);
  // Answers go out at once: with Nagle's algorithm a small response waits for the client's
  // delayed ACK (tens of milliseconds), which capped a conformance run near 40 requests/s.
  impl->server.set_tcp_nodelay(true);
  int bound = port == 0 ? impl->server.bind_to_any_port(host)
                        : (impl->server.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) {
    return Status::Error("cannot listen on " + host + ":" + std::to_string(port));
  }
  return std::unique_ptr<EmulatorServer>(new EmulatorServer(std::move(impl), bound));
}

EmulatorServer::EmulatorServer(std::unique_ptr<Impl> impl, int port)
    : impl_(std::move(impl)), port_(port) {}

EmulatorServer::~EmulatorServer() = default;

bool EmulatorServer::Run() { return impl_->server.listen_after_bind(); }

void EmulatorServer::Stop() { impl_->server.stop(); }

}  // namespace shapeguard::emulator
