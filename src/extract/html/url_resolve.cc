#include "extract/html/url_resolve.h"

#include <vector>

#include "core/strings.h"

namespace corroborate {
namespace {

bool IsSchemeChar(char c, bool first) {
  const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (first) return alpha;
  return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// RFC 3986 5.2.4: removes "." and ".." segments.
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  const bool absolute = !path.empty() && path.front() == '/';
  size_t start = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view seg = path.substr(start, end - start);
    const bool last = end == path.size();
    trailing_slash = false;
    if (seg == ".") {
      trailing_slash = true;
    } else if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing_slash = true;
    } else {
      out.push_back(seg);
    }
    if (last) break;
    start = end + 1;
  }
  std::string result = absolute ? "/" : "";
  for (size_t i = 0; i < out.size(); ++i) {
    if (i > 0) result += '/';
    result += out[i];
  }
  if (trailing_slash && !result.empty() && result.back() != '/') result += '/';
  return result;
}

void AppendQueryFragment(const UrlParts& p, std::string* out) {
  if (p.has_query) {
    *out += '?';
    *out += p.query;
  }
  if (p.has_fragment) {
    *out += '#';
    *out += p.fragment;
  }
}

}  // namespace

UrlParts SplitUrl(std::string_view url) {
  UrlParts p;
  size_t i = 0;
  // Scheme: letters, then ':' before any '/', '?' or '#'.
  for (size_t k = 0; k < url.size(); ++k) {
    const char c = url[k];
    if (c == ':') {
      if (k > 0) {
        p.scheme = url.substr(0, k);
        i = k + 1;
      }
      break;
    }
    if (!IsSchemeChar(c, k == 0)) break;
  }
  if (url.substr(i, 2) == "//") {
    p.has_authority = true;
    const size_t start = i + 2;
    size_t end = url.find_first_of("/?#", start);
    if (end == std::string_view::npos) end = url.size();
    p.authority = url.substr(start, end - start);
    i = end;
  }
  size_t end = url.find_first_of("?#", i);
  if (end == std::string_view::npos) end = url.size();
  p.path = url.substr(i, end - i);
  i = end;
  if (i < url.size() && url[i] == '?') {
    p.has_query = true;
    end = url.find('#', i + 1);
    if (end == std::string_view::npos) end = url.size();
    p.query = url.substr(i + 1, end - i - 1);
    i = end;
  }
  if (i < url.size() && url[i] == '#') {
    p.has_fragment = true;
    p.fragment = url.substr(i + 1);
  }
  return p;
}

std::string ResolveUrl(std::string_view base, std::string_view ref) {
  ref = Trim(ref);
  const UrlParts r = SplitUrl(ref);
  const UrlParts b = SplitUrl(Trim(base));
  std::string out;
  if (!r.scheme.empty()) {
    out = std::string(r.scheme) + ":";
    if (r.has_authority) out += "//" + std::string(r.authority);
    out += RemoveDotSegments(r.path);
    AppendQueryFragment(r, &out);
    return out;
  }
  if (b.scheme.empty()) return std::string(ref);
  out = std::string(b.scheme) + ":";
  if (r.has_authority) {
    out += "//" + std::string(r.authority) + RemoveDotSegments(r.path);
    AppendQueryFragment(r, &out);
    return out;
  }
  if (b.has_authority) out += "//" + std::string(b.authority);
  if (r.path.empty()) {
    out += b.path;
    if (r.has_query) {
      out += '?';
      out += r.query;
    } else if (b.has_query) {
      out += '?';
      out += b.query;
    }
    if (r.has_fragment) {
      out += '#';
      out += r.fragment;
    }
    return out;
  }
  std::string merged;
  if (r.path.front() == '/') {
    merged = std::string(r.path);
  } else if (b.has_authority && b.path.empty()) {
    merged = "/" + std::string(r.path);
  } else {
    const size_t slash = b.path.rfind('/');
    merged = std::string(b.path.substr(0, slash == std::string_view::npos ? 0 : slash + 1));
    merged += r.path;
  }
  out += RemoveDotSegments(merged);
  AppendQueryFragment(r, &out);
  return out;
}

bool IsHttpUrl(std::string_view url) {
  const UrlParts p = SplitUrl(url);
  return (IEquals(p.scheme, "http") || IEquals(p.scheme, "https")) && p.has_authority &&
         !p.authority.empty();
}

std::string_view WithoutFragment(std::string_view url) {
  const size_t hash = url.find('#');
  return hash == std::string_view::npos ? url : url.substr(0, hash);
}

}  // namespace corroborate
