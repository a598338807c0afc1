// UD English word splitting of contractions; see ud_words.h.
#include "nlp/ud_words.h"

#include <array>

namespace corroborate::nlp {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Case-insensitive (ASCII) suffix test.
bool EndsWithI(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const size_t at = s.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (Lower(s[at + i]) != suffix[i]) return false;
  }
  return true;
}

bool EqualsI(std::string_view s, std::string_view word) {
  return s.size() == word.size() && EndsWithI(s, word);
}

// The length of the apostrophe ending the stem at s[0, at): "'" or U+2019 (3 bytes).
size_t ApostropheBefore(std::string_view s, size_t at) {
  if (at >= 1 && s[at - 1] == '\'') return 1;
  if (at >= 3 && s.substr(at - 3, 3) == "\u2019") return 3;
  return 0;
}

}  // namespace

void SplitUdWords(std::string_view token, std::vector<std::pair<size_t, size_t>>* words) {
  const size_t n = token.size();
  // "n't": do|n't, ca|n't, wo|n't.
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const size_t tail = 1 + apostrophe.size() + 1;  // n + apostrophe + t
    if (n > tail && Lower(token[n - tail]) == 'n' && Lower(token[n - 1]) == 't' &&
        token.substr(n - tail + 1, apostrophe.size()) == apostrophe) {
      words->emplace_back(0, n - tail);
      words->emplace_back(n - tail, n);
      return;
    }
  }
  // Clitics after an apostrophe: we|'re, I|'m, they|'ve, it|'ll, she|'d, that|'s.
  static constexpr std::array<std::string_view, 6> kClitics = {"re", "ve", "ll", "d", "m", "s"};
  for (std::string_view clitic : kClitics) {
    if (!EndsWithI(token, clitic)) continue;
    const size_t at = n - clitic.size();
    const size_t apostrophe = ApostropheBefore(token, at);
    if (apostrophe == 0 || at - apostrophe == 0) continue;
    words->emplace_back(0, at - apostrophe);
    words->emplace_back(at - apostrophe, n);
    return;
  }
  // Fused forms UD splits: can|not, gon|na, wan|na, got|ta.
  if (EqualsI(token, "cannot")) {
    words->emplace_back(0, 3);
    words->emplace_back(3, n);
    return;
  }
  if (EqualsI(token, "gonna") || EqualsI(token, "wanna") || EqualsI(token, "gotta")) {
    words->emplace_back(0, 3);
    words->emplace_back(3, n);
    return;
  }
  words->emplace_back(0, n);
}

}  // namespace corroborate::nlp
