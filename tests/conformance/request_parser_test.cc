#include "http/request_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace shapeguard::http {
namespace {

TEST(RequestParser, ReadsARequestFedOneByteAtATime) {
  std::string bytes =
      "POST /v2/apis?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nX-A:  b \r\n\r\nhello";
  RequestParser parser;
  ParseState state = ParseState::kNeedMore;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    ASSERT_EQ(state, ParseState::kNeedMore) << "complete too early at byte " << i;
    state = parser.Feed(bytes.substr(i, 1));
  }
  ASSERT_EQ(state, ParseState::kComplete);
  const conformance::HttpRequest& request = parser.request();
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.path, "/v2/apis");
  EXPECT_EQ(request.query, "x=1");
  ASSERT_EQ(request.headers.size(), 3u);
  EXPECT_EQ(request.headers[2].first, "X-A");
  EXPECT_EQ(request.headers[2].second, "b");
  EXPECT_EQ(request.body, "hello");
  EXPECT_TRUE(parser.keep_alive());
}

TEST(RequestParser, ReadsPipelinedRequestsInOrder) {
  RequestParser parser;
  ASSERT_EQ(parser.Feed("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.0\r\n\r\n"), ParseState::kComplete);
  EXPECT_EQ(parser.request().path, "/a");
  EXPECT_TRUE(parser.has_buffered_bytes());
  parser.Reset();
  ASSERT_EQ(parser.Parse(), ParseState::kComplete);
  EXPECT_EQ(parser.request().path, "/b");
  EXPECT_FALSE(parser.keep_alive());  // HTTP/1.0 without keep-alive
}

TEST(RequestParser, DecodesChunkedBodiesAndDropsTrailers) {
  RequestParser parser;
  ParseState state = parser.Feed(
      "PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n"
      "0\r\nX-Trailer: t\r\n\r\n");
  ASSERT_EQ(state, ParseState::kComplete);
  EXPECT_EQ(parser.request().body, "hello world");
}

TEST(RequestParser, WaitsForTheRestOfATruncatedChunkedBody) {
  RequestParser parser;
  EXPECT_EQ(parser.Feed("PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"),
            ParseState::kNeedMore);
  EXPECT_EQ(parser.Feed("lo\r\n"), ParseState::kNeedMore);
  EXPECT_EQ(parser.Feed("0\r\n\r\n"), ParseState::kComplete);
  EXPECT_EQ(parser.request().body, "hello");
}

TEST(RequestParser, RefusesAnOversizedBodyFromItsLengthAlone) {
  RequestParser parser({.max_body_bytes = 100});
  EXPECT_EQ(parser.Feed("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"), ParseState::kError);
  EXPECT_EQ(parser.error_status(), 413);
  EXPECT_NE(parser.error_reason().find("101"), std::string::npos);
}

TEST(RequestParser, RefusesAnOversizedChunkedBody) {
  RequestParser parser({.max_body_bytes = 8});
  EXPECT_EQ(parser.Feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\n"),
            ParseState::kError);
  EXPECT_EQ(parser.error_status(), 413);
}

TEST(RequestParser, RefusesHeaderBombs) {
  RequestParser by_size({.max_header_bytes = 1024});
  EXPECT_EQ(by_size.Feed("GET / HTTP/1.1\r\nX: " + std::string(2000, 'a')), ParseState::kError);
  EXPECT_EQ(by_size.error_status(), 431);

  RequestParser by_count({.max_headers = 10});
  std::string many = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 11; ++i) many += "X-" + std::to_string(i) + ": v\r\n";
  EXPECT_EQ(by_count.Feed(many), ParseState::kError);
  EXPECT_EQ(by_count.error_status(), 431);
}

struct Malformed {
  const char* bytes;
  int status;
};

TEST(RequestParser, AnswersMalformedRequestsWithTheirStatus) {
  const Malformed cases[] = {
      {"GARBAGE\r\n\r\n", 400},
      {"GET\r\n\r\n", 400},
      {"G(T / HTTP/1.1\r\n\r\n", 400},
      {"GET / HTTP/2.0\r\n\r\n", 505},
      {"GET / FTP/1.1\r\n\r\n", 400},
      {"GET nopath HTTP/1.1\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nNo colon\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nA: b\x01\r\n\r\n", 400},
      {"POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400},
      {"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400},
      {"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", 400},
      {"POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
      {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400},
      {"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n", 400},
      {"POST / HTTP/1.1\r\nExpect: something\r\n\r\n", 417},
  };
  for (const Malformed& bad : cases) {
    RequestParser parser;
    EXPECT_EQ(parser.Feed(bad.bytes), ParseState::kError) << bad.bytes;
    EXPECT_EQ(parser.error_status(), bad.status) << bad.bytes;
    EXPECT_FALSE(parser.error_reason().empty());
  }
}

TEST(RequestParser, AnnouncesOnceThatAClientWaitsForContinue) {
  RequestParser parser;
  EXPECT_EQ(parser.Feed("PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"),
            ParseState::kNeedMore);
  EXPECT_TRUE(parser.TakeContinueExpected());
  EXPECT_FALSE(parser.TakeContinueExpected());
  EXPECT_EQ(parser.Feed("ok"), ParseState::kComplete);
}

TEST(RequestParser, KeepsOnlyThePathOfAnAbsoluteTarget) {
  RequestParser parser;
  ASSERT_EQ(parser.Feed("GET http://example.com:80/a/b?c=d HTTP/1.1\r\n\r\n"),
            ParseState::kComplete);
  EXPECT_EQ(parser.request().path, "/a/b");
  EXPECT_EQ(parser.request().query, "c=d");
}

TEST(RequestParser, HonoursConnectionClose) {
  RequestParser parser;
  ASSERT_EQ(parser.Feed("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"), ParseState::kComplete);
  EXPECT_FALSE(parser.keep_alive());
}

}  // namespace
}  // namespace shapeguard::http
