#include "story/shingles.h"

#include <algorithm>

#include "core/strings.h"

namespace corroborate {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Non-ASCII punctuation (curly quotes, dashes, NBSP) must not glue words together: these are
// the multi-byte sequences that news text uses between words.
size_t PunctuationLength(std::string_view text, size_t i) {
  auto u = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i + 1 < text.size() && u(i) == 0xC2 &&
      (u(i + 1) == 0xA0 || u(i + 1) == 0xAB || u(i + 1) == 0xBB || u(i + 1) == 0xB7)) {
    return 2;
  }
  if (i + 2 < text.size() && u(i) == 0xE2 && (u(i + 1) == 0x80 || u(i + 1) == 0x81)) return 3;
  return 0;
}

}  // namespace

std::vector<std::string_view> ShingleWords(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(static_cast<unsigned char>(text[i])) || PunctuationLength(text, i) > 0) {
      size_t skip = PunctuationLength(text, i);
      i += skip > 0 ? skip : 1;
      continue;
    }
    size_t start = i;
    while (i < text.size() && IsWordByte(static_cast<unsigned char>(text[i])) &&
           PunctuationLength(text, i) == 0) {
      ++i;
    }
    words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::vector<uint64_t> Shingles(std::string_view text, int n) {
  if (n < 1) n = 1;
  std::vector<std::string_view> words = ShingleWords(text);
  std::vector<uint64_t> word_hashes;
  word_hashes.reserve(words.size());
  for (std::string_view w : words) word_hashes.push_back(Hash64(AsciiLower(w)));

  std::vector<uint64_t> out;
  if (word_hashes.empty()) return out;
  size_t width = std::min<size_t>(static_cast<size_t>(n), word_hashes.size());
  out.reserve(word_hashes.size() - width + 1);
  for (size_t i = 0; i + width <= word_hashes.size(); ++i) {
    // Combine the word hashes in order (a polynomial mix keeps "a b" and "b a" apart).
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < width; ++k) {
      h = (h ^ word_hashes[i + k]) * 0xBF58476D1CE4E5B9ULL;
      h ^= h >> 31;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty()) return 0;
  return static_cast<double>(IntersectionSize(a, b)) / static_cast<double>(a.size());
}

}  // namespace corroborate
