#include "extract/html/meta_text.h"

#include <array>

#include "core/strings.h"
#include "extract/metadata/title.h"
#include "html/char_refs.h"

namespace corroborate {
namespace {

// Bytes of a white-space character starting at s[i], 0 when it is none.
size_t SpaceLength(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0x80) return 0;
  const auto at = [&](size_t k) -> unsigned char {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  };
  if (c == 0xC2 && (at(1) == 0xA0 || at(1) == 0x85)) return 2;  // U+00A0, U+0085
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;    // U+1680
  if (c == 0xE2 && at(1) == 0x80 &&
      ((at(2) >= 0x80 && at(2) <= 0x8B) || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF)) {
    return 3;  // U+2000–U+200B, U+2028, U+2029, U+202F
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  return 0;
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Case-insensitive equality with a lower-case word, ignoring a final '.' or ','.
bool WordIs(std::string_view w, std::string_view lower) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (Lower(w[i]) != lower[i]) return false;
  }
  return true;
}

// Words that end a company name, not a masthead (as extract/metadata/outlet.cc).
bool IsCorporateWord(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kWords = {
      "inc",         "ltd", "limited",    "llc",          "plc",         "gmbh",     "corp",
      "corporation", "co",  "company",    "group",        "media",       "holdings", "ag",
      "sa",          "s.a", "publishing", "publications", "enterprises", "pty"};
  for (std::string_view k : kWords) {
    if (WordIs(w, k)) return true;
  }
  return false;
}

}  // namespace

std::string TextKey(std::string_view s) {
  std::string key;
  key.reserve(s.size());
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return TitleKey(s);  // Unicode case folding
    if (IsAsciiAlnum(static_cast<unsigned char>(c))) key += Lower(c);
  }
  return key;
}

std::string MetaNameKey(std::string_view s) {
  constexpr size_t kMaxWords = 24;
  std::array<std::string_view, kMaxWords> words;
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < kMaxWords;) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') ++i;
    words[n++] = s.substr(start, i - start);
  }
  // Corporate words off the end while a name remains; then a leading "The".
  auto substantive = [&](size_t count) {
    return count >= 2 || (count == 1 && !WordIs(words[0], "the"));
  };
  while (n > 0 && IsCorporateWord(words[n - 1]) && substantive(n - 1)) --n;
  size_t first = 0;
  if (n > 1 && WordIs(words[0], "the")) first = 1;
  std::string key;
  for (size_t w = first; w < n; ++w) {
    for (char c : words[w]) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (IsAsciiAlnum(u)) {
        key += Lower(c);
      } else if (u >= 0x80) {
        key += c;  // other scripts compare as written
      }
    }
  }
  return key;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  size_t i = 0;
  while (i < s.size()) {
    if (const size_t n = SpaceLength(s, i)) {
      pending = !out.empty();
      i += n;
      continue;
    }
    // Copy the run up to the next space in one piece.
    size_t end = i + 1;
    while (end < s.size() && SpaceLength(s, end) == 0) ++end;
    if (pending) out += ' ';
    pending = false;
    out.append(s, i, end - i);
    i = end;
  }
  return out;
}

// A value cut to a byte length by its CMS can end inside a UTF-8 sequence: the partial
// character (and a U+FFFD a converter put there) is dropped.
void DropBrokenTail(std::string* s) {
  if (EndsWith(*s, "\xEF\xBF\xBD")) s->resize(s->size() - 3);
  size_t lead = s->size();
  size_t continuation = 0;
  while (lead > 0 && continuation < 4 &&
         (static_cast<unsigned char>((*s)[lead - 1]) & 0xC0) == 0x80) {
    --lead;
    ++continuation;
  }
  if (lead == 0) return;
  const unsigned char c = static_cast<unsigned char>((*s)[lead - 1]);
  const size_t expected = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (c >= 0xC0 && continuation < expected) s->resize(lead - 1);
}

std::string CleanMetaText(std::string_view s) {
  std::string out;
  if (s.find('&') == std::string_view::npos) {
    out = CollapseSpaces(s);
  } else {
    std::string decoded;
    html::AppendDecoded(s, /*in_attribute=*/false, &decoded);
    out = CollapseSpaces(decoded);
  }
  DropBrokenTail(&out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace corroborate
