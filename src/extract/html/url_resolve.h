// URL reference resolution (RFC 3986 section 5.2) for the links a page carries: canonical links,
// og:url, <base href>, JSON-LD url fields are often relative ("/politics/2025/12/03/x",
// "//cdn.example/x", "../x"). Pure string functions; O(length).
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

struct UrlParts {
  std::string_view scheme;     // "https" (without ':'); empty for a relative reference
  std::string_view authority;  // "www.example.com:8080"; has_authority tells "//" was there
  bool has_authority = false;
  std::string_view path;
  std::string_view query;  // without '?'; has_query tells '?' was there
  bool has_query = false;
  std::string_view fragment;  // without '#'
  bool has_fragment = false;
};

// Splits a URL or relative reference into its parts (views into `url`).
UrlParts SplitUrl(std::string_view url);

// `ref` resolved against `base` (an absolute URL), fragment kept. Leading/trailing white space
// of `ref` is ignored. When `base` is not absolute, `ref` is returned as it is (trimmed).
std::string ResolveUrl(std::string_view base, std::string_view ref);

// True for an absolute http: or https: URL with a host.
bool IsHttpUrl(std::string_view url);

// The URL without its "#fragment".
std::string_view WithoutFragment(std::string_view url);

}  // namespace corroborate
