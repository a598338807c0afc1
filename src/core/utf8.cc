#include "core/utf8.h"

namespace corroborate::utf8 {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr size_t kBlock = 64;

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

char32_t Next(std::string_view text, size_t* pos) {
  const size_t n = text.size();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = *pos;
  unsigned char c = s[i];
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return kReplacement;
  }
  if (i + len > n) {
    *pos = i + 1;
    return kReplacement;
  }
  for (int k = 1; k < len; ++k) {
    if (!IsContinuation(s[i + k])) {
      *pos = i + 1;
      return kReplacement;
    }
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return kReplacement;
  }
  *pos = i + len;
  return cp;
}

char32_t Prev(std::string_view text, size_t* pos) {
  size_t start = *pos;
  if (start == 0) return 0;
  size_t i = start - 1;
  int back = 0;
  while (i > 0 && back < 3 && IsContinuation(static_cast<unsigned char>(text[i]))) --i, ++back;
  size_t probe = i;
  char32_t cp = Next(text, &probe);
  if (probe != start) {  // Not a clean sequence ending at start: step one byte.
    *pos = start - 1;
    return kReplacement;
  }
  *pos = i;
  return cp;
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsValid(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t before = i;
    char32_t cp = Next(text, &i);
    if (cp == kReplacement && !(i - before == 3 && text.substr(before, 3) == "\xEF\xBF\xBD"))
      return false;
  }
  return true;
}

std::string Sanitize(std::string_view text) {
  if (IsValid(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) Append(Next(text, &i), &out);
  return out;
}

size_t CodepointCount(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text) count += !IsContinuation(c);
  return count;
}

size_t FloorBoundary(std::string_view text, size_t pos) {
  if (pos >= text.size()) return text.size();
  while (pos > 0 && IsContinuation(static_cast<unsigned char>(text[pos]))) --pos;
  return pos;
}

std::string_view Truncate(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return text.substr(0, FloorBoundary(text, max_bytes));
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  block_counts_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_counts_.push_back(count);
    count += !IsContinuation(static_cast<unsigned char>(text[i]));
  }
  total_ = count;
}

uint32_t CodepointIndex::ToCodepoint(size_t byte_offset) const {
  if (byte_offset > text_.size()) byte_offset = text_.size();
  size_t block = byte_offset / kBlock;
  if (block >= block_counts_.size()) return total_;
  uint32_t count = block_counts_[block];
  for (size_t i = block * kBlock; i < byte_offset; ++i) {
    count += !IsContinuation(static_cast<unsigned char>(text_[i]));
  }
  return count;
}

std::string_view FirstCodepoints(std::string_view text, size_t n) {
  size_t pos = 0;
  for (size_t i = 0; i < n && pos < text.size(); ++i) Next(text, &pos);
  return text.substr(0, pos);
}

std::string_view LastCodepoints(std::string_view text, size_t n) {
  size_t pos = text.size();
  for (size_t i = 0; i < n && pos > 0; ++i) Prev(text, &pos);
  return text.substr(pos);
}

}  // namespace corroborate::utf8
