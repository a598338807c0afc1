// The head of an HTTP response as a WARC response record stores it: the status line and the
// header fields, then the body. Also Content-Type values ("text/html; charset=windows-1251"),
// shared with WARC record headers. Lenient where crawlers are (LF-only line ends, folded lines,
// HTTP/2 status lines such as "HTTP/2 200"); strict where a wrong guess would mislead (a
// status line must carry a three-digit code). Pure functions; O(head size); thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace corroborate::ingest {

struct HttpResponseHead {
  int status = 0;                                            // 200, 404, …
  std::vector<std::pair<std::string, std::string>> headers;  // names as written, values trimmed
  size_t body_offset = 0;  // where the body starts in the parsed bytes

  // The first value of a header field (names compare ASCII case-insensitively); "" if absent.
  std::string_view Header(std::string_view name) const;
};

// Parses the response head at the start of `bytes`. Fails (with a one-line reason) when there is
// no HTTP status line, or when the head does not end (an empty line) within `bytes`.
Result<HttpResponseHead> ParseHttpResponseHead(std::string_view bytes);

struct ContentType {
  std::string media_type;  // lower case, no parameters: "text/html"; "" when absent
  std::string charset;     // the charset parameter, unquoted; "" when absent
};
ContentType ParseContentType(std::string_view value);

// text/html and application/xhtml+xml.
bool IsHtmlMediaType(std::string_view media_type);

// A type that says nothing about the content ("", application/octet-stream, unknown/unknown,
// */*, "binary/octet-stream"): the bytes have to be sniffed.
bool IsUninformativeMediaType(std::string_view media_type);

}  // namespace corroborate::ingest
