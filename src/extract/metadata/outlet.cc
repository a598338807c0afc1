#include "extract/metadata/outlet.h"

#include <array>
#include <cctype>
#include <vector>

#include "core/strings.h"

namespace corroborate {
namespace {

// Words that end a company name, not a masthead: "Media Group", "Holdings Ltd", "Inc.".
bool IsCorporateWord(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "inc",         "ltd", "limited",    "llc",          "plc",         "gmbh",     "corp",
      "corporation", "co",  "company",    "group",        "media",       "holdings", "ag",
      "sa",          "s.a", "publishing", "publications", "enterprises", "pty"};
  std::string w = AsciiLower(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

}  // namespace

std::string StripCorporateSuffix(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::string_view w : Split(Trim(name), ' ')) {
    if (!Trim(w).empty()) words.push_back(Trim(w));
  }
  // Keep at least one word that is not "The".
  auto substantive = [&](size_t count) {
    return count >= 2 || (count == 1 && !IEquals(words[0], "the"));
  };
  size_t n = words.size();
  while (n > 0 && IsCorporateWord(words[n - 1]) && substantive(n - 1)) --n;
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) out.push_back(' ');
    out += words[i];
  }
  while (!out.empty() && (out.back() == ',' || out.back() == '.')) out.pop_back();
  return out;
}

std::string OutletKey(std::string_view name) {
  std::string stripped = StripCorporateSuffix(name);
  std::string_view rest = stripped;
  if (IStartsWith(rest, "the ")) rest.remove_prefix(4);
  std::string key;
  for (char c : rest) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      key.push_back(c);  // other scripts compare as written
    }
  }
  return key;
}

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
  // "feed.jsonl:17": a trailing line number after the file name; "crawl.warc.gz#12": a record
  // number inside a crawl archive.
  const size_t colon = uri.find_last_of(":#");
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
