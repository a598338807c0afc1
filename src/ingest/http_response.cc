#include "ingest/http_response.h"

#include <cstring>

#include "core/strings.h"

namespace corroborate::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The next line of `bytes` from *pos (without "\r\n" or "\n"); false when no line end follows.
bool NextLine(std::string_view bytes, size_t* pos, std::string_view* line) {
  const size_t nl = bytes.find('\n', *pos);
  if (nl == std::string_view::npos) return false;
  size_t end = nl;
  if (end > *pos && bytes[end - 1] == '\r') --end;
  *line = bytes.substr(*pos, end - *pos);
  *pos = nl + 1;
  return true;
}

// "HTTP/1.1 200 OK", "HTTP/1.0 404", "HTTP/2 200": the status code, or -1.
int ParseStatusLine(std::string_view line) {
  if (!StartsWith(line, "HTTP/")) return -1;
  const size_t space = line.find(' ');
  if (space == std::string_view::npos) return -1;
  std::string_view rest = line.substr(space + 1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.size() < 3 || !IsDigit(rest[0]) || !IsDigit(rest[1]) || !IsDigit(rest[2])) return -1;
  if (rest.size() > 3 && rest[3] != ' ' && rest[3] != '\t') return -1;
  return (rest[0] - '0') * 100 + (rest[1] - '0') * 10 + (rest[2] - '0');
}

}  // namespace

std::string_view HttpResponseHead::Header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (IEquals(key, name)) return value;
  }
  return {};
}

Result<HttpResponseHead> ParseHttpResponseHead(std::string_view bytes) {
  HttpResponseHead head;
  size_t pos = 0;
  std::string_view line;
  if (!NextLine(bytes, &pos, &line) || (head.status = ParseStatusLine(line)) < 0) {
    return Status::InvalidInput("no HTTP status line");
  }
  while (true) {
    if (!NextLine(bytes, &pos, &line)) {
      return Status::InvalidInput("HTTP header does not end (no empty line)");
    }
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !head.headers.empty()) {
      // Obsolete line folding: the line continues the previous field's value.
      std::string& value = head.headers.back().second;
      value += ' ';
      value += Trim(line);
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;  // not a field: ignored
    head.headers.emplace_back(std::string(Trim(line.substr(0, colon))),
                              std::string(Trim(line.substr(colon + 1))));
  }
  head.body_offset = pos;
  return head;
}

ContentType ParseContentType(std::string_view value) {
  ContentType type;
  std::vector<std::string_view> parts = Split(value, ';');
  if (parts.empty()) return type;
  type.media_type = AsciiLower(Trim(parts[0]));
  for (size_t i = 1; i < parts.size(); ++i) {
    std::string_view param = Trim(parts[i]);
    const size_t eq = param.find('=');
    if (eq == std::string_view::npos || !IEquals(Trim(param.substr(0, eq)), "charset")) continue;
    std::string_view v = Trim(param.substr(eq + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
      v = Trim(v.substr(1, v.size() - 2));
    }
    type.charset = std::string(v);
    break;
  }
  return type;
}

bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

bool IsUninformativeMediaType(std::string_view media_type) {
  return media_type.empty() || media_type == "application/octet-stream" ||
         media_type == "binary/octet-stream" || media_type == "unknown/unknown" ||
         media_type == "application/unknown" || media_type == "*/*" ||
         media_type == "application/x-unknown-content-type";
}

}  // namespace corroborate::ingest
