#include "http/request_parser.h"

#include <algorithm>
#include <utility>

namespace shapeguard::http {
namespace {

using conformance::EqualsIgnoreCase;
using conformance::TrimOws;

// RFC 9110's tchar: the characters of a method or header name.
bool IsTokenChar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool IsToken(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), IsTokenChar);
}

// A field value may hold visible characters, spaces, tabs and obs-text, never other controls
// (a bare CR or NUL is how request smuggling starts).
bool IsFieldValue(std::string_view value) {
  return std::none_of(value.begin(), value.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7f;
  });
}

// The request target as the rest of the project wants it: origin-form. An absolute-form
// target ("http://host:port/path", which a client sends to what it takes for a forward
// proxy) keeps only its path and query.
bool SplitTarget(std::string_view target, conformance::HttpRequest& request) {
  if (target.empty()) return false;
  if (target.front() != '/') {
    std::size_t scheme = target.find("://");
    if (scheme == std::string_view::npos) return false;
    std::size_t path = target.find_first_of("/?", scheme + 3);
    target = path == std::string_view::npos ? std::string_view("/") : target.substr(path);
    if (target.front() == '?') return false;
  }
  if (!std::all_of(target.begin(), target.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte != 0x7f;
      })) {
    return false;
  }
  std::size_t question = target.find('?');
  request.path = std::string(target.substr(0, question));
  request.query =
      question == std::string_view::npos ? "" : std::string(target.substr(question + 1));
  return true;
}

// A decimal Content-Length; false when it is not one or does not fit.
bool ParseLength(std::string_view text, std::uint64_t& out) {
  if (text.empty() || text.size() > 18) return false;
  out = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return true;
}

// The hexadecimal size at the start of a chunk-size line ("1a;ext=x").
bool ParseChunkSize(std::string_view line, std::uint64_t& out) {
  std::string_view digits = TrimOws(line.substr(0, line.find(';')));
  if (digits.empty() || digits.size() > 15) return false;
  out = 0;
  for (char c : digits) {
    int value = (c >= '0' && c <= '9')   ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                         : -1;
    if (value < 0) return false;
    out = out * 16 + static_cast<std::uint64_t>(value);
  }
  return true;
}

// Whether a comma-separated header value lists the token (case-insensitively).
bool ListsToken(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    std::size_t comma = value.find(',');
    if (EqualsIgnoreCase(TrimOws(value.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return false;
}

// Takes one line off the front of buffer (without its CRLF or LF) into line; false when no
// whole line is buffered.
bool TakeLine(std::string& buffer, std::string& line) {
  std::size_t newline = buffer.find('\n');
  if (newline == std::string::npos) return false;
  std::size_t end = newline > 0 && buffer[newline - 1] == '\r' ? newline - 1 : newline;
  line.assign(buffer, 0, end);
  buffer.erase(0, newline + 1);
  return true;
}

constexpr std::size_t kMaxChunkLine = 4096;

}  // namespace

ParseState RequestParser::Feed(std::string_view bytes) {
  buffer_.append(bytes);
  return Parse();
}

ParseState RequestParser::Parse() {
  switch (stage_) {
    case Stage::kHead:
      return ParseHead();
    case Stage::kFixedBody:
      return ParseFixedBody();
    case Stage::kChunkSize:
    case Stage::kChunkData:
    case Stage::kChunkDataEnd:
    case Stage::kTrailers:
      return ParseChunked();
    case Stage::kDone:
      return ParseState::kComplete;
  }
  return ParseState::kNeedMore;
}

bool RequestParser::TakeContinueExpected() { return std::exchange(continue_pending_, false); }

void RequestParser::Reset() {
  request_ = {};
  stage_ = Stage::kHead;
  keep_alive_ = true;
  expect_continue_ = false;
  continue_pending_ = false;
  chunked_ = false;
  has_length_ = false;
  remaining_ = 0;
  header_bytes_ = 0;
}

ParseState RequestParser::Fail(int status, std::string reason) {
  error_status_ = status;
  error_reason_ = std::move(reason);
  keep_alive_ = false;
  return ParseState::kError;
}

ParseState RequestParser::ParseHead() {
  std::string line;
  while (true) {
    std::size_t before = buffer_.size();
    if (!TakeLine(buffer_, line)) break;
    header_bytes_ += before - buffer_.size();
    if (header_bytes_ > limits_.max_header_bytes) {
      return Fail(431, "the request line and headers exceed " +
                           std::to_string(limits_.max_header_bytes) + " bytes");
    }
    // Empty lines before a request line are tolerated (RFC 9112, section 2.2).
    if (request_.method.empty() && line.empty()) continue;
    ParseState state = ParseHeaderLine(line);
    if (state != ParseState::kNeedMore || stage_ != Stage::kHead) return state;
  }
  if (header_bytes_ + buffer_.size() > limits_.max_header_bytes) {
    return Fail(431, "the request line and headers exceed " +
                         std::to_string(limits_.max_header_bytes) + " bytes");
  }
  return ParseState::kNeedMore;
}

ParseState RequestParser::ParseHeaderLine(std::string_view line) {
  if (request_.method.empty()) {  // the request line: METHOD SP target SP HTTP/x.y
    std::size_t first = line.find(' ');
    std::size_t last = line.rfind(' ');
    if (first == std::string_view::npos || first == last) {
      return Fail(400, "the request line is not \"METHOD target HTTP/1.1\"");
    }
    std::string_view method = line.substr(0, first);
    std::string_view version = line.substr(last + 1);
    if (!IsToken(method)) return Fail(400, "the method is not a token");
    if (!SplitTarget(line.substr(first + 1, last - first - 1), request_)) {
      return Fail(400, "the request target is not a path");
    }
    if (version.rfind("HTTP/", 0) != 0) return Fail(400, "the request line names no HTTP version");
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
      return Fail(505, "only HTTP/1.0 and HTTP/1.1 are served");
    }
    request_.method = std::string(method);
    keep_alive_ = version == "HTTP/1.1";
    return ParseState::kNeedMore;
  }
  if (line.empty()) return StartBody();
  if (line.front() == ' ' || line.front() == '\t') {
    return Fail(400, "a header line is folded (obsolete line folding)");
  }
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !IsToken(line.substr(0, colon))) {
    return Fail(400, "a header line is not \"Name: value\"");
  }
  std::string_view value = TrimOws(line.substr(colon + 1));
  if (!IsFieldValue(value)) return Fail(400, "a header value holds a control character");
  if (request_.headers.size() >= limits_.max_headers) {
    return Fail(431, "more than " + std::to_string(limits_.max_headers) + " headers");
  }
  request_.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
  return ParseState::kNeedMore;
}

