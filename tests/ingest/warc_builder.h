// Builds test inputs in memory: gzip members (zlib), brotli streams, HTTP responses and WARC
// records, so WARC tests need no committed binaries. Header-only test helper.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corroborate::testing {

// One gzip member (or a zlib stream with window_bits 15, raw deflate with -15).
inline std::string Deflate(std::string_view data, int window_bits = 31, int level = 6) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::string Gzip(std::string_view data) { return Deflate(data, 31); }

// One gzip member of prefix + `mib` MiB of zero bytes + suffix: a compression bomb (about
// 1000:1). Run-length strategy: built in a fraction of the time level 9 would take.
inline std::string GzipBomb(std::string_view prefix, size_t mib, std::string_view suffix) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 31, 9, Z_RLE);
  std::string bomb;
  std::string out(1 << 16, '\0');
  const std::string zeros(1 << 20, '\0');
  auto feed = [&](std::string_view in, int flush) {
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    do {
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = static_cast<uInt>(out.size());
      deflate(&z, flush);
      bomb.append(out, 0, out.size() - z.avail_out);
    } while (z.avail_out == 0);
  };
  feed(prefix, Z_NO_FLUSH);
  for (size_t i = 0; i < mib; ++i) feed(zeros, Z_NO_FLUSH);
  feed(suffix, Z_FINISH);
  deflateEnd(&z);
  return bomb;
}

// A brotli stream holding `data` in one uncompressed meta-block (RFC 7932, section 9.2):
// WBITS=16, a meta-block header with MNIBBLES=4 and ISUNCOMPRESSED=1, the bytes, then an empty
// last meta-block. Enough to exercise the decoder without an encoder. data: 1 to 65536 bytes.
inline std::string BrotliStored(std::string_view data) {
  const uint32_t bits = (static_cast<uint32_t>(data.size() - 1) << 4) | (1u << 20);
  std::string out;
  out += static_cast<char>(bits & 0xff);
  out += static_cast<char>((bits >> 8) & 0xff);
  out += static_cast<char>((bits >> 16) & 0xff);
  out += data;
  out += '\x03';  // ISLAST=1, ISLASTEMPTY=1
  return out;
}

inline std::string HttpResponse(int status, const std::vector<std::string>& headers,
                                std::string_view body) {
  std::string out =
      "HTTP/1.1 " + std::to_string(status) + (status == 200 ? " OK" : " Other") + "\r\n";
  for (const std::string& h : headers) out += h + "\r\n";
  out += "\r\n";
  out += body;
  return out;
}

struct WarcFields {
  std::string type = "response";
  std::string target_uri;
  std::string date = "2025-03-04T10:15:00Z";
  std::string content_type = "application/http; msgtype=response";
  std::vector<std::string> extra;  // more header lines
  long long content_length = -1;   // -1: the block's real length
};

inline std::string WarcRecord(const WarcFields& f, std::string_view block) {
  std::string out = "WARC/1.1\r\nWARC-Type: " + f.type + "\r\n";
  if (!f.target_uri.empty()) out += "WARC-Target-URI: " + f.target_uri + "\r\n";
  out += "WARC-Date: " + f.date + "\r\n";
  out += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" +
         std::to_string(100000000000 + block.size()) + ">\r\n";
  if (!f.content_type.empty()) out += "Content-Type: " + f.content_type + "\r\n";
  for (const std::string& e : f.extra) out += e + "\r\n";
  const long long length =
      f.content_length >= 0 ? f.content_length : static_cast<long long>(block.size());
  out += "Content-Length: " + std::to_string(length) + "\r\n\r\n";
  out += block;
  out += "\r\n\r\n";
  return out;
}

// A response record for an HTML page served as text/html (with the given charset parameter).
inline std::string PageRecord(const std::string& url, std::string_view html,
                              const std::string& charset = "utf-8") {
  WarcFields f;
  f.target_uri = url;
  std::string type = "Content-Type: text/html" + (charset.empty() ? "" : "; charset=" + charset);
  return WarcRecord(f, HttpResponse(200, {type, "Server: test"}, html));
}

inline std::string WarcInfoRecord() {
  WarcFields f;
  f.type = "warcinfo";
  f.content_type = "application/warc-fields";
  return WarcRecord(f, "software: corroborate-tests\r\nformat: WARC File Format 1.1\r\n");
}

inline std::string RequestRecord(const std::string& url) {
  WarcFields f;
  f.type = "request";
  f.target_uri = url;
  f.content_type = "application/http; msgtype=request";
  return WarcRecord(f, "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n");
}

// Each record gzipped on its own, concatenated: the usual .warc.gz layout.
inline std::string GzipEach(const std::vector<std::string>& records) {
  std::string out;
  for (const std::string& r : records) out += Gzip(r);
  return out;
}

inline std::string Concat(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += p;
  return out;
}

// A short news page in HTML, fictional.
inline std::string NewsPage(const std::string& headline, const std::string& body,
                            const std::string& head_extra = "") {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head>" + head_extra + "<title>" + headline +
         "</title></head>\n<body><article><h1>" + headline + "</h1>\n<p>" + body +
         "</p></article></body></html>\n";
}

}  // namespace corroborate::testing
