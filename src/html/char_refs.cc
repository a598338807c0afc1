// Character-reference decoding per the WHATWG tokenizer's "character reference" states.
#include "html/char_refs.h"

#include <algorithm>
#include <cstdint>

#include "core/utf8.h"
#include "html/named_references.h"

namespace corroborate::html {
namespace {

// The spec's replacements for numeric references to the C1 range (0x80–0x9F): the code points
// windows-1252 puts there. Zero means "no replacement" (the five bytes windows-1252 leaves
// undefined keep their value).
constexpr char16_t kC1Replacements[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr size_t kLongestLegacyName = 6;  // "frac12", "middot", … (checked by the generator)
constexpr size_t kLongestName = 32;       // "CounterClockwiseContourIntegral;"

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const NamedReference* FindNamed(std::string_view name) {
  const NamedReference* begin = kNamedReferences;
  const NamedReference* end = kNamedReferences + kNamedReferenceCount;
  const NamedReference* it = std::lower_bound(
      begin, end, name, [](const NamedReference& r, std::string_view n) { return r.name < n; });
  return it != end && it->name == name ? it : nullptr;
}

size_t DecodeNumeric(std::string_view text, std::string* out) {
  // text starts with "&#".
  size_t i = 2;
  bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  size_t digits_start = i;
  uint32_t value = 0;
  while (i < text.size()) {
    int digit = hex ? HexValue(text[i]) : (text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -1);
    if (digit < 0) break;
    // Saturate: anything past U+10FFFF becomes U+FFFD anyway.
    value = std::min<uint32_t>(value * (hex ? 16 : 10) + digit, 0x110000);
    ++i;
  }
  if (i == digits_start) return 0;  // "&#" or "&#x" without digits: not a reference
  if (i < text.size() && text[i] == ';') ++i;
  char32_t cp = value;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    cp = 0xFFFD;
  } else if (value >= 0x80 && value <= 0x9F && kC1Replacements[value - 0x80] != 0) {
    cp = kC1Replacements[value - 0x80];
  }
  utf8::Append(cp, out);
  return i;
}

size_t DecodeNamed(std::string_view text, bool in_attribute, std::string* out) {
  size_t run = 1;
  while (run < text.size() && run <= kLongestName && IsAsciiAlnum(text[run])) ++run;
  std::string_view name = text.substr(1, run - 1);
  if (name.empty()) return 0;
  if (run < text.size() && text[run] == ';' && name.size() < kLongestName) {
    if (const NamedReference* r = FindNamed(text.substr(1, run))) {
      out->append(r->value);
      return run + 1;
    }
  }
  // Longest legacy name (no ';') that prefixes the run.
  for (size_t len = std::min(name.size(), kLongestLegacyName); len >= 2; --len) {
    const NamedReference* r = FindNamed(name.substr(0, len));
    if (r == nullptr) continue;
    size_t end = 1 + len;
    if (in_attribute && end < text.size() && (text[end] == '=' || IsAsciiAlnum(text[end]))) {
      return 0;  // "?a=1&copy=2" in an href stays as written
    }
    out->append(r->value);
    return end;
  }
  return 0;
}

}  // namespace

size_t DecodeCharRef(std::string_view text, bool in_attribute, std::string* out) {
  if (text.size() < 2 || text[0] != '&') return 0;
  if (text[1] == '#') return DecodeNumeric(text, out);
  return DecodeNamed(text, in_attribute, out);
}

void AppendDecoded(std::string_view text, bool in_attribute, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) amp = text.size();
    out->append(text.data() + i, amp - i);
    if (amp == text.size()) break;
    size_t used = DecodeCharRef(text.substr(amp), in_attribute, out);
    if (used == 0) {
      out->push_back('&');
      used = 1;
    }
    i = amp + used;
  }
}

}  // namespace corroborate::html
