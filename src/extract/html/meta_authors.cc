#include "extract/html/meta_authors.h"

#include <array>

#include "core/strings.h"
#include "extract/html/meta_text.h"

namespace corroborate {
namespace {

constexpr std::array<std::string_view, 11> kPrefixes = {
    "by:",        "by ",      "written by ", "words by ", "story by ", "reporting by ",
    "posted by ", "authors:", "author:",     "byline:",   "text by "};

// Words that make a part of a byline a role or a desk rather than a person.
bool IsRoleWord(std::string_view word) {
  static constexpr std::array<std::string_view, 35> kWords = {
      "staff",          "reporter",  "reporters",  "writer",      "writers",     "correspondent",
      "correspondents", "editor",    "editors",    "editorial",   "contributor", "contributors",
      "contributing",   "columnist", "journalist", "journalists", "producer",    "analyst",
      "bureau",         "desk",      "team",       "newsroom",    "board",       "admin",
      "administrator",  "guest",     "senior",     "chief",       "special",     "associate",
      "opinion",        "digital",   "online",     "by",          "reports"};
  std::string w = AsciiLower(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ':')) w.pop_back();
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Words that make a part an organisation ("Northern Press Agency", "Harbour Times Media").
bool IsOrganisationWord(std::string_view word) {
  static constexpr std::array<std::string_view, 23> kWords = {
      "news",    "press", "agency", "media",      "wire",         "wires",
      "service", "times", "post",   "herald",     "gazette",      "journal",
      "tribune", "daily", "radio",  "television", "network",      "magazine",
      "inc",     "ltd",   "group",  "newspaper",  "international"};
  std::string w = AsciiLower(word);
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Lower-case words a person's name may contain ("Ursula von der Leyen").
bool IsNameParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kParticles = {
      "de",    "van", "von", "der", "den", "da", "di", "del",
      "della", "la",  "le",  "bin", "al",  "el", "du", "y"};
  for (std::string_view p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

bool HasRoleWord(std::string_view part) {
  for (std::string_view w : Split(part, ' ')) {
    // "Editor-at-large": the role is the first piece of a hyphenated word.
    const size_t hyphen = w.find('-');
    if (IsRoleWord(w) || (hyphen != std::string_view::npos && IsRoleWord(w.substr(0, hyphen)))) {
      return true;
    }
  }
  return false;
}

// A key naming the site: equal to one of its names or its host ("thewatercoolest" ~ "The Water
// Coolest"), or the start of one when long enough to be no coincidence ("practicalhorseman" ~
// host "practicalhorsemanmag").
bool IsOutletKey(const std::string& key, const SiteKeys& site) {
  if (key.size() < 2) return false;
  auto matches = [&](const std::string& outlet) {
    if (outlet.empty()) return false;
    if (key == outlet || "the" + key == outlet || key == "the" + outlet) return true;
    const std::string& shorter = key.size() < outlet.size() ? key : outlet;
    const std::string& longer = key.size() < outlet.size() ? outlet : key;
    return shorter.size() >= 6 && StartsWith(longer, shorter);
  };
  for (const std::string& name_key : site.name_keys) {
    if (matches(name_key)) return true;
  }
  return matches(site.host_key);
}

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// One person's name, or "" when the part is a role, an outlet, a URL or not name-shaped.
std::string CleanName(std::string_view part, const SiteKeys& site) {
  part = Trim(part);
  while (!part.empty() && (part.back() == '.' || part.back() == ',' || part.back() == ':')) {
    // Keep the full stop of an initial or "Jr.".
    if (part.back() == '.' && part.size() >= 2 && IsUpper(part[part.size() - 2]) &&
        (part.size() == 2 || part[part.size() - 3] == ' ')) {
      break;
    }
    if (part.back() == '.' && EndsWith(part, "Jr.")) break;
    part.remove_suffix(1);
    part = Trim(part);
  }
  if (part.empty() || part.size() > 60) return {};
  if (part.find("://") != std::string_view::npos || part.find('@') != std::string_view::npos ||
      StartsWith(part, "www.") || part.front() == '/') {
    return {};
  }
  const std::vector<std::string_view> words = Split(part, ' ');
  size_t real_words = 0;
  bool all_roles = true;
  for (std::string_view w : words) {
    if (w.empty()) continue;
    ++real_words;
    for (char c : w) {
      if (c >= '0' && c <= '9') return {};
    }
    if (!IsRoleWord(w)) all_roles = false;
    if (IsOrganisationWord(w)) return {};
    const unsigned char first = static_cast<unsigned char>(w.front());
    if (IsLower(first) && !IsNameParticle(w)) return {};
    if (!IsUpper(first) && !IsLower(first) && first < 0x80 && first != '\'') return {};
  }
  // One word is an outlet, a desk or a handle ("Reuters", "admin"), not a person's byline.
  if (real_words < 2 || real_words > 5 || all_roles) return {};
  // "Jane Doe Staff Writer": a role at the end of a name.
  size_t keep = words.size();
  while (keep > 0 && (words[keep - 1].empty() || IsRoleWord(words[keep - 1]))) --keep;
  if (keep < words.size()) {
    std::vector<std::string> kept(words.begin(), words.begin() + static_cast<long>(keep));
    return CleanName(Join(kept, " "), site);
  }
  // The site's name: the whole part, its first word ("CNN Business"), or its last words
  // ("Kevin McCoy USA TODAY": the name stays, the outlet goes).
  if (IsOutletKey(MetaNameKey(part), site) || IsOutletKey(MetaNameKey(words.front()), site)) return {};
  for (size_t tail = 1; tail <= 3 && tail + 2 <= words.size(); ++tail) {
    std::vector<std::string> last(words.end() - static_cast<long>(tail), words.end());
    if (IsOutletKey(MetaNameKey(Join(last, " ")), site)) {
      std::vector<std::string> kept(words.begin(), words.end() - static_cast<long>(tail));
      return CleanName(Join(kept, " "), site);
    }
  }
  return std::string(part);
}

// Cuts what follows the names: "| Dec 2, 2025", " - Staff", " in Kyiv", " for The Outlet".
std::string_view CutTail(std::string_view s) {
  for (std::string_view sep : {"|", "\xE2\x80\xA2", "\xC2\xB7", " \xE2\x80\x94 ", " \xE2\x80\x93 ",
                               " - ", "\n", " on ", " at ", " Updated", " Published", " Posted"}) {
    const size_t at = s.find(sep);
    if (at != std::string_view::npos) s = s.substr(0, at);
  }
  // " in Kyiv", " for The Harbour Times": a place or an outlet after a capitalised word.
  for (std::string_view word : {" in ", " for ", " from "}) {
    const size_t at = s.rfind(word);
    if (at != std::string_view::npos && at + word.size() < s.size() &&
        IsUpper(static_cast<unsigned char>(s[at + word.size()]))) {
      s = s.substr(0, at);
    }
  }
  return Trim(s);
}

}  // namespace

bool StartsWithBylinePrefix(std::string_view text) {
  text = Trim(text);
  for (std::string_view p : kPrefixes) {
    if (IStartsWith(text, p) && text.size() > p.size()) return true;
  }
  return false;
}

std::vector<std::string> SplitAuthorNames(std::string_view text,
                                          const std::vector<std::string>& outlet_names,
                                          bool require_by_prefix) {
  return SplitAuthorNames(text, MakeSiteKeys(outlet_names, ""), require_by_prefix);
}

std::vector<std::string> SplitAuthorNames(std::string_view text, const SiteKeys& site,
                                          bool require_by_prefix) {
  std::vector<std::string> out;
  const std::string collapsed = CollapseSpaces(text);
  std::string_view s = collapsed;
  if (s.empty() || s.size() > 300) return out;
  bool had_prefix = false;
  for (std::string_view p : kPrefixes) {
    if (IStartsWith(s, p)) {
      s = Trim(s.substr(p.size()));
      had_prefix = true;
      break;
    }
  }
  if (require_by_prefix && !had_prefix) return out;
  s = CutTail(s);
  // Split into parts at ",", ";", " and ", " & ".
  std::vector<std::string_view> parts;
  std::vector<bool> after_comma;  // the part followed a comma: "Jane Doe, AP Auto Writer"
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    size_t sep_len = 0;
    if (i == s.size()) {
      sep_len = 0;
    } else if (s[i] == ',' || s[i] == ';') {
      sep_len = 1;
    } else if (s[i] == '.' && i + 1 < s.size() && s[i + 1] == ' ' && i >= 3 &&
               IsLower(static_cast<unsigned char>(s[i - 1])) &&
               IsLower(static_cast<unsigned char>(s[i - 2]))) {
      sep_len = 2;  // "Jane Doe. Northern Wire": a full stop after a word, not an initial
    } else if (s.substr(i, 5) == " and " || s.substr(i, 5) == " AND ") {
      sep_len = 5;
    } else if (s.substr(i, 3) == " & ") {
      sep_len = 3;
    } else {
      continue;
    }
    parts.push_back(s.substr(start, i - start));
    after_comma.push_back(start > 0 && s[start - 1] == ',');
    if (i == s.size()) break;
    start = i + sep_len;
    i = start - 1;
  }
  for (size_t p = 0; p < parts.size(); ++p) {
    // "and Omar Farouk" after an Oxford comma.
    std::string_view part = Trim(parts[p]);
    if (IStartsWith(part, "and ")) part = Trim(part.substr(4));
    // After a comma, a part with a role word is a job description ("AP Auto Writer",
    // "Senior Political Correspondent"), not a person with a title glued on.
    if (after_comma[p] && HasRoleWord(part)) continue;
    std::string name = CleanName(part, site);
    if (name.empty()) continue;
    bool dup = false;
    for (const std::string& seen : out) dup = dup || IEquals(seen, name);
    if (!dup) out.push_back(std::move(name));
  }
  return out;
}

}  // namespace corroborate