ParseState RequestParser::StartBody() {
  for (const auto& [name, value] : request_.headers) {
    if (EqualsIgnoreCase(name, "content-length")) {
      std::uint64_t length = 0;
      if (!ParseLength(value, length)) return Fail(400, "Content-Length is not a number");
      if (has_length_ && length != remaining_) {
        return Fail(400, "two Content-Length headers disagree");
      }
      has_length_ = true;
      remaining_ = length;
    } else if (EqualsIgnoreCase(name, "transfer-encoding")) {
      if (!EqualsIgnoreCase(value, "chunked")) {
        return Fail(501, "only the chunked transfer coding is served");
      }
      chunked_ = true;
    } else if (EqualsIgnoreCase(name, "connection")) {
      if (ListsToken(value, "close")) keep_alive_ = false;
      if (ListsToken(value, "keep-alive")) keep_alive_ = true;
    } else if (EqualsIgnoreCase(name, "expect")) {
      if (!EqualsIgnoreCase(value, "100-continue")) return Fail(417, "only 100-continue is met");
      expect_continue_ = true;
    }
  }
  // Both framings at once is how requests are smuggled past a proxy: refuse (RFC 9112 6.1).
  if (chunked_ && has_length_) return Fail(400, "both Content-Length and Transfer-Encoding");
  if (has_length_ && remaining_ > limits_.max_body_bytes) {
    return Fail(413, "the body of " + std::to_string(remaining_) + " bytes exceeds the limit of " +
                         std::to_string(limits_.max_body_bytes) + " bytes");
  }
  bool body_follows = chunked_ || remaining_ > 0;
  continue_pending_ = expect_continue_ && body_follows && buffer_.empty();
  stage_ = chunked_ ? Stage::kChunkSize : Stage::kFixedBody;
  return Parse();
}

bool RequestParser::TakeBodyBytes() {
  std::size_t take = static_cast<std::size_t>(
      std::min<std::uint64_t>(remaining_, static_cast<std::uint64_t>(buffer_.size())));
  request_.body.append(buffer_, 0, take);
  buffer_.erase(0, take);
  remaining_ -= take;
  return remaining_ == 0;
}

ParseState RequestParser::ParseFixedBody() {
  if (!TakeBodyBytes()) return ParseState::kNeedMore;
  stage_ = Stage::kDone;
  return ParseState::kComplete;
}

ParseState RequestParser::ParseChunked() {
  std::string line;
  while (true) {
    switch (stage_) {
      case Stage::kChunkSize: {
        if (!TakeLine(buffer_, line)) {
          if (buffer_.size() > kMaxChunkLine) return Fail(400, "a chunk-size line is too long");
          return ParseState::kNeedMore;
        }
        if (!ParseChunkSize(line, remaining_)) return Fail(400, "a chunk size is not hexadecimal");
        if (request_.body.size() + remaining_ > limits_.max_body_bytes) {
          return Fail(413, "the chunked body exceeds the limit of " +
                               std::to_string(limits_.max_body_bytes) + " bytes");
        }
        stage_ = remaining_ == 0 ? Stage::kTrailers : Stage::kChunkData;
        break;
      }
      case Stage::kChunkData: {
        if (!TakeBodyBytes()) return ParseState::kNeedMore;
        stage_ = Stage::kChunkDataEnd;
        break;
      }
      case Stage::kChunkDataEnd: {
        if (!TakeLine(buffer_, line)) {
          if (buffer_.size() > 2) return Fail(400, "a chunk does not end with CRLF");
          return ParseState::kNeedMore;
        }
        if (!line.empty()) return Fail(400, "a chunk does not end with CRLF");
        stage_ = Stage::kChunkSize;
        break;
      }
      case Stage::kTrailers: {
        std::size_t before = buffer_.size();
        if (!TakeLine(buffer_, line)) {
          if (header_bytes_ + buffer_.size() > limits_.max_header_bytes) {
            return Fail(431, "the trailers exceed the header limit");
          }
          return ParseState::kNeedMore;
        }
        header_bytes_ += before - buffer_.size();
        if (header_bytes_ > limits_.max_header_bytes) {
          return Fail(431, "the trailers exceed the header limit");
        }
        if (line.empty()) {
          stage_ = Stage::kDone;
          return ParseState::kComplete;
        }
        break;  // trailer fields are read and dropped: nothing here uses them
      }
      default:
        return Parse();
    }
  }
}

}  // namespace shapeguard::http
