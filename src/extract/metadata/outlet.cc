#include "extract/metadata/outlet.h"

#include "core/strings.h"

namespace corroborate {

std::string SiteFromUrl(std::string_view url) {
  url = Trim(url);
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos || scheme == 0 || scheme > 10) return "";
  std::string_view rest = url.substr(scheme + 3);
  const size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  const size_t at = host.rfind('@');  // user:pass@host
  if (at != std::string_view::npos) host = host.substr(at + 1);
  const size_t colon = host.find(':');
  if (colon != std::string_view::npos) host = host.substr(0, colon);
  std::string out = AsciiLower(host);
  for (std::string_view prefix : {"www.", "m.", "amp.", "mobile."}) {
    if (StartsWith(out, prefix) && out.find('.', prefix.size()) != std::string::npos) {
      out.erase(0, prefix.size());
      break;
    }
  }
  return out;
}

UriParts SplitUri(std::string_view uri) {
  UriParts parts;
  std::string_view path = uri;
  // "feed.jsonl:17": a trailing line number after the file name.
  const size_t colon = uri.rfind(':');
  if (colon != std::string_view::npos && colon + 1 < uri.size()) {
    bool digits = true;
    for (char c : uri.substr(colon + 1)) digits = digits && c >= '0' && c <= '9';
    if (digits) {
      parts.line = std::string(uri.substr(colon + 1));
      path = uri.substr(0, colon);
    }
  }
  const size_t slash = path.find_last_of("/\\");
  std::string_view name = path;
  if (slash != std::string_view::npos) {
    parts.folder = std::string(path.substr(0, slash));
    name = path.substr(slash + 1);
  }
  const size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  parts.stem = std::string(name);
  return parts;
}

}  // namespace corroborate
