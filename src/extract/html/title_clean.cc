#include "extract/html/title_clean.h"

#include <algorithm>
#include <array>

#include "core/strings.h"
#include "extract/html/meta_text.h"

namespace corroborate {
namespace {

// Separators between a headline and a site or section name, as templates write them.
constexpr std::array<std::string_view, 11> kSeparators = {" | ",
                                                          " - ",
                                                          " \xE2\x80\x94 ",
                                                          " \xE2\x80\x93 ",
                                                          " :: ",
                                                          " \xC2\xB7 ",
                                                          " \xE2\x80\xA2 ",
                                                          " \xC2\xBB ",
                                                          " \xC2\xAB ",
                                                          " ~ ",
                                                          " / "};

size_t WordCount(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// The name part of a host: "www.harbour-times.co.uk" -> "harbourtimes".
std::string HostKey(std::string_view host) {
  std::vector<std::string_view> labels = Split(host, '.');
  if (labels.size() < 2) return {};
  size_t i = labels.size() - 2;  // the label before the top-level domain
  static constexpr std::array<std::string_view, 8> kSecondLevel = {"co",  "com", "org", "net",
                                                                   "gov", "ac",  "edu", "news"};
  if (i > 0 && labels.back().size() == 2) {
    for (std::string_view sl : kSecondLevel) {
      if (labels[i] == sl) {
        --i;
        break;
      }
    }
  }
  std::string key;
  for (char c : labels[i]) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
  }
  return key;
}

bool KeysMatch(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  // "bbc" ~ "bbcnews": one name is the start of the other.
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 3 && StartsWith(longer, shorter);
}

// The start of the last separator in t (every separator begins with a space), npos if none.
size_t LastSeparator(std::string_view t, std::string_view* sep_out) {
  for (size_t i = t.size(); i-- > 1;) {
    if (t[i] != ' ' || i + 1 >= t.size()) continue;
    // Every separator's second byte is one of these: most spaces are ruled out at once.
    const char next = t[i + 1];
    if (next != '|' && next != '-' && next != ':' && next != '~' && next != '/' && next != '\xE2' &&
        next != '\xC2') {
      continue;
    }
    for (std::string_view sep : kSeparators) {
      if (t.compare(i, sep.size(), sep) == 0) {
        *sep_out = sep;
        return i;
      }
    }
  }
  return std::string_view::npos;
}

bool EndsTruncated(std::string_view s) {
  s = Trim(s);
  return EndsWith(s, "...") || EndsWith(s, "\xE2\x80\xA6");
}

}  // namespace

SiteKeys MakeSiteKeys(const std::vector<std::string>& site_names, std::string_view host) {
  SiteKeys keys;
  for (const std::string& name : site_names) {
    std::string key = MetaNameKey(name);
    if (!key.empty()) keys.name_keys.push_back(std::move(key));
  }
  keys.host_key = HostKey(host);
  return keys;
}

bool NamesSite(std::string_view segment, const SiteKeys& site) {
  const size_t words = WordCount(segment);
  if (words > 8) return false;
  const std::string key = MetaNameKey(segment);
  if (key.size() < 2) return false;
  // Beyond equal keys only a short segment may name the site ("BBC News" for "BBC"): "The
  // Harbour Times view on the port" starts with the name but is the start of a headline.
  const bool short_segment = words <= 3;
  for (const std::string& name_key : site.name_keys) {
    if (key == name_key || (short_segment && KeysMatch(key, name_key))) return true;
  }
  if (!short_segment) return site.host_key == key || site.host_key == "the" + key;
  const std::string& hk = site.host_key;
  if (hk.size() < 2) return false;
  if (hk == key || hk == "the" + key) return true;
  // "harbourtimesonline" host for "Harbour Times", "cnn" host for "CNN Politics".
  const size_t shorter = std::min(hk.size(), key.size());
  return shorter >= 3 && (hk.find(key) != std::string::npos || key.find(hk) != std::string::npos);
}

CleanedTitle StripSiteName(std::string_view title, const std::vector<std::string>& site_names,
                           std::string_view host) {
  return StripSiteName(title, MakeSiteKeys(site_names, host));
}

CleanedTitle StripSiteName(std::string_view title, const SiteKeys& site) {
  CleanedTitle out;
  std::string t = CollapseSpaces(title);
  bool removed_any = false;
  // Trailing segments: the site name, then (only after it or a " | ") short section labels.
  for (int round = 0; round < 3; ++round) {
    std::string_view best_sep;
    const size_t best = LastSeparator(t, &best_sep);
    if (best == std::string::npos) break;
    const std::string suffix(Trim(std::string_view(t).substr(best + best_sep.size())));
    const std::string_view head = Trim(std::string_view(t).substr(0, best));
    if (head.empty() || suffix.empty()) break;
    if (NamesSite(suffix, site)) {
      if (out.site_part.empty()) out.site_part = suffix;
      t = std::string(head);
      removed_any = true;
      continue;
    }
    // "Headline | World | Harbour Times" after the site went, or an unknown "| Outlet" label
    // when no metadata names the site: a short label after a bar, with a long headline left.
    const bool bar = best_sep == " | " || best_sep == " :: ";
    if (bar && WordCount(suffix) <= 4 && WordCount(head) >= 4 && !EndsTruncated(head)) {
      if (!removed_any && out.site_part.empty() && round == 0) out.site_part = suffix;
      t = std::string(head);
      removed_any = true;
      continue;
    }
    break;
  }
  // A leading section label before a bar: "Opinion | Headline", "Live | Headline".
  if (const size_t bar = t.find(" | "); bar != std::string::npos && bar > 0) {
    const std::string_view label = Trim(std::string_view(t).substr(0, bar));
    const std::string_view rest = Trim(std::string_view(t).substr(bar + 3));
    if (WordCount(label) <= 2 && WordCount(rest) >= 4 && !NamesSite(label, site)) {
      t = std::string(rest);
    }
  }
  // A leading site name: "Harbour Times: Headline", "Harbour Times | Headline".
  for (std::string_view sep :
       {std::string_view(": "), std::string_view(" | "), std::string_view(" - "),
        std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")}) {
    const size_t at = t.find(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string_view prefix = Trim(std::string_view(t).substr(0, at));
    const std::string_view rest = Trim(std::string_view(t).substr(at + sep.size()));
    if (!rest.empty() && WordCount(rest) >= 2 && NamesSite(prefix, site)) {
      if (out.site_part.empty()) out.site_part = std::string(prefix);
      t = std::string(rest);
      break;
    }
  }
  out.title = std::string(Trim(t));
  return out;
}

size_t PickTitle(const std::vector<TitleCandidate>& candidates) {
  const size_t n = candidates.size();
  std::vector<std::string> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = TextKey(candidates[i].text);
  // How much candidate j supports i: full weight for the same key, half for a prefix (a
  // truncated copy, or a headline without its subtitle).
  auto support = [&](size_t i, size_t j) -> int {
    const std::string& a = keys[i];
    const std::string& b = keys[j];
    if (a.empty() || b.empty()) return 0;
    if (a == b) return 2 * candidates[j].weight;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    if (shorter.size() >= 16 && StartsWith(longer, shorter)) return candidates[j].weight;
    return 0;
  };
  size_t best = n;
  int best_score = -1;
  for (size_t i = 0; i < n; ++i) {
    if (keys[i].empty()) continue;
    int score = 2 * candidates[i].weight;
    for (size_t j = 0; j < n; ++j) {
      if (j != i) score += support(i, j);
    }
    if (score > best_score) {
      best_score = score;
      best = i;
    }
  }
  if (best == n) return best;
  // A winner that another candidate continues was cut off (JSON-LD headlines and og:title are
  // often shortened, with or without an ellipsis): the full text is the title. It must go on
  // with the same sentence: " - Site Name" or ", November 19" after it is a suffix, not more
  // headline.
  std::string_view shorter = Trim(candidates[best].text);
  const bool cut = EndsTruncated(shorter);
  for (std::string_view dots : {"...", "\xE2\x80\xA6"}) {
    if (EndsWith(shorter, dots)) shorter = Trim(shorter.substr(0, shorter.size() - dots.size()));
  }
  if (!cut && keys[best].size() < 24) return best;
  for (size_t j = 0; j < n; ++j) {
    const std::string_view longer = Trim(candidates[j].text);
    if (j == best || longer.size() <= shorter.size() || !StartsWith(longer, shorter) ||
        EndsTruncated(longer) || longer.size() > shorter.size() * 2) {
      continue;
    }
    const std::string_view rest = Trim(longer.substr(shorter.size()));
    bool separator = rest.empty();
    for (std::string_view sep : kSeparators) separator = separator || StartsWith(rest, Trim(sep));
    const unsigned char c = rest.empty() ? 0 : static_cast<unsigned char>(rest.front());
    const bool word =
        c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (word && !separator) return j;
  }
  return best;
}

}  // namespace corroborate
