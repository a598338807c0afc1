#include "story/shingles.h"

#include <algorithm>

#include "core/disjoint_sets.h"

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

void WordHashes(std::string_view text, std::vector<uint64_t>* out, std::vector<uint8_t>* quoted) {
  // FNV-1a over the (lowercased) bytes of a word, then a murmur3 finaliser so that short words
  // spread over all 64 bits.
  constexpr uint64_t kOffset = 0xCBF29CE484222325ULL;
  constexpr uint64_t kPrime = 0x100000001B3ULL;
  out->clear();
  if (quoted != nullptr) quoted->clear();
  uint64_t h = kOffset;
  bool in_word = false;
  bool in_quote = false;
  auto flush = [&] {
    if (!in_word) return;
    if (quoted != nullptr) quoted->push_back(in_quote ? 1 : 0);
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    out->push_back(h);
    h = kOffset;
    in_word = false;
  };
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (IsWordByte(c)) {
        if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
        h = (h ^ c) * kPrime;
        in_word = true;
      } else {
        flush();
        if (c == '"') in_quote = !in_quote;
        if (c == '\n') in_quote = false;
      }
      ++i;
      continue;
    }
    if (size_t skip = PunctuationLength(text, i); skip > 0) {
      flush();
      const unsigned char last = static_cast<unsigned char>(text[i + skip - 1]);
      const bool curly = skip == 3 && static_cast<unsigned char>(text[i + 1]) == 0x80;
      if (curly && (last == 0x9C || last == 0x9E)) in_quote = true;  // left “ and low „
      if (curly && last == 0x9D) in_quote = false;                   // right ”
      if (skip == 2 && last == 0xAB) in_quote = true;                // «
      if (skip == 2 && last == 0xBB) in_quote = false;               // »
      i += skip;
      continue;
    }
    h = (h ^ c) * kPrime;
    in_word = true;
    ++i;
  }
  flush();
}

void ShingleHashes(const std::vector<uint64_t>& word_hashes, int n, std::vector<uint64_t>* out,
                   const std::vector<uint8_t>* quoted) {
  out->clear();
  if (word_hashes.empty()) return;
  const size_t width = std::min<size_t>(static_cast<size_t>(std::max(n, 1)), word_hashes.size());
  const size_t count = word_hashes.size() - width + 1;
  out->reserve(count);
  // Leave out shingles that touch quoted words, unless that would leave out most of the text.
  const bool use_quotes = quoted != nullptr && quoted->size() == word_hashes.size();
  auto touches_quote = [&](size_t i) {
    for (size_t k = 0; k < width; ++k) {
      if ((*quoted)[i + k]) return true;
    }
    return false;
  };
  bool skip_quoted = false;
  if (use_quotes) {
    size_t touching = 0;
    for (size_t i = 0; i < count; ++i) touching += touches_quote(i) ? 1 : 0;
    skip_quoted = touching * 4 <= count * 3;
  }
  for (size_t i = 0; i < count; ++i) {
    if (skip_quoted && touches_quote(i)) continue;
    // A different odd multiplier per position keeps the hash order-sensitive; the final mix
    // spreads the sum over all bits (the sampling reads the low ones).
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (size_t k = 0; k < width; ++k) {
      h += word_hashes[i + k] * (0xBF58476D1CE4E5B9ULL + 2 * k);
      h = (h << 23) | (h >> 41);
    }
    h ^= h >> 31;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 29;
    out->push_back(h);
  }
}

std::vector<uint64_t> Shingles(std::string_view text, int n, bool skip_quotes) {
  std::vector<uint64_t> words;
  std::vector<uint8_t> quoted;
  WordHashes(text, &words, skip_quotes ? &quoted : nullptr);
  std::vector<uint64_t> out;
  ShingleHashes(words, n, &out, skip_quotes ? &quoted : nullptr);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t IntersectionSize(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  return SortedCommonCount(a, b);
}

double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty()) return 0;
  return static_cast<double>(IntersectionSize(a, b)) / static_cast<double>(a.size());
}

}  // namespace corroborate
