#include "extract/text/line_shape.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace corroborate {
namespace {

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A || c == '*';
}

}  // namespace

LineShape ShapeOf(std::string_view line) {
  LineShape s;
  size_t pos = 0;
  bool in_word = false;
  bool word_letter_seen = false;
  bool first_letter_seen = false;
  bool prev_lower = false;
  while (pos < line.size()) {
    char32_t c = utf8::Next(line, &pos);
    ++s.chars;
    const UChar32 u = static_cast<UChar32>(c);
    if (c == ' ') {
      s.has_space = true;
      in_word = false;
      prev_lower = false;
      continue;
    }
    if (!in_word) {
      in_word = true;
      word_letter_seen = false;
      ++s.words;
    }
    if (u_isalpha(u)) {
      ++s.letters;
      const bool upper = u_isupper(u) || u_istitle(u);
      const bool lower = u_islower(u);
      if (!word_letter_seen) {
        word_letter_seen = true;
        if (upper) ++s.capitalized_words;
        if (lower) ++s.lowercase_words;
      }
      if (!first_letter_seen) {
        first_letter_seen = true;
        s.starts_upper = upper;
        s.starts_lower = lower;
      }
      if (prev_lower && upper) ++s.camel_breaks;
      prev_lower = lower;
    } else {
      if (u_isdigit(u)) {
        ++s.digits;
        if (!first_letter_seen && s.letters == 0 && s.digits == 1 && s.words == 1) {
          s.starts_digit = true;
        }
      }
      prev_lower = false;
    }
  }
  // How the line ends: skip closing quotes and brackets, then look at the punctuation.
  size_t end = line.size();
  while (end > 0) {
    size_t p = end;
    char32_t c = utf8::Prev(line, &p);
    if (!IsClosing(c)) break;
    end = p;
  }
  if (end > 0) {
    size_t p = end;
    char32_t c = utf8::Prev(line, &p);
    if (c == 0x2026 || (end >= 3 && line.substr(end - 3, 3) == "...")) {
      s.ends_ellipsis = true;
    } else if (c == '.' || c == '!' || c == '?') {
      s.ends_sentence = true;
    } else if (c == ':') {
      s.ends_colon = true;
    }
  }
  return s;
}

bool IsSentence(const LineShape& s) { return s.ends_sentence && s.words >= 6; }

bool IsBodyParagraph(const LineShape& s) {
  return s.ends_sentence && s.chars >= 80 && s.words >= 12;
}

bool IsStrongProse(const LineShape& s) {
  return s.ends_sentence && s.chars >= 150 && s.words >= 20;
}

bool IsShortNonSentence(const LineShape& s) { return s.chars < 120 && !IsSentence(s); }

}  // namespace corroborate
