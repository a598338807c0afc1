// HTTP pieces of WARC reading: response heads, Content-Type, chunked bodies, content codings.
#include <gtest/gtest.h>

#include <string>

#include "ingest/content_encoding.h"
#include "ingest/http_chunked.h"
#include "ingest/http_response.h"
#include "warc_builder.h"

namespace corroborate::ingest {
namespace {

const std::string kPage =
    "<html><head><title>Tram line extended</title></head><body><p>The new stops open in "
    "May, the transit agency said.</p></body></html>";

TEST(HttpResponseTest, ParsesStatusHeadersAndBody) {
  const std::string bytes =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n  charset=UTF-8\r\nX-Empty:\r\n"
      "Server: test\r\n\r\n" +
      kPage;
  auto head = ParseHttpResponseHead(bytes);
  ASSERT_TRUE(head.ok()) << head.status().message();
  EXPECT_EQ(head->status, 200);
  EXPECT_EQ(head->Header("content-type"), "text/html; charset=UTF-8");  // folded line joined
  EXPECT_EQ(head->Header("x-empty"), "");
  EXPECT_EQ(head->Header("Server"), "test");
  EXPECT_EQ(bytes.substr(head->body_offset), kPage);
}

TEST(HttpResponseTest, LenientLineEndsAndHttp2) {
  auto head = ParseHttpResponseHead("HTTP/2 404\ncontent-type: text/html\n\nNot here");
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->status, 404);
  EXPECT_EQ(head->Header("Content-Type"), "text/html");
}

TEST(HttpResponseTest, RejectsWhatIsNotAResponse) {
  EXPECT_EQ(ParseHttpResponseHead("GET / HTTP/1.1\r\n\r\n").status().message(),
            "no HTTP status line");
  EXPECT_EQ(ParseHttpResponseHead("HTTP/1.1 OK\r\n\r\n").status().message(), "no HTTP status line");
  EXPECT_EQ(ParseHttpResponseHead("HTTP/1.1 200 OK\r\nServer: x\r\n").status().message(),
            "HTTP header does not end (no empty line)");
}

TEST(HttpResponseTest, ContentTypeParameters) {
  ContentType t = ParseContentType("Text/HTML; Charset=\"windows-1251\"; boundary=x");
  EXPECT_EQ(t.media_type, "text/html");
  EXPECT_EQ(t.charset, "windows-1251");
  EXPECT_EQ(ParseContentType("text/html;charset=gb2312").charset, "gb2312");
  EXPECT_EQ(ParseContentType("").media_type, "");
  EXPECT_TRUE(IsHtmlMediaType("application/xhtml+xml"));
  EXPECT_FALSE(IsHtmlMediaType("text/plain"));
  EXPECT_TRUE(IsUninformativeMediaType("application/octet-stream"));
  EXPECT_FALSE(IsUninformativeMediaType("image/png"));
}

TEST(HttpChunkedTest, DechunksInPlace) {
  std::string body =
      "1a;name=value\r\n<html><body>Tram line exte\r\n9\r\nnded</p>\n\r\n0\r\n"
      "Trailer: x\r\n\r\n";
  ASSERT_TRUE(DechunkInPlace(&body));
  EXPECT_EQ(body, "<html><body>Tram line extended</p>\n");
}

TEST(HttpChunkedTest, NotChunkedIsLeftAlone) {
  std::string body = kPage;
  EXPECT_FALSE(DechunkInPlace(&body));
  EXPECT_EQ(body, kPage);
}

TEST(HttpChunkedTest, CutShortKeepsWhatArrived) {
  std::string body = "10\r\n<html><body>Tram\r\n20\r\nline exte";
  ASSERT_TRUE(DechunkInPlace(&body));
  EXPECT_EQ(body, "<html><body>Tramline exte");
}

TEST(ContentEncodingTest, UndoesEachCoding) {
  using testing::Deflate;
  EXPECT_EQ(DecodeContentEncoding(testing::Gzip(kPage), "gzip", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(testing::Gzip(kPage), "X-GZIP", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(Deflate(kPage, 15), "deflate", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(Deflate(kPage, -15), "deflate", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(testing::BrotliStored(kPage), "br", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(kPage, "identity", 1 << 20).value(), kPage);
  // Applied gzip first, then br: undone br first.
  EXPECT_EQ(DecodeContentEncoding(testing::BrotliStored(testing::Gzip(kPage)), "gzip, br", 1 << 20)
                .value(),
            kPage);
}

TEST(ContentEncodingTest, AlreadyDecodedBodyPassesThrough) {
  EXPECT_EQ(DecodeContentEncoding(kPage, "gzip", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(kPage, "br", 1 << 20).value(), kPage);
  EXPECT_EQ(DecodeContentEncoding(kPage, "deflate", 1 << 20).value(), kPage);
}

TEST(ContentEncodingTest, Errors) {
  EXPECT_EQ(DecodeContentEncoding(kPage, "zstd", 1 << 20).status().message(),
            "unsupported Content-Encoding 'zstd'");
  EXPECT_EQ(DecodeContentEncoding(testing::Gzip(std::string(2 << 20, 'a')), "gzip", 1 << 20)
                .status()
                .message(),
            "more than 1 MiB after Content-Encoding gzip");
  std::string corrupt = testing::Gzip(kPage);
  corrupt[10] = static_cast<char>(0xff);
  EXPECT_EQ(DecodeContentEncoding(corrupt, "gzip", 1 << 20).status().message(),
            "corrupt gzip Content-Encoding (invalid block type)");
}

TEST(ContentEncodingTest, TruncatedBodyKeepsWhatDecoded) {
  std::string long_page = kPage;
  for (int i = 0; i < 200; ++i) long_page += "<p>Paragraph " + std::to_string(i) + "</p>\n";
  std::string gz = testing::Gzip(long_page);
  auto r = DecodeContentEncoding(gz.substr(0, gz.size() / 2), "gzip", 1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GT(r->size(), 0u);
  EXPECT_EQ(long_page.compare(0, r->size(), *r), 0);
}

}  // namespace
}  // namespace corroborate::ingest
