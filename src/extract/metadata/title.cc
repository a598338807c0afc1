#include "extract/metadata/title.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace corroborate {

bool IsTitleLike(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  if (s.words < 3 || s.words > 30 || s.chars < 12 || s.chars > 250) return false;
  if (s.ends_ellipsis || s.ends_colon || line.bullet) return false;
  if (s.starts_lower) return false;
  // A full stop ends sentences, not headlines; "?" and "!" are fine.
  if (s.ends_sentence) {
    const std::string& t = line.text;
    size_t end = t.size();
    while (end > 0 && (t[end - 1] == '"' || t[end - 1] == '\'' || t[end - 1] == ')')) --end;
    if (end > 0 && t[end - 1] == '.') return false;
  }
  return s.letters > 0;
}

bool IsHeadFragment(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  return s.words <= 6 && s.chars < 60 && !s.ends_sentence;
}

std::string TitleKey(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const UChar32 c = static_cast<UChar32>(utf8::Next(text, &pos));
    if (u_isalnum(c)) utf8::Append(static_cast<char32_t>(u_tolower(c)), &key);
  }
  return key;
}

}  // namespace corroborate
