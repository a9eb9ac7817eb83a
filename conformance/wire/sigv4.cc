#include "wire/sigv4.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <utility>
#include <vector>

#include "wire/digest.h"
#include "wire/percent_encoding.h"

namespace shapeguard::conformance {
namespace {

constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";

// Headers a proxy, an HTTP library or a tracer may add or rewrite after signing; signing
// them would make the signature fragile (the AWS SDKs leave them out too).
bool IsUnsignedHeader(const std::string& lower_name) {
  return lower_name == "authorization" || lower_name == "user-agent" || lower_name == "expect" ||
         lower_name == "x-amzn-trace-id";
}

// RFC 3986 "remove dot segments", and repeated slashes collapsed, which AWS also requires
// (botocore's normalize_url_path).
std::string NormalizePath(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = std::min(path.find('/', start), path.size());
    std::string_view segment = path.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out = "/";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) out += "/";
    out += segments[i];
  }
  if (!segments.empty() && path.back() == '/') out += "/";
  return out;
}

// Trims a header value and collapses runs of spaces into one, as the canonical form wants.
std::string CanonicalHeaderValue(std::string_view value) {
  std::string out;
  for (char c : value) {
    bool space = c == ' ' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Lower-case names, sorted, each with its values in request order joined by ",".
std::map<std::string, std::string> CanonicalHeaders(const HttpRequest& request) {
  std::map<std::string, std::string> headers;
  for (const auto& [name, value] : request.headers) {
    std::string lower = AsciiLower(name);
    if (IsUnsignedHeader(lower)) continue;
    auto [it, inserted] = headers.emplace(lower, CanonicalHeaderValue(value));
    // Appended rather than += "," + ...: g++ 12 at -O3 wrongly warns (-Wstringop-overflow)
    // that the latter copies more than any object can hold.
    if (!inserted) it->second.append(",").append(CanonicalHeaderValue(value));
  }
  return headers;
}

bool IsAmzDate(std::string_view date) {
  if (date.size() != 16 || date[8] != 'T' || date[15] != 'Z') return false;
  for (std::size_t i = 0; i < 15; ++i) {
    if (i != 8 && (date[i] < '0' || date[i] > '9')) return false;
  }
  return true;
}

std::string SigningKey(const SigningParams& params, std::string_view date) {
  std::string key = HmacSha256("AWS4" + params.credentials.secret_access_key, date);
  key = HmacSha256(key, params.region);
  key = HmacSha256(key, params.service);
  return HmacSha256(key, "aws4_request");
}

}  // namespace

std::string AmzDate(std::chrono::system_clock::time_point time) {
  std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[20];
  std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &utc);
  return buffer;
}

std::string CanonicalUri(std::string_view path, bool s3) {
  if (s3) return path.empty() ? "/" : std::string(path);
  return PercentEncode(NormalizePath(path), Slashes::kKeep);
}

std::string CanonicalQuery(std::string_view query) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = std::min(query.find('&', start), query.size());
    std::string_view pair = query.substr(start, end - start);
    start = end + 1;
    if (pair.empty()) continue;
    std::size_t equals = std::min(pair.find('='), pair.size());
    std::string_view value = equals < pair.size() ? pair.substr(equals + 1) : "";
    pairs.emplace_back(PercentEncode(PercentDecode(pair.substr(0, equals))),
                       PercentEncode(PercentDecode(value)));
  }
  std::sort(pairs.begin(), pairs.end());
  std::string out;
  for (const auto& [name, value] : pairs) {
    if (!out.empty()) out += "&";
    out += name + "=" + value;
  }
  return out;
}

Result<Signature> ComputeSignature(const HttpRequest& request, const SigningParams& params) {
  if (!request.FindHeader("host")) return Status::Error("SigV4: the request has no Host header");
  if (!IsAmzDate(params.amz_date)) {
    return Status::Error("SigV4: \"" + params.amz_date + "\" is not a YYYYMMDDTHHMMSSZ time");
  }
  Signature sig;
  std::string header_lines;
  for (const auto& [name, value] : CanonicalHeaders(request)) {
    header_lines += name + ":" + value + "\n";
    sig.signed_headers += (sig.signed_headers.empty() ? "" : ";") + name;
  }
  sig.canonical_request = request.method + "\n" +
                          CanonicalUri(request.path, params.service == "s3") + "\n" +
                          CanonicalQuery(request.query) + "\n" + header_lines + "\n" +
                          sig.signed_headers + "\n" + HexEncode(Sha256(request.body));
  std::string date = params.amz_date.substr(0, 8);
  std::string scope = date + "/" + params.region + "/" + params.service + "/aws4_request";
  sig.string_to_sign = std::string(kAlgorithm) + "\n" + params.amz_date + "\n" + scope + "\n" +
                       HexEncode(Sha256(sig.canonical_request));
  sig.signature = HexEncode(HmacSha256(SigningKey(params, date), sig.string_to_sign));
  sig.authorization = std::string(kAlgorithm) + " Credential=" + params.credentials.access_key_id +
                      "/" + scope + ", SignedHeaders=" + sig.signed_headers +
                      ", Signature=" + sig.signature;
  return sig;
}

Status SignRequest(HttpRequest& request, const SigningParams& params) {
  request.SetHeader("X-Amz-Date", params.amz_date);
  if (!params.credentials.session_token.empty()) {
    request.SetHeader("X-Amz-Security-Token", params.credentials.session_token);
  }
  if (params.service == "s3") {
    request.SetHeader("X-Amz-Content-SHA256", HexEncode(Sha256(request.body)));
  }
  std::erase_if(request.headers,
                [](const auto& header) { return EqualsIgnoreCase(header.first, "authorization"); });
  auto signature = ComputeSignature(request, params);
  if (!signature.ok()) return signature.status();
  request.headers.emplace_back("Authorization", signature->authorization);
  return Status();
}

}  // namespace shapeguard::conformance
