#include "wire/http_client.h"

#include <curl/curl.h>

#include <cerrno>
#include <mutex>
#include <string_view>
#include <utility>

namespace shapeguard::conformance {
namespace {

// curl_global_init is not thread-safe and must run before any handle is made.
void InitCurlOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// The state of one exchange, which libcurl's callbacks fill.
struct Exchange {
  HttpResponse response;
  std::size_t max_bytes = 0;
  bool too_large = false;
};

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && std::string_view(" \t\r\n").find(text.back()) != std::string_view::npos) {
    text.remove_suffix(1);
  }
  return text;
}

std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* exchange = static_cast<Exchange*>(user);
  std::size_t bytes = size * count;
  if (exchange->response.body.size() + bytes > exchange->max_bytes) {
    exchange->too_large = true;
    return 0;  // makes libcurl abort the transfer
  }
  exchange->response.body.append(data, bytes);
  return bytes;
}

std::size_t OnHeaderLine(char* data, std::size_t size, std::size_t count, void* user) {
  auto* exchange = static_cast<Exchange*>(user);
  std::size_t bytes = size * count;
  std::string_view line = TrimSpace(std::string_view(data, bytes));
  if (line.rfind("HTTP/", 0) == 0) {
    exchange->response.headers.clear();  // a new block: the last one (after 100 Continue) counts
    return bytes;
  }
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return bytes;
  std::string name = AsciiLower(TrimSpace(line.substr(0, colon)));
  std::string value(TrimSpace(line.substr(colon + 1)));
  auto [it, inserted] = exchange->response.headers.emplace(name, value);
  if (!inserted) it->second += ", " + value;
  return bytes;
}

// "Name: value" lines for libcurl. An empty value needs "Name;" (libcurl reads "Name:" as
// "remove this header"); "Expect:" stops libcurl from waiting for 100 Continue, and
// "Content-Type:" from adding a form content type the request did not ask for.
curl_slist* HeaderList(const HttpRequest& request) {
  curl_slist* list = nullptr;
  for (const auto& [name, value] : request.headers) {
    std::string line = value.empty() ? name + ";" : name + ": " + value;
    list = curl_slist_append(list, line.c_str());
  }
  list = curl_slist_append(list, "Expect:");
  if (!request.FindHeader("content-type")) list = curl_slist_append(list, "Content-Type:");
  return list;
}

void SetMethodAndBody(CURL* curl, const HttpRequest& request) {
  const std::string& method = request.method;
  if (method == "HEAD") {
    curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  } else if (!request.body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                     static_cast<curl_off_t>(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
  } else {
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  }
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
}

std::string Milliseconds(std::chrono::milliseconds ms) {
  return std::to_string(ms.count()) + " ms";
}

}  // namespace

struct HttpClient::Handle {
  CURL* curl = nullptr;
  char error[CURL_ERROR_SIZE] = {};

  ~Handle() {
    if (curl) curl_easy_cleanup(curl);
  }
};

Result<HttpClient> HttpClient::Create(std::string base_url, HttpClientOptions options) {
  std::size_t scheme_end = base_url.find("://");
  std::string scheme =
      scheme_end == std::string::npos ? "" : AsciiLower(base_url.substr(0, scheme_end));
  if (scheme != "http" && scheme != "https") {
    return Status::Error("endpoint \"" + base_url + "\" is not an http:// or https:// URL");
  }
  std::size_t host_start = scheme_end + 3;
  std::string authority = base_url.substr(host_start, base_url.find('/', host_start) - host_start);
  if (authority.empty()) return Status::Error("endpoint \"" + base_url + "\" has no host");
  while (base_url.back() == '/') base_url.pop_back();  // the authority is not empty
  InitCurlOnce();
  auto handle = std::make_unique<Handle>();
  handle->curl = curl_easy_init();
  if (!handle->curl) return Status::Error("libcurl could not create a handle");
  return HttpClient(std::move(base_url), std::move(authority), options, std::move(handle));
}

HttpClient::HttpClient(std::string base_url, std::string authority, HttpClientOptions options,
                       std::unique_ptr<Handle> handle)
    : base_url_(std::move(base_url)),
      authority_(std::move(authority)),
      options_(options),
      handle_(std::move(handle)) {}

HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;
HttpClient::~HttpClient() = default;

Result<HttpResponse> HttpClient::Send(const HttpRequest& request) {
  CURL* curl = handle_->curl;
  // Reset forgets the previous request's options but keeps the open connection.
  curl_easy_reset(curl);
  Exchange exchange;
  exchange.max_bytes = options_.max_response_bytes;
  std::string url = base_url_ + request.target();
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(HeaderList(request),
                                                                      &curl_slist_free_all);
  handle_->error[0] = '\0';
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_PATH_AS_IS, 1L);  // send the path that was signed, unchanged
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);    // timeouts without SIGALRM (threads)
  curl_easy_setopt(curl, CURLOPT_PROXY, "");       // ignore HTTP_PROXY and friends
  curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options_.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, handle_->error);
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &OnHeaderLine);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
  SetMethodAndBody(curl, request);

  CURLcode code = curl_easy_perform(curl);
  std::string where = request.method + " " + url;
  std::string detail = handle_->error[0] ? handle_->error : curl_easy_strerror(code);
  if (code == CURLE_COULDNT_CONNECT) {
    long os_errno = 0;
    curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno);
    std::string what = os_errno == ECONNREFUSED ? "connection refused" : "cannot connect";
    return Status::Error(where + ": " + what + " (" + detail + ")");
  }
  if (code == CURLE_OPERATION_TIMEDOUT) {
    return Status::Error(where + ": timed out (connect limit " +
                         Milliseconds(options_.connect_timeout) + ", total limit " +
                         Milliseconds(options_.total_timeout) + "): " + detail);
  }
  if (exchange.too_large) {
    return Status::Error(where + ": the response is larger than " +
                         std::to_string(options_.max_response_bytes) + " bytes");
  }
  if (code != CURLE_OK) return Status::Error(where + ": " + detail);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  exchange.response.status = static_cast<int>(status);
  return std::move(exchange.response);
}

}  // namespace shapeguard::conformance
