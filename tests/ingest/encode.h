// Encodes UTF-8 text into a legacy charset with ICU, so decoding tests need no hand-typed byte
// tables.
#pragma once

#include <unicode/unistr.h>

#include <string>

namespace corroborate::testing {

inline std::string Encode(const std::string& utf8, const char* charset) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  int32_t needed = u.extract(0, u.length(), nullptr, 0, charset);
  std::string out(static_cast<size_t>(needed), '\0');
  u.extract(0, u.length(), out.data(), needed, charset);
  return out;
}

}  // namespace corroborate::testing
