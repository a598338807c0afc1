#include "eval/text_match.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace corroborate::eval {
namespace {

std::vector<std::string_view> Alternatives(std::string_view key) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= key.size()) {
    size_t bar = key.find('|', start);
    if (bar == std::string_view::npos) bar = key.size();
    out.push_back(key.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

}  // namespace

std::string NormalizeForMatch(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  // Keep letters, digits and combining marks; everything else (punctuation, quote marks,
  // dashes, spaces) becomes a single separating space.
  icu::UnicodeString out(static_cast<UChar>(' '));
  bool space = true;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    const bool word =
        u_isalnum(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
    if (word) {
      out.append(c);
      space = false;
    } else if (!space) {
      out.append(static_cast<UChar>(' '));
      space = true;
    }
  }
  if (!space) out.append(static_cast<UChar>(' '));
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string NormalizeName(std::string_view name) {
  std::string n = NormalizeForMatch(name);
  if (n.rfind(" the ", 0) == 0 && n.size() > 5) n.erase(0, 4);
  return n;
}

bool ContainsKey(const std::string& normalized_text, std::string_view key) {
  for (std::string_view alternative : Alternatives(key)) {
    const std::string k = NormalizeForMatch(alternative);
    if (k.size() > 1 && normalized_text.find(k) != std::string::npos) return true;
  }
  return false;
}

bool ContainsAllKeys(const std::string& normalized_text, const std::vector<std::string>& keys) {
  return std::all_of(keys.begin(), keys.end(),
                     [&](const std::string& k) { return ContainsKey(normalized_text, k); });
}

size_t KeyWordCount(std::string_view key) {
  size_t most = 0;
  for (std::string_view alternative : Alternatives(key)) {
    const std::string k = NormalizeForMatch(alternative);
    most = std::max<size_t>(most, k.size() > 1 ? std::count(k.begin(), k.end(), ' ') - 1 : 0);
  }
  return most;
}

}  // namespace corroborate::eval
