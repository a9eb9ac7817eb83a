#include "conform/mutation.h"

#include <array>
#include <vector>

#include "wire/percent_encoding.h"

namespace shapeguard::conformance {
namespace {

// Headers the signer and the transport own: tampering with them tests the client, not the
// server.
bool OwnedByTransport(const std::string& name) {
  for (const char* owned : {"host", "authorization", "x-amz-date", "x-amz-content-sha256",
                            "content-length", "x-amz-security-token"}) {
    if (EqualsIgnoreCase(name, owned)) return true;
  }
  return false;
}

// A field value holds no control character but HTAB (RFC 9110, section 5.5): one that does
// is not a valid HTTP message, which HTTP servers refuse before any service sees it (the
// http_request harness fuzzes that layer).
std::string HeaderSafe(const std::string& bytes) {
  std::string value;
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    if (byte == '\t' || (byte >= 0x20 && byte != 0x7f)) value += c;
  }
  return value;
}

void TamperBody(HttpRequest& request, const Mutation& mutation) {
  std::size_t at = mutation.choice % (request.body.size() + 1);
  request.body.replace(at, std::min(mutation.bytes.size(), request.body.size() - at),
                       mutation.bytes);
}

void TamperHeader(HttpRequest& request, const Mutation& mutation) {
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < request.headers.size(); ++i) {
    if (!OwnedByTransport(request.headers[i].first)) open.push_back(i);
  }
  if (open.empty()) {
    request.headers.emplace_back("X-Amz-User-Agent", HeaderSafe(mutation.bytes));
    return;
  }
  request.headers[open[mutation.choice % open.size()]].second = HeaderSafe(mutation.bytes);
}

void TamperQuery(HttpRequest& request, const Mutation& mutation) {
  std::string name = mutation.bytes.substr(0, mutation.bytes.find('='));
  std::string value =
      name.size() < mutation.bytes.size() ? mutation.bytes.substr(name.size() + 1) : "";
  if (!request.query.empty()) request.query += "&";
  request.query += PercentEncode(name) + "=" + PercentEncode(value);
}

void TamperLabel(HttpRequest& request, const Mutation& mutation) {
  std::vector<std::size_t> starts;  // where each segment begins, after its "/"
  for (std::size_t i = 0; i < request.path.size(); ++i) {
    if (request.path[i] == '/') starts.push_back(i + 1);
  }
  std::size_t start = starts[mutation.choice % starts.size()];
  std::size_t end = request.path.find('/', start);
  if (end == std::string::npos) end = request.path.size();
  request.path.replace(start, end - start, PercentEncode(mutation.bytes));
}

void TamperMethod(HttpRequest& request, const Mutation& mutation) {
  constexpr std::array kMethods = {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"};
  request.method = kMethods[mutation.choice % kMethods.size()];
}

}  // namespace

bool IsWireTamper(Tamper tamper) { return tamper >= Tamper::kBodyBytes; }

bool MayChangeRoute(Tamper tamper) { return tamper == Tamper::kLabel || tamper == Tamper::kMethod; }

void TamperRequest(HttpRequest& request, const Mutation& mutation) {
  switch (mutation.tamper) {
    case Tamper::kBodyBytes:
      TamperBody(request, mutation);
      break;
    case Tamper::kHeader:
      TamperHeader(request, mutation);
      break;
    case Tamper::kQuery:
      TamperQuery(request, mutation);
      break;
    case Tamper::kLabel:
      TamperLabel(request, mutation);
      break;
    case Tamper::kMethod:
      TamperMethod(request, mutation);
      break;
    default:
      break;
  }
}

}  // namespace shapeguard::conformance
